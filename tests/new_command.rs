//! `sentencing new` writes a starter file that validates, and refuses to
//! overwrite an existing file unless `--force`.

use std::process::Command;

fn sentencing(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_sentencing"))
        .args(args)
        .output()
        .unwrap()
}

#[test]
fn new_writes_a_file_that_validates_and_does_not_overwrite() {
    let dir = std::env::temp_dir().join(format!("sentencing-new-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("case.yaml");
    let path = file.to_str().unwrap();
    let _ = std::fs::remove_file(&file);

    let out = sentencing(&["new", path]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let written = std::fs::read_to_string(&file).unwrap();
    assert_eq!(
        written,
        sentencing::case::starter(sentencing::case::JurisdictionId::Cn)
    );

    let out = sentencing(&["validate", path]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );

    std::fs::write(&file, "keep me").unwrap();
    let out = sentencing(&["new", path]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--force"));
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "keep me");

    let out = sentencing(&["new", "--force", path]);
    assert!(out.status.success());
    assert_eq!(std::fs::read_to_string(&file).unwrap(), written);

    // No temporary files are left behind.
    let leftovers: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(leftovers.len(), 1, "{leftovers:?}");
    std::fs::remove_dir_all(&dir).unwrap();
}

/// Issue #16: `new` checked `exists()` and then renamed over the path, so a
/// dangling link (or a file created in the gap) was replaced. The name must
/// be taken exclusively.
#[cfg(unix)]
#[test]
fn new_does_not_replace_a_dangling_link() {
    let dir = std::env::temp_dir().join(format!("sentencing-new-link-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("case.yaml");
    std::os::unix::fs::symlink(dir.join("elsewhere.yaml"), &file).unwrap();
    let out = sentencing(&["new", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("already exists"));
    assert!(
        std::fs::symlink_metadata(&file)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert!(!dir.join("elsewhere.yaml").exists());
    assert_eq!(std::fs::read_dir(&dir).unwrap().count(), 1);
    std::fs::remove_dir_all(&dir).unwrap();
}
