//! Any text as a penalty, a deprivation of political rights and a
//! confiscation. Errors are fine; panics are not, and an error's offset and
//! length must lie inside the text.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    for result in [
        sentencing::penalty::parse_penalty(text).map(|_| ()),
        sentencing::penalty::parse_political_rights(text).map(|_| ()),
        sentencing::penalty::parse_confiscation(text).map(|_| ()),
    ] {
        if let Err(e) = result {
            assert!(e.offset <= text.len(), "offset {} past the end", e.offset);
        }
    }
});
