//! New ids for the things people add (cards, stages, lanes, maps, personas, pictures,
//! review notes and replies, metrics) that do not collide between two people.
//!
//! Two people editing copies of one file (a synced folder, two git branches) each add
//! things without seeing the other's. Sequential ids (`c-42`) made both pick the same id,
//! so the merge had to tell the twins apart. An id here is the kind's prefix plus
//! [`RANDOM_CHARS`] random characters of Crockford's base 32 in lower case (`c-7k2qm`:
//! digits and letters without `i`, `l`, `o`, `u`, so it reads aloud and never spells
//! much): 32⁵ ≈ 33.5 million ids per prefix, so two people adding 100 cards each collide
//! with a chance of about 3 in 10,000, and even then the merge keeps both (it renames one
//! twin). Inside one document an id already taken is drawn again; after a few misses the
//! id grows by one character, so the search always ends.
//!
//! Ids written by earlier versions (`c-42`, `n-2`) stay valid: an id is any text, and
//! nothing reads a number out of one.

use crate::model::{Card, Lane, MetricId, NoteId};

/// How many random characters follow the prefix.
pub const RANDOM_CHARS: usize = 5;

/// Crockford's base 32 alphabet, lower case.
const ALPHABET: &[u8; 32] = b"0123456789abcdefghjkmnpqrstvwxyz";

/// How many draws of one length before the id grows by a character.
const TRIES_PER_LENGTH: usize = 8;

/// A new id `{prefix}{random}` that `taken` says is not in use.
pub fn new_id(prefix: &str, taken: impl Fn(&str) -> bool) -> String {
    let mut rng = fastrand::Rng::new();
    new_id_with(&mut rng, prefix, taken)
}

/// [`new_id`] drawing from `rng` (tests pass a seeded one).
fn new_id_with(rng: &mut fastrand::Rng, prefix: &str, taken: impl Fn(&str) -> bool) -> String {
    for length in RANDOM_CHARS.. {
        for _ in 0..TRIES_PER_LENGTH {
            let mut id = String::with_capacity(prefix.len() + length);
            id.push_str(prefix);
            id.extend((0..length).map(|_| char::from(ALPHABET[rng.usize(..ALPHABET.len())])));
            if !taken(&id) {
                return id;
            }
        }
    }
    unreachable!("the id length grows until one is free")
}

/// A new note or reply id for `card` (`n-…`), unique among its notes and replies.
pub fn new_note_id(card: &Card) -> NoteId {
    NoteId(new_id("n-", |id| {
        card.notes
            .iter()
            .any(|n| n.id.as_str() == id || n.replies.iter().any(|r| r.id.as_str() == id))
    }))
}

/// A new metric id for `lane` (`k-…`), unique among its metrics.
pub fn new_metric_id(lane: &Lane) -> MetricId {
    MetricId(new_id("k-", |id| {
        lane.metrics.iter().any(|m| m.id.as_str() == id)
    }))
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use super::*;
    use crate::model::{Note, Reply};

    #[test]
    fn ids_are_the_prefix_and_five_base32_characters() {
        let id = new_id("c-", |_| false);
        let rest = id.strip_prefix("c-").expect("prefix");
        assert_eq!(rest.len(), RANDOM_CHARS);
        assert!(rest.bytes().all(|b| ALPHABET.contains(&b)), "{id}");
    }

    #[test]
    fn two_people_drawing_a_thousand_ids_each_do_not_collide() {
        // Two independently seeded generators, like two computers.
        let draw = |seed| {
            let mut rng = fastrand::Rng::with_seed(seed);
            (0..1000)
                .map(|_| new_id_with(&mut rng, "c-", |_| false))
                .collect::<HashSet<_>>()
        };
        let (a, b) = (draw(1), draw(2));
        assert_eq!(a.len(), 1000);
        assert!(a.is_disjoint(&b));
    }

    #[test]
    fn a_taken_id_is_drawn_again_and_a_full_length_grows() {
        let mut rng = fastrand::Rng::with_seed(7);
        let first = new_id_with(&mut rng.clone(), "s-", |_| false);
        let again = new_id_with(&mut rng, "s-", |id| id == first);
        assert_ne!(first, again);
        // Every five-character id taken: the id grows.
        let long = new_id("s-", |id| id.len() <= 2 + RANDOM_CHARS);
        assert_eq!(long.len(), 2 + RANDOM_CHARS + 1);
    }

    #[test]
    fn note_ids_avoid_notes_and_replies() {
        let card = Card {
            notes: vec![Note {
                id: "n-1".into(),
                replies: vec![Reply {
                    id: "n-2".into(),
                    ..Reply::default()
                }],
                ..Note::default()
            }],
            ..Card::default()
        };
        let id = new_note_id(&card);
        assert!(id.as_str().starts_with("n-") && id.as_str() != "n-1" && id.as_str() != "n-2");
        assert!(new_metric_id(&Lane::default()).as_str().starts_with("k-"));
    }
}
