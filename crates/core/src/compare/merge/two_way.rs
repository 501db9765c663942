//! Merging two versions with no common ancestor (a sync service's conflict copy of a
//! file Waymark has no backup of): a two-way merge that adds and never deletes.
//!
//! It is the three-way merge with a made-up ancestor: what both versions have in common
//! (things with the same id on both sides, fields with the same value, list entries on
//! both). So a thing only one side has counts as added and is kept; a field only one side
//! has is kept; a field the two sides hold differently has no ancestor value and becomes
//! a `field` conflict (ours kept, theirs offered), so what differs is listed and can be
//! picked; nothing is deleted.

use serde_json::Value;

use super::{Ctx, MergeError, as_obj, finish, for_each_map};
use crate::compare::scores;
use crate::compare::value::Obj;
use crate::model::Project;

/// Merges `ours` and `theirs` without an ancestor (see the module docs).
pub fn merge_two_way(ours: &Project, theirs: &Project) -> Result<Project, MergeError> {
    let (mut o, mut t) = (as_obj(ours)?, as_obj(theirs)?);
    for side in [&mut o, &mut t] {
        for_each_map(side, scores::normalize);
    }
    let mut b = match common(&Value::Object(o.clone()), &Value::Object(t.clone())) {
        Some(Value::Object(b)) => b,
        _ => Obj::new(),
    };
    b.remove("conflicts");
    let mut ctx = Ctx::default();
    finish(&mut ctx, &b, &o, &t, ours, theirs)
}

/// The key of a list entry: its `id`, or an arrow's ends.
fn entry_key(v: &Value) -> Option<String> {
    if let Some(id) = v.get("id").and_then(Value::as_str) {
        return Some(id.to_owned());
    }
    Some(format!(
        "{}→{}",
        v.get("from")?.as_str()?,
        v.get("to")?.as_str()?
    ))
}

/// What `a` and `b` have in common, or `None` when they differ and have nothing in
/// common (a field set two ways).
fn common(a: &Value, b: &Value) -> Option<Value> {
    if a == b {
        return Some(a.clone());
    }
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => {
            let mut out = Obj::new();
            for (k, va) in x {
                if let Some(vb) = y.get(k)
                    && let Some(v) = common(va, vb)
                {
                    out.insert(k.clone(), v);
                }
            }
            Some(Value::Object(out))
        }
        (Value::Array(x), Value::Array(y)) => {
            let keyed =
                |list: &[Value]| list.iter().all(|v| v.is_object() && entry_key(v).is_some());
            if keyed(x) && keyed(y) {
                let mut out = Vec::new();
                for va in x {
                    let k = entry_key(va);
                    if let Some(vb) = y.iter().find(|vb| entry_key(vb) == k)
                        && let Some(v) = common(va, vb)
                    {
                        out.push(v);
                    }
                }
                Some(Value::Array(out))
            } else if x.iter().chain(y).all(|v| !v.is_object() && !v.is_array()) {
                Some(Value::Array(
                    x.iter().filter(|v| y.contains(v)).cloned().collect(),
                ))
            } else {
                None
            }
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::common;

    #[test]
    fn the_common_part_keeps_shared_entries_and_drops_what_differs() {
        let a = json!({"title": "A", "tags": ["x", "y"], "cards": [{"id": "c1", "title": "same", "body": "a"}, {"id": "c2"}]});
        let b = json!({"title": "B", "tags": ["y", "z"], "cards": [{"id": "c1", "title": "same", "body": "b"}, {"id": "c3"}]});
        assert_eq!(
            common(&a, &b),
            Some(json!({"tags": ["y"], "cards": [{"id": "c1", "title": "same"}]}))
        );
    }
}
