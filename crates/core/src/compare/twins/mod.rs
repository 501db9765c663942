//! Things two people added separately under the same id.
//!
//! New ids are numbered (`c-42`), so two people who each add a card usually give their
//! cards the same id. Before merging, such twins that differ are told apart: one of them
//! (the one whose file form sorts last, so it does not matter which side is "ours") gets
//! a new id (`c-42-2`), and what refers to it on its side (a card's lane and stage, an
//! arrow's ends, a map's persona, a picture) follows. Both then merge as two additions.

use std::collections::{HashMap, HashSet};

use crate::model::{Card, ImageId, JourneyMap, Note, Project};

/// Copies of `ours` and `theirs` with their differing twins told apart, or `None` when
/// they have none (the usual case, as new ids are random): nothing is then copied.
pub(super) fn separated(
    base: &Project,
    ours: &Project,
    theirs: &Project,
) -> Option<(Project, Project)> {
    if !any_twins(base, ours, theirs) {
        return None;
    }
    let (mut ours, mut theirs) = (ours.clone(), theirs.clone());
    separate(base, &mut ours, &mut theirs);
    Some((ours, theirs))
}

/// Whether [`separate`] would rename anything. It looks at the lists it looks at, in
/// the same pairs: with no twin in any of them it renames nothing, so no rename can make
/// a twin further down (a renamed stage changing its cards, say).
fn any_twins(base: &Project, ours: &Project, theirs: &Project) -> bool {
    has_twin(&base.personas, &ours.personas, &theirs.personas, |p| {
        p.id.as_str()
    }) || ours.images.iter().any(|(id, image)| {
        !base.images.contains_key(id) && theirs.images.get(id).is_some_and(|t| t != image)
    }) || has_twin(&base.maps, &ours.maps, &theirs.maps, |m| m.id.as_str())
        || theirs.maps.iter().any(|t_map| {
            ours.maps
                .iter()
                .find(|m| m.id == t_map.id)
                .is_some_and(|o_map| {
                    let b_map = base.maps.iter().find(|m| m.id == t_map.id);
                    any_twins_in_map(b_map, o_map, t_map)
                })
        })
}

/// [`any_twins`] inside one map both sides have (the lists [`in_map`] looks at).
fn any_twins_in_map(base: Option<&JourneyMap>, ours: &JourneyMap, theirs: &JourneyMap) -> bool {
    let empty = JourneyMap::default();
    let base = base.unwrap_or(&empty);
    let in_metrics = || {
        theirs.lanes.iter().any(|t_lane| {
            ours.lanes
                .iter()
                .find(|l| l.id == t_lane.id)
                .is_some_and(|o_lane| {
                    let b_lane = base.lanes.iter().find(|l| l.id == t_lane.id);
                    let b_metrics = b_lane.map_or(&[][..], |l| &l.metrics);
                    has_twin(b_metrics, &o_lane.metrics, &t_lane.metrics, |m| {
                        m.id.as_str()
                    })
                })
        })
    };
    let in_notes = || {
        let base_cards: HashMap<&str, &Card> =
            base.cards.iter().map(|c| (c.id.as_str(), c)).collect();
        let theirs_cards: HashMap<&str, &Card> =
            theirs.cards.iter().map(|c| (c.id.as_str(), c)).collect();
        ours.cards.iter().any(|o_card| {
            theirs_cards.get(o_card.id.as_str()).is_some_and(|t_card| {
                let b_card = base_cards.get(o_card.id.as_str()).copied();
                note_twins(b_card, o_card, t_card).is_some()
            })
        })
    };
    has_twin(&base.stages, &ours.stages, &theirs.stages, |s| {
        s.id.as_str()
    }) || has_twin(&base.lanes, &ours.lanes, &theirs.lanes, |l| l.id.as_str())
        || has_twin(&base.cards, &ours.cards, &theirs.cards, |c| c.id.as_str())
        || in_metrics()
        || in_notes()
}

/// Whether the list in `ours` has a twin in `theirs` ([`twin_ids`], `base` being the
/// list before either side).
fn has_twin<T: PartialEq>(base: &[T], ours: &[T], theirs: &[T], id: impl Fn(&T) -> &str) -> bool {
    let in_base: HashSet<&str> = base.iter().map(&id).collect();
    !twin_ids(&in_base, ours, theirs, id).is_empty()
}

/// Renames differing twins in `ours` or `theirs` (see the module docs).
fn separate(base: &Project, ours: &mut Project, theirs: &mut Project) {
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
    let Some(NoteTwins {
        ids,
        base,
        ours: o,
        theirs: t,
    }) = note_twins(base, ours, theirs)
    else {
        return;
    };
    let mut namer = Namer {
        taken: base
            .into_keys()
            .chain(o.keys().cloned())
            .chain(t.keys().cloned())
            .collect(),
    };
    for old in &ids {
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

/// The notes and replies both sides added to one card but wrote differently, with each
/// version's notes by id in their file form ([`note_entries`]).
struct NoteTwins {
    /// Their ids, sorted.
    ids: Vec<String>,
    base: HashMap<String, String>,
    ours: HashMap<String, String>,
    theirs: HashMap<String, String>,
}

/// The card's note twins; `None` when there are none, and at once when both sides have
/// the same notes (the usual case: nothing is written out).
fn note_twins(base: Option<&Card>, ours: &Card, theirs: &Card) -> Option<NoteTwins> {
    if ours.notes == theirs.notes {
        return None;
    }
    let base = base.map(note_entries).unwrap_or_default();
    let (ours, theirs) = (note_entries(ours), note_entries(theirs));
    let mut ids: Vec<String> = ours
        .iter()
        .filter(|(id, text)| !base.contains_key(*id) && theirs.get(*id).is_some_and(|x| x != *text))
        .map(|(id, _)| id.clone())
        .collect();
    if ids.is_empty() {
        return None;
    }
    ids.sort();
    Some(NoteTwins {
        ids,
        base,
        ours,
        theirs,
    })
}

/// Each note (without its replies) and reply of a card, by id, in its file form.
fn note_entries(c: &Card) -> HashMap<String, String> {
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
    let twins = twin_ids(base, list(ours), list(theirs), &id);
    let twins: Vec<String> = twins.into_iter().map(str::to_owned).collect();
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

/// The ids of `ours` items not in `base` whose item in `theirs` differs, in `ours`' order.
fn twin_ids<'a, T: PartialEq>(
    base: &HashSet<impl std::borrow::Borrow<str> + Eq + std::hash::Hash>,
    ours: &'a [T],
    theirs: &[T],
    id: impl Fn(&T) -> &str,
) -> Vec<&'a str> {
    // Cheap first: most lists have nothing added on our side.
    if ours.iter().all(|o| base.contains(id(o))) {
        return Vec::new();
    }
    let theirs_by_id: HashMap<&str, &T> = theirs.iter().map(|t| (id(t), t)).collect();
    ours.iter()
        .filter(|o| !base.contains(id(o)))
        .filter(|o| theirs_by_id.get(id(o)).is_some_and(|t| *t != *o))
        .map(&id)
        .collect()
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

#[cfg(test)]
mod tests;
