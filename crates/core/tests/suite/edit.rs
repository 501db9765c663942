//! Editing actions, undo and redo on the core (no window).

use proptest::prelude::*;
use waymark_core::edit::{Action, EditError, Editor};
use waymark_core::model::{Axis, HeaderId};
use waymark_core::model::{CardId, MapId, Project};
use waymark_core::{assets, io};

pub(crate) fn editor() -> Editor {
    Editor::new(
        io::load_bytes(assets::SAMPLE.as_bytes()).expect("sample"),
        None,
    )
}

/// The sample's first map, "Current state".
pub(crate) fn current() -> MapId {
    "m-current".into()
}

fn cell_titles(project: &Project, lane: &str, stage: &str) -> Vec<String> {
    project.maps[0]
        .cards
        .iter()
        .filter(|c| c.lane.as_str() == lane && c.stage.as_str() == stage)
        .map(|c| c.id.to_string())
        .collect()
}

#[test]
fn move_a_card_to_another_cell_and_undo() {
    let mut ed = editor();
    let before = ed.project().clone();
    ed.perform(
        &current(),
        Action::MoveCards {
            cards: vec!["c-a1".into()],
            lane: "l-thoughts".into(),
            stage: "s-retention".into(),
            before: None,
        },
        None,
    )
    .expect("moves");
    assert_eq!(
        cell_titles(ed.project(), "l-thoughts", "s-retention"),
        ["c-h5", "c-a1"]
    );
    assert_eq!(
        cell_titles(ed.project(), "l-actions", "s-awareness"),
        ["c-a2"]
    );
    assert!(ed.is_dirty());
    assert!(io::validate(ed.project()).is_empty());
    assert!(ed.undo());
    assert_eq!(ed.project(), &before);
    assert!(!ed.is_dirty());
    assert!(ed.redo());
    assert_eq!(
        cell_titles(ed.project(), "l-thoughts", "s-retention"),
        ["c-h5", "c-a1"]
    );
}

#[test]
fn insert_between_two_cards() {
    let mut ed = editor();
    ed.perform(
        &current(),
        Action::MoveCards {
            cards: vec!["c-a10".into()],
            lane: "l-actions".into(),
            stage: "s-purchase".into(),
            before: Some("c-a6".into()),
        },
        None,
    )
    .expect("moves");
    assert_eq!(
        cell_titles(ed.project(), "l-actions", "s-purchase"),
        ["c-a5", "c-a10", "c-a6", "c-a7"]
    );
    // Within the same cell, downwards and upwards.
    ed.perform(
        &current(),
        Action::MoveCards {
            cards: vec!["c-a5".into()],
            lane: "l-actions".into(),
            stage: "s-purchase".into(),
            before: Some("c-a7".into()),
        },
        None,
    )
    .expect("moves");
    assert_eq!(
        cell_titles(ed.project(), "l-actions", "s-purchase"),
        ["c-a10", "c-a6", "c-a5", "c-a7"]
    );
    ed.perform(
        &current(),
        Action::MoveCards {
            cards: vec!["c-a7".into()],
            lane: "l-actions".into(),
            stage: "s-purchase".into(),
            before: Some("c-a10".into()),
        },
        None,
    )
    .expect("moves");
    assert_eq!(
        cell_titles(ed.project(), "l-actions", "s-purchase"),
        ["c-a7", "c-a10", "c-a6", "c-a5"]
    );
}

#[test]
fn several_cards_move_together_in_document_order() {
    let mut ed = editor();
    let cards: Vec<CardId> = vec!["c-a9".into(), "c-a1".into(), "c-a2".into()];
    ed.perform(
        &current(),
        Action::MoveCards {
            cards,
            lane: "l-pain".into(),
            stage: "s-awareness".into(),
            before: None,
        },
        None,
    )
    .expect("moves");
    assert_eq!(
        cell_titles(ed.project(), "l-pain", "s-awareness"),
        ["c-a1", "c-a2", "c-a9"]
    );
    assert_eq!(ed.undo_label(), Some("Move cards"));
}

#[test]
fn shifted_cards_move_by_the_same_offset_clamped_to_the_grid_in_one_undo_step() {
    let mut ed = editor();
    let before = ed.project().clone();
    // Two cards of one cell and one of another, one lane down and one stage right; the
    // Retention card cannot go further right, so it only moves down.
    ed.perform(
        &current(),
        Action::ShiftCards {
            cards: vec!["c-a2".into(), "c-a10".into(), "c-a1".into()],
            lanes: 1,
            stages: 1,
        },
        None,
    )
    .expect("shifts");
    let p = ed.project();
    assert_eq!(
        cell_titles(p, "l-touchpoints", "s-consideration"),
        ["c-t3", "c-t4", "c-a1", "c-a2"]
    );
    assert_eq!(
        cell_titles(p, "l-touchpoints", "s-retention"),
        ["c-t9", "c-a10"]
    );
    assert_eq!(ed.undo_label(), Some("Move cards"));
    assert!(ed.undo());
    assert_eq!(ed.project(), &before);
    // At the top-left corner, up and left change nothing.
    ed.perform(
        &current(),
        Action::ShiftCards {
            cards: vec!["c-a1".into()],
            lanes: -1,
            stages: -3,
        },
        None,
    )
    .expect("no-op");
    assert_eq!(ed.project(), &before);
}

#[test]
fn stages_and_lanes_keep_their_colours_when_the_order_changes() {
    use waymark_core::palette;
    let mut ed = editor();
    let accents = |ed: &Editor| -> Vec<(String, palette::Rgba)> {
        let map = &ed.project().maps[0];
        map.stages
            .iter()
            .enumerate()
            .map(|(i, s)| (s.id.to_string(), palette::stage_accent(i, s.color)))
            .collect()
    };
    let fills = |ed: &Editor| -> Vec<(String, palette::Rgba)> {
        let map = &ed.project().maps[0];
        map.lanes
            .iter()
            .enumerate()
            .map(|(i, l)| (l.id.to_string(), palette::lane_fill(i, l.color)))
            .collect()
    };
    let colour_of = |list: &[(String, palette::Rgba)], id: &str| {
        list.iter().find(|(s, _)| s == id).map(|(_, c)| *c)
    };
    let (stages, lanes) = (accents(&ed), fills(&ed));
    // Move Retention to the front, delete Consideration, add a stage before Purchase,
    // move a lane: every stage and lane that was there keeps its colour.
    let actions = [
        Action::MoveHeader {
            header: HeaderId::Stage("s-retention".into()),
            before: Some(HeaderId::Stage("s-awareness".into())),
        },
        Action::DeleteHeader(HeaderId::Stage("s-consideration".into())),
        Action::AddHeader {
            axis: Axis::Stages,
            before: Some(HeaderId::Stage("s-purchase".into())),
            name: "Compare".into(),
        },
        Action::MoveHeader {
            header: HeaderId::Lane("l-opportunities".into()),
            before: Some(HeaderId::Lane("l-actions".into())),
        },
        Action::DeleteHeader(HeaderId::Lane("l-thoughts".into())),
    ];
    for action in actions {
        ed.perform(&current(), action, None).expect("applies");
    }
    let (now_stages, now_lanes) = (accents(&ed), fills(&ed));
    for (id, colour) in &now_stages {
        if let Some(was) = colour_of(&stages, id) {
            assert_eq!(*colour, was, "stage {id}");
        }
    }
    for (id, colour) in &now_lanes {
        if let Some(was) = colour_of(&lanes, id) {
            assert_eq!(*colour, was, "lane {id}");
        }
    }
    // Undo takes the pinned colours back with the move.
    while ed.undo() {}
    assert!(
        ed.project().maps[0]
            .stages
            .iter()
            .all(|s| s.color.is_none())
    );
}

#[test]
fn a_card_inserted_after_another_lands_right_after_it() {
    let mut ed = editor();
    let outcome = ed
        .perform(
            &current(),
            Action::InsertCardAfter {
                after: "c-a1".into(),
                title: "Next".into(),
            },
            None,
        )
        .expect("inserts");
    let [id] = outcome.cards.as_slice() else {
        panic!("one card: {outcome:?}");
    };
    assert_eq!(
        cell_titles(ed.project(), "l-actions", "s-awareness"),
        ["c-a1", id.as_str(), "c-a2"]
    );
}

#[test]
fn typing_burst_is_one_undo_step() {
    let mut ed = editor();
    let original = ed.project().maps[0].cards[0].clone();
    for text in ["S", "Se", "See"] {
        let card = waymark_core::model::Card {
            title: text.to_owned(),
            ..original.clone()
        };
        ed.perform(&current(), Action::UpdateCard(card), Some("c-a1/title"))
            .expect("edits");
    }
    ed.end_merge();
    assert_eq!(ed.project().maps[0].cards[0].title, "See");
    assert!(ed.undo());
    assert_eq!(ed.project().maps[0].cards[0], original);
    assert!(!ed.undo());
}

#[test]
fn a_document_shared_with_other_work_is_not_changed_by_later_edits_undo_or_a_take_in() {
    let mut ed = editor();
    // What a take-in's worker, a recovery copy or a merge base holds.
    let shared = ed.shared_project();
    let original = shared.maps[0].cards[0].clone();
    let card = waymark_core::model::Card {
        title: "Edited here".to_owned(),
        ..original.clone()
    };
    ed.perform(&current(), Action::UpdateCard(card), None)
        .expect("edits");
    assert_eq!(shared.maps[0].cards[0], original, "the shared copy stays");
    assert_eq!(ed.project().maps[0].cards[0].title, "Edited here");
    // A colleague's version taken in; undo puts the edited one back, redo theirs.
    let mut theirs = (*shared).clone();
    theirs.title = "Their title".to_owned();
    let before = ed.shared_project();
    ed.apply_external(theirs, "Changes from Aiko", 1, false);
    assert_eq!(ed.project().title, "Their title");
    assert_eq!(before.maps[0].cards[0].title, "Edited here");
    assert!(ed.undo());
    assert_eq!(*ed.project(), *before);
    assert!(ed.redo());
    assert_eq!(ed.project().title, "Their title");
    assert_eq!(shared.maps[0].cards[0], original);
}

#[test]
fn work_merged_with_a_colleagues_save_stays_unsaved_when_everything_is_undone() {
    let mut ed = editor();
    let original = ed.project().maps[0].cards[0].clone();
    let card = waymark_core::model::Card {
        title: "Edited here".to_owned(),
        ..original.clone()
    };
    ed.perform(&current(), Action::UpdateCard(card), None)
        .expect("edits");
    let mut merged = ed.project().clone();
    merged.title = "Their title".to_owned();
    ed.apply_external(merged, "Changes from Aiko", 1, false);
    assert!(ed.is_dirty());
    // Back to the version read before: the file on disk now holds theirs, not this.
    assert!(ed.undo());
    assert!(ed.undo());
    assert_eq!(ed.project().maps[0].cards[0], original);
    assert!(ed.is_dirty(), "the document differs from the file on disk");
    // Loaded with nothing unsaved, it equals the file until edited.
    let mut theirs = ed.project().clone();
    theirs.title = "Theirs again".to_owned();
    ed.apply_external(theirs, "Changes from Aiko", 2, true);
    assert!(!ed.is_dirty());
}

#[test]
fn delete_stage_takes_its_cards_and_links_and_undo_restores_them() {
    let mut ed = editor();
    let before = ed.project().clone();
    ed.perform(
        &current(),
        Action::DeleteHeader(HeaderId::Stage("s-consideration".into())),
        None,
    )
    .expect("deletes");
    let map = &ed.project().maps[0];
    assert_eq!(map.stages.len(), 4);
    assert!(
        map.cards
            .iter()
            .all(|c| c.stage.as_str() != "s-consideration")
    );
    assert!(
        io::validate(ed.project()).is_empty(),
        "no dangling link is left"
    );
    assert!(ed.undo());
    assert_eq!(ed.project(), &before);
}

#[test]
fn failed_action_changes_nothing() {
    let mut ed = editor();
    let before = ed.project().clone();
    let result = ed.perform(
        &current(),
        Action::MoveCards {
            cards: vec!["c-a1".into(), "c-nope".into()],
            lane: "l-pain".into(),
            stage: "s-awareness".into(),
            before: None,
        },
        None,
    );
    assert!(result.is_err_and(|e| matches!(e, EditError::Missing(_))));
    assert_eq!(ed.project(), &before);
    assert!(!ed.is_dirty());
}

/// An embeddable picture (its bytes are not decoded here).
pub(crate) fn tiny_png() -> waymark_core::model::ImageAsset {
    waymark_core::model::ImageAsset {
        mime: "image/png".to_owned(),
        data: "iVBORw0KGgo=".to_owned(),
        ..Default::default()
    }
}

fn arb_action() -> impl Strategy<Value = Action> {
    let card = (1usize..=10).prop_map(|n| CardId(format!("c-a{n}")));
    let lanes = prop::sample::select(vec!["l-actions", "l-thoughts", "l-pain"]);
    let stages = prop::sample::select(vec!["s-awareness", "s-purchase", "s-retention"]);
    prop_oneof![
        (
            prop::collection::vec(card.clone(), 1..3),
            lanes.clone(),
            stages.clone(),
            prop::option::of(card.clone())
        )
            .prop_map(|(cards, l, s, before)| Action::MoveCards {
                cards,
                lane: l.into(),
                stage: s.into(),
                before
            }),
        (lanes.clone(), stages.clone(), any::<bool>()).prop_map(|(l, s, picture)| {
            Action::AddCard {
                lane: l.into(),
                stage: s.into(),
                title: "New".into(),
                image: picture.then(tiny_png),
            }
        }),
        (
            prop::collection::vec(card.clone(), 1..3),
            -2i32..=2,
            -2i32..=2
        )
            .prop_map(|(cards, lanes, stages)| Action::ShiftCards {
                cards,
                lanes,
                stages
            }),
        card.clone().prop_map(|after| Action::InsertCardAfter {
            after,
            title: "Next".into()
        }),
        prop::collection::vec(card.clone(), 1..3).prop_map(Action::DeleteCards),
        prop::collection::vec(card, 1..3).prop_map(Action::DuplicateCards),
        (stages.clone(), prop::option::of(stages.clone())).prop_map(|(s, before)| {
            Action::MoveHeader {
                header: HeaderId::Stage(s.into()),
                before: (before.map(Into::into)).map(HeaderId::Stage),
            }
        }),
        (lanes.clone(), prop::option::of(lanes.clone())).prop_map(|(l, before)| {
            Action::MoveHeader {
                header: HeaderId::Lane(l.into()),
                before: (before.map(Into::into)).map(HeaderId::Lane),
            }
        }),
        prop::option::of(lanes).prop_map(|before| Action::AddHeader {
            axis: Axis::Lanes,
            before: (before.map(Into::into)).map(HeaderId::Lane),
            name: "Lane".into(),
        }),
        stages.prop_map(|s| Action::DeleteHeader(HeaderId::Stage(s.into()))),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]
    #[test]
    fn any_sequence_undoes_and_redoes_exactly(actions in prop::collection::vec(arb_action(), 1..12)) {
        let mut ed = editor();
        let start = ed.project().clone();
        let mut states = vec![start.clone()];
        for action in actions {
            if ed.perform(&current(), action, None).is_ok() && ed.project() != states.last().expect("state") {
                prop_assert!(io::validate(ed.project()).is_empty(), "{:?}", io::validate(ed.project()));
                states.push(ed.project().clone());
            }
        }
        for state in states.iter().rev().skip(1) {
            prop_assert!(ed.undo());
            prop_assert_eq!(ed.project(), state);
        }
        prop_assert!(!ed.is_dirty());
        for state in states.iter().skip(1) {
            prop_assert!(ed.redo());
            prop_assert_eq!(ed.project(), state);
        }
    }
}
