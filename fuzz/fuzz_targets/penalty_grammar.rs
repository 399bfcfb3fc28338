//! Any text as a penalty (the shared grammar and every jurisdiction's own,
//! including German day fines), a deprivation of political rights and a
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
    for id in sentencing::case::JurisdictionId::ALL {
        if let Err(e) = sentencing::law::jurisdiction(*id).parse_penalty(text) {
            assert!(e.offset <= text.len(), "{id:?}: offset {} past the end", e.offset);
        }
    }
});
