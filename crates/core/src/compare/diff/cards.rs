//! The card changes between two versions of a map: added, removed, moved to another
//! cell or within theirs, their changed fields and scores (per persona), and arrows.

use std::collections::{HashMap, HashSet};

use serde_json::json;

use super::{Change, ChangeOp, Place, links, longest_increasing, pair};
use crate::compare::scores::per_persona;
use crate::compare::value::{keys, object_of};
use crate::compare::words::{Names, score_part};
use crate::model::{JourneyMap, Thing};

/// The card changes from `a` to `b`, with stages and lanes paired as given (A id → B id).
pub(super) fn cards(
    changes: &mut Vec<Change>,
    a: &JourneyMap,
    b: &JourneyMap,
    (stage_pairs, lane_pairs): (&HashMap<String, String>, &HashMap<String, String>),
    names: &Names,
) {
    let persona_ids =
        |m: &JourneyMap| -> Vec<String> { m.personas.iter().map(ToString::to_string).collect() };
    let (personas_a, personas_b) = (persona_ids(a), persona_ids(b));
    // Scores are compared per persona, so a new lead (which moves every score from
    // `scores` to `emotion`) changes no card.
    let by_persona = !personas_a.is_empty() || !personas_b.is_empty();
    let place_in = |m: &JourneyMap, lane: &str, stage: &str| Place {
        lane: m
            .lanes
            .iter()
            .find(|l| l.id.as_str() == lane)
            .map_or_else(|| lane.to_owned(), |l| l.name.clone()),
        stage: m
            .stages
            .iter()
            .find(|s| s.id.as_str() == stage)
            .map_or_else(|| stage.to_owned(), |s| s.name.clone()),
    };
    // A change of `card` where it is in `m`.
    let placed = |op, card: &crate::model::Card, m: &JourneyMap| {
        let mut change = Change::new(op, Thing::Card, card.id.as_str(), card.title.clone());
        change.place = Some(place_in(m, card.lane.as_str(), card.stage.as_str()));
        change
    };
    let pairs = pair(
        &a.cards,
        &b.cards,
        |c| c.id.to_string(),
        |c| c.title.clone(),
    );
    let b_by_id: HashMap<&str, &crate::model::Card> =
        b.cards.iter().map(|c| (c.id.as_str(), c)).collect();
    let paired_b: HashSet<&String> = pairs.values().collect();
    let (pos_a, pos_b) = (cell_positions(a), cell_positions(b));
    // Cards that stayed in their cell: (position in A, position in B, id), by cell.
    let mut same_cell: HashMap<(&str, &str), Vec<CellSpot<'_>>> = HashMap::new();
    for ca in &a.cards {
        let Some(cb) = pairs
            .get(ca.id.as_str())
            .and_then(|id| b_by_id.get(id.as_str()))
        else {
            changes.push(placed(ChangeOp::Removed, ca, a));
            continue;
        };
        let here = Some(place_in(b, cb.lane.as_str(), cb.stage.as_str()));
        let with = |mut c: Change| {
            if cb.id != ca.id {
                c.id_before = Some(ca.id.to_string());
            }
            c.place = here.clone();
            c
        };
        let lane_b = lane_pairs
            .get(ca.lane.as_str())
            .map_or(ca.lane.as_str(), String::as_str);
        let stage_b = stage_pairs
            .get(ca.stage.as_str())
            .map_or(ca.stage.as_str(), String::as_str);
        if (lane_b, stage_b) != (cb.lane.as_str(), cb.stage.as_str()) {
            let old = place_in(a, ca.lane.as_str(), ca.stage.as_str());
            let new = place_in(b, cb.lane.as_str(), cb.stage.as_str());
            changes.push(with(
                Change::new(
                    ChangeOp::Moved,
                    Thing::Card,
                    cb.id.as_str(),
                    ca.title.clone(),
                )
                .field("cell", Some(&json!(old)), Some(&json!(new))),
            ));
        } else {
            same_cell
                .entry((cb.lane.as_str(), cb.stage.as_str()))
                .or_default()
                .push((pos_a[ca.id.as_str()], pos_b[cb.id.as_str()], cb.id.as_str()));
        }
        // The same card, scored for the same personas: nothing to compare (a 10,000-card
        // map is compared in milliseconds, not by turning every card into JSON).
        if ca == *cb && personas_a == personas_b {
            continue;
        }
        let (oa, ob) = (object_of(ca), object_of(cb));
        let changed = || {
            Change::new(
                ChangeOp::Changed,
                Thing::Card,
                cb.id.as_str(),
                ca.title.clone(),
            )
        };
        let skip: &[&str] = if by_persona {
            &["id", "lane", "stage", "emotion", "scores"]
        } else {
            &["id", "lane", "stage"]
        };
        for key in keys(&[Some(&oa), Some(&ob)], skip) {
            if oa.get(key) != ob.get(key) {
                let parts = changed().fields(key, oa.get(key), ob.get(key), names);
                changes.extend(parts.into_iter().map(&with));
            }
        }
        if by_persona {
            let (sa, sb) = (per_persona(&oa, &personas_a), per_persona(&ob, &personas_b));
            let ids: std::collections::BTreeSet<&String> = sa.keys().chain(sb.keys()).collect();
            for p in ids.into_iter().filter(|p| sa.get(*p) != sb.get(*p)) {
                let part = score_part(p, sa.get(p), sb.get(p), names);
                let field = if p.is_empty() || personas_b.first() == Some(p) {
                    "emotion"
                } else {
                    "scores"
                };
                let mut change = changed().field(field, part.before.as_ref(), part.after.as_ref());
                change.detail = Some(part.detail);
                changes.push(with(change));
            }
        }
    }
    for cb in b
        .cards
        .iter()
        .filter(|c| !paired_b.contains(&c.id.to_string()))
    {
        changes.push(placed(ChangeOp::Added, cb, b));
    }
    let mut cells: Vec<_> = same_cell.into_iter().collect();
    cells.sort();
    for (_, mut cards) in cells {
        cards.sort();
        let stay = longest_increasing(&cards.iter().map(|c| c.1).collect::<Vec<_>>());
        for (k, (from, to, id)) in cards.iter().enumerate() {
            if stay.contains(&k) {
                continue;
            }
            let Some(cb) = b_by_id.get(id) else { continue };
            changes.push(placed(ChangeOp::Reordered, cb, b).field(
                "position",
                Some(&json!(from)),
                Some(&json!(to)),
            ));
        }
    }
    links::links(changes, a, b, &pairs);
}

/// A card that stayed in its cell: its position there in A and in B, and its id.
type CellSpot<'a> = (usize, usize, &'a str);

/// Where each card is in its cell (from 1), for reorders.
fn cell_positions(m: &JourneyMap) -> HashMap<&str, usize> {
    let mut seen: HashMap<(&str, &str), usize> = HashMap::new();
    m.cards
        .iter()
        .map(|c| {
            let n = seen.entry((c.lane.as_str(), c.stage.as_str())).or_default();
            *n += 1;
            (c.id.as_str(), *n)
        })
        .collect()
}
