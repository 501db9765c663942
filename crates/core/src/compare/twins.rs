//! Things two people added separately under the same id.
//!
//! New ids are numbered (`c-42`), so two people who each add a card usually give their
//! cards the same id. Before merging, such twins that differ are told apart: one of them
//! (the one whose file form sorts last, so it does not matter which side is "ours") gets
//! a new id (`c-42-2`), and what refers to it on its side (a card's lane and stage, an
//! arrow's ends, a map's persona, a picture) follows. Both then merge as two additions.

use std::collections::{HashMap, HashSet};

use crate::model::{Card, ImageId, JourneyMap, Note, Project};

/// Renames differing twins in `ours` or `theirs` (see the module docs).
pub(super) fn separate(base: &Project, ours: &mut Project, theirs: &mut Project) {
    let taken: HashSet<String> = ids(base).chain(ids(ours)).chain(ids(theirs)).collect();
    let mut namer = Namer { taken };
    let base_ids = |items: Vec<&str>| items.into_iter().map(str::to_owned).collect::<HashSet<_>>();
    separate_list(
        &base_ids(base.personas.iter().map(|p| p.id.as_str()).collect()),
        (ours, theirs),
        |p| &p.personas,
        |p| p.id.as_str(),
        &mut namer,
        |doc, old, new| {
            for p in doc.personas.iter_mut().filter(|p| p.id.as_str() == old) {
                p.id.0 = new.to_owned();
            }
            for m in &mut doc.maps {
                for p in m.personas.iter_mut().filter(|p| p.as_str() == old) {
                    *p = new.into();
                }
                for c in &mut m.cards {
                    if let Some(score) = c.scores.remove(old) {
                        c.scores.insert(new.into(), score);
                    }
                }
            }
        },
    );
    separate_images(base, ours, theirs, &mut namer);
    separate_list(
        &base_ids(base.maps.iter().map(|m| m.id.as_str()).collect()),
        (ours, theirs),
        |p| &p.maps,
        |m| m.id.as_str(),
        &mut namer,
        |doc, old, new| {
            for m in doc.maps.iter_mut().filter(|m| m.id.as_str() == old) {
                m.id.0 = new.to_owned();
            }
        },
    );
    // Inside each map both sides have.
    for t_map in &mut theirs.maps {
        let Some(o_map) = ours.maps.iter_mut().find(|m| m.id == t_map.id) else {
            continue;
        };
        let b_map = base.maps.iter().find(|m| m.id == t_map.id);
        in_map(b_map, o_map, t_map, &mut namer);
    }
}

/// Pictures both sides added under one id with different bytes.
fn separate_images(base: &Project, ours: &mut Project, theirs: &mut Project, namer: &mut Namer) {
    let twins: Vec<String> = ours
        .images
        .iter()
        .filter(|(id, image)| {
            !base.images.contains_key(*id) && theirs.images.get(*id).is_some_and(|t| t != *image)
        })
        .map(|(id, _)| id.to_string())
        .collect();
    for id in twins {
        let key = ImageId(id.clone());
        let fresh = ImageId(namer.fresh(&id));
        let doc = if later(&ours.images[&key], &theirs.images[&key]) {
            &mut *ours
        } else {
            &mut *theirs
        };
        if let Some(image) = doc.images.remove(&key) {
            doc.images.insert(fresh.clone(), image);
        }
        for c in doc.maps.iter_mut().flat_map(|m| &mut m.cards) {
            if c.image.as_ref() == Some(&key) {
                c.image = Some(fresh.clone());
            }
        }
        for p in &mut doc.personas {
            if p.photo.as_ref() == Some(&key) {
                p.photo = Some(fresh.clone());
            }
        }
    }
}

fn in_map(
    base: Option<&JourneyMap>,
    ours: &mut JourneyMap,
    theirs: &mut JourneyMap,
    namer: &mut Namer,
) {
    let empty = JourneyMap::default();
    let base = base.unwrap_or(&empty);
    let base_ids = |items: Vec<&str>| items.into_iter().map(str::to_owned).collect::<HashSet<_>>();
    separate_list(
        &base_ids(base.stages.iter().map(|s| s.id.as_str()).collect()),
        (ours, theirs),
        |m| &m.stages,
        |s| s.id.as_str(),
        namer,
        |map, old, new| {
            for s in map.stages.iter_mut().filter(|s| s.id.as_str() == old) {
                s.id.0 = new.to_owned();
            }
            for c in map.cards.iter_mut().filter(|c| c.stage.as_str() == old) {
                c.stage.0 = new.to_owned();
            }
        },
    );
    separate_list(
        &base_ids(base.lanes.iter().map(|l| l.id.as_str()).collect()),
        (ours, theirs),
        |m| &m.lanes,
        |l| l.id.as_str(),
        namer,
        |map, old, new| {
            for l in map.lanes.iter_mut().filter(|l| l.id.as_str() == old) {
                l.id.0 = new.to_owned();
            }
            for c in map.cards.iter_mut().filter(|c| c.lane.as_str() == old) {
                c.lane.0 = new.to_owned();
            }
        },
    );
    // Metrics inside each lane both sides have.
    for t_lane in &mut theirs.lanes {
        let Some(o_lane) = ours.lanes.iter_mut().find(|l| l.id == t_lane.id) else {
            continue;
        };
        let b_lane = base.lanes.iter().find(|l| l.id == t_lane.id);
        let in_base = base_ids(
            b_lane
                .into_iter()
                .flat_map(|l| l.metrics.iter().map(|m| m.id.as_str()))
                .collect(),
        );
        let mut namer = Namer {
            taken: in_base
                .iter()
                .cloned()
                .chain(o_lane.metrics.iter().map(|m| m.id.to_string()))
                .chain(t_lane.metrics.iter().map(|m| m.id.to_string()))
                .collect(),
        };
        separate_list(
            &in_base,
            (o_lane, t_lane),
            |l| &l.metrics,
            |m| m.id.as_str(),
            &mut namer,
            |lane, old, new| {
                for m in lane.metrics.iter_mut().filter(|m| m.id.as_str() == old) {
                    m.id.0 = new.to_owned();
                }
            },
        );
    }
    separate_list(
        &base_ids(base.cards.iter().map(|c| c.id.as_str()).collect()),
        (ours, theirs),
        |m| &m.cards,
        |c| c.id.as_str(),
        namer,
        |map, old, new| {
            for c in map.cards.iter_mut().filter(|c| c.id.as_str() == old) {
                c.id.0 = new.to_owned();
            }
            for l in &mut map.links {
                for end in [&mut l.from, &mut l.to] {
                    if end.as_str() == old {
                        end.0 = new.to_owned();
                    }
                }
            }
        },
    );
    // Notes and replies inside each card both sides have.
    let base_cards: HashMap<&str, &Card> = base.cards.iter().map(|c| (c.id.as_str(), c)).collect();
    let mut theirs_cards: HashMap<String, &mut Card> = theirs
        .cards
        .iter_mut()
        .map(|c| (c.id.to_string(), c))
        .collect();
    for o_card in &mut ours.cards {
        if let Some(t_card) = theirs_cards.get_mut(o_card.id.as_str()) {
            separate_notes(base_cards.get(o_card.id.as_str()).copied(), o_card, t_card);
        }
    }
}

/// Notes and replies both sides added to one card under one id (earlier versions
/// numbered them, `n-2`) but wrote differently: one of them gets a new id.
fn separate_notes(base: Option<&Card>, ours: &mut Card, theirs: &mut Card) {
    // Each note (without its replies) and reply of a card, by id, in its file form.
    let entries = |c: &Card| -> HashMap<String, String> {
        let mut out = HashMap::new();
        for n in &c.notes {
            let bare = Note {
                replies: Vec::new(),
                ..n.clone()
            };
            out.insert(n.id.to_string(), json(&bare));
            for r in &n.replies {
                out.insert(r.id.to_string(), json(r));
            }
        }
        out
    };
    let in_base = base.map(entries).unwrap_or_default();
    let (o, t) = (entries(ours), entries(theirs));
    let mut twins: Vec<&String> = o
        .iter()
        .filter(|(id, text)| !in_base.contains_key(*id) && t.get(*id).is_some_and(|x| x != *text))
        .map(|(id, _)| id)
        .collect();
    if twins.is_empty() {
        return;
    }
    twins.sort();
    let mut namer = Namer {
        taken: in_base
            .keys()
            .chain(o.keys())
            .chain(t.keys())
            .cloned()
            .collect(),
    };
    for old in twins {
        let fresh = namer.fresh(old);
        let card = if o[old] > t[old] {
            &mut *ours
        } else {
            &mut *theirs
        };
        for n in &mut card.notes {
            if n.id.as_str() == old.as_str() {
                n.id.0 = fresh.clone();
            }
            for r in n
                .replies
                .iter_mut()
                .filter(|r| r.id.as_str() == old.as_str())
            {
                r.id.0 = fresh.clone();
            }
        }
    }
}

/// The file form of a thing.
fn json<T: serde::Serialize>(thing: &T) -> String {
    serde_json::to_string(thing).unwrap_or_default()
}
/// For each differing twin in the list `list` picks from both containers: a new id for
/// the one that sorts later, given by `rename(container, old, new)` (which also updates
/// what refers to it there).
fn separate_list<C, T: PartialEq + serde::Serialize>(
    base: &HashSet<String>,
    (ours, theirs): (&mut C, &mut C),
    list: impl Fn(&C) -> &Vec<T>,
    id: impl Fn(&T) -> &str,
    namer: &mut Namer,
    rename: impl Fn(&mut C, &str, &str),
) {
    let theirs_by_id: std::collections::HashMap<&str, &T> =
        list(theirs).iter().map(|t| (id(t), t)).collect();
    let twins: Vec<String> = list(ours)
        .iter()
        .filter(|o| !base.contains(id(o)))
        .filter(|o| theirs_by_id.get(id(o)).is_some_and(|t| *t != *o))
        .map(|o| id(o).to_owned())
        .collect();
    drop(theirs_by_id);
    for old in twins {
        let find = |c: &C| list(c).iter().position(|t| id(t) == old);
        let (Some(o), Some(t)) = (find(ours), find(theirs)) else {
            continue;
        };
        let fresh = namer.fresh(&old);
        if later(&list(ours)[o], &list(theirs)[t]) {
            rename(ours, &old, &fresh);
        } else {
            rename(theirs, &old, &fresh);
        }
    }
}

/// Whether `ours` is the twin to rename: its file form sorts after theirs.
fn later<T: serde::Serialize>(ours: &T, theirs: &T) -> bool {
    let text = |t: &T| serde_json::to_string(t).unwrap_or_default();
    text(ours) > text(theirs)
}

/// Every id in a project (for picking unused ones).
fn ids(p: &Project) -> impl Iterator<Item = String> + '_ {
    p.personas
        .iter()
        .map(|x| x.id.to_string())
        .chain(p.images.keys().map(ToString::to_string))
        .chain(p.maps.iter().flat_map(|m| {
            std::iter::once(m.id.to_string())
                .chain(m.stages.iter().map(|s| s.id.to_string()))
                .chain(m.lanes.iter().map(|l| l.id.to_string()))
                .chain(m.cards.iter().map(|c| c.id.to_string()))
        }))
}

struct Namer {
    taken: HashSet<String>,
}

impl Namer {
    /// `{id}-2`, `{id}-3`, … whichever is free.
    fn fresh(&mut self, id: &str) -> String {
        let name = (2..)
            .map(|n| format!("{id}-{n}"))
            .find(|n| !self.taken.contains(n))
            .unwrap_or_else(|| format!("{id}-x"));
        self.taken.insert(name.clone());
        name
    }
}
