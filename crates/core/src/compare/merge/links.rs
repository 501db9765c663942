//! Keys for a map's arrows while merging. An arrow is known by its ends; two arrows with
//! the same ends (a hand-edited file) are told apart by pairing each side's arrows with
//! the base's ([`crate::compare::pairs`]): a paired arrow takes its base arrow's key
//! (`from→to`, `from→to #2`…), a new one a key made of its ends and its content, so the
//! same arrow drawn on both sides is one arrow and two different ones are two. The key
//! rides in a hidden field while merging and is taken out afterwards; conflicts about
//! arrows then name the arrow by its place among the merged arrows with its ends.

use std::collections::HashMap;

use serde_json::Value;

use super::Ctx;
use crate::compare::pairs::{nth_key, pair_group};
use crate::model::Thing;

/// The hidden field holding an arrow's merge key (no real field starts with NUL).
pub(super) const KEY: &str = "\u{0}key";

/// `from→to`.
pub(super) fn ends(v: &Value) -> String {
    let end = |k: &str| v.get(k).and_then(Value::as_str).unwrap_or("");
    format!("{}→{}", end("from"), end("to"))
}

/// An arrow's merge key: the hidden one, else its ends.
pub(super) fn key(v: &Value) -> Option<String> {
    match v.get(KEY).and_then(Value::as_str) {
        Some(k) => Some(k.to_owned()),
        None => Some(ends(v)),
    }
}

/// `side`'s arrows with their merge keys against `base`'s (see the module docs).
pub(super) fn keyed(base: &[Value], side: &[Value]) -> Vec<Value> {
    let group = |list: &[Value]| {
        let mut groups: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, v) in list.iter().enumerate() {
            groups.entry(ends(v)).or_default().push(i);
        }
        groups
    };
    let (base_groups, side_groups) = (group(base), group(side));
    let mut out: Vec<Value> = side.to_vec();
    for (e, members) in side_groups {
        let in_base: &[usize] = base_groups.get(&e).map_or(&[], Vec::as_slice);
        let a: Vec<&Value> = in_base.iter().map(|&i| &base[i]).collect();
        let b: Vec<&Value> = members.iter().map(|&i| &side[i]).collect();
        let mut new_keys: HashMap<String, usize> = HashMap::new();
        for (j, partner) in pair_group(&a, &b).into_iter().enumerate() {
            let k = match partner {
                Some(n) => nth_key(&e, n),
                None => {
                    let content = serde_json::to_string(b[j]).unwrap_or_default();
                    let seen = new_keys.entry(content.clone()).or_default();
                    *seen += 1;
                    format!("{e}+{content}#{seen}")
                }
            };
            if let Some(obj) = out[members[j]].as_object_mut() {
                obj.insert(KEY.into(), Value::String(k));
            }
        }
    }
    out
}

impl Ctx {
    /// Takes the hidden keys out of the merged `links` and renames the conflicts recorded
    /// since `first` about arrows: `from→to`, or `from→to #2` for the second arrow with
    /// those ends, named by their cards' titles.
    pub(super) fn finish_links(&mut self, links: &mut [Value], first: usize, cards: &[Value]) {
        let mut seen: HashMap<String, usize> = HashMap::new();
        let mut target: HashMap<String, String> = HashMap::new();
        for link in links.iter_mut() {
            let e = ends(link);
            let n = seen.entry(e.clone()).or_default();
            if let Some(obj) = link.as_object_mut()
                && let Some(Value::String(k)) = obj.remove(KEY)
            {
                target.insert(k, nth_key(&e, *n));
            }
            *n += 1;
        }
        let title = |id: &str| {
            cards
                .iter()
                .find(|c| c.get("id").and_then(Value::as_str) == Some(id))
                .and_then(|c| c.get("title").and_then(Value::as_str))
                .unwrap_or(id)
                .to_owned()
        };
        for c in self.conflicts[first..]
            .iter_mut()
            .filter(|c| c.thing == Thing::Link)
        {
            if let Some(t) = target.get(&c.target) {
                c.target = t.clone();
            }
            let (from, to) = c
                .target
                .split_once('→')
                .map(|(f, t)| (f, crate::compare::pairs::split_key(t).0))
                .unwrap_or_default();
            c.name = format!("{} → {}", title(from), title(to));
        }
    }
}
