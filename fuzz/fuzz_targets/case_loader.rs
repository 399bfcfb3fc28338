//! Any bytes as a case file: read, convert, analyse when it loads, and render
//! every finding and the report. Nothing may panic or hang.
#![no_main]

use libfuzzer_sys::fuzz_target;
use sentencing::render::{diagnostic, json, table};
use std::path::Path;

fuzz_target!(|data: &[u8]| {
    let file = sentencing::case::load_bytes(Path::new("fuzz.yaml"), data);
    for f in &file.findings {
        let _ = diagnostic::render_finding("fuzz.yaml", &file.source, f, sentencing::i18n::Lang::Zh);
    }
    if let Some(case) = &file.case {
        let analysis = sentencing::law::analyse(case);
        let _ = table::case_report("fuzz.yaml", &analysis, table::Style::Terminal, sentencing::i18n::Lang::En);
        let _ = json::case("fuzz.yaml", &analysis, sentencing::i18n::Lang::Zh);
    }
});
