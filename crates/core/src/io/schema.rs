//! The JSON Schema of the project file, generated from the model types.

use serde_json::{Value, json};

use super::{CURRENT_VERSION, FORMAT_NAME};
use crate::model::Project;

/// The JSON Schema (draft 2020-12) of a version-[`CURRENT_VERSION`] project file, pretty
/// printed. `schema/waymark.schema.json` in the repository is this text.
pub fn schema_json() -> String {
    let mut schema = schemars::schema_for!(Project).to_value();
    if let Some(object) = schema.as_object_mut() {
        object.insert("title".to_owned(), json!("Waymark project"));
        object.insert(
            "description".to_owned(),
            json!(format!(
                "A Waymark journey-map project, format version {CURRENT_VERSION}."
            )),
        );
        if let Some(Value::Object(properties)) = object.get_mut("properties") {
            // Image ids are the keys of `images`: as long as any other id may be.
            if let Some(Value::Object(images)) = properties.get_mut("images") {
                images.insert(
                    "propertyNames".to_owned(),
                    json!({ "maxLength": super::MAX_NAME_CHARS }),
                );
            }
            properties.insert("format".to_owned(), json!({ "const": FORMAT_NAME }));
            properties.insert(
                "version".to_owned(),
                json!({ "type": "integer", "minimum": 1, "maximum": CURRENT_VERSION }),
            );
        }
        if let Some(Value::Array(required)) = object.get_mut("required") {
            required.insert(0, json!("version"));
            required.insert(0, json!("format"));
        }
    }
    let mut text = serde_json::to_string_pretty(&schema).unwrap_or_default();
    text.push('\n');
    text
}
