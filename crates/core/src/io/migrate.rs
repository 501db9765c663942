//! Step-by-step upgrades of older files, applied to the raw JSON before it is typed.
//!
//! `STEPS[i]` turns a version `i + 1` document into version `i + 2`. Each format change
//! adds one here, together with a frozen fixture of the old version under
//! `tests/fixtures/` (`v1-online-grocery.json` for version 1).

use serde_json::Value;

use super::{CURRENT_VERSION, LoadError};

type Step = fn(&mut Value) -> Result<(), LoadError>;

const STEPS: &[Step] = &[v1_to_v2];

/// Upgrades `raw` from `version` to [`CURRENT_VERSION`] in place.
pub(super) fn to_current(raw: &mut Value, version: u64) -> Result<(), LoadError> {
    debug_assert_eq!(STEPS.len() as u64 + 1, CURRENT_VERSION);
    let first = usize::try_from(version.saturating_sub(1)).unwrap_or(usize::MAX);
    for step in STEPS.iter().skip(first) {
        step(raw)?;
    }
    Ok(())
}

/// Version 1 → 2: a map's one `persona` (an id or `null`) becomes its `personas` list
/// (`["p-maya"]` or `[]`). The cards' `emotion` stays the lead persona's score, so no card
/// changes. Version 2's other additions (metrics, notes, per-persona `scores`, a persona's
/// `color`) are optional and absent from a version 1 file. A `personas` key a version 1
/// file already had on a map (unknown to version 1, kept as is) is left alone when the
/// map named no persona, and otherwise gets the persona in front unless it lists it.
fn v1_to_v2(raw: &mut Value) -> Result<(), LoadError> {
    let Some(maps) = raw.get_mut("maps").and_then(Value::as_array_mut) else {
        return Ok(());
    };
    for map in maps {
        let Some(map) = map.as_object_mut() else {
            continue;
        };
        let persona = map.remove("persona");
        let list = match persona {
            Some(Value::String(id)) => vec![Value::String(id)],
            // `null`, absent, or not an id (which version 1 would have refused anyway).
            _ => Vec::new(),
        };
        match map.get_mut("personas") {
            Some(Value::Array(existing)) => {
                for id in list.into_iter().rev() {
                    if !existing.contains(&id) {
                        existing.insert(0, id);
                    }
                }
            }
            Some(_) => {}
            None => {
                map.insert("personas".to_owned(), Value::Array(list));
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_persona_becomes_a_list() {
        let mut raw = serde_json::json!({"maps": [
            {"id": "a", "persona": "p-1"},
            {"id": "b", "persona": null},
            {"id": "c"},
            {"id": "d", "persona": "p-1", "personas": ["p-2"]},
        ]});
        v1_to_v2(&mut raw).unwrap_or_else(|e| panic!("{e}"));
        let lists: Vec<_> = raw["maps"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|m| (m.get("persona").is_none(), m["personas"].clone()))
            .collect();
        assert_eq!(
            lists,
            vec![
                (true, serde_json::json!(["p-1"])),
                (true, serde_json::json!([])),
                (true, serde_json::json!([])),
                (true, serde_json::json!(["p-1", "p-2"])),
            ]
        );
    }
}
