//! Creating a file without ever replacing one that is there (`sentencing
//! new`): the content goes to a temporary file created exclusively beside
//! the target (never through a link, never a name another process chose),
//! is synced, and is then hard-linked to the target name, which fails if
//! the name exists by then, whatever happened since the user looked.

use std::io::Write;
use std::path::{Path, PathBuf};

/// How many temporary names are tried before giving up.
const TEMP_ATTEMPTS: u32 = 64;

/// Writes `contents` to `target`. Without `overwrite`, fails with
/// [`std::io::ErrorKind::AlreadyExists`] if `target` exists at the moment
/// of the link (a file, a directory, or a link, even a dangling one); with
/// `overwrite`, replaces it atomically (rename). Either way the target has
/// the whole content or is untouched.
///
/// # Errors
/// Any I/O error; `AlreadyExists` as above.
pub fn write_new_file(target: &Path, contents: &[u8], overwrite: bool) -> std::io::Result<()> {
    let dir = match target.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let (temp, mut file) = create_temp(&dir, target)?;
    let written = file.write_all(contents).and_then(|()| file.sync_all());
    drop(file);
    let placed = written.and_then(|()| {
        if overwrite {
            std::fs::rename(&temp, target)
        } else {
            match std::fs::hard_link(&temp, target) {
                Ok(()) => Ok(()),
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Err(e),
                // A file system without hard links: create the target
                // exclusively instead (still never replaces a file).
                Err(_) => write_exclusive(target, contents),
            }
        }
    });
    // Gone after a rename; the extra name after a link.
    let _ = std::fs::remove_file(&temp);
    placed?;
    sync_dir(&dir);
    Ok(())
}

/// A fresh temporary file in `dir`, created exclusively (`O_CREAT|O_EXCL`:
/// an existing name, or a link planted there, makes it try another name).
fn create_temp(dir: &Path, target: &Path) -> std::io::Result<(PathBuf, std::fs::File)> {
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let seed = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    let mut last = None;
    for attempt in 0..TEMP_ATTEMPTS {
        let unique = seed
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(u128::from(attempt).wrapping_mul(1_442_695_040_888_963_407));
        let temp = dir.join(format!(
            ".{name}.{}.{:016x}.tmp",
            std::process::id(),
            (unique >> 32) as u64
        ));
        match std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&temp)
        {
            Ok(f) => return Ok((temp, f)),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => last = Some(e),
            Err(e) => return Err(e),
        }
    }
    Err(last.unwrap_or_else(|| std::io::Error::other("no temporary name")))
}

fn write_exclusive(target: &Path, contents: &[u8]) -> std::io::Result<()> {
    let mut f = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(target)?;
    f.write_all(contents)?;
    f.sync_all()
}

/// Syncs the directory entry (where the platform allows it), so the new
/// name survives a crash; best effort.
fn sync_dir(dir: &Path) {
    #[cfg(unix)]
    if let Ok(d) = std::fs::File::open(dir) {
        let _ = d.sync_all();
    }
    #[cfg(not(unix))]
    let _ = dir;
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scratch(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("sentencing-nf-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }

    #[test]
    fn an_existing_file_is_kept() {
        let dir = scratch("exists");
        let t = dir.join("case.yaml");
        std::fs::write(&t, "mine").unwrap();
        let e = write_new_file(&t, b"starter", false).unwrap_err();
        assert_eq!(e.kind(), std::io::ErrorKind::AlreadyExists);
        assert_eq!(std::fs::read_to_string(&t).unwrap(), "mine");
        // No temporary file left behind.
        assert_eq!(std::fs::read_dir(&dir).unwrap().count(), 1);
        write_new_file(&t, b"starter", true).unwrap();
        assert_eq!(std::fs::read_to_string(&t).unwrap(), "starter");
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[cfg(unix)]
    #[test]
    fn a_dangling_link_is_not_followed_or_replaced() {
        let dir = scratch("link");
        let t = dir.join("case.yaml");
        let elsewhere = dir.join("elsewhere.txt");
        std::os::unix::fs::symlink(&elsewhere, &t).unwrap();
        let e = write_new_file(&t, b"starter", false).unwrap_err();
        assert_eq!(e.kind(), std::io::ErrorKind::AlreadyExists);
        assert!(!elsewhere.exists());
        assert!(
            std::fs::symlink_metadata(&t)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        let _ = std::fs::remove_dir_all(&dir);
    }

    /// The race of issue #16: another process creates the file while `new`
    /// runs. Exactly one of them may succeed, and the file holds its text.
    #[test]
    fn a_file_created_meanwhile_is_never_replaced() {
        let dir = scratch("race");
        for trial in 0..300 {
            let t = dir.join(format!("case{trial}.yaml"));
            let other = {
                let t = t.clone();
                std::thread::spawn(move || {
                    std::fs::OpenOptions::new()
                        .write(true)
                        .create_new(true)
                        .open(&t)
                        .and_then(|mut f| f.write_all(b"user"))
                        .is_ok()
                })
            };
            let ours = write_new_file(&t, b"starter", false).is_ok();
            let theirs = other.join().unwrap();
            let text = std::fs::read_to_string(&t).unwrap();
            assert!(
                ours != theirs,
                "trial {trial}: ours {ours}, theirs {theirs}"
            );
            // The user's write may still be filling the file it created.
            assert_eq!(text == "starter", ours, "trial {trial}: {text:?}");
        }
        let _ = std::fs::remove_dir_all(&dir);
    }
}
