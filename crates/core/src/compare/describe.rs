//! Changes and conflicts in words, naming things rather than ids:
//! `~ card "Sees a friend's post" → "Sees a colleague's post" (Customer actions · Awareness)`.
//!
//! The text is plain data: callers that print it to a terminal escape control characters
//! (`printable::escape_controls`).

use serde_json::Value;

use super::diff::{Change, ChangeOp, Place};
use super::words::{Names, delta, field_label, parts, quoted, say, score_part, shown};
use crate::i18n::Catalogue;
use crate::model::{Conflict, ConflictKind, Project, Side, Thing};

/// One line saying what changed, in English (as `waymark diff` prints it).
pub fn describe(change: &Change) -> String {
    describe_in(change, Catalogue::compare_english())
}

/// What a kind of thing is called in `w`'s language ("card", "カード", "Karte").
pub fn thing_word(thing: Thing, w: &Catalogue) -> String {
    w.tr(&format!("thing-{}", thing_id(thing)))
}

fn thing_id(thing: Thing) -> &'static str {
    match thing {
        Thing::Project => "project",
        Thing::Persona => "persona",
        Thing::Map => "map",
        Thing::Stage => "stage",
        Thing::Lane => "lane",
        Thing::Card => "card",
        Thing::Link => "link",
        Thing::Image => "image",
        Thing::Channel => "channel",
    }
}

/// One line saying what changed, in the language of `w` (a [`Catalogue::compare`]
/// catalogue: the window passes its own language). A change's `detail` was worded when
/// the diff was made, in the language the diff was asked for.
pub fn describe_in(change: &Change, w: &Catalogue) -> String {
    let what = thing_word(change.thing, w);
    let name = quoted(&change.name, w);
    let place = change.place.as_ref().map(|p| at(p, w)).unwrap_or_default();
    let field = change.field.as_deref().unwrap_or("");
    let before_after = || {
        (
            shown(change.before.as_ref(), w),
            shown(change.after.as_ref(), w),
        )
    };
    let thing = [
        ("what", what.as_str()),
        ("name", name.as_str()),
        ("place", place.as_str()),
    ];
    match change.op {
        ChangeOp::Added => say(w, "change-added", &thing),
        ChangeOp::Removed => say(w, "change-removed", &thing),
        ChangeOp::Moved if field == "cell" => {
            let (Some(from), Some(to)) = (place_of(&change.before), place_of(&change.after)) else {
                return say(w, "change-moved", &[("name", &name)]);
            };
            let within = |from: &str, to: &str, within: &str| {
                say(
                    w,
                    "change-moved-from-to",
                    &[
                        ("name", &name),
                        ("from", from),
                        ("to", to),
                        ("within", within),
                    ],
                )
            };
            if from.stage == to.stage {
                within(&from.lane, &to.lane, &to.stage)
            } else if from.lane == to.lane {
                within(&from.stage, &to.stage, &to.lane)
            } else {
                let cell = |p: &Place| say(w, "cell", &[("lane", &p.lane), ("stage", &p.stage)]);
                say(
                    w,
                    "change-moved-across",
                    &[("name", &name), ("from", &cell(&from)), ("to", &cell(&to))],
                )
            }
        }
        ChangeOp::Moved | ChangeOp::Reordered => {
            let id = if change.op == ChangeOp::Reordered {
                "change-position-in-cell"
            } else {
                "change-position"
            };
            let (b, a) = before_after();
            let mut args = thing.to_vec();
            args.extend([("before", b.as_str()), ("after", a.as_str())]);
            say(w, id, &args)
        }
        ChangeOp::Changed => changed(change, w, &thing, field),
    }
}

/// The line of a changed field (see [`describe_in`]).
fn changed(change: &Change, w: &Catalogue, thing: &[(&str, &str)], field: &str) -> String {
    let (b, a) = (
        shown(change.before.as_ref(), w),
        shown(change.after.as_ref(), w),
    );
    let values = [("before", b.as_str()), ("after", a.as_str())];
    if let Some(detail) = &change.detail {
        return if change.thing == Thing::Project {
            say(w, "change-project-detail", &[("detail", detail)])
        } else {
            say(
                w,
                "change-detail",
                &join(&[thing, &values, &[("detail", detail)]]),
            )
        };
    }
    if change.thing == Thing::Project && field == "language" {
        let name = |v: Option<&Value>| match v.and_then(Value::as_str) {
            Some(tag) => crate::i18n::language_name(tag).to_owned(),
            None => w.tr("language-guessed"),
        };
        let (b, a) = (name(change.before.as_ref()), name(change.after.as_ref()));
        return say(w, "change-language", &[("before", &b), ("after", &a)]);
    }
    if change.thing == Thing::Project {
        let label = field_label(w, field);
        let mut args = values.to_vec();
        args.push(("field", &label));
        return say(w, "change-project-field", &args);
    }
    if matches!(field, "title" | "name") && change.thing != Thing::Image {
        return say(w, "change-renamed", &join(&[thing, &values]));
    }
    if field == "emotion" {
        let number = |v: &Option<Value>| v.as_ref().and_then(Value::as_i64);
        let (nb, na) = (number(&change.before), number(&change.after));
        let delta = delta(nb, na, w);
        let full = |v: Option<i64>| match v {
            Some(v) => format!("{v:+}"),
            None => w.tr("value-none"),
        };
        let (b, a) = (full(nb), full(na));
        let mut args = thing.to_vec();
        args.extend([
            ("before", b.as_str()),
            ("after", a.as_str()),
            ("delta", &delta),
        ]);
        return say(w, "change-emotion", &args);
    }
    let label = field_label(w, field);
    say(
        w,
        "change-field",
        &join(&[thing, &values, &[("field", &label)]]),
    )
}

/// The arguments of several lists as one.
fn join<'a>(lists: &[&[(&'a str, &'a str)]]) -> Vec<(&'a str, &'a str)> {
    lists.iter().flat_map(|l| l.iter().copied()).collect()
}

/// One line saying what a conflict is about and what each side wants, naming a card's
/// lane and stage as `project` names them, in English (as `waymark merge` prints it).
pub fn describe_conflict(conflict: &Conflict, project: &Project) -> String {
    describe_conflict_in(conflict, project, Catalogue::compare_english())
}

/// [`describe_conflict`] in the language of `w` (a [`Catalogue::compare`] catalogue).
pub fn describe_conflict_in(
    conflict: &Conflict,
    project: &Project,
    w: &'static Catalogue,
) -> String {
    let name = if conflict.thing == Thing::Project {
        w.tr("conflict-the-project")
    } else {
        let what = thing_word(conflict.thing, w);
        say(
            w,
            "conflict-thing",
            &[("what", &what), ("name", &quoted(&conflict.name, w))],
        )
    };
    let field = conflict.field.as_deref().unwrap_or("");
    let label = field_label(w, field);
    // With the two people known, each side by their name (`ben's "…", aiko's "…"`).
    let by = conflict
        .ours_by
        .as_deref()
        .zip(conflict.theirs_by.as_deref());
    let sides = |id: &str, ours: &str, theirs: &str| match by {
        Some((ours_by, theirs_by)) => say(
            w,
            &format!("{id}-by"),
            &[
                ("thing", &name),
                ("field", &label),
                ("ours", ours),
                ("theirs", theirs),
                ("ours_by", ours_by),
                ("theirs_by", theirs_by),
            ],
        ),
        None => say(
            w,
            id,
            &[
                ("thing", &name),
                ("field", &label),
                ("ours", ours),
                ("theirs", theirs),
            ],
        ),
    };
    let map = conflict
        .map
        .as_ref()
        .and_then(|id| project.maps.iter().find(|m| &m.id == id));
    match conflict.kind {
        ConflictKind::Field if field == "cell" => {
            let cell = |v: Option<&Value>| {
                let id = |k: &str| {
                    v.and_then(|v| v.get(k))
                        .and_then(Value::as_str)
                        .unwrap_or("")
                };
                let (lane, stage) = (id("lane"), id("stage"));
                let lane = map
                    .and_then(|m| m.lanes.iter().find(|l| l.id.as_str() == lane))
                    .map_or(lane, |l| l.name.as_str());
                let stage = map
                    .and_then(|m| m.stages.iter().find(|s| s.id.as_str() == stage))
                    .map_or(stage, |s| s.name.as_str());
                say(w, "cell", &[("lane", lane), ("stage", stage)])
            };
            let (o, t) = (cell(conflict.ours.as_ref()), cell(conflict.theirs.as_ref()));
            sides("conflict-field", &o, &t)
        }
        ConflictKind::Field => {
            let names = Names::of(&[project], &map.into_iter().collect::<Vec<_>>(), w);
            let (base, ours, theirs) = (
                conflict.base.as_ref(),
                conflict.ours.as_ref(),
                conflict.theirs.as_ref(),
            );
            if field == "emotion" && conflict.thing == Thing::Card {
                let lead = map
                    .and_then(|m| m.personas.first())
                    .map_or(String::new(), ToString::to_string);
                let side = |v| score_part(&lead, base, v, &names).detail;
                return sides("conflict-sides", &side(ours), &side(theirs));
            }
            if let (Some(o), Some(t)) = (
                parts(field, base, ours, &names),
                parts(field, base, theirs, &names),
            ) {
                let join = |p: Vec<super::words::Part>| {
                    if p.is_empty() {
                        w.tr("conflict-nothing")
                    } else {
                        p.into_iter()
                            .map(|p| p.detail)
                            .collect::<Vec<_>>()
                            .join(&w.tr("parts-separator"))
                    }
                };
                return sides("conflict-field", &join(o), &join(t));
            }
            if let (Some(Value::String(o)), Some(Value::String(t))) = (ours, theirs) {
                let (o, t) = super::words::quoted_pair(o, t, w);
                return sides("conflict-field", &o, &t);
            }
            sides("conflict-field", &shown(ours, w), &shown(theirs, w))
        }
        ConflictKind::Deleted if conflict.thing == Thing::Persona && conflict.map.is_some() => {
            let map_name = map.map_or_else(
                || conflict.map.clone().unwrap_or_default().to_string(),
                |m| m.name.clone(),
            );
            say(
                w,
                "conflict-persona-taken-off",
                &[
                    ("thing", &name),
                    ("map", &quoted(&map_name, w)),
                    ("deleter", deleter(conflict)),
                ],
            )
        }
        ConflictKind::Deleted => say(
            w,
            "conflict-deleted",
            &[("thing", &name), ("deleter", deleter(conflict))],
        ),
        ConflictKind::Order => say(w, "conflict-order", &[("thing", &name), ("field", &label)]),
    }
}

/// Which side deleted the thing of a conflict: `ours` or `theirs` (a selector).
fn deleter(conflict: &Conflict) -> &'static str {
    match conflict.deleted_by {
        Some(Side::Ours) => "ours",
        _ => "theirs",
    }
}

/// ` (lane · stage)`.
fn at(place: &Place, w: &Catalogue) -> String {
    say(
        w,
        "place",
        &[("lane", &place.lane), ("stage", &place.stage)],
    )
}

fn place_of(value: &Option<Value>) -> Option<Place> {
    let v = value.as_ref()?;
    Some(Place {
        lane: v.get("lane")?.as_str()?.to_owned(),
        stage: v.get("stage")?.as_str()?.to_owned(),
    })
}
