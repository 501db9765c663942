//! Editing actions, undo and redo on the core (no window).

use proptest::prelude::*;
use waymark_core::edit::{Action, Editor};
use waymark_core::model::{CardId, LaneKind, Project};
use waymark_core::{assets, io};

fn editor() -> Editor {
    Editor::new(
        io::load_bytes(assets::SAMPLE.as_bytes()).expect("sample"),
        None,
    )
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
        0,
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
        0,
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
        0,
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
        0,
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
        0,
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
fn typing_burst_is_one_undo_step() {
    let mut ed = editor();
    let original = ed.project().maps[0].cards[0].clone();
    for text in ["S", "Se", "See"] {
        let card = waymark_core::model::Card {
            title: text.to_owned(),
            ..original.clone()
        };
        ed.perform(0, Action::UpdateCard(card), Some("c-a1/title"))
            .expect("edits");
    }
    ed.end_merge();
    assert_eq!(ed.project().maps[0].cards[0].title, "See");
    assert!(ed.undo());
    assert_eq!(ed.project().maps[0].cards[0], original);
    assert!(!ed.undo());
}

#[test]
fn delete_stage_takes_its_cards_and_links_and_undo_restores_them() {
    let mut ed = editor();
    let before = ed.project().clone();
    ed.perform(0, Action::DeleteStage("s-consideration".into()), None)
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
        0,
        Action::MoveCards {
            cards: vec!["c-a1".into(), "c-nope".into()],
            lane: "l-pain".into(),
            stage: "s-awareness".into(),
            before: None,
        },
        None,
    );
    assert!(result.is_err());
    assert_eq!(ed.project(), &before);
    assert!(!ed.is_dirty());
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
        (lanes.clone(), stages.clone()).prop_map(|(l, s)| Action::AddCard {
            lane: l.into(),
            stage: s.into(),
            title: "New".into()
        }),
        prop::collection::vec(card.clone(), 1..3).prop_map(Action::DeleteCards),
        prop::collection::vec(card, 1..3).prop_map(Action::DuplicateCards),
        (0usize..5, 0usize..5).prop_map(|(from, to)| Action::MoveStage { from, to }),
        (0usize..6, 0usize..6).prop_map(|(from, to)| Action::MoveLane { from, to }),
        (0usize..6).prop_map(|index| Action::AddLane {
            index,
            name: "Lane".into(),
            kind: LaneKind::Text
        }),
        stages.prop_map(|s| Action::DeleteStage(s.into())),
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
            if ed.perform(0, action, None).is_ok() && ed.project() != states.last().expect("state") {
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

#[test]
fn maps_personas_links_and_pictures_are_undoable_actions() {
    use waymark_core::model::{ImageAsset, Link, MapState};
    let mut ed = editor();
    let before = ed.project().clone();

    let out = ed
        .perform(0, Action::DuplicateMap { future: true }, None)
        .expect("future state");
    assert_eq!(out.map, Some(1));
    let future = &ed.project().maps[1];
    assert_eq!(future.state, MapState::Future);
    assert_eq!(future.name, "Future state");
    assert_eq!(
        future.cards, before.maps[0].cards,
        "the copy keeps the cards"
    );
    assert_ne!(future.id, before.maps[0].id);
    assert!(io::validate(ed.project()).is_empty());

    let a = CardId::from("c-a1");
    let b = CardId::from("c-a2");
    let out = ed
        .perform(
            0,
            Action::AddLink {
                from: a.clone(),
                to: b.clone(),
            },
            None,
        )
        .expect("link");
    let index = out.link.expect("link index");
    assert!(
        ed.perform(
            0,
            Action::AddLink {
                from: a.clone(),
                to: b.clone()
            },
            None
        )
        .is_err()
    );
    assert!(
        ed.perform(
            0,
            Action::AddLink {
                from: a.clone(),
                to: a.clone()
            },
            None
        )
        .is_err()
    );
    let labelled = Link {
        label: "leads to".to_owned(),
        ..ed.project().maps[0].links[index].clone()
    };
    ed.perform(
        0,
        Action::UpdateLink {
            index,
            link: labelled,
        },
        None,
    )
    .expect("label");
    assert_eq!(ed.project().maps[0].links[index].label, "leads to");

    ed.perform(0, Action::AddPersona, None).expect("persona");
    let new_persona = ed.project().maps[0].persona.clone().expect("assigned");
    assert_ne!(Some(&new_persona), before.maps[0].persona.as_ref());
    let image = ImageAsset {
        mime: "image/png".to_owned(),
        data: "iVBORw0KGgo=".to_owned(),
        ..ImageAsset::default()
    };
    ed.perform(
        0,
        Action::SetPersonaPhoto {
            persona: new_persona.clone(),
            image: Some(image),
        },
        None,
    )
    .expect("photo");
    assert_eq!(ed.project().images.len(), 1);
    ed.perform(0, Action::DeletePersona(new_persona), None)
        .expect("delete persona");
    assert!(ed.project().maps[0].persona.is_none());
    assert!(ed.project().images.is_empty(), "the unused photo goes too");
    assert!(io::validate(ed.project()).is_empty());

    while ed.project().maps.len() > 1 {
        let other = ed.project().maps[1].id.clone();
        ed.perform(0, Action::DeleteMap(other), None)
            .expect("delete the other maps");
    }
    let last = ed.project().maps[0].id.clone();
    assert!(
        ed.perform(0, Action::DeleteMap(last), None).is_err(),
        "the last map stays"
    );

    while ed.undo() {}
    assert_eq!(ed.project(), &before, "everything undoes");
    while ed.redo() {}
    assert_eq!(ed.project().maps.len(), 1);
    assert_eq!(
        ed.project().maps[0].links.len(),
        before.maps[0].links.len() + 1
    );
}
