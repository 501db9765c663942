//! Things two people added separately under the same id.
//!
//! New ids are numbered (`c-42`), so two people who each add a card usually give their
//! cards the same id. Before merging, such twins that differ are told apart: one of them
//! (the one whose file form sorts last, so it does not matter which side is "ours") gets
//! a new id (`c-42-2`), and what refers to it on its side (a card's lane and stage, an
//! arrow's ends, a map's persona, a picture) follows. Both then merge as two additions.

use std::collections::HashSet;

use crate::model::{ImageId, JourneyMap, Project};

/// Renames differing twins in `ours` or `theirs` (see the module docs).
pub(super) fn separate(base: &Project, ours: &mut Project, theirs: &mut Project) {
    let taken: HashSet<String> = ids(base).chain(ids(ours)).chain(ids(theirs)).collect();
    let mut namer = Namer { taken };
    // Project level: personas, pictures, maps.
    let twins = twin_ids(
        base.personas.iter().map(|p| p.id.as_str()),
        &ours.personas,
        &theirs.personas,
        |p| p.id.as_str(),
    );
    for id in twins {
        let (o, t) = (
            find(&ours.personas, |p| p.id.as_str() == id),
            find(&theirs.personas, |p| p.id.as_str() == id),
        );
        let fresh = namer.fresh(&id);
        let (doc, at) = if later(&ours.personas[o], &theirs.personas[t]) {
            (&mut *ours, o)
        } else {
            (&mut *theirs, t)
        };
        doc.personas[at].id.0.clone_from(&fresh);
        for m in &mut doc.maps {
            if m.persona.as_ref().is_some_and(|p| p.as_str() == id) {
                m.persona = Some(fresh.as_str().into());
            }
        }
    }
    let image_twins: Vec<String> = ours
        .images
        .iter()
        .filter(|(id, image)| {
            !base.images.contains_key(*id) && theirs.images.get(*id).is_some_and(|t| t != *image)
        })
        .map(|(id, _)| id.to_string())
        .collect();
    for id in image_twins {
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
    let twins = twin_ids(
        base.maps.iter().map(|m| m.id.as_str()),
        &ours.maps,
        &theirs.maps,
        |m| m.id.as_str(),
    );
    for id in twins {
        let (o, t) = (
            find(&ours.maps, |m| m.id.as_str() == id),
            find(&theirs.maps, |m| m.id.as_str() == id),
        );
        let fresh = namer.fresh(&id);
        let (doc, at) = if later(&ours.maps[o], &theirs.maps[t]) {
            (&mut *ours, o)
        } else {
            (&mut *theirs, t)
        };
        doc.maps[at].id.0 = fresh;
    }
    // Inside each map both sides have.
    for t_map in &mut theirs.maps {
        let Some(o_map) = ours.maps.iter_mut().find(|m| m.id == t_map.id) else {
            continue;
        };
        let b_map = base.maps.iter().find(|m| m.id == t_map.id);
        in_map(b_map, o_map, t_map, &mut namer);
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
    for id in twin_ids(
        base.stages.iter().map(|s| s.id.as_str()),
        &ours.stages,
        &theirs.stages,
        |s| s.id.as_str(),
    ) {
        let (o, t) = (
            find(&ours.stages, |s| s.id.as_str() == id),
            find(&theirs.stages, |s| s.id.as_str() == id),
        );
        let fresh = namer.fresh(&id);
        let map = if later(&ours.stages[o], &theirs.stages[t]) {
            &mut *ours
        } else {
            &mut *theirs
        };
        let at = find(&map.stages, |s| s.id.as_str() == id);
        map.stages[at].id.0.clone_from(&fresh);
        for c in map.cards.iter_mut().filter(|c| c.stage.as_str() == id) {
            c.stage.0.clone_from(&fresh);
        }
    }
    for id in twin_ids(
        base.lanes.iter().map(|l| l.id.as_str()),
        &ours.lanes,
        &theirs.lanes,
        |l| l.id.as_str(),
    ) {
        let (o, t) = (
            find(&ours.lanes, |l| l.id.as_str() == id),
            find(&theirs.lanes, |l| l.id.as_str() == id),
        );
        let fresh = namer.fresh(&id);
        let map = if later(&ours.lanes[o], &theirs.lanes[t]) {
            &mut *ours
        } else {
            &mut *theirs
        };
        let at = find(&map.lanes, |l| l.id.as_str() == id);
        map.lanes[at].id.0.clone_from(&fresh);
        for c in map.cards.iter_mut().filter(|c| c.lane.as_str() == id) {
            c.lane.0.clone_from(&fresh);
        }
    }
    for id in twin_ids(
        base.cards.iter().map(|c| c.id.as_str()),
        &ours.cards,
        &theirs.cards,
        |c| c.id.as_str(),
    ) {
        let (o, t) = (
            find(&ours.cards, |c| c.id.as_str() == id),
            find(&theirs.cards, |c| c.id.as_str() == id),
        );
        let fresh = namer.fresh(&id);
        let map = if later(&ours.cards[o], &theirs.cards[t]) {
            &mut *ours
        } else {
            &mut *theirs
        };
        let at = find(&map.cards, |c| c.id.as_str() == id);
        map.cards[at].id.0.clone_from(&fresh);
        for l in &mut map.links {
            for end in [&mut l.from, &mut l.to] {
                if end.as_str() == id {
                    end.0.clone_from(&fresh);
                }
            }
        }
    }
}

/// Ids both sides have, the base does not, with different things behind them.
fn twin_ids<'a, T: PartialEq>(
    base: impl Iterator<Item = &'a str>,
    ours: &[T],
    theirs: &[T],
    id: impl Fn(&T) -> &str,
) -> Vec<String> {
    let base: HashSet<&str> = base.collect();
    ours.iter()
        .filter(|o| !base.contains(id(o)))
        .filter(|o| theirs.iter().any(|t| id(t) == id(o) && t != *o))
        .map(|o| id(o).to_owned())
        .collect()
}

fn find<T>(items: &[T], pred: impl Fn(&T) -> bool) -> usize {
    items.iter().position(pred).unwrap_or(0)
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
