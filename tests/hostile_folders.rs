//! Hostile folders and command lines (issue #16): symbolic link loops,
//! FIFOs, extensions in upper case, `--threads`, closed pipes. Each test runs the
//! binary with a deadline, so a hang fails the test instead of stalling it.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

const GOOD: &str = include_str!("../cases/li-zhuang.yaml");

/// A fresh directory under the system temporary directory.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("sentencing-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Runs the binary, killing it after a generous deadline (a hang is a failure).
fn run(args: &[&str], cwd: &Path) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_sentencing"))
        .current_dir(cwd)
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let start = Instant::now();
    loop {
        if child.try_wait().unwrap().is_some() {
            return child.wait_with_output().unwrap();
        }
        if start.elapsed() > Duration::from_secs(60) {
            let _ = child.kill();
            let out = child.wait_with_output().unwrap();
            panic!(
                "sentencing {args:?} hung; stdout so far:\n{}",
                String::from_utf8_lossy(&out.stdout)
            );
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[cfg(unix)]
#[test]
fn a_symlink_to_the_folder_itself_walks_each_file_once() {
    let dir = scratch("loop-self");
    std::fs::write(dir.join("a.yaml"), GOOD).unwrap();
    std::os::unix::fs::symlink(".", dir.join("again")).unwrap();
    let out = run(&["validate", "."], &dir);
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(stdout.matches("a.yaml: valid").count(), 1, "{stdout}");
    assert!(stderr.contains("again"), "the loop is reported: {stderr}");
    assert!(stderr.starts_with("warning:"), "{stderr}");
    // Every file was read, once: not an error.
    assert_eq!(out.status.code(), Some(0), "{stdout}{stderr}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[cfg(unix)]
#[test]
fn two_links_to_the_parent_do_not_explode() {
    // Each link to `..` doubles the paths: 2^depth without a visited set.
    let dir = scratch("loop-parent");
    std::fs::write(dir.join("a.yaml"), GOOD).unwrap();
    let sub = dir.join("sub");
    std::fs::create_dir(&sub).unwrap();
    std::fs::write(sub.join("b.yml"), GOOD).unwrap();
    std::os::unix::fs::symlink("..", sub.join("up1")).unwrap();
    std::os::unix::fs::symlink("..", sub.join("up2")).unwrap();
    let out = run(&["validate", "."], &dir);
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stdout}{stderr}");
    assert_eq!(stdout.matches("a.yaml: valid").count(), 1, "{stdout}");
    assert_eq!(stdout.matches("b.yml: valid").count(), 1, "{stdout}");
    assert_eq!(stderr.matches("warning:").count(), 2, "{stderr}");
    // `compare` shows one row per case: two, not one per path.
    let out = run(&["compare", "--format", "csv", "."], &dir);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{stdout}");
    let rows: Vec<&str> = stdout.lines().skip(1).collect();
    assert_eq!(rows.len(), 2, "{stdout}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn upper_case_extensions_are_case_files() {
    let dir = scratch("ext-case");
    std::fs::write(dir.join("A.YAML"), GOOD).unwrap();
    std::fs::write(dir.join("b.Yml"), GOOD).unwrap();
    std::fs::write(dir.join("c.txt"), GOOD).unwrap();
    let out = run(&["validate", "."], &dir);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("A.YAML: valid"), "{stdout}");
    assert!(stdout.contains("b.Yml: valid"), "{stdout}");
    assert!(!stdout.contains("c.txt"), "{stdout}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[cfg(unix)]
#[test]
fn a_fifo_named_like_a_case_is_a_read_error_not_a_hang() {
    let dir = scratch("fifo");
    std::fs::write(dir.join("a.yaml"), GOOD).unwrap();
    let made = Command::new("mkfifo")
        .arg(dir.join("case.yaml"))
        .status()
        .unwrap();
    assert!(made.success(), "mkfifo");
    let out = run(&["validate", "."], &dir);
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stdout.contains("a.yaml: valid"), "{stdout}");
    assert!(
        stderr.contains("case.yaml") && stderr.contains("FIFO"),
        "{stderr}"
    );
    // A file left unread: the exit status says so.
    assert_eq!(out.status.code(), Some(2), "{stdout}{stderr}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn threads_are_bounded() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = run(
        &["validate", "--threads", "20000", "cases/li-zhuang.yaml"],
        root,
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("from 0 to 256"), "{stderr}");
    let out = run(
        &["validate", "--threads", "256", "cases/li-zhuang.yaml"],
        root,
    );
    assert_eq!(out.status.code(), Some(0));
}

/// `validate … | head -1`: the reader goes away after the first line; the
/// exit status is still that of the whole check (README, Exit codes).
#[cfg(unix)]
#[test]
fn a_closed_pipe_keeps_the_exit_status_of_the_whole_check() {
    use std::io::Read;
    let dir = scratch("pipe");
    // Enough valid files first that the output outgrows the pipe, then a broken one.
    for i in 0..400 {
        std::fs::write(dir.join(format!("a{i:04}.yaml")), GOOD).unwrap();
    }
    std::fs::write(dir.join("z-broken.yaml"), "case: x\n").unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_sentencing"))
        .current_dir(&dir)
        .args(["report", "."])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut stdout = child.stdout.take().unwrap();
    let mut first = [0u8; 16];
    stdout.read_exact(&mut first).unwrap();
    drop(stdout);
    let status = child.wait().unwrap();
    assert_eq!(status.code(), Some(1), "the broken file counts");
    let _ = std::fs::remove_dir_all(&dir);
}
