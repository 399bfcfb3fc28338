//! Colour: none in a pipe or with `--color never`, codes with `--color
//! always`, and `NO_COLOR` honoured in `auto`.

use std::process::Command;

fn stdout(args: &[&str], no_color: bool) -> String {
    let mut c = Command::new(env!("CARGO_BIN_EXE_sentencing"));
    c.args(args).env_remove("CLICOLOR_FORCE");
    if no_color {
        c.env("NO_COLOR", "1");
    } else {
        c.env_remove("NO_COLOR");
    }
    String::from_utf8(c.output().unwrap().stdout).unwrap()
}

const ESC: char = '\u{1b}';

#[test]
fn no_escape_codes_in_a_pipe() {
    assert!(!stdout(&["compare", "cases"], false).contains(ESC));
    assert!(!stdout(&["validate", "tests/broken/bad-penalty.yaml"], false).contains(ESC));
}

#[test]
fn always_colours_and_never_does_not() {
    assert!(stdout(&["--color", "always", "compare", "cases"], false).contains(ESC));
    assert!(
        stdout(
            &[
                "--color",
                "always",
                "validate",
                "tests/broken/bad-penalty.yaml"
            ],
            false
        )
        .contains(ESC)
    );
    assert!(!stdout(&["--color", "never", "compare", "cases"], false).contains(ESC));
}

#[test]
fn markdown_and_csv_never_carry_colour() {
    assert!(
        !stdout(
            &[
                "--color", "always", "compare", "--format", "markdown", "cases"
            ],
            false
        )
        .contains(ESC)
    );
    assert!(
        !stdout(
            &["--color", "always", "compare", "--format", "csv", "cases"],
            false
        )
        .contains(ESC)
    );
}

#[test]
fn no_color_is_honoured_in_auto() {
    assert!(!stdout(&["--color", "auto", "compare", "cases"], true).contains(ESC));
}
