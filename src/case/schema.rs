//! The JSON Schema of the case file, for editors (`sentencing schema`,
//! `docs/case.schema.json`). It is generated from the raw serde structs in
//! [`super::raw`], so it cannot drift from what the loader accepts; values
//! that the project's own grammars read (dates, penalties, money) are
//! strings with a pattern or a description and examples
//! (`text_schemas.rs`, which the raw structs name).

/// The case file's JSON Schema, as pretty-printed JSON text ending in a newline.
pub fn case_schema_json() -> String {
    let schema = schemars::generate::SchemaSettings::draft07()
        .into_generator()
        .into_root_schema_for::<super::raw::RawCase>();
    let mut text = serde_json::to_string_pretty(&schema).unwrap_or_default();
    text.push('\n');
    text
}
