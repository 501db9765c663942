//! Merging one map: its arrows, then its cards (kept when an arrow needs them), then its
//! stages and lanes (kept when a card needs them), and the order of its cards cell by cell.

use std::collections::{BTreeMap, HashMap, HashSet};

use serde_json::{Value, json};

use super::{Ctx, ListOf, id_key, link_key, links, three_way};
use crate::compare::order::merge_order;
use crate::compare::value::{Obj, name_of, text};
use crate::model::{ConflictKind, MapId, Thing};

impl Ctx {
    pub(super) fn map(&mut self, b: Option<&Value>, o: &Value, t: &Value) -> Value {
        // Borrowed, never copied: a 10,000-card map's three versions copied (and freed)
        // cost most of a merge's time.
        let empty = Obj::new();
        let (bo, oo, to) = (
            b.and_then(Value::as_object),
            o.as_object().unwrap_or(&empty),
            t.as_object().unwrap_or(&empty),
        );
        let outer = self.map.replace(MapId(text(oo, "id").to_owned()));
        self.start_map(bo, oo, to);
        fn list<'v>(obj: Option<&'v Obj>, key: &str) -> &'v [Value] {
            obj.and_then(|o| o.get(key))
                .and_then(Value::as_array)
                .map_or(&[], Vec::as_slice)
        }
        let owner = |thing, field| ListOf {
            thing,
            field,
            owner: Thing::Map,
            owner_id: text(oo, "id").to_owned(),
            owner_name: text(oo, "name").to_owned(),
        };
        let three = |key: &str| [list(bo, key), list(Some(oo), key), list(Some(to), key)];
        let [lb, lo, lt] = three("links");
        let (lo, lt, lb) = (
            links::keyed(lb, lo),
            links::keyed(lb, lt),
            links::keyed(lb, lb),
        );
        let first_conflict = self.conflicts.len();
        let mut links = self.list(
            &owner(Thing::Link, "links"),
            [&lb, &lo, &lt],
            &link_key,
            &HashSet::new(),
            &mut |ctx, b, o, t| ctx.item(Thing::Link, b, o, t, &["from", "to"]),
        );
        let ends: HashSet<String> = links
            .iter()
            .flat_map(|l| {
                ["from", "to"].map(|k| l.get(k).and_then(Value::as_str).unwrap_or("").to_owned())
            })
            .collect();
        let [cb, co, ct] = three("cards");
        let cards = self.list(
            &owner(Thing::Card, "cards"),
            [cb, co, ct],
            &id_key,
            &ends,
            &mut |ctx, b, o, t| ctx.card(b, o, t),
        );
        let cells = |key: &str| -> HashSet<String> {
            cards
                .iter()
                .filter_map(|c| c.get(key)?.as_str().map(str::to_owned))
                .collect()
        };
        let (used_stages, used_lanes) = (cells("stage"), cells("lane"));
        let [sb, so, st] = three("stages");
        let stages = self.list(
            &owner(Thing::Stage, "stages"),
            [sb, so, st],
            &id_key,
            &used_stages,
            &mut |ctx, b, o, t| ctx.item(Thing::Stage, b, o, t, &["id"]),
        );
        let [nb, no, nt] = three("lanes");
        let lanes = self.list(
            &owner(Thing::Lane, "lanes"),
            [nb, no, nt],
            &id_key,
            &used_lanes,
            &mut |ctx, b, o, t| ctx.item(Thing::Lane, b, o, t, &["id"]),
        );
        let mut cards = match self.card_orders.take() {
            Some(orders) => self.card_order(
                cards,
                &orders,
                &stages,
                &lanes,
                &owner(Thing::Card, "cards"),
            ),
            None => cards,
        };
        let id = text(oo, "id").to_owned();
        let personas = self.settle_personas(&mut cards, &id, text(oo, "name"));
        let mut out = self.fields(
            Thing::Map,
            &id,
            bo,
            oo,
            to,
            &["stages", "lanes", "cards", "links", "personas"],
        );
        out.insert("personas".into(), json!(personas));
        out.insert("stages".into(), Value::Array(stages));
        out.insert("lanes".into(), Value::Array(lanes));
        self.finish_links(&mut links, first_conflict, &cards);
        out.insert("cards".into(), Value::Array(cards));
        out.insert("links".into(), Value::Array(links));
        self.map = outer;
        Value::Object(out)
    }

    /// Both sides changed the order of the card list: merges it cell by cell. Without a
    /// conflict inside any cell, the cards are written cell by cell (lanes, then stages,
    /// in their merged order), which does not depend on the side; otherwise ours is kept
    /// with an order conflict. Each version's order is split by cell once, so the work
    /// grows with the number of cards, not cells × cards.
    fn card_order(
        &mut self,
        cards: Vec<Value>,
        [kb, ko, kt]: &[Vec<String>; 3],
        stages: &[Value],
        lanes: &[Value],
        of: &ListOf<'_>,
    ) -> Vec<Value> {
        let place = |list: &[Value]| -> HashMap<String, usize> {
            list.iter()
                .filter_map(id_key)
                .enumerate()
                .map(|(i, id)| (id, i))
                .collect()
        };
        let (lane_at, stage_at) = (place(lanes), place(stages));
        // Each merged card's cell as (lane index, stage index); cards in a lane or stage
        // that is gone (never after a valid merge) go last, in merged order.
        let mut cell_of: HashMap<&str, (usize, usize)> = HashMap::with_capacity(cards.len());
        for c in &cards {
            let (Some(id), Some(lane), Some(stage)) = (
                c.get("id").and_then(Value::as_str),
                c.get("lane").and_then(Value::as_str),
                c.get("stage").and_then(Value::as_str),
            ) else {
                continue;
            };
            if let (Some(&l), Some(&s)) = (lane_at.get(lane), stage_at.get(stage)) {
                cell_of.insert(id, (l, s));
            }
        }
        type Orders = [Vec<String>; 3];
        let mut by_cell: BTreeMap<(usize, usize), (HashSet<String>, Orders)> = BTreeMap::new();
        for (side, order) in [kb, ko, kt].into_iter().enumerate() {
            for id in order {
                if let Some(&cell) = cell_of.get(id.as_str()) {
                    by_cell.entry(cell).or_default().1[side].push(id.clone());
                }
            }
        }
        for (&id, cell) in &cell_of {
            if let Some(entry) = by_cell.get_mut(cell) {
                entry.0.insert(id.to_owned());
            }
        }
        let mut out: Vec<String> = Vec::with_capacity(cards.len());
        for (here, [b, o, t]) in by_cell.values() {
            let merged = merge_order(b, o, t, here);
            if let Some((ours, theirs)) = merged.conflict {
                self.order_conflict(of, &ours, &theirs);
                return cards;
            }
            out.extend(merged.order);
        }
        let placed: HashSet<&str> = out.iter().map(String::as_str).collect();
        let rest: Vec<String> = cards
            .iter()
            .filter_map(id_key)
            .filter(|k| !placed.contains(k.as_str()))
            .collect();
        let mut by_id: HashMap<String, Value> = cards
            .into_iter()
            .filter_map(|c| Some((id_key(&c)?, c)))
            .collect();
        out.into_iter()
            .chain(rest)
            .filter_map(|k| by_id.remove(&k))
            .collect()
    }

    fn card(&mut self, b: Option<&Value>, o: &Value, t: &Value) -> Value {
        let cell = |v: &Value| json!({"lane": v.get("lane"), "stage": v.get("stage")});
        let mut out = self.item(Thing::Card, b, o, t, &["id", "lane", "stage", "scores"]);
        let scores = self.card_scores(b, o, t);
        if let Some(obj) = out.as_object_mut() {
            match scores {
                Some(s) => obj.insert("scores".into(), s),
                None => obj.remove("scores"),
            };
        }
        let (bc, oc, tc) = (b.map(cell), cell(o), cell(t));
        let chosen = match three_way(bc.as_ref(), Some(&oc), Some(&tc)) {
            Ok(v) => v.cloned().unwrap_or(oc.clone()),
            Err(()) => {
                let name = o.as_object().map(name_of).unwrap_or_default();
                let id = o.get("id").and_then(Value::as_str).unwrap_or("");
                self.conflict(
                    ConflictKind::Field,
                    Thing::Card,
                    id,
                    name,
                    Some("cell"),
                    [bc.as_ref(), Some(&oc), Some(&tc)],
                    None,
                );
                oc
            }
        };
        if let Some(obj) = out.as_object_mut() {
            for key in ["lane", "stage"] {
                obj.insert(key.into(), chosen.get(key).cloned().unwrap_or(Value::Null));
            }
        }
        out
    }
}
