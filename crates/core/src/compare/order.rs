//! Merging the order of a list that both sides may have reordered and added to.
//!
//! The things both sides have (`common`) keep the order of the side that reordered them;
//! when both reordered them differently that is a conflict and our order is kept. A thing
//! only one side has goes right after the common thing it follows on that side. When both
//! sides put new things after the same common thing, the side whose first new id sorts
//! first goes first, so the result does not depend on which side is "ours".

use std::collections::{HashMap, HashSet};

/// The merged order of `kept`, and, when both sides reordered the common things
/// differently, our and their order of them.
pub(super) struct Merged {
    /// The kept ids in their merged order.
    pub order: Vec<String>,
    /// `(ours, theirs)` when the reorders conflict.
    pub conflict: Option<(Vec<String>, Vec<String>)>,
}

/// Merges the orders of `ours` and `theirs` (descendants of `base`), for the ids in `kept`.
pub(super) fn merge_order(
    base: &[String],
    ours: &[String],
    theirs: &[String],
    kept: &HashSet<String>,
) -> Merged {
    let o: Vec<&String> = ours.iter().filter(|k| kept.contains(*k)).collect();
    let t: Vec<&String> = theirs.iter().filter(|k| kept.contains(*k)).collect();
    let in_o: HashSet<&String> = o.iter().copied().collect();
    let in_t: HashSet<&String> = t.iter().copied().collect();
    let common_o: Vec<&String> = o.iter().copied().filter(|k| in_t.contains(k)).collect();
    let common_t: Vec<&String> = t.iter().copied().filter(|k| in_o.contains(k)).collect();
    let mut conflict = None;
    let common: Vec<&String> = if common_o == common_t {
        common_o
    } else {
        let b: Vec<&String> = base
            .iter()
            .filter(|k| in_o.contains(k) && in_t.contains(k))
            .collect();
        if b.len() == common_o.len() && b == common_o {
            common_t
        } else if b.len() == common_t.len() && b == common_t {
            common_o
        } else {
            conflict = Some((
                common_o.iter().map(|s| (*s).clone()).collect(),
                common_t.iter().map(|s| (*s).clone()).collect(),
            ));
            common_o
        }
    };
    let is_common: HashSet<&String> = common.iter().copied().collect();
    let (mut runs_o, mut runs_t) = (runs(&o, &is_common), runs(&t, &is_common));
    // Kept things neither side has (a deleted thing kept because it is still used) go
    // where the base had them.
    let b_only: HashSet<&String> = base
        .iter()
        .filter(|k| kept.contains(*k) && !in_o.contains(k) && !in_t.contains(k))
        .collect();
    let mut runs_b: HashMap<Option<&String>, Vec<&String>> = HashMap::new();
    let mut anchor = None;
    for k in base {
        if is_common.contains(k) {
            anchor = Some(k);
        } else if b_only.contains(k) {
            runs_b.entry(anchor).or_default().push(k);
        }
    }
    let mut order = Vec::with_capacity(kept.len());
    let anchors = std::iter::once(None).chain(common.iter().map(|k| Some(*k)));
    for anchor in anchors {
        if let Some(k) = anchor {
            order.push(k.clone());
        }
        let mut a = runs_o.remove(&anchor).unwrap_or_default();
        let mut b = runs_t.remove(&anchor).unwrap_or_default();
        if let (Some(first_a), Some(first_b)) = (a.first(), b.first())
            && first_b < first_a
        {
            std::mem::swap(&mut a, &mut b);
        }
        order.extend(a.into_iter().cloned());
        order.extend(b.into_iter().cloned());
        order.extend(
            runs_b
                .remove(&anchor)
                .unwrap_or_default()
                .into_iter()
                .cloned(),
        );
    }
    Merged { order, conflict }
}

/// The things of `side` that are not common, grouped by the common thing they follow
/// (`None`: the start).
fn runs<'a>(
    side: &[&'a String],
    is_common: &HashSet<&String>,
) -> HashMap<Option<&'a String>, Vec<&'a String>> {
    let mut runs: HashMap<Option<&String>, Vec<&String>> = HashMap::new();
    let mut anchor = None;
    for k in side {
        if is_common.contains(k) {
            anchor = Some(*k);
        } else {
            runs.entry(anchor).or_default().push(*k);
        }
    }
    runs
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(s: &str) -> Vec<String> {
        s.split_whitespace().map(str::to_owned).collect()
    }

    fn merged(base: &str, ours: &str, theirs: &str) -> (String, bool) {
        let kept: HashSet<String> = ids(ours).into_iter().chain(ids(theirs)).collect();
        let m = merge_order(&ids(base), &ids(ours), &ids(theirs), &kept);
        (m.order.join(" "), m.conflict.is_some())
    }

    #[test]
    fn one_side_reorders_the_other_adds() {
        assert_eq!(
            merged("a b c", "c a b", "a b c x"),
            ("c x a b".into(), false)
        );
        assert_eq!(
            merged("a b c", "a b c x", "c a b"),
            ("c x a b".into(), false)
        );
    }

    #[test]
    fn both_add_after_the_same_thing_in_either_order() {
        assert_eq!(merged("a b", "a y b", "a x b"), ("a x y b".into(), false));
        assert_eq!(merged("a b", "a x b", "a y b"), ("a x y b".into(), false));
    }

    #[test]
    fn two_different_reorders_conflict_and_keep_ours() {
        assert_eq!(merged("a b c", "c b a", "b a c"), ("c b a".into(), true));
    }
}
