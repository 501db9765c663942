//! Settling one recorded merge conflict by picking a side.
//!
//! Picking *ours* keeps the document as it is (it already holds our side) and drops the
//! record; picking *theirs* writes their value, order or deletion. For a deleted-on-one-
//! side conflict, picking the side that deleted the thing deletes it (a stage or lane with
//! its cards, a card with its arrows). The result is a whole new project, which the editor
//! applies as one undoable step.

use serde_json::Value;

use super::scores::{personas_of, set_personas};
use super::value::text;
use crate::model::{ConflictKind, Project, Side, Thing};

/// Why a conflict could not be resolved that way. The project is left unchanged.
#[derive(Debug, thiserror::Error)]
pub enum ResolveError {
    /// No conflict has that id (it was resolved meanwhile).
    #[error("there is no conflict {0} any more")]
    Unknown(String),
    /// The thing the conflict is about, or the place it would go, is gone.
    #[error("{0} no longer exists")]
    Missing(String),
    /// The change is not allowed (deleting the last map).
    #[error("{0}")]
    Refused(String),
    /// The side's value does not fit the document any more.
    #[error("picking that side would make the project invalid: {0}")]
    Invalid(String),
    /// The project could not be handled as JSON (a bug).
    #[error(transparent)]
    Json(#[from] serde_json::Error),
}

/// Resolves conflict `id` of `project` with the side `pick`; returns the new project.
pub fn resolve(project: &Project, id: &str, pick: Side) -> Result<Project, ResolveError> {
    let mut doc = project.clone();
    let Some(section) = doc.conflicts.as_mut() else {
        return Err(ResolveError::Unknown(id.to_owned()));
    };
    let Some(at) = section.items.iter().position(|c| c.id == id) else {
        return Err(ResolveError::Unknown(id.to_owned()));
    };
    let conflict = section.items.remove(at);
    let mut root = serde_json::to_value(&doc)?;
    let missing =
        || ResolveError::Missing(format!("{} {:?}", conflict.thing.word(), conflict.name));
    let map_id = conflict.map.as_ref().map(|m| m.as_str().to_owned());
    match (conflict.kind, pick) {
        (ConflictKind::Field, Side::Theirs) => {
            let field = conflict.field.as_deref().unwrap_or("");
            let thing = find(
                &mut root,
                conflict.thing,
                map_id.as_deref(),
                &conflict.target,
            )
            .ok_or_else(missing)?;
            let Some(obj) = thing.as_object_mut() else {
                return Err(missing());
            };
            if conflict.thing == Thing::Map && field == "personas" {
                // The scores move with their personas, as when the editor changes them.
                set_personas(obj, strings(conflict.theirs.as_ref()));
            } else if field == "cell" {
                let cell = conflict.theirs.clone().unwrap_or(Value::Null);
                for key in ["lane", "stage"] {
                    obj.insert(key.into(), cell.get(key).cloned().unwrap_or(Value::Null));
                }
            } else {
                match conflict.theirs.clone() {
                    Some(v) => obj.insert(field.to_owned(), v),
                    None => obj.remove(field),
                };
            }
        }
        (ConflictKind::Order, Side::Theirs) => {
            let field = conflict.field.as_deref().unwrap_or("");
            let list = match conflict.thing {
                Thing::Project => root.get_mut(field),
                _ => find(&mut root, Thing::Map, None, map_id.as_deref().unwrap_or(""))
                    .and_then(|m| m.get_mut(field)),
            };
            let Some(Value::Array(items)) = list else {
                return Err(missing());
            };
            reorder(items, &strings(conflict.theirs.as_ref()));
        }
        (ConflictKind::Deleted, pick) if Some(pick) == conflict.deleted_by => {
            delete(
                &mut root,
                conflict.thing,
                map_id.as_deref(),
                &conflict.target,
            )?;
        }
        _ => {}
    }
    let mut resolved: Project = serde_json::from_value(root)?;
    drop_stale(&mut resolved);
    if let Some(problem) = crate::io::validate(&resolved).first() {
        return Err(ResolveError::Invalid(problem.to_string()));
    }
    Ok(resolved)
}

/// The key a list item is found by: its id, or `from→to` for an arrow.
fn key(v: &Value) -> String {
    match v.get("id").and_then(Value::as_str) {
        Some(id) => id.to_owned(),
        None => format!(
            "{}→{}",
            v.get("from").and_then(Value::as_str).unwrap_or(""),
            v.get("to").and_then(Value::as_str).unwrap_or("")
        ),
    }
}

/// The JSON of the thing a conflict is about.
fn find<'a>(
    root: &'a mut Value,
    thing: Thing,
    map: Option<&str>,
    id: &str,
) -> Option<&'a mut Value> {
    let in_list = |list: Option<&'a mut Value>, id: &str| {
        list?.as_array_mut()?.iter_mut().find(|v| key(v) == id)
    };
    match thing {
        Thing::Project => Some(root),
        Thing::Persona => in_list(root.get_mut("personas"), id),
        Thing::Channel => in_list(root.get_mut("channels"), id),
        Thing::Map => in_list(root.get_mut("maps"), id),
        Thing::Image => root.get_mut("images")?.get_mut(id),
        Thing::Link => {
            let map = in_list(root.get_mut("maps"), map?)?;
            let links = map.get_mut("links")?.as_array_mut()?;
            let at = link_index(links, id)?;
            links.get_mut(at)
        }
        Thing::Stage | Thing::Lane | Thing::Card => {
            let map = in_list(root.get_mut("maps"), map?)?;
            in_list(map.get_mut(list_of(thing)), id)
        }
    }
}

/// The index of the arrow `key` names: `from→to`, or `from→to #2` for the second arrow
/// with those ends.
fn link_index(links: &[Value], key_text: &str) -> Option<usize> {
    let (ends, n) = super::pairs::split_key(key_text);
    links
        .iter()
        .enumerate()
        .filter(|(_, v)| key(v) == ends)
        .nth(n)
        .map(|(i, _)| i)
        .or_else(|| links.iter().position(|v| key(v) == key_text))
}

fn list_of(thing: Thing) -> &'static str {
    match thing {
        Thing::Stage => "stages",
        Thing::Lane => "lanes",
        Thing::Link => "links",
        _ => "cards",
    }
}

/// Puts the items named in `order` into that order, in the places they held.
fn reorder(items: &mut [Value], order: &[String]) {
    let slots: Vec<usize> = (0..items.len())
        .filter(|&i| order.contains(&key(&items[i])))
        .collect();
    let mut named: Vec<Value> = slots.iter().map(|&i| items[i].clone()).collect();
    named.sort_by_key(|v| order.iter().position(|k| *k == key(v)));
    for (slot, value) in slots.into_iter().zip(named) {
        items[slot] = value;
    }
}

/// Deletes a thing the way the editor does: a stage or lane with its cards, a card with
/// its arrows, a persona from the maps that name it.
fn delete(root: &mut Value, thing: Thing, map: Option<&str>, id: &str) -> Result<(), ResolveError> {
    let retain = |list: Option<&mut Value>, keep: &dyn Fn(&Value) -> bool| {
        if let Some(Value::Array(items)) = list {
            items.retain(|v| keep(v));
        }
    };
    match thing {
        Thing::Project => {}
        Thing::Map => {
            let count = root
                .get("maps")
                .and_then(Value::as_array)
                .map_or(0, Vec::len);
            if count <= 1 {
                return Err(ResolveError::Refused(
                    "a project keeps at least one map".to_owned(),
                ));
            }
            retain(root.get_mut("maps"), &|v| key(v) != id);
        }
        Thing::Persona => {
            // With a map: the persona was taken off that map; without: deleted.
            if map.is_none() {
                retain(root.get_mut("personas"), &|v| key(v) != id);
            }
            for m in root
                .get_mut("maps")
                .and_then(Value::as_array_mut)
                .into_iter()
                .flatten()
            {
                let Some(obj) = m.as_object_mut() else {
                    continue;
                };
                if map.is_some_and(|map| text(obj, "id") != map) {
                    continue;
                }
                if obj.get("persona").and_then(Value::as_str) == Some(id) {
                    obj.remove("persona");
                }
                let mut list = personas_of(obj);
                list.retain(|p| p != id);
                set_personas(obj, list);
            }
        }
        Thing::Channel => {
            // Deleted: off the project's list and off every card that named it.
            retain(root.get_mut("channels"), &|v| key(v) != id);
            for m in root
                .get_mut("maps")
                .and_then(Value::as_array_mut)
                .into_iter()
                .flatten()
            {
                for card in m
                    .get_mut("cards")
                    .and_then(Value::as_array_mut)
                    .into_iter()
                    .flatten()
                    .filter_map(Value::as_object_mut)
                {
                    if card.get("channel").and_then(Value::as_str) == Some(id) {
                        card.remove("channel");
                    }
                }
            }
        }
        Thing::Image => {
            let is = |v: Option<&Value>| v.and_then(Value::as_str) == Some(id);
            let list = |v: &Value, k: &str| {
                v.get(k)
                    .and_then(Value::as_array)
                    .cloned()
                    .unwrap_or_default()
            };
            let used = list(root, "personas").iter().any(|p| is(p.get("photo")))
                || list(root, "maps")
                    .iter()
                    .any(|m| list(m, "cards").iter().any(|c| is(c.get("image"))));
            if used {
                return Err(ResolveError::Refused(
                    "the picture is still used by a card or a persona".to_owned(),
                ));
            }
            if let Some(images) = root.get_mut("images").and_then(Value::as_object_mut) {
                images.remove(id);
            }
        }
        Thing::Stage | Thing::Lane | Thing::Card | Thing::Link => {
            let Some(m) = find(root, Thing::Map, None, map.unwrap_or("")) else {
                return Err(ResolveError::Missing("the map".to_owned()));
            };
            let doomed: Vec<String> = match thing {
                Thing::Card => vec![id.to_owned()],
                Thing::Link => Vec::new(),
                _ => m
                    .get("cards")
                    .and_then(Value::as_array)
                    .into_iter()
                    .flatten()
                    .filter(|c| {
                        text(
                            c.as_object().unwrap_or(&Default::default()),
                            list_key(thing),
                        ) == id
                    })
                    .map(key)
                    .collect(),
            };
            if thing == Thing::Link {
                if let Some(Value::Array(links)) = m.get_mut("links")
                    && let Some(at) = link_index(links, id)
                {
                    links.remove(at);
                }
            } else if thing != Thing::Card {
                retain(m.get_mut(list_of(thing)), &|v| key(v) != id);
            }
            retain(m.get_mut("cards"), &|v| !doomed.contains(&key(v)));
            retain(m.get_mut("links"), &|v| {
                let end = |k: &str| v.get(k).and_then(Value::as_str).unwrap_or("").to_owned();
                !doomed.contains(&end("from")) && !doomed.contains(&end("to"))
            });
        }
    }
    Ok(())
}

/// The card field naming a stage or a lane.
fn list_key(thing: Thing) -> &'static str {
    if thing == Thing::Stage {
        "stage"
    } else {
        "lane"
    }
}

/// Drops recorded conflicts about things that no longer exist.
fn drop_stale(project: &mut Project) {
    let Some(section) = project.conflicts.as_ref() else {
        return;
    };
    let mut root = serde_json::to_value(&*project).unwrap_or(Value::Null);
    let items: Vec<_> = section
        .items
        .iter()
        .filter(|c| {
            c.kind == ConflictKind::Order
                || find(
                    &mut root,
                    c.thing,
                    c.map.as_ref().map(|m| m.as_str()),
                    &c.target,
                )
                .is_some()
        })
        .cloned()
        .collect();
    if let Some(section) = project.conflicts.as_mut() {
        section.items = items;
    }
    if project
        .conflicts
        .as_ref()
        .is_some_and(|c| c.items.is_empty())
    {
        project.conflicts = None;
    }
}

/// The strings of a JSON list (a list of ids); nothing for anything else.
fn strings(value: Option<&Value>) -> Vec<String> {
    value
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(|v| v.as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default()
}
