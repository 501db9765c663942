//! A map's personas and its cards' scores, merged by the persona each score was given for.
//!
//! The cards come here normalised (see [`crate::compare::scores`]): every score is under
//! its persona's id, so one side changing the lead while the other adds a scored card
//! keeps the new score with its persona. The map's persona list merges like a list of
//! ids (what either side added is added, what either side took off goes, two different
//! reorders keep ours with a conflict on the field). A persona one side took off the map
//! while the other scored a card for it (a card added, or a score changed) is put back
//! with a [`ConflictKind::Deleted`] conflict naming the map, the way a lane another card
//! was added to is kept; picking the side that took it off takes it off again, with its
//! scores.

use std::collections::{BTreeMap, HashSet};

use serde_json::{Value, json};

use super::{Ctx, three_way};
use crate::compare::order::merge_order;
use crate::compare::scores::{denormalize_card, personas_of};
use crate::compare::value::{Obj, keys, name_of, text};
use crate::model::{ConflictKind, Side, Thing};

/// One persona's score on one card, changed differently on both sides.
pub(crate) struct ScoreClash {
    card: String,
    name: String,
    persona: String,
    base: Option<Value>,
    ours: Option<Value>,
    theirs: Option<Value>,
}

impl Ctx {
    /// Remembers the personas of the map about to be merged (base, ours, theirs).
    pub(super) fn start_map(&mut self, b: Option<&Obj>, o: &Obj, t: &Obj) {
        self.map_personas = [
            b.map(personas_of).unwrap_or_default(),
            personas_of(o),
            personas_of(t),
        ];
        self.score_clashes.clear();
        self.set_aside.clear();
    }

    /// The merged (normalised) scores of a card both sides have. A score one side dropped
    /// because it took the persona off the map, and the other changed, is kept: the
    /// persona comes back with a conflict (see [`Ctx::settle_personas`]).
    pub(super) fn card_scores(&mut self, b: Option<&Value>, o: &Value, t: &Value) -> Option<Value> {
        let scores = |v: Option<&Value>| {
            v.and_then(|v| v.get("scores"))
                .and_then(Value::as_object)
                .cloned()
                .unwrap_or_default()
        };
        let (bs, os, ts) = (scores(b), scores(Some(o)), scores(Some(t)));
        let ours_list = self.map_personas[1].clone();
        let theirs_list = self.map_personas[2].clone();
        let mut out = Obj::new();
        for k in keys(&[Some(&bs), Some(&os), Some(&ts)], &[]) {
            let (bv, ov, tv) = (bs.get(k), os.get(k), ts.get(k));
            let value = match three_way(bv, ov, tv) {
                Ok(None) => {
                    // Gone because one side took the persona off the map: kept aside in
                    // case the persona comes back (see `settle_personas`).
                    let kept = match (ov, tv) {
                        (None, Some(v)) if !ours_list.contains(k) => Some(v),
                        (Some(v), None) if !theirs_list.contains(k) => Some(v),
                        _ => None,
                    };
                    if let Some(v) = kept {
                        let id = o.get("id").and_then(Value::as_str).unwrap_or("");
                        self.set_aside.push((id.to_owned(), k.clone(), v.clone()));
                    }
                    None
                }
                Ok(v) => v.cloned(),
                Err(()) if ov.is_none() && !ours_list.contains(k) => tv.cloned(),
                Err(()) if tv.is_none() && !theirs_list.contains(k) => ov.cloned(),
                Err(()) => {
                    let card = o.as_object().cloned().unwrap_or_default();
                    self.score_clashes.push(ScoreClash {
                        card: text(&card, "id").to_owned(),
                        name: name_of(&card),
                        persona: k.clone(),
                        base: bv.cloned(),
                        ours: ov.cloned(),
                        theirs: tv.cloned(),
                    });
                    ov.cloned()
                }
            };
            if let Some(v) = value {
                out.insert(k.clone(), v);
            }
        }
        (!out.is_empty()).then_some(Value::Object(out))
    }

    /// The map's merged personas, given its merged (normalised) `cards`, which are then
    /// written back in the file's form for those personas. Records the conflicts: a
    /// persona put back, two different orders, scores changed two ways.
    pub(super) fn settle_personas(
        &mut self,
        cards: &mut [Value],
        map_id: &str,
        map_name: &str,
    ) -> Vec<String> {
        let [pb, po, pt] = self.map_personas.clone();
        let removed: HashSet<&String> = pb
            .iter()
            .filter(|p| !po.contains(p) || !pt.contains(p))
            .collect();
        let mut kept: HashSet<String> = po
            .iter()
            .chain(&pt)
            .filter(|p| !removed.contains(p))
            .cloned()
            .collect();
        let known: HashSet<&String> = pb.iter().chain(&po).chain(&pt).collect();
        let mut reinstated: Vec<String> = cards
            .iter()
            .filter_map(|c| c.get("scores")?.as_object())
            .flat_map(|s| s.keys())
            .filter(|p| known.contains(p) && !kept.contains(*p))
            .cloned()
            .collect();
        reinstated.sort();
        reinstated.dedup();
        kept.extend(reinstated.iter().cloned());
        // A persona put back gets back its scores on the cards of the side that kept it.
        let set_aside = std::mem::take(&mut self.set_aside);
        if !reinstated.is_empty() {
            let mut back: std::collections::HashMap<&str, Vec<(&String, &Value)>> =
                std::collections::HashMap::new();
            for (card, persona, value) in &set_aside {
                if reinstated.contains(persona) {
                    back.entry(card.as_str())
                        .or_default()
                        .push((persona, value));
                }
            }
            for card in cards.iter_mut().filter_map(Value::as_object_mut) {
                let id = card
                    .get("id")
                    .and_then(Value::as_str)
                    .unwrap_or("")
                    .to_owned();
                let Some(scores) = back.get(id.as_str()) else {
                    continue;
                };
                let entry = card
                    .entry("scores")
                    .or_insert_with(|| Value::Object(Obj::new()));
                if let Some(obj) = entry.as_object_mut() {
                    for (persona, value) in scores {
                        obj.entry((*persona).clone())
                            .or_insert_with(|| (*value).clone());
                    }
                }
            }
        }
        let merged = merge_order(&pb, &po, &pt, &kept);
        if merged.conflict.is_some() {
            self.conflict(
                ConflictKind::Field,
                Thing::Map,
                map_id,
                map_name.to_owned(),
                Some("personas"),
                [
                    Some(&json!(pb)),
                    Some(&json!(merged.order)),
                    Some(&json!(pt)),
                ],
                None,
            );
        }
        for p in &reinstated {
            let name = self.persona_names.get(p).cloned().unwrap_or_default();
            let deleted_by = if po.contains(p) {
                Side::Theirs
            } else {
                Side::Ours
            };
            self.conflict(
                ConflictKind::Deleted,
                Thing::Persona,
                p,
                name,
                None,
                [None; 3],
                Some(deleted_by),
            );
            if let Some(c) = self.conflicts.last_mut() {
                c.map = Some(map_id.into());
            }
        }
        let list = merged.order;
        for card in cards.iter_mut().filter_map(Value::as_object_mut) {
            denormalize_card(card, &list);
        }
        self.score_conflicts(cards, &list);
        list
    }

    /// Turns the score clashes into conflicts: on `emotion` for the lead persona, on
    /// `scores` (one per card, with their values for every clashing persona) for the rest.
    fn score_conflicts(&mut self, cards: &[Value], list: &[String]) {
        let clashes = std::mem::take(&mut self.score_clashes);
        let mut by_card: BTreeMap<&str, Vec<&ScoreClash>> = BTreeMap::new();
        for clash in &clashes {
            if list.first() == Some(&clash.persona) {
                self.conflict(
                    ConflictKind::Field,
                    Thing::Card,
                    &clash.card,
                    clash.name.clone(),
                    Some("emotion"),
                    [
                        clash.base.as_ref(),
                        clash.ours.as_ref(),
                        clash.theirs.as_ref(),
                    ],
                    None,
                );
            } else if list.contains(&clash.persona) {
                by_card.entry(&clash.card).or_default().push(clash);
            }
        }
        for (id, clashes) in by_card {
            let Some(card) = cards
                .iter()
                .find(|c| c.get("id").and_then(Value::as_str) == Some(id))
            else {
                continue;
            };
            let ours = card
                .get("scores")
                .and_then(Value::as_object)
                .cloned()
                .unwrap_or_default();
            let with = |pick: &dyn Fn(&ScoreClash) -> Option<Value>| {
                let mut scores = ours.clone();
                for clash in &clashes {
                    match pick(clash) {
                        Some(v) => scores.insert(clash.persona.clone(), v),
                        None => scores.remove(&clash.persona),
                    };
                }
                (!scores.is_empty()).then_some(Value::Object(scores))
            };
            let base = with(&|c| c.base.clone());
            let theirs = with(&|c| c.theirs.clone());
            let ours = (!ours.is_empty()).then_some(Value::Object(ours));
            self.conflict(
                ConflictKind::Field,
                Thing::Card,
                id,
                clashes[0].name.clone(),
                Some("scores"),
                [base.as_ref(), ours.as_ref(), theirs.as_ref()],
                None,
            );
        }
    }
}
