//! Any text as an amount of money. Errors are fine; panics are not, and an
//! error's offset must lie inside the text.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    match sentencing::penalty::parse_money(text) {
        Ok(m) => {
            let _ = m.to_string();
        }
        Err(e) => assert!(e.offset <= text.len(), "offset {} past the end", e.offset),
    }
});
