//! Small helpers over the JSON form of the document, which diffing and merging use so that
//! every field (unknown ones included) is compared the same way.

use serde_json::{Map, Value};

/// A JSON object.
pub(crate) type Obj = Map<String, Value>;

/// The JSON object of a serialisable thing (empty if it does not serialise to one).
pub(crate) fn object_of<T: serde::Serialize>(thing: &T) -> Obj {
    match serde_json::to_value(thing) {
        Ok(Value::Object(map)) => map,
        _ => Obj::new(),
    }
}

/// The text under `key`, or "".
pub(crate) fn text<'a>(obj: &'a Obj, key: &str) -> &'a str {
    obj.get(key).and_then(Value::as_str).unwrap_or("")
}

/// What a thing is called: its `title`, else its `name`, else its `id`.
pub(crate) fn name_of(obj: &Obj) -> String {
    ["title", "name", "id"]
        .iter()
        .map(|k| text(obj, k))
        .find(|s| !s.is_empty())
        .unwrap_or("")
        .to_owned()
}

/// The keys present in any of the objects, sorted, without `skip`.
pub(crate) fn keys<'a>(objs: &[Option<&'a Obj>], skip: &[&str]) -> Vec<&'a String> {
    let mut keys: Vec<&String> = objs
        .iter()
        .flatten()
        .flat_map(|o| o.keys())
        .filter(|k| !skip.contains(&k.as_str()))
        .collect();
    keys.sort();
    keys.dedup();
    keys
}
