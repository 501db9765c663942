//! Merge rules that lose nothing (issue 25's audit): scores stay with their persona when
//! the lead changes, a persona taken off a map while the other side scores a card for it,
//! notes and replies added by two reviewers, two arrows with the same ends, and both sides
//! reordering cards in a large grid.

use waymark_core::compare::{self, ChangeOp};
use waymark_core::edit::ops::MapInfo;
use waymark_core::edit::{Action, Editor};
use waymark_core::model::{
    Card, Conflict, ConflictKind, Link, MapId, Note, PersonaId, Project, Reply, Side, Thing,
};
use waymark_core::{assets, io};

fn current() -> MapId {
    "m-current".into()
}

fn act(ed: &mut Editor, action: Action) {
    ed.perform(&current(), action, None)
        .expect("action applies");
}

fn conflicts(p: &Project) -> Vec<&Conflict> {
    p.conflicts.iter().flat_map(|c| &c.items).collect()
}

fn card<'a>(p: &'a Project, title: &str) -> &'a Card {
    p.maps[0]
        .cards
        .iter()
        .find(|c| c.title == title)
        .unwrap_or_else(|| panic!("no card {title:?}"))
}

/// The sample with a second persona, Tom, on the current map, who scored every emotion
/// card one lower than Maya.
fn two_personas() -> (Project, PersonaId) {
    let mut ed = Editor::new(
        io::load_bytes(assets::SAMPLE.as_bytes()).expect("sample"),
        None,
    );
    act(&mut ed, Action::AddPersona);
    let mut tom = ed.project().personas[1].clone();
    tom.name = "Tom".into();
    let id = tom.id.clone();
    act(&mut ed, Action::UpdatePersona(tom));
    let scored: Vec<Card> = ed.project().maps[0]
        .cards
        .iter()
        .filter_map(|c| {
            let e = c.emotion?;
            let mut c = c.clone();
            c.scores.insert(id.clone(), (e - 1).max(-2));
            Some(c)
        })
        .collect();
    for c in scored {
        act(&mut ed, Action::UpdateCard(c));
    }
    (ed.project().clone(), id)
}

fn edit(base: &Project, f: impl FnOnce(&mut Editor)) -> Project {
    let mut ed = Editor::new(base.clone(), None);
    f(&mut ed);
    ed.project().clone()
}

fn set_personas(ed: &mut Editor, personas: Vec<PersonaId>) {
    let mut info = MapInfo::of(&ed.project().maps[0]);
    info.personas = personas;
    act(ed, Action::UpdateMapInfo(info));
}

/// Adds an emotion card titled `title` scored `lead` for the map's lead persona and
/// `others` for the rest.
fn add_scored(ed: &mut Editor, title: &str, lead: i8, others: &[(&PersonaId, i8)]) {
    act(
        ed,
        Action::AddCard {
            lane: "l-emotions".into(),
            stage: "s-delivery".into(),
            title: title.into(),
            image: None,
        },
    );
    let mut c = card(ed.project(), title).clone();
    c.emotion = Some(lead);
    for (p, s) in others {
        c.scores.insert((*p).clone(), *s);
    }
    act(ed, Action::UpdateCard(c));
}

fn both_ways(base: &Project, x: &Project, y: &Project) -> Project {
    let xy = compare::merge(base, x, y).expect("merges");
    assert!(io::validate(&xy).is_empty(), "{:?}", io::validate(&xy));
    let yx = compare::merge(base, y, x).expect("merges");
    assert!(io::validate(&yx).is_empty(), "{:?}", io::validate(&yx));
    xy
}

#[test]
fn a_lead_change_against_an_added_card_keeps_the_score_with_its_persona() {
    let (base, tom) = two_personas();
    let maya: PersonaId = "p-maya".into();
    let ours = edit(&base, |ed| {
        set_personas(ed, vec![tom.clone(), maya.clone()])
    });
    let theirs = edit(&base, |ed| add_scored(ed, "Relieved", 2, &[(&tom, -1)]));
    let merged = both_ways(&base, &ours, &theirs);
    assert!(conflicts(&merged).is_empty(), "{:?}", merged.conflicts);
    assert_eq!(merged.maps[0].personas, vec![tom.clone(), maya.clone()]);
    let added = card(&merged, "Relieved");
    assert_eq!(
        added.emotion,
        Some(-1),
        "Tom leads now: his score is emotion"
    );
    assert_eq!(added.scores.get(&maya), Some(&2), "Maya's 2 stays Maya's");
    // Cards both had keep their scores too.
    let before = base.maps[0]
        .cards
        .iter()
        .find(|c| c.emotion.is_some())
        .expect("an emotion card");
    let after = card(&merged, &before.title);
    assert_eq!(after.scores.get(&maya).copied(), before.emotion);
    assert_eq!(after.emotion, before.scores.get(&tom).copied());
}

#[test]
fn a_persona_taken_off_a_map_against_a_card_scored_for_it_comes_back_with_a_conflict() {
    let (base, tom) = two_personas();
    let ours = edit(&base, |ed| set_personas(ed, vec!["p-maya".into()]));
    let theirs = edit(&base, |ed| add_scored(ed, "Relieved", 2, &[(&tom, -1)]));
    let merged = both_ways(&base, &ours, &theirs);
    assert!(merged.maps[0].personas.contains(&tom), "Tom is back");
    assert_eq!(card(&merged, "Relieved").scores.get(&tom), Some(&-1));
    let found = conflicts(&merged);
    assert_eq!(found.len(), 1, "{found:?}");
    let c = found[0];
    assert_eq!(
        (c.kind, c.thing, c.deleted_by, c.map.as_ref()),
        (
            ConflictKind::Deleted,
            Thing::Persona,
            Some(Side::Ours),
            Some(&current())
        )
    );
    let text = compare::describe_conflict(c, &merged);
    assert!(
        text.contains("\"Tom\"") && text.contains("Current state"),
        "{text}"
    );
    // Picking the side that took Tom off takes him off again, with his scores.
    let off = compare::resolve(&merged, &c.id, Side::Ours).expect("resolves");
    assert_eq!(off.maps[0].personas, vec![PersonaId::from("p-maya")]);
    assert!(off.maps[0].cards.iter().all(|c| c.scores.is_empty()));
    assert_eq!(card(&off, "Relieved").emotion, Some(2));
    assert!(
        off.personas.iter().any(|p| p.id == tom),
        "still in the project"
    );
    let kept = compare::resolve(&merged, &c.id, Side::Theirs).expect("resolves");
    assert!(kept.conflicts.is_none() && kept.maps[0].personas.contains(&tom));
}

#[test]
fn a_persona_deleted_or_a_lead_swapped_against_a_scored_card_merges() {
    let (base, tom) = two_personas();
    let maya: PersonaId = "p-maya".into();
    let theirs = edit(&base, |ed| add_scored(ed, "Relieved", 2, &[(&tom, -1)]));
    // Tom deleted from the project.
    let ours = edit(&base, |ed| act(ed, Action::DeletePersona(tom.clone())));
    let merged = both_ways(&base, &ours, &theirs);
    let found = conflicts(&merged);
    assert!(
        found
            .iter()
            .any(|c| c.thing == Thing::Persona && c.map.is_none()),
        "{found:?}"
    );
    for c in &found {
        for side in [Side::Ours, Side::Theirs] {
            let p = compare::resolve(&merged, &c.id, side).expect("resolves");
            assert!(io::validate(&p).is_empty(), "{:?}", io::validate(&p));
        }
    }
    // Maya deleted: Tom becomes the lead on their side's new card too.
    let ours = edit(&base, |ed| act(ed, Action::DeletePersona(maya.clone())));
    let merged = both_ways(&base, &ours, &theirs);
    assert!(!conflicts(&merged).is_empty());
    // The lead swapped on our side while their new card is scored for both.
    let ours = edit(&base, |ed| {
        set_personas(ed, vec![tom.clone(), maya.clone()])
    });
    let merged = both_ways(&base, &ours, &theirs);
    let added = card(&merged, "Relieved");
    assert_eq!(
        (added.emotion, added.scores.get(&maya)),
        (Some(-1), Some(&2))
    );
}

#[test]
fn one_score_changed_two_ways_is_a_conflict_on_that_persona() {
    let (base, tom) = two_personas();
    let title = base.maps[0]
        .cards
        .iter()
        .find(|c| c.emotion.is_some())
        .expect("emotion card")
        .title
        .clone();
    let rescore = |lead: i8, t: i8| {
        edit(&base, |ed| {
            let mut c = card(ed.project(), &title).clone();
            c.emotion = Some(lead);
            c.scores.insert(tom.clone(), t);
            act(ed, Action::UpdateCard(c));
        })
    };
    // Both changed Tom's score differently, Maya's only on one side.
    let merged = both_ways(
        &base,
        &rescore(2, 2),
        &rescore(card(&base, &title).emotion.unwrap_or(0), -2),
    );
    let found = conflicts(&merged);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].field.as_deref(), Some("scores"));
    let text = compare::describe_conflict(found[0], &merged);
    assert!(text.contains("Tom"), "{text}");
    let theirs = compare::resolve(&merged, &found[0].id, Side::Theirs).expect("resolves");
    let c = card(&theirs, &title);
    assert_eq!((c.emotion, c.scores.get(&tom)), (Some(2), Some(&-2)));
}

fn note(id: &str, author: &str, text: &str) -> Note {
    Note {
        id: id.into(),
        author: author.into(),
        date: "2026-12-03T10:00:00Z".into(),
        text: text.into(),
        ..Note::default()
    }
}

#[test]
fn two_reviewers_adding_a_note_or_a_reply_to_one_card_keep_both() {
    let mut base = io::load_bytes(assets::SAMPLE.as_bytes()).expect("sample");
    base.maps[0].cards[0].notes = vec![note("n-1", "Ana", "Which study is this from?")];
    let add = |author: &str, text: &str, reply: bool| {
        let mut p = base.clone();
        let c = &mut p.maps[0].cards[0];
        // As earlier versions numbered them: both pick `n-2`.
        if reply {
            c.notes[0].replies.push(Reply {
                id: "n-2".into(),
                author: author.into(),
                text: text.into(),
                ..Reply::default()
            });
        } else {
            c.notes.push(note("n-2", author, text));
        }
        p
    };
    for reply in [false, true] {
        let (x, y) = (
            add("Ben", "From the diary study", reply),
            add("Cai", "Ask Ana", reply),
        );
        let merged = both_ways(&base, &x, &y);
        assert!(conflicts(&merged).is_empty(), "{:?}", merged.conflicts);
        let c = &merged.maps[0].cards[0];
        let texts: Vec<&str> = c
            .notes
            .iter()
            .flat_map(|n| {
                std::iter::once(n.text.as_str()).chain(n.replies.iter().map(|r| r.text.as_str()))
            })
            .collect();
        assert!(
            texts.contains(&"From the diary study") && texts.contains(&"Ask Ana"),
            "{texts:?}"
        );
        let ids: std::collections::HashSet<&str> = c
            .notes
            .iter()
            .flat_map(|n| {
                std::iter::once(n.id.as_str()).chain(n.replies.iter().map(|r| r.id.as_str()))
            })
            .collect();
        assert_eq!(ids.len(), texts.len(), "ids stay unique in the card");
        assert_eq!(merged, compare::merge(&base, &y, &x).expect("merges"));
    }
}

#[test]
fn two_arrows_with_the_same_ends_are_both_kept_and_diffed_as_arrows() {
    let mut base = io::load_bytes(assets::SAMPLE.as_bytes()).expect("sample");
    let first = base.maps[0].links[0].clone();
    let twin = Link {
        label: "also".into(),
        ..first.clone()
    };
    base.maps[0].links.push(twin.clone());
    assert!(io::validate(&base).is_empty(), "check accepts it");
    // One side relabels the second arrow, the other the first.
    let mut x = base.clone();
    x.maps[0].links[2].label = "also, later".into();
    let mut y = base.clone();
    y.maps[0].links[0].label = "answered late by".into();
    let merged = both_ways(&base, &x, &y);
    assert!(conflicts(&merged).is_empty(), "{:?}", merged.conflicts);
    let labels: Vec<&str> = merged.maps[0]
        .links
        .iter()
        .map(|l| l.label.as_str())
        .collect();
    assert!(
        labels.contains(&"also, later") && labels.contains(&"answered late by"),
        "{labels:?}"
    );
    // Removing one of the two is a removed arrow, not a label change.
    let mut z = base.clone();
    z.maps[0].links.remove(0);
    let changes = compare::diff_projects(&base, &z);
    assert_eq!(changes.len(), 1, "{changes:#?}");
    assert_eq!(
        (changes[0].op, changes[0].thing),
        (ChangeOp::Removed, Thing::Link)
    );
    let merged = both_ways(&base, &z, &x);
    assert_eq!(merged.maps[0].links.len(), 2);
    assert!(
        merged.maps[0].links.iter().all(|l| *l != first),
        "the removed one is gone"
    );
}

#[test]
fn both_sides_reordering_cells_of_a_large_grid_merge_cell_by_cell() {
    use waymark_core::generate::{generate, reorder_cells};
    let base = generate(12, 8, 3_000, 3);
    let (x, y) = (reorder_cells(&base, 2, 0), reorder_cells(&base, 2, 1));
    let merged = both_ways(&base, &x, &y);
    assert!(conflicts(&merged).is_empty(), "{:?}", merged.conflicts);
    // Every cell in the order of the side that reordered it.
    let order =
        |p: &Project| -> Vec<String> { p.maps[0].cards.iter().map(|c| c.id.to_string()).collect() };
    let cell_order = |p: &Project, cell: (&str, &str)| -> Vec<String> {
        p.maps[0]
            .cards
            .iter()
            .filter(|c| (c.lane.as_str(), c.stage.as_str()) == cell)
            .map(|c| c.id.to_string())
            .collect()
    };
    for c in &base.maps[0].cards {
        let cell = (c.lane.as_str(), c.stage.as_str());
        let m = cell_order(&merged, cell);
        assert!(m == cell_order(&x, cell) || m == cell_order(&y, cell));
        assert!(cell_order(&x, cell) == cell_order(&base, cell) || m == cell_order(&x, cell));
        assert!(cell_order(&y, cell) == cell_order(&base, cell) || m == cell_order(&y, cell));
    }
    assert_eq!(order(&merged).len(), 3_000);
}
