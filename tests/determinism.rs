//! Batch output is the same whatever the number of threads, and the same on
//! every run: files are processed in parallel but reported in path order.

use std::path::Path;
use std::process::Command;

fn run(args: &[&str]) -> (Vec<u8>, Option<i32>) {
    let out = Command::new(env!("CARGO_BIN_EXE_sentencing"))
        .args(args)
        .output()
        .unwrap();
    (out.stdout, out.status.code())
}

/// More files than one parallel chunk, good and bad mixed.
fn corpus() -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("sentencing-determinism-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let sources: Vec<std::path::PathBuf> = ["cases", "tests/broken"]
        .iter()
        .flat_map(|d| std::fs::read_dir(d).unwrap().map(|e| e.unwrap().path()))
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect();
    for i in 0..700 {
        let src = &sources[i % sources.len()];
        let name = format!("{i:04}-{}", src.file_name().unwrap().to_str().unwrap());
        std::fs::copy(src, dir.join(name)).unwrap();
    }
    dir
}

#[test]
fn output_is_identical_across_thread_counts_and_runs() {
    let dir = corpus();
    let d = dir.to_str().unwrap();
    for command in [
        vec!["validate", d],
        vec!["report", "--format", "json", "--as-of", "2026-01-01", d],
        vec!["compare", "--format", "csv", d],
    ] {
        let with = |threads: &str| {
            let mut args = command.clone();
            args.extend(["--threads", threads]);
            run(&args)
        };
        let one = with("1");
        assert_eq!(one.1, Some(1), "the corpus has broken files");
        assert!(!one.0.is_empty());
        assert_eq!(one, with("3"), "{command:?}: 1 vs 3 threads");
        assert_eq!(one, with("3"), "{command:?}: two runs");
    }
    assert!(Path::new(&dir).exists());
    std::fs::remove_dir_all(&dir).unwrap();
}
