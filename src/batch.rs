//! Finding the case files a command is given: files as named, directories
//! searched (recursively) for `*.yaml` and `*.yml`, in sorted order so that
//! output does not depend on the file system.

use std::path::{Path, PathBuf};

/// A path that could not be searched.
#[derive(Debug, thiserror::Error)]
#[error("cannot read {path}: {source}")]
pub struct PathError {
    pub path: PathBuf,
    #[source]
    pub source: std::io::Error,
}

fn is_case_file(p: &Path) -> bool {
    matches!(p.extension().and_then(|e| e.to_str()), Some("yaml" | "yml"))
}

fn walk(dir: &Path, files: &mut Vec<PathBuf>, errors: &mut Vec<PathError>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(source) => {
            errors.push(PathError {
                path: dir.to_path_buf(),
                source,
            });
            return;
        }
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for p in paths {
        if p.is_dir() {
            walk(&p, files, errors);
        } else if is_case_file(&p) {
            files.push(p);
        }
    }
}

/// Expands the inputs into case files. Files named directly are taken
/// whatever their extension; directories give their `*.yaml`/`*.yml` files.
pub fn collect(inputs: &[PathBuf]) -> (Vec<PathBuf>, Vec<PathError>) {
    let mut files = Vec::new();
    let mut errors = Vec::new();
    for input in inputs {
        match std::fs::metadata(input) {
            Ok(m) if m.is_dir() => walk(input, &mut files, &mut errors),
            Ok(_) => files.push(input.clone()),
            Err(source) => errors.push(PathError {
                path: input.clone(),
                source,
            }),
        }
    }
    (files, errors)
}

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
/// `threads` of `None` uses every core. `sink` may fail (a closed pipe); the
/// first failure stops the run and is returned.
///
/// # Errors
/// The first error returned by `sink`, or a thread-pool error converted by `E: From<rayon::ThreadPoolBuildError>`.
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
    E: From<rayon::ThreadPoolBuildError>,
{
    use rayon::prelude::*;
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads.unwrap_or(0))
        .build()?;
    std::thread::scope(|scope| {
        // Capacity one: the producer may run one chunk ahead of the sink.
        let (sender, receiver) = std::sync::mpsc::sync_channel::<Vec<T>>(1);
        let work = &work;
        let pool = &pool;
        scope.spawn(move || {
            for chunk in paths.chunks(CHUNK_FILES) {
                let results: Vec<T> = pool.install(|| chunk.par_iter().map(|p| work(p)).collect());
                // The receiver is gone when the sink failed: stop.
                if sender.send(results).is_err() {
                    break;
                }
            }
        });
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
            run_ordered::<_, rayon::ThreadPoolBuildError, _, _>(
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
}
