//! What came in: a summary of the changes a merge or a reload brought into the open
//! document, for a notice ("Aiko: 3 cards changed, 1 added") and its list (the changes
//! themselves, as [`super::describe`] says them, and the cards to select).

use std::collections::{BTreeMap, BTreeSet};

use super::diff::{Change, ChangeOp, diff_projects};
use crate::model::{Project, Thing};

/// How many things of one kind one kind of change touched.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Count {
    /// The kind of thing.
    pub thing: Thing,
    /// What happened to them ([`ChangeOp::Moved`] also stands for reordered).
    pub op: ChangeOp,
    /// How many different things.
    pub n: usize,
}

/// The changes from the document as it was to the document as it is after a merge or
/// a reload, with who made them when known.
#[derive(Clone, Debug, PartialEq)]
pub struct Incoming {
    /// Who made them (from the presence files), when known.
    pub who: Option<String>,
    /// The changes, as [`diff_projects`] finds them.
    pub changes: Vec<Change>,
    /// How many things changed, by kind of thing and of change, in the order the
    /// headline says them.
    pub counts: Vec<Count>,
}

/// The order things are named in.
const THINGS: [Thing; 9] = [
    Thing::Card,
    Thing::Link,
    Thing::Stage,
    Thing::Lane,
    Thing::Map,
    Thing::Persona,
    Thing::Channel,
    Thing::Image,
    Thing::Project,
];
/// The order changes are named in.
const OPS: [ChangeOp; 4] = [
    ChangeOp::Changed,
    ChangeOp::Added,
    ChangeOp::Removed,
    ChangeOp::Moved,
];

/// What changed from `before` to `after`, made by `who` when known.
pub fn incoming(before: &Project, after: &Project, who: Option<&str>) -> Incoming {
    let changes = diff_projects(before, after);
    // (thing, op) by their places in THINGS and OPS → the (map, id) of what they touched.
    type Touched<'a> = BTreeMap<(usize, usize), BTreeSet<(Option<&'a str>, &'a str)>>;
    let mut touched: Touched<'_> = BTreeMap::new();
    for c in &changes {
        let op = match c.op {
            ChangeOp::Reordered => ChangeOp::Moved,
            op => op,
        };
        let (Some(t), Some(o)) = (
            THINGS.iter().position(|t| *t == c.thing),
            OPS.iter().position(|x| *x == op),
        ) else {
            continue;
        };
        touched
            .entry((t, o))
            .or_default()
            .insert((c.map.as_deref(), c.id.as_str()));
    }
    let counts = touched
        .into_iter()
        .map(|((t, o), ids)| Count {
            thing: THINGS[t],
            op: OPS[o],
            n: ids.len(),
        })
        .collect();
    Incoming {
        who: who
            .map(str::trim)
            .filter(|w| !w.is_empty())
            .map(str::to_owned),
        changes,
        counts,
    }
}

impl Incoming {
    /// Whether nothing changed.
    pub fn is_empty(&self) -> bool {
        self.changes.is_empty()
    }

    /// One line for a notice: `Aiko: 3 cards changed, 1 added, 1 stage renamed`.
    pub fn headline(&self) -> String {
        let mut parts: Vec<String> = Vec::new();
        let mut last: Option<Thing> = None;
        for c in &self.counts {
            let verb = match (c.thing, c.op) {
                (_, ChangeOp::Added) => "added",
                (_, ChangeOp::Removed) => "deleted",
                (_, ChangeOp::Moved | ChangeOp::Reordered) => "moved",
                (_, ChangeOp::Changed) => "changed",
            };
            if c.thing == Thing::Project {
                parts.push(format!("the project's {}", field_word(self, c.op)));
                continue;
            }
            if last == Some(c.thing) {
                parts.push(format!("{} {verb}", c.n));
            } else {
                parts.push(format!("{} {} {verb}", c.n, noun(c.thing, c.n)));
            }
            last = Some(c.thing);
        }
        let text = if parts.is_empty() {
            "nothing changed".to_owned()
        } else {
            parts.join(", ")
        };
        match &self.who {
            Some(who) => format!("{who}: {text}"),
            None => text,
        }
    }

    /// Each change in words, in order (for the list behind "Show").
    pub fn lines(&self) -> Vec<String> {
        self.changes.iter().map(super::describe).collect()
    }

    /// The cards added, changed or moved, as (map name, card id), to select them.
    pub fn cards(&self) -> Vec<(Option<&str>, &str)> {
        let mut seen = BTreeSet::new();
        self.changes
            .iter()
            .filter(|c| c.thing == Thing::Card && c.op != ChangeOp::Removed)
            .map(|c| (c.map.as_deref(), c.id.as_str()))
            .filter(|k| seen.insert(*k))
            .collect()
    }
}

/// What of the project changed ("title", "font"), for the headline.
fn field_word(incoming: &Incoming, op: ChangeOp) -> String {
    let fields: BTreeSet<&str> = incoming
        .changes
        .iter()
        .filter(|c| c.thing == Thing::Project && c.op == op)
        .filter_map(|c| c.field.as_deref())
        .collect();
    let list: Vec<&str> = fields.into_iter().collect();
    format!("{} changed", list.join(" and "))
}

/// `card`/`cards`, `arrow`/`arrows`…
fn noun(thing: Thing, n: usize) -> String {
    let word = thing.word();
    if n == 1 {
        word.to_owned()
    } else {
        format!("{word}s")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{assets, io};

    #[test]
    fn the_headline_counts_things_by_kind_of_change() {
        let before = io::load_bytes(assets::SAMPLE.as_bytes()).expect("sample");
        let mut after = before.clone();
        let map = &mut after.maps[0];
        for c in map.cards.iter_mut().take(3) {
            c.title.push('!');
        }
        let mut added = map.cards[0].clone();
        added.id = "c-new".into();
        map.cards.push(added);
        map.stages[0].name = "Aware".into();
        let got = incoming(&before, &after, Some("Aiko"));
        assert_eq!(
            got.headline(),
            "Aiko: 3 cards changed, 1 added, 1 stage changed"
        );
        assert_eq!(got.cards().len(), 4);
        assert_eq!(got.lines().len(), got.changes.len());
        assert_eq!(
            incoming(&before, &before, None).headline(),
            "nothing changed"
        );
    }
}
