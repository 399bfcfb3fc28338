//! Decides whether the browser test of the HTML report can run: without
//! Chromium on `PATH` (and outside CI) it is compiled as `#[ignore]`d with
//! the reason, so that `cargo test` shows it as ignored instead of passing
//! without having run. In CI (`CI` set) it always runs, and a missing
//! browser fails it.

fn main() {
    println!("cargo::rustc-check-cfg=cfg(no_chromium)");
    println!("cargo::rerun-if-env-changed=PATH");
    println!("cargo::rerun-if-env-changed=CI");
    println!("cargo::rerun-if-changed=build.rs");
    let in_ci = std::env::var_os("CI").is_some();
    let dirs: Vec<std::path::PathBuf> = std::env::var_os("PATH")
        .map(|path| std::env::split_paths(&path).collect())
        .unwrap_or_default();
    // Installing Chromium changes one of these folders: decide again then.
    for dir in dirs.iter().filter(|d| d.is_dir()) {
        println!("cargo::rerun-if-changed={}", dir.display());
    }
    let found = dirs.iter().any(|dir| {
        ["chromium", "chromium-browser", "google-chrome"]
            .iter()
            .any(|name| dir.join(name).is_file())
    });
    if !found && !in_ci {
        println!("cargo::rustc-cfg=no_chromium");
    }
}
