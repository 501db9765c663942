//! The published JSON Schema and `waymark check` agree: every bundled file is valid under a
//! real JSON Schema validator (the `jsonschema` crate) and loads, and for mutations of the
//! sample both accept or both reject, wherever JSON Schema can express the rule. Only rules
//! about the whole document (references, unique ids, pictures that decode) are `check`'s
//! alone.

use serde_json::{Value, json};
use waymark_core::{assets, io};

fn validator() -> jsonschema::Validator {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../schema/waymark.schema.json"
    );
    let schema: Value =
        serde_json::from_str(&std::fs::read_to_string(path).expect("schema")).expect("json");
    jsonschema::validator_for(&schema).expect("a valid schema")
}

fn check_accepts(value: &Value) -> bool {
    io::load_bytes(&serde_json::to_vec(value).expect("json")).is_ok()
}

#[test]
fn every_bundled_file_is_valid_under_the_schema() {
    let validator = validator();
    let fixtures = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
    let mut texts: Vec<(String, String)> = vec![("sample".to_owned(), assets::SAMPLE.to_owned())];
    for name in assets::template_names().split(", ") {
        let text = assets::template(name).expect("template");
        texts.push((format!("template {name}"), text.to_owned()));
    }
    for entry in std::fs::read_dir(fixtures).expect("fixtures").flatten() {
        let text = std::fs::read_to_string(entry.path()).expect("fixture");
        texts.push((entry.path().display().to_string(), text));
    }
    assert!(texts.len() >= 9, "{} files", texts.len());
    for (name, text) in texts {
        let value: Value = serde_json::from_str(&text).expect("json");
        let errors: Vec<String> = validator
            .iter_errors(&value)
            .map(|e| e.to_string())
            .collect();
        assert!(errors.is_empty(), "{name}: {errors:?}");
        assert!(check_accepts(&value), "{name}");
    }
}

/// (what changes, the change) for the sample.
type Mutation = (&'static str, Box<dyn Fn(&mut Value)>);

fn mutations() -> Vec<Mutation> {
    let card = |field: &'static str, v: Value| -> Box<dyn Fn(&mut Value)> {
        Box::new(move |doc| doc["maps"][0]["cards"][0][field] = v.clone())
    };
    let image = |id: &'static str, mime: &'static str| -> Box<dyn Fn(&mut Value)> {
        Box::new(move |doc| {
            doc["images"][id] = json!({ "mime": mime, "data": "iVBORw0KGgo=" });
        })
    };
    let long = |n: usize| Value::String("é".repeat(n));
    vec![
        ("emotion 2.0", card("emotion", json!(2.0))),
        (
            "emotion -0",
            Box::new(|d| {
                let text = serde_json::to_string(d).expect("json").replacen(
                    "\"emotion\":1",
                    "\"emotion\":-0",
                    1,
                );
                *d = serde_json::from_str(&text).expect("json");
            }),
        ),
        ("emotion null", card("emotion", Value::Null)),
        ("emotion 3", card("emotion", json!(3))),
        ("emotion -128", card("emotion", json!(-128))),
        ("emotion 1.5", card("emotion", json!(1.5))),
        ("emotion \"1\"", card("emotion", json!("1"))),
        ("version 1.0", Box::new(|d| d["version"] = json!(1.0))),
        ("version 0", Box::new(|d| d["version"] = json!(0))),
        ("format miro", Box::new(|d| d["format"] = json!("miro"))),
        (
            "no title",
            Box::new(|d| {
                d.as_object_mut().expect("object").remove("title");
            }),
        ),
        (
            "title of 1,000 characters",
            Box::new(move |d| d["title"] = long(1000)),
        ),
        (
            "title of 1,001 characters",
            Box::new(move |d| d["title"] = long(1001)),
        ),
        (
            "scenario of 100,001",
            Box::new(move |d| d["maps"][0]["scenario"] = long(100_001)),
        ),
        (
            "quote of 100,001",
            Box::new(move |d| d["personas"][0]["quote"] = long(100_001)),
        ),
        ("a tag of 1,001", card("tags", json!([long(1001)]))),
        ("a tag of 1,000", card("tags", json!([long(1000)]))),
        (
            "label of 1,001",
            Box::new(move |d| d["maps"][0]["links"][0]["label"] = long(1001)),
        ),
        (
            "a goal of 100,001",
            Box::new(move |d| d["personas"][0]["goals"] = json!([long(100_001)])),
        ),
        ("owner of 1,001", card("owner", long(1001))),
        ("title of 100,001", card("title", long(100_001))),
        ("empty map id", Box::new(|d| d["maps"][0]["id"] = json!(""))),
        (
            "blank stage id",
            Box::new(|d| d["maps"][0]["stages"][0]["id"] = json!(" \u{3000}\t")),
        ),
        (
            "id of 1,001",
            Box::new(move |d| d["personas"][0]["id"] = long(1001)),
        ),
        (
            "padded lane id",
            Box::new(|d| {
                d["maps"][0]["lanes"][0]["id"] = json!(" l \u{85}");
                for card in d["maps"][0]["cards"].as_array_mut().expect("cards") {
                    if card["lane"] == "l-actions" {
                        card["lane"] = json!(" l \u{85}");
                    }
                }
            }),
        ),
        ("a PNG", image("img-1", "image/png")),
        ("a GIF", image("img-1", "image/gif")),
        ("an empty image id", image("", "image/png")),
        ("a blank image id", image(" ", "image/png")),
        (
            "a lane kind",
            Box::new(|d| d["maps"][0]["lanes"][0]["kind"] = json!("sparkles")),
        ),
        ("a colour", card("color", json!("red"))),
        ("a lower-case colour", card("color", json!("#ffe08a"))),
        (
            "an unknown field",
            card("x-future", json!({"n": [1.5, "x"]})),
        ),
        ("state", Box::new(|d| d["maps"][0]["state"] = json!("past"))),
    ]
}

#[test]
fn the_schema_and_check_agree_on_what_the_schema_can_express() {
    let validator = validator();
    let sample: Value = serde_json::from_str(assets::SAMPLE).expect("json");
    let mut disagreements = Vec::new();
    for (what, mutate) in mutations() {
        let mut doc = sample.clone();
        mutate(&mut doc);
        let schema = validator.is_valid(&doc);
        let check = check_accepts(&doc);
        if schema != check {
            disagreements.push(format!("{what}: schema {schema}, check {check}"));
        }
    }
    assert!(disagreements.is_empty(), "{disagreements:#?}");
    // The rules only `check` enforces: references, unique ids, pictures that decode.
    for (what, mutate) in [
        (
            "a dangling lane",
            Box::new(|d: &mut Value| d["maps"][0]["cards"][0]["lane"] = json!("l-gone"))
                as Box<dyn Fn(&mut Value)>,
        ),
        (
            "a duplicate card id",
            Box::new(|d: &mut Value| {
                d["maps"][0]["cards"][1]["id"] = d["maps"][0]["cards"][0]["id"].clone()
            }),
        ),
    ] {
        let mut doc = sample.clone();
        mutate(&mut doc);
        assert!(validator.is_valid(&doc) && !check_accepts(&doc), "{what}");
    }
}
