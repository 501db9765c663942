//! Small remembered choices per project file (e.g. the last export settings), kept in one
//! JSON file per kind of choice in the data folder, keyed by [`crate::store::file_key`].

use std::path::Path;

use serde_json::{Map, Value};

use crate::store::{DataDir, StoreError, file_key};

/// The most projects one file remembers; the oldest entries go first.
const MAX_ENTRIES: usize = 200;
/// The largest file of remembered choices read (200 small entries).
const MAX_BYTES: u64 = 4_000_000;

fn read(dir: &DataDir, name: &str) -> Map<String, Value> {
    crate::io::read_bounded(&dir.root().join(format!("{name}.json")), MAX_BYTES)
        .ok()
        .and_then(|bytes| serde_json::from_slice(&bytes).ok())
        .unwrap_or_default()
}

/// The remembered value of kind `name` for `project` (a file path, or `None` for untitled).
pub fn load(dir: &DataDir, name: &str, project: Option<&Path>) -> Option<Value> {
    let key = project.map_or_else(|| "untitled".to_owned(), file_key);
    read(dir, name).remove(&key)
}

/// Remembers `value` of kind `name` for `project`.
pub fn save(
    dir: &DataDir,
    name: &str,
    project: Option<&Path>,
    value: Value,
) -> Result<(), StoreError> {
    let key = project.map_or_else(|| "untitled".to_owned(), file_key);
    let mut all = read(dir, name);
    all.remove(&key);
    while all.len() >= MAX_ENTRIES {
        let Some(first) = all.keys().next().cloned() else {
            break;
        };
        all.remove(&first);
    }
    all.insert(key, value);
    std::fs::create_dir_all(dir.root())
        .map_err(StoreError::at("cannot create folder", dir.root()))?;
    let path = dir.root().join(format!("{name}.json"));
    let bytes = serde_json::to_vec_pretty(&all)
        .map_err(|e| StoreError::at("cannot encode", &path)(e.into()))?;
    crate::io::write_atomic(&path, &bytes)
        .map_err(|e| StoreError::at("cannot write", &path)(e.into_io()))
}
