//! What changed from version A to version B of a project or a map.
//!
//! Things are paired by id. Between two different maps of one project (a current and a
//! future state drawn separately), stages and lanes left unpaired are paired by name and
//! cards by title, so a card copied by hand still reads as "changed", not "removed and
//! added". Every field of a thing is compared in its file form, so fields this version
//! does not know show up too.

use std::collections::{HashMap, HashSet};

use serde::Serialize;
use serde_json::{Value, json};

mod cards;
mod links;

use super::value::{Obj, keys, name_of, object_of};
use super::words::{Names, parts};
use crate::i18n::Catalogue;
use crate::model::{JourneyMap, Project, Thing};

/// What happened to a thing.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ChangeOp {
    /// Only in B.
    Added,
    /// Only in A.
    Removed,
    /// A field differs (`field`, `before`, `after`).
    Changed,
    /// A card went to another cell (`field` = `cell`), or a stage, lane, map or persona
    /// to another place in its list (`field` = `position`, numbered from 1).
    Moved,
    /// A card changed places within its cell (`field` = `position`, from 1).
    Reordered,
}

/// Where a card is: its lane and stage names.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Place {
    /// The lane's name.
    pub lane: String,
    /// The stage's name.
    pub stage: String,
}

/// One difference between A and B.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Change {
    /// What happened.
    pub op: ChangeOp,
    /// What kind of thing.
    pub thing: Thing,
    /// The map it is in (its name in B, or A when the map is gone), when in a map.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub map: Option<String>,
    /// Its id in B (in A when removed); `from→to` for an arrow.
    pub id: String,
    /// Its id in A when that differs (paired by name or title).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id_before: Option<String>,
    /// Its name or title in A (in B when added).
    pub name: String,
    /// The field that changed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    /// The value in A.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub before: Option<Value>,
    /// The value in B.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub after: Option<Value>,
    /// For a card, where it is (in B, or in A when removed).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub place: Option<Place>,
    /// For a field that holds structure (notes, metrics, personas, scores), which part of
    /// it changed and how, in words (`Waiting time · Purchase: 25 → 20`); `before` and
    /// `after` are then that part's values.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
}

impl Change {
    fn new(op: ChangeOp, thing: Thing, id: &str, name: String) -> Self {
        Self {
            op,
            thing,
            map: None,
            id: id.to_owned(),
            id_before: None,
            name,
            field: None,
            before: None,
            after: None,
            place: None,
            detail: None,
        }
    }

    fn field(mut self, field: &str, before: Option<&Value>, after: Option<&Value>) -> Self {
        self.field = Some(field.to_owned());
        self.before = before.cloned();
        self.after = after.cloned();
        self
    }

    /// This change of `field` from `before` to `after`, told part by part when the field
    /// holds structure (see [`super::words::parts`]).
    fn fields(
        self,
        field: &str,
        before: Option<&Value>,
        after: Option<&Value>,
        names: &Names,
    ) -> Vec<Self> {
        match parts(field, before, after, names) {
            Some(parts) => parts
                .into_iter()
                .map(|p| {
                    let mut c = self
                        .clone()
                        .field(field, p.before.as_ref(), p.after.as_ref());
                    c.detail = Some(p.detail);
                    c
                })
                .collect(),
            None => vec![self.field(field, before, after)],
        }
    }
}

/// Everything that changed from project `a` to project `b`: the title and font, personas,
/// pictures, maps added, removed or moved, and inside every map that is in both, what
/// [`diff_maps`] finds. Empty when the two are equal (apart from merge conflicts).
pub fn diff_projects(a: &Project, b: &Project) -> Vec<Change> {
    let mut changes = Vec::new();
    let (pa, pb) = (project_fields(a), project_fields(b));
    let skip = ["personas", "channels", "maps", "images", "conflicts"];
    for key in keys(&[Some(&pa), Some(&pb)], &skip) {
        if pa.get(key) != pb.get(key) {
            changes.push(
                Change::new(ChangeOp::Changed, Thing::Project, "", a.title.clone()).field(
                    key,
                    pa.get(key),
                    pb.get(key),
                ),
            );
        }
    }
    let names = Names::of(&[a, b], &[], Catalogue::compare_english());
    let personas = |p: &Project| p.personas.iter().map(object_of).collect::<Vec<_>>();
    list(
        &mut changes,
        Thing::Persona,
        &personas(a),
        &personas(b),
        &["id"],
        &names,
    );
    let channels = |p: &Project| p.channels.iter().map(object_of).collect::<Vec<_>>();
    list(
        &mut changes,
        Thing::Channel,
        &channels(a),
        &channels(b),
        &["id"],
        &names,
    );
    let (ia, ib) = (&a.images, &b.images);
    for (id, image) in ia {
        match ib.get(id) {
            None => changes.push(Change::new(
                ChangeOp::Removed,
                Thing::Image,
                id.as_str(),
                id.to_string(),
            )),
            Some(other) if other != image => changes.push(
                Change::new(ChangeOp::Changed, Thing::Image, id.as_str(), id.to_string())
                    .field("data", None, None),
            ),
            Some(_) => {}
        }
    }
    for id in ib.keys().filter(|id| !ia.contains_key(*id)) {
        changes.push(Change::new(
            ChangeOp::Added,
            Thing::Image,
            id.as_str(),
            id.to_string(),
        ));
    }
    let maps = |p: &Project| {
        p.maps
            .iter()
            .map(|m| {
                let mut o = Obj::new();
                o.insert("id".into(), json!(m.id));
                o.insert("name".into(), json!(m.name));
                o
            })
            .collect::<Vec<_>>()
    };
    let pairs = list(
        &mut changes,
        Thing::Map,
        &maps(a),
        &maps(b),
        &["id"],
        &names,
    );
    for ma in &a.maps {
        let paired = pairs.get(ma.id.as_str());
        if let Some(mb) = paired.and_then(|id| b.maps.iter().find(|m| m.id.as_str() == id)) {
            changes.extend(diff_maps_in(a, ma, b, mb));
        }
    }
    changes
}

/// The JSON object of a project's own fields, its lists left empty (they are compared
/// item by item): turning every card of every map into JSON would cost a 10,000-card map
/// a tenth of a second. A field added to [`Project`] must be placed here (it does not
/// compile until it is).
fn project_fields(p: &Project) -> Obj {
    let Project {
        title,
        font,
        language,
        personas: _,
        channels: _,
        maps: _,
        images: _,
        conflicts: _,
        extra,
    } = p;
    object_of(&Project {
        title: title.clone(),
        font: font.clone(),
        language: language.clone(),
        extra: extra.clone(),
        ..Project::default()
    })
}

/// The JSON object of a map's own fields, its stages, lanes, cards and arrows left empty
/// (see [`project_fields`]).
fn map_fields(m: &JourneyMap) -> Obj {
    let JourneyMap {
        id,
        name,
        state,
        personas,
        scenario,
        expectations,
        stages: _,
        lanes: _,
        cards: _,
        links: _,
        extra,
    } = m;
    object_of(&JourneyMap {
        id: id.clone(),
        name: name.clone(),
        state: *state,
        personas: personas.clone(),
        scenario: scenario.clone(),
        expectations: expectations.clone(),
        extra: extra.clone(),
        ..JourneyMap::default()
    })
}

/// Everything that changed from map `a` to map `b`: its own fields (name, state, persona,
/// scenario…), stages and lanes added, removed, renamed or moved, cards added, removed,
/// moved to another cell or within theirs, their changed fields, and arrows.
pub fn diff_maps(a: &JourneyMap, b: &JourneyMap) -> Vec<Change> {
    diff_names(a, b, &Names::of(&[], &[a, b], Catalogue::compare_english()))
}

/// [`diff_maps`] for map `a` of project `pa` and map `b` of project `pb`, naming personas
/// by their names (`score for Tom`) rather than ids.
pub fn diff_maps_in(pa: &Project, a: &JourneyMap, pb: &Project, b: &JourneyMap) -> Vec<Change> {
    diff_maps_worded(pa, a, pb, b, Catalogue::compare_english())
}

/// [`diff_maps_in`] with each change's `detail` (the part of a structured field that
/// changed) worded in the language of `w`, a [`Catalogue::compare`] catalogue: the
/// window's Compare panel passes the window's language.
pub fn diff_maps_worded(
    pa: &Project,
    a: &JourneyMap,
    pb: &Project,
    b: &JourneyMap,
    w: &'static Catalogue,
) -> Vec<Change> {
    diff_names(a, b, &Names::of(&[pa, pb], &[a, b], w))
}

fn diff_names(a: &JourneyMap, b: &JourneyMap, names: &Names) -> Vec<Change> {
    let mut changes = Vec::new();
    let (oa, ob) = (map_fields(a), map_fields(b));
    for key in keys(
        &[Some(&oa), Some(&ob)],
        &["id", "stages", "lanes", "cards", "links"],
    ) {
        if oa.get(key) != ob.get(key) {
            changes.extend(
                Change::new(ChangeOp::Changed, Thing::Map, b.id.as_str(), a.name.clone()).fields(
                    key,
                    oa.get(key),
                    ob.get(key),
                    names,
                ),
            );
        }
    }
    let stages_a: Vec<Obj> = a.stages.iter().map(object_of).collect();
    let stages_b: Vec<Obj> = b.stages.iter().map(object_of).collect();
    let stage_pairs = list(
        &mut changes,
        Thing::Stage,
        &stages_a,
        &stages_b,
        &["id"],
        names,
    );
    let lanes_a: Vec<Obj> = a.lanes.iter().map(object_of).collect();
    let lanes_b: Vec<Obj> = b.lanes.iter().map(object_of).collect();
    let lane_pairs = list(
        &mut changes,
        Thing::Lane,
        &lanes_a,
        &lanes_b,
        &["id"],
        names,
    );
    cards::cards(&mut changes, a, b, (&stage_pairs, &lane_pairs), names);
    for change in &mut changes {
        change.map = Some(b.name.clone());
    }
    changes
}

/// Pairs the things of two lists (by id, then unpaired ones by name), reports those added
/// and removed, the fields that differ (but `skip`) and those that moved in the list.
/// Returns the pairs as A id → B id.
fn list(
    changes: &mut Vec<Change>,
    thing: Thing,
    a: &[Obj],
    b: &[Obj],
    skip: &[&str],
    names: &Names,
) -> HashMap<String, String> {
    let id = |o: &Obj| super::value::text(o, "id").to_owned();
    let pairs = pair(a, b, id, name_of);
    let b_index: HashMap<String, usize> = b.iter().enumerate().map(|(i, o)| (id(o), i)).collect();
    let paired_b: HashSet<&String> = pairs.values().collect();
    for oa in a {
        let Some(b_id) = pairs.get(&id(oa)) else {
            changes.push(Change::new(ChangeOp::Removed, thing, &id(oa), name_of(oa)));
            continue;
        };
        let Some(ob) = b_index.get(b_id).map(|&i| &b[i]) else {
            continue;
        };
        for key in keys(&[Some(oa), Some(ob)], skip) {
            if oa.get(key) != ob.get(key) {
                let mut change = Change::new(ChangeOp::Changed, thing, b_id, name_of(oa));
                if *b_id != id(oa) {
                    change.id_before = Some(id(oa));
                }
                changes.extend(change.fields(key, oa.get(key), ob.get(key), names));
            }
        }
    }
    for ob in b.iter().filter(|o| !paired_b.contains(&id(o))) {
        changes.push(Change::new(ChangeOp::Added, thing, &id(ob), name_of(ob)));
    }
    // Moves: the paired things, in A's order, as positions in B; those off the longest
    // increasing run moved.
    let order: Vec<(String, usize, usize)> = a
        .iter()
        .enumerate()
        .filter_map(|(ia, oa)| {
            let b_id = pairs.get(&id(oa))?;
            Some((name_of(oa), ia, *b_index.get(b_id)?))
        })
        .collect();
    let stay = longest_increasing(&order.iter().map(|o| o.2).collect::<Vec<_>>());
    for (k, (name, ia, ib)) in order.iter().enumerate() {
        if !stay.contains(&k) {
            changes.push(
                Change::new(ChangeOp::Moved, thing, &id(&b[*ib]), name.clone()).field(
                    "position",
                    Some(&json!(ia + 1)),
                    Some(&json!(ib + 1)),
                ),
            );
        }
    }
    pairs
}

/// Pairs A's items with B's: same id first, then the same `name` (trimmed, ignoring case)
/// when it is unique among the unpaired on both sides. Returns A id → B id.
fn pair<T>(
    a: &[T],
    b: &[T],
    id: impl Fn(&T) -> String,
    name: impl Fn(&T) -> String,
) -> HashMap<String, String> {
    let b_ids: HashSet<String> = b.iter().map(&id).collect();
    let mut pairs: HashMap<String, String> = a
        .iter()
        .map(&id)
        .filter(|i| b_ids.contains(i))
        .map(|i| (i.clone(), i))
        .collect();
    let key = |t: &T| name(t).trim().to_lowercase();
    let unique = |items: Vec<&T>| {
        let mut seen: HashMap<String, Option<String>> = HashMap::new();
        for t in items {
            seen.entry(key(t))
                .and_modify(|v| *v = None)
                .or_insert_with(|| Some(id(t)));
        }
        seen.into_iter()
            .filter_map(|(k, v)| Some((k, v?)))
            .filter(|(k, _)| !k.is_empty())
            .collect::<HashMap<_, _>>()
    };
    let paired_b: HashSet<String> = pairs.values().cloned().collect();
    let free_a = unique(a.iter().filter(|t| !pairs.contains_key(&id(t))).collect());
    let free_b = unique(b.iter().filter(|t| !paired_b.contains(&id(t))).collect());
    for (k, a_id) in free_a {
        if let Some(b_id) = free_b.get(&k) {
            pairs.insert(a_id, b_id.clone());
        }
    }
    pairs
}

/// The indices of one longest strictly increasing subsequence of `values`.
fn longest_increasing(values: &[usize]) -> HashSet<usize> {
    // O(n log n) patience method with back-pointers.
    let mut tails: Vec<usize> = Vec::new();
    let mut back: Vec<Option<usize>> = vec![None; values.len()];
    for (i, v) in values.iter().enumerate() {
        let at = tails.partition_point(|&t| values[t] < *v);
        back[i] = at.checked_sub(1).map(|p| tails[p]);
        if at == tails.len() {
            tails.push(i);
        } else {
            tails[at] = i;
        }
    }
    let mut keep = HashSet::new();
    let mut next = tails.last().copied();
    while let Some(i) = next {
        keep.insert(i);
        next = back[i];
    }
    keep
}

#[cfg(test)]
mod tests {
    use super::longest_increasing;

    #[test]
    fn longest_increasing_keeps_the_longest_run() {
        let keep = longest_increasing(&[1, 2, 0, 3, 4]);
        assert_eq!(keep.len(), 4);
        assert!(!keep.contains(&2));
        assert!(longest_increasing(&[]).is_empty());
    }
}
