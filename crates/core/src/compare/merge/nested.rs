//! Fields that hold structure: an object (a score per persona) or a list of things with
//! ids (a card's review notes, a lane's metrics). When both sides changed such a field,
//! it merges key by key (or id by id) like a thing's own fields, and only when that meets
//! a real disagreement does the whole field become one conflict.

use std::collections::{HashMap, HashSet};

use serde_json::Value;

use super::three_way;
use crate::compare::order::merge_order;
use crate::compare::value::{Obj, keys};

/// The merged value of a structured field both sides changed, or `None` when a key or id
/// was changed differently on both sides (or deleted on one, changed on the other).
pub(super) fn merge_nested(
    b: Option<&Value>,
    o: Option<&Value>,
    t: Option<&Value>,
) -> Option<Value> {
    match (o?, t?) {
        (Value::Object(oo), Value::Object(to)) => {
            let bo = match b {
                Some(Value::Object(m)) => Some(m),
                None | Some(Value::Null) => None,
                Some(_) => return None,
            };
            let mut out = Obj::new();
            for k in keys(&[bo, Some(oo), Some(to)], &[]) {
                let (bv, ov, tv) = (bo.and_then(|m| m.get(k)), oo.get(k), to.get(k));
                let value = match three_way(bv, ov, tv) {
                    Ok(v) => v.cloned(),
                    Err(()) => Some(merge_nested(bv, ov, tv)?),
                };
                if let Some(v) = value {
                    out.insert(k.clone(), v);
                }
            }
            Some(Value::Object(out))
        }
        (Value::Array(oa), Value::Array(ta)) if keyed(oa) && keyed(ta) => {
            let ba: &[Value] = match b {
                Some(Value::Array(a)) if keyed(a) => a,
                None | Some(Value::Null) => &[],
                Some(_) => return None,
            };
            merge_keyed(ba, oa, ta)
        }
        _ => None,
    }
}

/// Every item has a text `id`.
fn keyed(items: &[Value]) -> bool {
    items
        .iter()
        .all(|v| v.get("id").and_then(Value::as_str).is_some())
}

fn merge_keyed(b: &[Value], o: &[Value], t: &[Value]) -> Option<Value> {
    let index = |items: &[Value]| -> Option<(Vec<String>, HashMap<String, Value>)> {
        let mut order = Vec::new();
        let mut by = HashMap::new();
        for v in items {
            let id = v.get("id")?.as_str()?.to_owned();
            if by.insert(id.clone(), v.clone()).is_some() {
                return None;
            }
            order.push(id);
        }
        Some((order, by))
    };
    let ((kb, vb), (ko, vo), (kt, vt)) = (index(b)?, index(o)?, index(t)?);
    let mut values = HashMap::new();
    let mut seen = HashSet::new();
    for k in ko.iter().chain(&kt).chain(&kb) {
        if !seen.insert(k) {
            continue;
        }
        let kept = match (vb.get(k), vo.get(k), vt.get(k)) {
            (bv, Some(ov), Some(tv)) => match three_way(bv, Some(ov), Some(tv)) {
                Ok(v) => v.cloned(),
                Err(()) => Some(merge_nested(bv, Some(ov), Some(tv))?),
            },
            (Some(bv), Some(v), None) | (Some(bv), None, Some(v)) => {
                if v != bv {
                    return None;
                }
                None
            }
            (None, Some(v), None) | (None, None, Some(v)) => Some(v.clone()),
            (Some(_) | None, None, None) => None,
        };
        if let Some(v) = kept {
            values.insert(k.clone(), v);
        }
    }
    let kept: HashSet<String> = values.keys().cloned().collect();
    let merged = merge_order(&kb, &ko, &kt, &kept);
    if merged.conflict.is_some() {
        return None;
    }
    Some(Value::Array(
        merged
            .order
            .into_iter()
            .filter_map(|k| values.remove(&k))
            .collect(),
    ))
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::merge_nested;

    #[test]
    fn notes_added_by_both_sides_are_all_kept() {
        let b = json!([{"id": "n1", "text": "a"}]);
        let o = json!([{"id": "n1", "text": "a"}, {"id": "n2", "text": "ours"}]);
        let t =
            json!([{"id": "n1", "text": "a", "resolved": true}, {"id": "n3", "text": "theirs"}]);
        let merged = merge_nested(Some(&b), Some(&o), Some(&t)).expect("merges");
        assert_eq!(
            merged,
            json!([{"id": "n1", "text": "a", "resolved": true}, {"id": "n2", "text": "ours"}, {"id": "n3", "text": "theirs"}])
        );
        assert_eq!(merge_nested(Some(&b), Some(&t), Some(&o)), Some(merged));
    }

    #[test]
    fn scores_per_key_merge_and_a_real_disagreement_does_not() {
        let b = json!({"p1": 0, "p2": 0});
        let merged = merge_nested(
            Some(&b),
            Some(&json!({"p1": 1, "p2": 0})),
            Some(&json!({"p1": 0, "p2": -1})),
        );
        assert_eq!(merged, Some(json!({"p1": 1, "p2": -1})));
        assert_eq!(
            merge_nested(
                Some(&b),
                Some(&json!({"p1": 1, "p2": 0})),
                Some(&json!({"p1": 2, "p2": 0}))
            ),
            None
        );
    }
}
