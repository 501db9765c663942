//! The arrows of two versions of a map: added, removed or relabelled.

use std::collections::HashMap;

use super::{Change, ChangeOp};
use crate::compare::value::{Obj, keys, object_of};
use crate::model::{JourneyMap, Thing};

/// Arrows added, removed or relabelled, their ends paired like their cards. Arrows with
/// the same ends pair identical ones first, then in order (see [`super::pairs`]), so
/// removing one of two arrows between the same cards is a removed arrow.
pub(super) fn links(
    changes: &mut Vec<Change>,
    a: &JourneyMap,
    b: &JourneyMap,
    pairs: &HashMap<String, String>,
) {
    // Card titles by id, looked up only for arrows that changed (a linear search per
    // arrow made a 10,000-card map's comparison take a tenth of a second).
    fn titles(m: &JourneyMap) -> HashMap<&str, &str> {
        m.cards
            .iter()
            .map(|c| (c.id.as_str(), c.title.as_str()))
            .collect()
    }
    let (titles_a, titles_b) = (titles(a), titles(b));
    let name_in = |titles: &HashMap<&str, &str>, l: &crate::model::Link| {
        let title = |id: &str| titles.get(id).copied().unwrap_or(id).to_owned();
        format!("{} → {}", title(l.from.as_str()), title(l.to.as_str()))
    };
    let key = |from: &str, to: &str| format!("{from}→{to}");
    let paired = |id: &str| pairs.get(id).map_or(id, String::as_str).to_owned();
    // The arrows of each version grouped by their ends (A's ends as B names the cards).
    let mut order: Vec<String> = Vec::new();
    let mut groups: HashMap<String, (Vec<&crate::model::Link>, Vec<&crate::model::Link>)> =
        HashMap::new();
    for la in &a.links {
        let k = key(&paired(la.from.as_str()), &paired(la.to.as_str()));
        let entry = groups.entry(k.clone()).or_default();
        if entry.0.is_empty() && entry.1.is_empty() {
            order.push(k);
        }
        entry.0.push(la);
    }
    for lb in &b.links {
        let k = key(lb.from.as_str(), lb.to.as_str());
        let entry = groups.entry(k.clone()).or_default();
        if entry.0.is_empty() && entry.1.is_empty() {
            order.push(k);
        }
        entry.1.push(lb);
    }
    let fields = |l: &crate::model::Link| {
        let mut o = object_of(l);
        o.remove("from");
        o.remove("to");
        o
    };
    for k in order {
        let (in_a, in_b) = &groups[&k];
        let (fa, fb): (Vec<Obj>, Vec<Obj>) = (
            in_a.iter().map(|l| fields(l)).collect(),
            in_b.iter().map(|l| fields(l)).collect(),
        );
        let partner = crate::compare::pairs::pair_group(&fa, &fb);
        let mut seen_a = vec![false; in_a.len()];
        for (j, p) in partner.iter().enumerate() {
            let lb = in_b[j];
            let id = crate::compare::pairs::nth_key(&k, j);
            let Some(i) = *p else {
                let name = name_in(&titles_b, lb);
                changes.push(Change::new(ChangeOp::Added, Thing::Link, &id, name));
                continue;
            };
            seen_a[i] = true;
            for field in keys(&[Some(&fa[i]), Some(&fb[j])], &[]) {
                if fa[i].get(field) != fb[j].get(field) {
                    let name = name_in(&titles_b, lb);
                    changes.push(
                        Change::new(ChangeOp::Changed, Thing::Link, &id, name).field(
                            field,
                            fa[i].get(field),
                            fb[j].get(field),
                        ),
                    );
                }
            }
        }
        for (i, la) in in_a.iter().enumerate().filter(|(i, _)| !seen_a[*i]) {
            let name = name_in(&titles_a, la);
            let id = crate::compare::pairs::nth_key(&key(la.from.as_str(), la.to.as_str()), i);
            changes.push(Change::new(ChangeOp::Removed, Thing::Link, &id, name));
        }
    }
}
