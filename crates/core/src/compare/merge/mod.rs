//! Three-way merge of a project, field by field, keyed by ids (`waymark merge`, git's
//! merge driver).
//!
//! The rules (also in `docs/file-format.md`, "Merging"):
//! - a field only one side changed takes that change; both sides making the same change
//!   is no conflict; two different changes keep ours and record a [`ConflictKind::Field`]
//!   conflict. A card's lane and stage are one field, `cell`, so a card moved two ways is
//!   one conflict. Tags and flags changed on both sides merge as sets (additions from
//!   both, removals from both); a field holding an object (scores per persona) or a list
//!   of things with ids (review notes, metrics) merges key by key ([`nested`]).
//! - a thing added on one side is added; deleted on one side and untouched on the other
//!   is deleted; deleted on one side but changed on the other — or still used by
//!   something kept (a card in a deleted lane, an arrow to a deleted card) — is kept, with
//!   a [`ConflictKind::Deleted`] conflict.
//! - things both sides added under one id but made differently are told apart first
//!   (see [`super::twins`]), so two people adding a card each get both cards.
//! - list order: see [`super::order`]; two different reorders keep ours with a
//!   [`ConflictKind::Order`] conflict.
//!
//! The merged document always validates, holds ours wherever there is a conflict, and
//! carries the conflicts (earlier unresolved ones from either side included) in its
//! `conflicts` section.

mod channels;
mod links;
mod map;
mod nested;
mod personas;
mod two_way;

pub use two_way::merge_two_way;

use std::collections::HashSet;

use serde_json::{Value, json};

use super::order::merge_order;
use super::value::{Obj, keys, name_of, text};
use crate::model::{
    CONFLICTS_VERSION, Conflict, ConflictKind, MapId, MergeConflicts, Project, Side, Thing,
};

/// Why a merge could not produce a document.
#[derive(Debug, thiserror::Error)]
pub enum MergeError {
    /// A version could not be read as JSON (a bug; projects always serialise).
    #[error("could not read a version as JSON: {0}")]
    Json(#[from] serde_json::Error),
    /// The merged document does not validate (a bug in the merge rules).
    #[error("the merged project is not valid ({0}); nothing was written")]
    Invalid(String),
}

/// Fields that merge as sets when both sides changed them.
const SET_FIELDS: &[&str] = &["tags", "flags"];

/// Merges `ours` and `theirs`, both descended from `base`. The result holds every change
/// that does not conflict; conflicts are in its `conflicts` section.
pub fn merge(base: &Project, ours: &Project, theirs: &Project) -> Result<Project, MergeError> {
    let mut ctx = Ctx::default();
    let separated = super::twins::separated(base, ours, theirs);
    let (ours_sep, theirs_sep) = separated.as_ref().map_or((ours, theirs), |(o, t)| (o, t));
    let (mut b, mut o, mut t) = (as_obj(base)?, as_obj(ours_sep)?, as_obj(theirs_sep)?);
    for side in [&mut b, &mut o, &mut t] {
        for_each_map(side, super::scores::normalize);
    }
    let merged = finish(&mut ctx, &b, &o, &t, ours, theirs);
    if crate::free::cards_in(ours) >= crate::free::MANY_CARDS {
        // Three JSON forms of a 10,000-card map take tens of milliseconds to free.
        crate::free::elsewhere((b, o, t, separated));
    }
    merged
}

/// Merges the normalised JSON forms `b`, `o`, `t` of a base and two sides (`ours` and
/// `theirs` as given, for their earlier conflicts) and makes the merged project.
fn finish(
    ctx: &mut Ctx,
    b: &Obj,
    o: &Obj,
    t: &Obj,
    ours: &Project,
    theirs: &Project,
) -> Result<Project, MergeError> {
    ctx.persona_names = [t, o, b]
        .iter()
        .flat_map(|side| side.get("personas").and_then(Value::as_array))
        .flatten()
        .filter_map(|p| Some((id_key(p)?, p.as_object().map(name_of)?)))
        .collect();
    let mut project = ctx.project(b, o, t);
    for_each_map(&mut project, |map| {
        let personas = super::scores::personas_of(map);
        super::scores::denormalize(map, &personas);
    });
    let mut merged: Project = serde_json::from_value(Value::Object(project))?;
    let mut items: Vec<Conflict> = Vec::new();
    for side in [ours, theirs] {
        for c in side.conflicts.iter().flat_map(|c| &c.items) {
            if !items.contains(c) {
                items.push(c.clone());
            }
        }
    }
    items.append(&mut ctx.conflicts);
    for (n, item) in items.iter_mut().enumerate() {
        item.id = format!("k{}", n + 1);
    }
    merged.conflicts = (!items.is_empty()).then(|| MergeConflicts {
        version: CONFLICTS_VERSION,
        items,
        extra: Default::default(),
    });
    if let Some(problem) = crate::io::validate(&merged).first() {
        return Err(MergeError::Invalid(problem.to_string()));
    }
    Ok(merged)
}

/// Runs `f` on every map of a project's JSON form.
fn for_each_map(project: &mut Obj, mut f: impl FnMut(&mut Obj)) {
    let maps = project.get_mut("maps").and_then(Value::as_array_mut);
    for map in maps.into_iter().flatten().filter_map(Value::as_object_mut) {
        f(map);
    }
}

fn as_obj(project: &Project) -> Result<Obj, MergeError> {
    match serde_json::to_value(project)? {
        Value::Object(o) => Ok(o),
        _ => Ok(Obj::new()),
    }
}

/// The thing a list's items are, and what owns the list (for order conflicts).
struct ListOf<'a> {
    thing: Thing,
    field: &'a str,
    owner: Thing,
    owner_id: String,
    owner_name: String,
}

#[derive(Default)]
struct Ctx {
    conflicts: Vec<Conflict>,
    map: Option<MapId>,
    /// Base, our and their card order of the map being merged, when both sides changed
    /// the order of the card list.
    card_orders: Option<[Vec<String>; 3]>,
    /// Persona names by id, for messages.
    persona_names: std::collections::HashMap<String, String>,
    /// Base, our and their personas of the map being merged (the lead first).
    map_personas: [Vec<String>; 3],
    /// Scores of the map being merged that both sides changed differently, settled into
    /// conflicts once the map's personas are known.
    score_clashes: Vec<personas::ScoreClash>,
    /// Scores (card, persona, value) of the map being merged that went because one side
    /// took their persona off the map, given back if the persona is put back.
    set_aside: Vec<(String, String, Value)>,
}

impl Ctx {
    #[allow(clippy::too_many_arguments, reason = "one record, built in one place")]
    fn conflict(
        &mut self,
        kind: ConflictKind,
        thing: Thing,
        target: &str,
        name: String,
        field: Option<&str>,
        values: [Option<&Value>; 3],
        deleted_by: Option<Side>,
    ) {
        let map = match thing {
            Thing::Stage | Thing::Lane | Thing::Card | Thing::Link => self.map.clone(),
            Thing::Map if kind == ConflictKind::Order => self.map.clone(),
            _ => None,
        };
        let [base, ours, theirs] = values.map(|v| v.cloned());
        self.conflicts.push(Conflict {
            id: String::new(),
            kind,
            map,
            thing,
            target: target.to_owned(),
            name,
            field: field.map(str::to_owned),
            base,
            ours,
            theirs,
            deleted_by,
            ours_by: None,
            theirs_by: None,
            extra: Default::default(),
        });
    }

    /// Records that both sides reordered the list `of` differently.
    fn order_conflict(&mut self, of: &ListOf<'_>, ours: &[String], theirs: &[String]) {
        self.conflict(
            ConflictKind::Order,
            of.owner,
            &of.owner_id,
            of.owner_name.clone(),
            Some(of.field),
            [None, Some(&json!(ours)), Some(&json!(theirs))],
            None,
        );
    }

    fn project(&mut self, b: &Obj, o: &Obj, t: &Obj) -> Obj {
        // Borrowed, never copied (the maps hold every card).
        fn list<'v>(obj: &'v Obj, key: &str) -> &'v [Value] {
            obj.get(key)
                .and_then(Value::as_array)
                .map_or(&[], Vec::as_slice)
        }
        let mut out = self.fields(
            Thing::Project,
            "",
            Some(b),
            o,
            t,
            &["personas", "channels", "maps", "images", "conflicts"],
        );
        let owner = |field| ListOf {
            thing: if field == "maps" {
                Thing::Map
            } else {
                Thing::Persona
            },
            field,
            owner: Thing::Project,
            owner_id: String::new(),
            owner_name: text(o, "title").to_owned(),
        };
        let maps = self.list(
            &owner("maps"),
            [list(b, "maps"), list(o, "maps"), list(t, "maps")],
            &id_key,
            &HashSet::new(),
            &mut |ctx, b, o, t| ctx.map(b, o, t),
        );
        let mut used: HashSet<String> = HashSet::new();
        for map in &maps {
            if let Some(p) = map.get("persona").and_then(Value::as_str) {
                used.insert(p.to_owned());
            }
            for p in map
                .get("personas")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
            {
                if let Some(p) = p.as_str() {
                    used.insert(p.to_owned());
                }
            }
            // A card's scores name personas too.
            let cards = map.get("cards").and_then(Value::as_array);
            for scores in cards
                .into_iter()
                .flatten()
                .filter_map(|c| c.get("scores")?.as_object())
            {
                used.extend(scores.keys().cloned());
            }
        }
        let personas = self.list(
            &owner("personas"),
            [
                list(b, "personas"),
                list(o, "personas"),
                list(t, "personas"),
            ],
            &id_key,
            &used,
            &mut |ctx, b, o, t| ctx.item(Thing::Persona, b, o, t, &["id"]),
        );
        let channels = self.channels(
            [
                list(b, "channels"),
                list(o, "channels"),
                list(t, "channels"),
            ],
            &maps,
            text(o, "title"),
        );
        let mut pictures: HashSet<String> = HashSet::new();
        let mut note = |v: Option<&Value>| {
            if let Some(id) = v.and_then(Value::as_str) {
                pictures.insert(id.to_owned());
            }
        };
        for p in &personas {
            note(p.get("photo"));
        }
        for map in &maps {
            for card in map
                .get("cards")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
            {
                note(card.get("image"));
            }
        }
        // Pictures are keyed by id without an order: merge them as a list of
        // `{id, …}` objects and put them back.
        let images = |obj: &Obj| -> Vec<Value> {
            obj.get("images")
                .and_then(Value::as_object)
                .into_iter()
                .flatten()
                .map(|(id, v)| {
                    let mut item = v.as_object().cloned().unwrap_or_default();
                    item.insert("id".into(), json!(id));
                    Value::Object(item)
                })
                .collect()
        };
        let image_list = ListOf {
            thing: Thing::Image,
            field: "images",
            owner: Thing::Project,
            owner_id: String::new(),
            owner_name: String::new(),
        };
        let merged_images = self.list(
            &image_list,
            [&images(b), &images(o), &images(t)],
            &id_key,
            &pictures,
            &mut |ctx, b, o, t| ctx.item(Thing::Image, b, o, t, &["id"]),
        );
        let mut image_map = Obj::new();
        for mut image in merged_images {
            if let Some(obj) = image.as_object_mut()
                && let Some(Value::String(id)) = obj.remove("id")
            {
                image_map.insert(id, image);
            }
        }
        out.insert("personas".into(), Value::Array(personas));
        if !channels.is_empty() {
            out.insert("channels".into(), Value::Array(channels));
        }
        out.insert("maps".into(), Value::Array(maps));
        out.insert("images".into(), Value::Object(image_map));
        out
    }

    /// Merges one thing present on both sides: its fields but `skip`, which are copied
    /// from ours.
    fn item(
        &mut self,
        thing: Thing,
        b: Option<&Value>,
        o: &Value,
        t: &Value,
        skip: &[&str],
    ) -> Value {
        let (Some(oo), Some(to)) = (o.as_object(), t.as_object()) else {
            return o.clone();
        };
        let id = match thing {
            Thing::Link => link_key(o).unwrap_or_default(),
            _ => text(oo, "id").to_owned(),
        };
        let mut out = self.fields(thing, &id, b.and_then(Value::as_object), oo, to, skip);
        for key in skip {
            if let Some(v) = oo.get(*key) {
                out.insert((*key).to_owned(), v.clone());
            }
        }
        Value::Object(out)
    }

    /// Merges the fields of one thing, leaving out `skip`.
    fn fields(
        &mut self,
        thing: Thing,
        id: &str,
        b: Option<&Obj>,
        o: &Obj,
        t: &Obj,
        skip: &[&str],
    ) -> Obj {
        let mut out = Obj::new();
        for key in keys(&[b, Some(o), Some(t)], skip) {
            let (bv, ov, tv) = (b.and_then(|b| b.get(key)), o.get(key), t.get(key));
            let value = match three_way(bv, ov, tv) {
                Ok(v) => v.cloned(),
                Err(()) => {
                    match set_merge(key, bv, ov, tv).or_else(|| nested::merge_nested(bv, ov, tv)) {
                        Some(v) => Some(v),
                        None => {
                            let name = match b {
                                _ if thing == Thing::Link => id.to_owned(),
                                Some(b) => name_of(b),
                                None => name_of(o),
                            };
                            self.conflict(
                                ConflictKind::Field,
                                thing,
                                id,
                                name,
                                Some(key),
                                [bv, ov, tv],
                                None,
                            );
                            ov.cloned()
                        }
                    }
                }
            };
            if let Some(v) = value {
                out.insert(key.clone(), v);
            }
        }
        out
    }

    /// Merges a keyed list: which things stay (`required` ones always do), each present
    /// on both sides merged by `item`, in the merged order.
    fn list(
        &mut self,
        of: &ListOf<'_>,
        [b, o, t]: [&[Value]; 3],
        key: &dyn Fn(&Value) -> Option<String>,
        required: &HashSet<String>,
        item: &mut MergeItem<'_>,
    ) -> Vec<Value> {
        let ((kb, vb), (ko, vo), (kt, vt)) = (index(b, key), index(o, key), index(t, key));
        let all: Vec<&String> = ko.iter().chain(&kt).chain(&kb).collect();
        // Keyed by the keys the indexes own (a 10,000-card list made each one a copy).
        let mut seen: hashbrown::HashSet<&String> = hashbrown::HashSet::with_capacity(ko.len());
        let mut values: hashbrown::HashMap<&String, Value> =
            hashbrown::HashMap::with_capacity(ko.len());
        // Cards go field by field when a side changed the map's personas: their scores
        // may have to come back with a persona (see `personas.rs`).
        let [pb, po, pt] = &self.map_personas;
        let slow = of.thing == Thing::Card && (po != pt || po != pb);
        for k in all {
            if !seen.insert(k) {
                continue;
            }
            let (bv, ov, tv) = (vb.get(k).copied(), vo.get(k).copied(), vt.get(k).copied());
            let name = |v: &Value| {
                if of.thing == Thing::Link {
                    k.clone()
                } else {
                    v.as_object().map(name_of).unwrap_or_default()
                }
            };
            let kept = match (bv, ov, tv) {
                // The same on both sides, or changed on one only: that side's, whole.
                (_, Some(ov), Some(tv)) if !slow && (ov == tv || bv == Some(tv)) => {
                    Some(ov.clone())
                }
                (_, Some(ov), Some(tv)) if !slow && bv == Some(ov) => Some(tv.clone()),
                (_, Some(ov), Some(tv)) => Some(item(self, bv, ov, tv)),
                (Some(bv), Some(v), None) | (Some(bv), None, Some(v)) => {
                    let deleted_by = if ov.is_none() {
                        Side::Ours
                    } else {
                        Side::Theirs
                    };
                    if v == bv && !required.contains(k) {
                        None
                    } else {
                        self.conflict(
                            ConflictKind::Deleted,
                            of.thing,
                            k,
                            name(v),
                            None,
                            [None; 3],
                            Some(deleted_by),
                        );
                        Some(v.clone())
                    }
                }
                (None, Some(v), None) | (None, None, Some(v)) => Some(v.clone()),
                (Some(bv), None, None) => required.contains(k).then(|| {
                    self.conflict(
                        ConflictKind::Deleted,
                        of.thing,
                        k,
                        name(bv),
                        None,
                        [None; 3],
                        Some(Side::Ours),
                    );
                    bv.clone()
                }),
                (None, None, None) => None,
            };
            if let Some(v) = kept {
                values.insert(k, v);
            }
        }
        let kept: HashSet<String> = values.keys().map(|k| (*k).clone()).collect();
        let merged = merge_order(&kb, &ko, &kt, &kept);
        let out: Vec<Value> = merged
            .order
            .iter()
            .filter_map(|k| values.remove(k))
            .collect();
        // They borrow the keys handed on below.
        drop((values, seen));
        if of.thing == Thing::Card && merged.conflict.is_some() {
            // Only the order inside a cell means anything; `map` settles it per cell.
            self.card_orders = Some([kb, ko, kt]);
        } else if let Some((ours, theirs)) = merged.conflict {
            let map = self.map.clone();
            if of.owner == Thing::Project {
                self.map = None;
            }
            self.order_conflict(of, &ours, &theirs);
            self.map = map;
        }
        out
    }
}

/// The keys of a list in order and its items by key (the first of a repeated key).
fn index<'v>(
    items: &'v [Value],
    key: &dyn Fn(&Value) -> Option<String>,
) -> (Vec<String>, hashbrown::HashMap<String, &'v Value>) {
    let mut order = Vec::with_capacity(items.len());
    let mut by = hashbrown::HashMap::with_capacity(items.len());
    for v in items {
        if let Some(k) = key(v)
            && let hashbrown::hash_map::Entry::Vacant(slot) = by.entry(k)
        {
            order.push(slot.key().clone());
            slot.insert(v);
        }
    }
    (order, by)
}

/// Merges one thing both sides have: (context, base, ours, theirs) → merged.
type MergeItem<'a> = dyn FnMut(&mut Ctx, Option<&Value>, &Value, &Value) -> Value + 'a;

/// The `id` of a thing.
fn id_key(v: &Value) -> Option<String> {
    v.get("id")?.as_str().map(str::to_owned)
}

/// An arrow's key while merging (see [`links`]).
fn link_key(v: &Value) -> Option<String> {
    links::key(v)
}

/// The merged value of one field: `Err` when both sides changed it differently.
fn three_way<'a>(
    b: Option<&'a Value>,
    o: Option<&'a Value>,
    t: Option<&'a Value>,
) -> Result<Option<&'a Value>, ()> {
    if o == t || t == b {
        Ok(o)
    } else if o == b {
        Ok(t)
    } else {
        Err(())
    }
}

/// Tags and flags changed on both sides: what the base had and neither side removed, then
/// what either side added (sorted, so the result does not depend on the side).
fn set_merge(key: &str, b: Option<&Value>, o: Option<&Value>, t: Option<&Value>) -> Option<Value> {
    if !SET_FIELDS.contains(&key) {
        return None;
    }
    let strings = |v: Option<&Value>| -> Option<Vec<String>> {
        match v {
            None | Some(Value::Null) => Some(Vec::new()),
            Some(Value::Array(items)) => items
                .iter()
                .map(|i| i.as_str().map(str::to_owned))
                .collect(),
            Some(_) => None,
        }
    };
    let (b, o, t) = (strings(b)?, strings(o)?, strings(t)?);
    let mut out: Vec<String> = b
        .iter()
        .filter(|x| o.contains(x) && t.contains(x))
        .cloned()
        .collect();
    let mut added: Vec<String> = o
        .iter()
        .chain(&t)
        .filter(|x| !b.contains(x) && !out.contains(x))
        .cloned()
        .collect();
    added.sort();
    added.dedup();
    out.extend(added);
    Some(json!(out))
}
