//! Properties of the three-way merge over random edits by two people of the sample with
//! two personas and a metrics lane: cards, lanes and stages, personas (added, deleted,
//! taken off, a new lead), scores, review notes and replies, arrows, a metric's unit and
//! direction, lanes turned into blueprint lines, cards opening another map, and the
//! project's own channels (added, renamed, given another icon, deleted, put on cards) and
//! cards' icons. Every
//! merge validates, clean merges do not depend on the side, every conflict resolves
//! either way, and every edit one person made to something the other did not touch
//! survives the merge.

use proptest::prelude::*;
use waymark_core::compare::{self, Change, ChangeOp};
use waymark_core::edit::ids::new_note_id;
use waymark_core::edit::ops::MapInfo;
use waymark_core::edit::{Action, Editor};
use waymark_core::model::{Better, Header, HeaderId, Lane, LaneKind, Metric, MetricUnit};
use waymark_core::model::{Channel, ChannelRef, CustomChannel};
use waymark_core::model::{Link, MapId, Note, Project, Reply, Side, Thing};
use waymark_core::{assets, io};

fn current() -> MapId {
    "m-current".into()
}

/// The sample with a second persona (Tom) on the current map, scored on every emotion
/// card, and a note on the first card.
fn base() -> Project {
    let mut ed = Editor::new(
        io::load_bytes(assets::SAMPLE.as_bytes()).expect("sample"),
        None,
    );
    let _ = ed.perform(&current(), Action::AddPersona, None);
    let mut p = ed.project().clone();
    p.personas[1].name = "Tom".into();
    let tom = p.personas[1].id.clone();
    for c in &mut p.maps[0].cards {
        if let Some(e) = c.emotion {
            c.scores.insert(tom.clone(), -e);
        }
    }
    p.maps[0].cards[0].notes.push(Note {
        id: "n-1".into(),
        author: "Ana".into(),
        text: "Which study is this from?".into(),
        ..Note::default()
    });
    // A metrics lane, so that a metric's unit and direction are edited too.
    let stages: Vec<_> = p.maps[0].stages.iter().map(|s| s.id.clone()).collect();
    p.maps[0].lanes.push(Lane {
        id: "l-kpi".into(),
        name: "Metrics".into(),
        kind: LaneKind::Metrics,
        metrics: vec![Metric {
            id: "k-wait".into(),
            name: "Waiting time".into(),
            unit: MetricUnit::Minutes,
            values: stages.iter().map(|s| (s.clone(), 40.0)).collect(),
            targets: stages.iter().take(2).map(|s| (s.clone(), 30.0)).collect(),
            ..Metric::default()
        }],
        ..Lane::default()
    });
    p.channels.push(CustomChannel {
        id: "ch-kiosk".into(),
        name: "Kiosk".into(),
        icon: "monitor-smartphone".into(),
        ..CustomChannel::default()
    });
    p.maps[0].cards[1].channel = Some(ChannelRef::Custom("ch-kiosk".into()));
    assert!(io::validate(&p).is_empty());
    p
}

/// One random edit by one person; numbers pick cards, personas… modulo their count.
#[derive(Clone, Debug)]
enum Edit {
    Move(usize, usize, usize),
    Add(usize, usize),
    Delete(usize),
    Retitle(usize, &'static str),
    Score(usize, usize, i8),
    DeleteLane(usize),
    AddPersona,
    DeletePersona(usize),
    TakeOff(usize),
    Lead(usize),
    Note(usize, &'static str),
    Reply(usize, &'static str),
    Resolve(usize),
    Link(usize, usize),
    Relabel(usize, &'static str),
    Unlink(usize),
    Better(bool),
    Unit(usize),
    LineLane(usize),
    Opens(usize, bool),
    AddChannel(&'static str),
    ChannelName(usize, &'static str),
    ChannelIcon(usize, usize),
    DeleteChannel(usize),
    CardChannel(usize, usize),
    CardIcon(usize, usize),
}

fn arb_edit() -> impl Strategy<Value = Edit> {
    let n = 0usize..64;
    let words = prop::sample::select(vec!["One", "Two", "Three"]);
    prop_oneof![
        (n.clone(), n.clone(), n.clone()).prop_map(|(c, l, s)| Edit::Move(c, l, s)),
        (n.clone(), n.clone()).prop_map(|(l, s)| Edit::Add(l, s)),
        n.clone().prop_map(Edit::Delete),
        (n.clone(), words.clone()).prop_map(|(c, t)| Edit::Retitle(c, t)),
        (n.clone(), n.clone(), -2i8..=2).prop_map(|(c, p, s)| Edit::Score(c, p, s)),
        n.clone().prop_map(Edit::DeleteLane),
        Just(Edit::AddPersona),
        n.clone().prop_map(Edit::DeletePersona),
        n.clone().prop_map(Edit::TakeOff),
        n.clone().prop_map(Edit::Lead),
        (n.clone(), words.clone()).prop_map(|(c, t)| Edit::Note(c, t)),
        (n.clone(), words.clone()).prop_map(|(c, t)| Edit::Reply(c, t)),
        n.clone().prop_map(Edit::Resolve),
        (n.clone(), n.clone()).prop_map(|(a, b)| Edit::Link(a, b)),
        (n.clone(), words.clone()).prop_map(|(l, t)| Edit::Relabel(l, t)),
        n.clone().prop_map(Edit::Unlink),
        any::<bool>().prop_map(Edit::Better),
        n.clone().prop_map(Edit::Unit),
        n.clone().prop_map(Edit::LineLane),
        (n.clone(), any::<bool>()).prop_map(|(c, on)| Edit::Opens(c, on)),
        words.clone().prop_map(Edit::AddChannel),
        (n.clone(), words.clone()).prop_map(|(c, t)| Edit::ChannelName(c, t)),
        (n.clone(), n.clone()).prop_map(|(c, i)| Edit::ChannelIcon(c, i)),
        n.clone().prop_map(Edit::DeleteChannel),
        (n.clone(), n.clone()).prop_map(|(c, ch)| Edit::CardChannel(c, ch)),
        (n.clone(), n).prop_map(|(c, i)| Edit::CardIcon(c, i)),
    ]
}

fn pick<T: Clone>(items: &[T], n: usize) -> Option<T> {
    (!items.is_empty()).then(|| items[n % items.len()].clone())
}

/// The action an edit stands for in the document as it is now.
fn action(p: &Project, edit: &Edit) -> Option<Action> {
    let map = &p.maps[0];
    let card = |n| pick(&map.cards, n);
    let info = |personas| {
        let mut info = MapInfo::of(map);
        info.personas = personas;
        Action::UpdateMapInfo(info)
    };
    Some(match edit {
        Edit::Move(c, l, s) => Action::MoveCards {
            cards: vec![card(*c)?.id],
            lane: pick(&map.lanes, *l)?.id,
            stage: pick(&map.stages, *s)?.id,
            before: None,
        },
        Edit::Add(l, s) => Action::AddCard {
            lane: pick(&map.lanes, *l)?.id,
            stage: pick(&map.stages, *s)?.id,
            title: "Added".into(),
            image: None,
        },
        Edit::Delete(c) => Action::DeleteCards(vec![card(*c)?.id]),
        Edit::Retitle(c, t) => {
            let mut c = card(*c)?;
            c.title = (*t).into();
            Action::UpdateCard(c)
        }
        Edit::Score(c, persona, s) => {
            let mut c = card(*c)?;
            let k = persona % (map.personas.len() + 1);
            match k.checked_sub(1).and_then(|i| map.personas.get(i + 1)) {
                Some(id) => {
                    c.scores.insert(id.clone(), *s);
                }
                None => c.emotion = Some(*s),
            }
            Action::UpdateCard(c)
        }
        Edit::DeleteLane(l) => Action::DeleteHeader(HeaderId::Lane(pick(&map.lanes, *l)?.id)),
        Edit::AddPersona => Action::AddPersona,
        Edit::DeletePersona(n) => Action::DeletePersona(pick(&p.personas, *n)?.id),
        Edit::TakeOff(n) => {
            let off = pick(&map.personas, *n)?;
            info(
                map.personas
                    .iter()
                    .filter(|p| **p != off)
                    .cloned()
                    .collect(),
            )
        }
        Edit::Lead(n) => {
            let lead = pick(&map.personas, *n)?;
            let mut list = vec![lead.clone()];
            list.extend(map.personas.iter().filter(|p| **p != lead).cloned());
            info(list)
        }
        Edit::Note(c, t) => {
            let mut c = card(*c)?;
            c.notes.push(Note {
                id: new_note_id(&c),
                author: "Ben".into(),
                text: (*t).into(),
                ..Note::default()
            });
            Action::UpdateCard(c)
        }
        Edit::Reply(c, t) => {
            let mut c = card(*c)?;
            let id = new_note_id(&c);
            c.notes.first_mut()?.replies.push(Reply {
                id,
                author: "Cai".into(),
                text: (*t).into(),
                ..Reply::default()
            });
            Action::UpdateCard(c)
        }
        Edit::Resolve(c) => {
            let mut c = card(*c)?;
            let note = c.notes.first_mut()?;
            note.resolved = !note.resolved;
            Action::UpdateCard(c)
        }
        Edit::Link(a, b) => Action::AddLink {
            from: card(*a)?.id,
            to: card(*b)?.id,
        },
        Edit::Relabel(l, t) => {
            let link = pick(&map.links, *l)?;
            Action::UpdateLink(Link {
                label: (*t).into(),
                ..link
            })
        }
        Edit::Better(lower) => {
            let mut lane = map.lanes.iter().find(|l| !l.metrics.is_empty())?.clone();
            lane.metrics[0].better = if *lower {
                Better::Lower
            } else {
                Better::Higher
            };
            Action::UpdateHeader(Header::Lane(lane))
        }
        Edit::Unit(u) => {
            let mut lane = map.lanes.iter().find(|l| !l.metrics.is_empty())?.clone();
            let unit = pick(&MetricUnit::ALL, *u)?;
            lane.metrics[0].unit = unit;
            lane.metrics[0].custom_unit = if unit == MetricUnit::Custom {
                format!("unit {u}")
            } else {
                String::new()
            };
            Action::UpdateHeader(Header::Lane(lane))
        }
        Edit::LineLane(l) => {
            // Refused (and so no edit) when the lane holds cards.
            let mut lane = pick(&map.lanes, *l)?;
            lane.kind = LaneKind::Line;
            lane.metrics.clear();
            Action::UpdateHeader(Header::Lane(lane))
        }
        Edit::Opens(c, on) => {
            let mut c = card(*c)?;
            c.opens = on.then(|| p.maps.last().map(|m| m.id.clone())).flatten();
            Action::UpdateCard(c)
        }
        Edit::AddChannel(name) => Action::AddChannel {
            name: (*name).into(),
            icon: "hospital".into(),
        },
        Edit::ChannelName(c, t) => {
            let mut ch = pick(&p.channels, *c)?;
            ch.name = (*t).into();
            Action::UpdateChannel(ch)
        }
        Edit::ChannelIcon(c, i) => {
            let mut ch = pick(&p.channels, *c)?;
            ch.icon = pick(&["bell", "concierge-bell", "smartphone", ""], *i)?.into();
            Action::UpdateChannel(ch)
        }
        Edit::DeleteChannel(c) => Action::DeleteChannel(pick(&p.channels, *c)?.id),
        Edit::CardChannel(c, ch) => {
            // The built-in ones, then the project's, then none.
            let mut choices: Vec<Option<ChannelRef>> =
                Channel::ALL.iter().map(|b| Some((*b).into())).collect();
            choices.extend(
                p.channels
                    .iter()
                    .map(|x| Some(ChannelRef::Custom(x.id.clone()))),
            );
            choices.push(None);
            let mut c = card(*c)?;
            c.channel = pick(&choices, *ch)?;
            Action::UpdateCard(c)
        }
        Edit::CardIcon(c, i) => {
            let mut c = card(*c)?;
            c.icon = pick(&["hourglass", "stethoscope", ""], *i)?.into();
            Action::UpdateCard(c)
        }
        Edit::Unlink(l) => {
            let link = pick(&map.links, *l)?;
            Action::DeleteLink {
                from: link.from,
                to: link.to,
            }
        }
    })
}

fn apply(base: &Project, edits: &[Edit]) -> Project {
    let mut ed = Editor::new(base.clone(), None);
    for edit in edits {
        if let Some(a) = action(ed.project(), edit) {
            let _ = ed.perform(&current(), a, None);
        }
    }
    ed.project().clone()
}

/// What a change is about: the kind of thing and its id.
fn about(c: &Change) -> (Thing, String) {
    (c.thing, c.id.clone())
}

/// Checks that every edit in `mine` (base → mine) to a thing `theirs` did not touch is
/// in `merged`.
fn survives(
    base: &Project,
    mine: &Project,
    theirs: &Project,
    merged: &Project,
) -> Result<(), TestCaseError> {
    let ours = compare::diff_projects(base, mine);
    let other = compare::diff_projects(base, theirs);
    let got = compare::diff_projects(base, merged);
    let touched: std::collections::HashSet<(Thing, String)> = other.iter().map(about).collect();
    let conflicts: Vec<_> = merged.conflicts.iter().flat_map(|c| &c.items).collect();
    for c in &ours {
        if touched.contains(&about(c)) {
            continue;
        }
        // A persona taken off a map that the other side still scored comes back with a
        // conflict, by design, and with it its scores (until someone picks a side).
        let put_back = (c.thing == Thing::Map && c.field.as_deref() == Some("personas")
            || c.thing == Thing::Card && matches!(c.field.as_deref(), Some("scores" | "emotion")))
            && conflicts
                .iter()
                .any(|k| k.thing == Thing::Persona && k.map.is_some());
        if put_back {
            continue;
        }
        match c.op {
            ChangeOp::Changed => prop_assert!(
                got.iter().any(|g| about(g) == about(c)
                    && (g.field == c.field || g.detail.is_some() && g.detail == c.detail)
                    && g.before == c.before
                    && g.after == c.after),
                "lost: {}\nconflicts: {:?}\nmerged: {:#?}",
                compare::describe(c),
                conflicts,
                got.iter().map(compare::describe).collect::<Vec<_>>()
            ),
            ChangeOp::Added => prop_assert!(
                got.iter()
                    .any(|g| g.op == ChangeOp::Added && about(g) == about(c)),
                "lost: {}",
                compare::describe(c)
            ),
            ChangeOp::Removed | ChangeOp::Moved | ChangeOp::Reordered => {}
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn two_people_editing_lose_nothing(
        ours in prop::collection::vec(arb_edit(), 0..7),
        theirs in prop::collection::vec(arb_edit(), 0..7),
    ) {
        let base = base();
        let (x, y) = (apply(&base, &ours), apply(&base, &theirs));
        prop_assert_eq!(&compare::merge(&base, &x, &base).expect("merges"), &x);
        let xy = compare::merge(&base, &x, &y).expect("merges");
        prop_assert!(io::validate(&xy).is_empty(), "{:?}", io::validate(&xy));
        // No card is left on a channel the project lost.
        prop_assert!(io::broken_channels(&xy).is_empty(), "{:?}", io::broken_channels(&xy));
        let yx = compare::merge(&base, &y, &x).expect("merges");
        prop_assert!(io::validate(&yx).is_empty(), "{:?}", io::validate(&yx));
        if xy.conflicts.is_none() {
            prop_assert!(yx.conflicts.is_none());
            prop_assert_eq!(&xy, &yx);
        }
        survives(&base, &x, &y, &xy)?;
        survives(&base, &y, &x, &xy)?;
        for c in xy.conflicts.iter().flat_map(|c| &c.items) {
            for side in [Side::Ours, Side::Theirs] {
                let p = compare::resolve(&xy, &c.id, side);
                prop_assert!(p.is_ok(), "{} {side:?}: {p:?}", compare::describe_conflict(c, &xy));
                if let Ok(p) = p {
                    prop_assert!(io::validate(&p).is_empty(), "{:?}", io::validate(&p));
                    prop_assert!(io::broken_channels(&p).is_empty(), "{:?}", io::broken_channels(&p));
                }
            }
        }
    }
}
