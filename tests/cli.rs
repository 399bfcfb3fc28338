//! Golden tests of the command line: the exact output and exit status of
//! `report`, `compare` and `validate` on the bundled cases and on broken
//! files, and the examples in README.md. Refresh after an intended change with `TRYCMD=overwrite cargo test
//! --test cli` and review the diff like code.

#[test]
fn cli_golden_files() {
    // Tables are laid out for `COLUMNS` when it is set; the goldens are for
    // the default width of a pipe (100) unless a case passes `--width`.
    trycmd::TestCases::new()
        .env("COLUMNS", "")
        .case("tests/cmd/*.toml")
        .case("README.md");
}
