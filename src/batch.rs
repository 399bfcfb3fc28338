//! Finding the case files a command is given: files as named, directories
//! searched (recursively) for `*.yaml` and `*.yml`, in sorted order so that
//! output does not depend on the file system.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// A path that could not be searched, or a directory not searched again.
#[derive(Debug, thiserror::Error)]
#[error("{}", match &self.problem {
    PathProblem::Unreadable(e) => format!("cannot read {}: {e}", self.path.display()),
    PathProblem::NotRegular(kind) => format!("cannot read {}: not a regular file ({kind}); only regular files are read from a directory (name a pipe directly to read it)", self.path.display()),
    PathProblem::AlreadyWalked(first) => format!("{} is the directory {} again (a symbolic link loop or a second link); its files are taken once", self.path.display(), first.display()),
})]
pub struct PathError {
    pub path: PathBuf,
    pub problem: PathProblem,
}

/// What is wrong with a path.
#[derive(Debug)]
pub enum PathProblem {
    /// It could not be read.
    Unreadable(std::io::Error),
    /// A FIFO, socket or device found in a directory: reading it could
    /// block for ever, so it is not opened.
    NotRegular(&'static str),
    /// A directory already searched under another path (a symbolic link
    /// loop such as `ln -s . again`): not searched again. Not an error: every
    /// file is still taken, once.
    AlreadyWalked(PathBuf),
}

impl PathError {
    /// True for a problem that leaves files unread (the exit status says so);
    /// false for a directory skipped because it was already searched.
    pub fn is_error(&self) -> bool {
        !matches!(self.problem, PathProblem::AlreadyWalked(_))
    }
}

/// `*.yaml` and `*.yml`, whatever the case of the extension.
fn is_case_file(p: &Path) -> bool {
    p.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("yaml") || e.eq_ignore_ascii_case("yml"))
}

/// The identity of a directory: device and inode where there are such,
/// else the canonical path.
#[cfg(unix)]
type DirId = (u64, u64);
#[cfg(not(unix))]
type DirId = PathBuf;

#[cfg(unix)]
fn dir_id(path: &Path, meta: &std::fs::Metadata) -> Option<DirId> {
    use std::os::unix::fs::MetadataExt;
    let _ = path;
    Some((meta.dev(), meta.ino()))
}

#[cfg(not(unix))]
fn dir_id(path: &Path, _meta: &std::fs::Metadata) -> Option<DirId> {
    std::fs::canonicalize(path).ok()
}

/// The kind of a file that is neither a directory nor a regular file.
fn special_kind(meta: &std::fs::Metadata) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        let t = meta.file_type();
        if t.is_fifo() {
            return "a FIFO";
        }
        if t.is_socket() {
            return "a socket";
        }
        if t.is_char_device() || t.is_block_device() {
            return "a device";
        }
    }
    let _ = meta;
    "not a file or directory"
}

/// A depth-first walk that enters each real directory once.
#[derive(Default)]
struct Walker {
    files: Vec<PathBuf>,
    errors: Vec<PathError>,
    /// The directories entered, by identity, with the path first used.
    seen: HashMap<DirId, PathBuf>,
}

impl Walker {
    /// Enters `dir` unless it was entered before under any path.
    fn enter(&mut self, dir: &Path, meta: &std::fs::Metadata) {
        if let Some(id) = dir_id(dir, meta) {
            if let Some(first) = self.seen.get(&id) {
                self.errors.push(PathError {
                    path: dir.to_path_buf(),
                    problem: PathProblem::AlreadyWalked(first.clone()),
                });
                return;
            }
            self.seen.insert(id, dir.to_path_buf());
        }
        self.walk(dir);
    }

    fn walk(&mut self, dir: &Path) {
        let entries = match std::fs::read_dir(dir) {
            Ok(e) => e,
            Err(source) => {
                self.errors.push(PathError {
                    path: dir.to_path_buf(),
                    problem: PathProblem::Unreadable(source),
                });
                return;
            }
        };
        let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
        paths.sort();
        for p in paths {
            // Follows symbolic links: a link to a directory is searched (once).
            match std::fs::metadata(&p) {
                Ok(m) if m.is_dir() => self.enter(&p, &m),
                Ok(m) if m.is_file() => {
                    if is_case_file(&p) {
                        self.files.push(p);
                    }
                }
                Ok(m) => {
                    if is_case_file(&p) {
                        self.errors.push(PathError {
                            path: p,
                            problem: PathProblem::NotRegular(special_kind(&m)),
                        });
                    }
                }
                // A dangling link named like a case file: reading it reports why.
                Err(_) => {
                    if is_case_file(&p) {
                        self.files.push(p);
                    }
                }
            }
        }
    }
}

/// Expands the inputs into case files. Files named directly are taken
/// whatever their extension and type (a pipe named on the command line is
/// read, as ripgrep does); directories give their regular `*.yaml`/`*.yml`
/// files (any case), each real directory searched once however many links
/// lead to it. The second list holds the paths that could not be searched
/// and the directories not searched again ([`PathError::is_error`] tells
/// which).
pub fn collect(inputs: &[PathBuf]) -> (Vec<PathBuf>, Vec<PathError>) {
    let mut w = Walker::default();
    for input in inputs {
        match std::fs::metadata(input) {
            Ok(m) if m.is_dir() => w.enter(input, &m),
            Ok(_) => w.files.push(input.clone()),
            Err(source) => w.errors.push(PathError {
                path: input.clone(),
                problem: PathProblem::Unreadable(source),
            }),
        }
    }
    (w.files, w.errors)
}

/// The most threads a run uses (`--threads` is refused above it): more
/// than the files' work can use on any machine, few enough that creating
/// them costs nothing (20,000 threads took a minute and 1.7 GB).
pub const MAX_THREADS: usize = 256;

/// How many files are worked on at once: enough to keep every thread busy,
/// few enough that memory stays flat however many files there are.
pub const CHUNK_FILES: usize = 512;

/// Runs `work` on every path in parallel and hands each result to `sink` in
/// the order of `paths`, a chunk at a time. Output is therefore identical
/// whatever the number of threads, and at most three chunks of
/// [`CHUNK_FILES`] results are held in memory at once.
///
/// The chunks are pipelined: while `sink` writes one chunk's results on the
/// calling thread, the pool already works on the next, so the writing does
/// not leave the cores idle.
///
/// `threads` of `None` (or 0) uses every core; more than [`MAX_THREADS`]
/// is cut to that. `sink` may fail (a closed pipe); the first failure stops
/// the run and is returned.
///
/// # Errors
/// The first error returned by `sink`; a thread the system refuses to
/// create (the pool's, converted by `E: From<rayon::ThreadPoolBuildError>`,
/// or the producer's, by `E: From<std::io::Error>`), never a panic.
pub fn run_ordered<T, E, W, S>(
    paths: &[PathBuf],
    threads: Option<usize>,
    work: W,
    mut sink: S,
) -> Result<(), E>
where
    T: Send,
    W: Fn(&Path) -> T + Sync + Send,
    S: FnMut(T) -> Result<(), E>,
    E: From<rayon::ThreadPoolBuildError> + From<std::io::Error>,
{
    use rayon::prelude::*;
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads.unwrap_or(0).min(MAX_THREADS))
        .build()?;
    std::thread::scope(|scope| {
        // Capacity one: the producer may run one chunk ahead of the sink.
        let (sender, receiver) = std::sync::mpsc::sync_channel::<Vec<T>>(1);
        let work = &work;
        let pool = &pool;
        // `Builder::spawn_scoped`, not `scope.spawn`: a refused thread is an
        // error, not a panic.
        std::thread::Builder::new()
            .name("sentencing-batch".into())
            .spawn_scoped(scope, move || {
                for chunk in paths.chunks(CHUNK_FILES) {
                    let results: Vec<T> =
                        pool.install(|| chunk.par_iter().map(|p| work(p)).collect());
                    // The receiver is gone when the sink failed: stop.
                    if sender.send(results).is_err() {
                        break;
                    }
                }
            })?;
        for results in receiver {
            for r in results {
                sink(r)?;
            }
        }
        Ok(())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_come_in_path_order_whatever_the_threads() {
        let paths: Vec<PathBuf> = (0..2000)
            .map(|i| PathBuf::from(format!("f{i:05}")))
            .collect();
        for threads in [1, 2, 7] {
            let mut seen = Vec::new();
            run_ordered::<_, anyhow::Error, _, _>(
                &paths,
                Some(threads),
                |p| p.to_path_buf(),
                |p| {
                    seen.push(p);
                    Ok(())
                },
            )
            .unwrap();
            assert_eq!(seen, paths);
        }
    }

    #[test]
    fn threads_beyond_the_bound_are_cut_not_created() {
        let paths: Vec<PathBuf> = (0..10).map(|i| PathBuf::from(format!("f{i}"))).collect();
        let mut seen = 0usize;
        run_ordered::<_, anyhow::Error, _, _>(
            &paths,
            Some(usize::MAX),
            |_| rayon::current_num_threads(),
            |n| {
                assert!(n <= MAX_THREADS, "{n} threads");
                seen += 1;
                Ok(())
            },
        )
        .unwrap();
        assert_eq!(seen, 10);
    }
}
