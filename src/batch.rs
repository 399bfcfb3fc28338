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
