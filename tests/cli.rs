//! Golden tests of the command line: the exact output and exit status of
//! `report`, `compare` and `validate` on the bundled cases and on broken
//! files, and the examples in README.md. Refresh after an intended change with `TRYCMD=overwrite cargo test
//! --test cli` and review the diff like code.

#[test]
fn cli_golden_files() {
    trycmd::TestCases::new()
        .case("tests/cmd/*.toml")
        .case("README.md");
}
