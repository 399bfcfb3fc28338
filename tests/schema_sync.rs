//! `docs/case.schema.json` is the output of `sentencing schema`, kept
//! identical by this test. After changing the case format, regenerate it with
//! `cargo run -- schema > docs/case.schema.json`.

use sentencing::case::schema::case_schema_json;

#[test]
fn docs_schema_is_up_to_date() {
    let committed = std::fs::read_to_string("docs/case.schema.json").unwrap();
    assert!(
        committed == case_schema_json(),
        "docs/case.schema.json is stale: run `cargo run -- schema > docs/case.schema.json`"
    );
}

#[test]
fn schema_lists_every_top_level_field_and_denies_others() {
    let schema: serde_json::Value = serde_json::from_str(&case_schema_json()).unwrap();
    let props = schema["properties"].as_object().unwrap();
    for field in [
        "case",
        "jurisdiction",
        "summary",
        "sources",
        "defendants",
        "note",
    ] {
        assert!(props.contains_key(field), "{field}");
    }
    assert_eq!(schema["additionalProperties"], serde_json::json!(false));
    let required: Vec<&str> = schema["required"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    assert_eq!(required, ["case", "jurisdiction", "defendants"]);
}

#[test]
fn bundled_cases_point_at_the_schema() {
    for entry in std::fs::read_dir("cases").unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(
            text.starts_with("# yaml-language-server: $schema=../docs/case.schema.json\n"),
            "{} lacks the schema line",
            path.display()
        );
    }
}
