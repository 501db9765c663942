//! Pairing the arrows of two versions that have the same ends.
//!
//! Arrows have no ids: an arrow is known by the cards it joins. A hand-edited file may
//! hold two arrows with the same ends (`waymark check` accepts it), so within each group
//! of arrows with the same ends, arrows are paired with an identical one first, then in
//! order; what is left over was added or removed. Diff and merge use the same pairing.

/// For each item of `b`, the index of its partner in `a` (identical first, then the
/// first unpaired in order), or `None`.
pub(crate) fn pair_group<T: PartialEq>(a: &[T], b: &[T]) -> Vec<Option<usize>> {
    let mut taken = vec![false; a.len()];
    let mut partner: Vec<Option<usize>> = vec![None; b.len()];
    for (j, item) in b.iter().enumerate() {
        if let Some(i) = (0..a.len()).find(|&i| !taken[i] && a[i] == *item) {
            taken[i] = true;
            partner[j] = Some(i);
        }
    }
    for slot in partner.iter_mut().filter(|p| p.is_none()) {
        if let Some(i) = (0..a.len()).find(|&i| !taken[i]) {
            taken[i] = true;
            *slot = Some(i);
        }
    }
    partner
}

/// The key of the `n`-th (from 0) arrow with the ends `ends` (`from→to`): `from→to` for
/// the first, `from→to #2` for the second…
pub(crate) fn nth_key(ends: &str, n: usize) -> String {
    if n == 0 {
        ends.to_owned()
    } else {
        format!("{ends} #{}", n + 1)
    }
}

/// Splits a key made by [`nth_key`] into the ends and the index from 0.
pub(crate) fn split_key(key: &str) -> (&str, usize) {
    match key.rsplit_once(" #") {
        Some((ends, n)) => match n.parse::<usize>() {
            Ok(n) if n >= 2 => (ends, n - 1),
            _ => (key, 0),
        },
        None => (key, 0),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identical_arrows_pair_first_then_in_order() {
        assert_eq!(pair_group(&["a", "b"], &["b"]), vec![Some(1)]);
        assert_eq!(pair_group(&["a", "b"], &["c", "a"]), vec![Some(1), Some(0)]);
        assert_eq!(pair_group(&["a"], &["a", "c"]), vec![Some(0), None]);
    }

    #[test]
    fn keys_split_back() {
        assert_eq!(split_key(&nth_key("c-1→c-2", 0)), ("c-1→c-2", 0));
        assert_eq!(split_key(&nth_key("c-1→c-2", 2)), ("c-1→c-2", 2));
        assert_eq!(split_key("c-1→c #x"), ("c-1→c #x", 0));
        assert_eq!(split_key("c-1→c#2"), ("c-1→c#2", 0));
    }
}
