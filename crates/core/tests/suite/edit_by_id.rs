//! Editing by id on the core: maps, personas, links and pictures as undoable actions,
//! edits that name their map, stage, lane or link by id (so an undo cannot redirect
//! them), and files from a newer Waymark refusing every edit.

use super::edit::{current, editor, tiny_png};
use waymark_core::edit::{Action, EditError, Editor};
use waymark_core::model::{Axis, HeaderId};
use waymark_core::model::{CardId, MapId};
use waymark_core::{assets, io};

/// A future state is named in the project's language and keeps what it is told to.
#[test]
fn a_future_state_is_named_in_the_maps_language_and_keeps_what_it_is_asked_to() {
    let mut project = io::load_bytes(assets::SAMPLE.as_bytes()).expect("sample");
    project.language = Some("ja".to_owned());
    project.maps.truncate(1);
    project.maps[0].name = "現状".to_owned();
    let note: waymark_core::model::Note = serde_json::from_value(serde_json::json!({
        "id": "n-1", "author": "Aiko", "at": "2026-12-01T09:00:00Z", "text": "本当?"
    }))
    .expect("a note");
    project.maps[0].cards[0].notes.push(note);
    let noted = project.maps[0]
        .cards
        .iter()
        .filter(|c| !c.notes.is_empty())
        .count();
    let mut ed = Editor::new(project, None);
    let map = ed.project().maps[0].id.clone();
    ed.perform(
        &map,
        Action::DuplicateMap {
            future: true,
            notes: true,
            scores: false,
        },
        None,
    )
    .expect("future state");
    let future = &ed.project().maps[1];
    assert_eq!(future.name, "あるべき姿");
    assert_eq!(
        future.cards.iter().filter(|c| !c.notes.is_empty()).count(),
        noted,
        "the notes were asked for"
    );
    assert!(
        future
            .cards
            .iter()
            .all(|c| c.emotion.is_none() && c.scores.is_empty()),
        "the scores were not"
    );
}

#[test]
fn maps_personas_links_and_pictures_are_undoable_actions() {
    use waymark_core::model::{ImageAsset, Link, MapState};
    let mut ed = editor();
    let before = ed.project().clone();

    let out = ed
        .perform(
            &current(),
            Action::DuplicateMap {
                future: true,
                notes: false,
                scores: true,
            },
            None,
        )
        .expect("future state");
    assert_eq!(out.map.as_ref(), Some(&ed.project().maps[1].id));
    let future = &ed.project().maps[1];
    assert_eq!(future.state, MapState::Future);
    assert!(future.name.starts_with("Future state"), "{}", future.name);
    let names: std::collections::HashSet<&str> =
        ed.project().maps.iter().map(|m| m.name.as_str()).collect();
    assert_eq!(
        names.len(),
        ed.project().maps.len(),
        "no two maps share a name"
    );
    let without_notes: Vec<_> = before.maps[0]
        .cards
        .iter()
        .cloned()
        .map(|mut c| {
            c.notes.clear();
            c
        })
        .collect();
    assert_eq!(
        future.cards, without_notes,
        "the copy keeps the cards, without today's review notes"
    );
    assert_ne!(future.id, before.maps[0].id);
    assert!(io::validate(ed.project()).is_empty());

    let a = CardId::from("c-a1");
    let b = CardId::from("c-a2");
    ed.perform(
        &current(),
        Action::AddLink {
            from: a.clone(),
            to: b.clone(),
        },
        None,
    )
    .expect("link");
    let index = ed.project().maps[0].links.len() - 1;
    assert!(
        ed.perform(
            &current(),
            Action::AddLink {
                from: a.clone(),
                to: b.clone()
            },
            None
        )
        .is_err_and(|e| matches!(e, EditError::Refused(_)))
    );
    assert!(
        ed.perform(
            &current(),
            Action::AddLink {
                from: a.clone(),
                to: a.clone()
            },
            None
        )
        .is_err_and(|e| matches!(e, EditError::Refused(_)))
    );
    let labelled = Link {
        label: "leads to".to_owned(),
        ..ed.project().maps[0].links[index].clone()
    };
    ed.perform(&current(), Action::UpdateLink(labelled), None)
        .expect("label");
    assert_eq!(ed.project().maps[0].links[index].label, "leads to");

    ed.perform(&current(), Action::AddPersona, None)
        .expect("persona");
    let new_persona = ed.project().maps[0]
        .personas
        .last()
        .cloned()
        .expect("assigned");
    assert!(!before.maps[0].personas.contains(&new_persona));
    assert_eq!(
        ed.project().maps[0].personas.len(),
        before.maps[0].personas.len() + 1
    );
    let image = ImageAsset {
        mime: "image/png".to_owned(),
        data: "iVBORw0KGgo=".to_owned(),
        ..ImageAsset::default()
    };
    ed.perform(
        &current(),
        Action::SetPersonaPhoto {
            persona: new_persona.clone(),
            image: Some(image),
        },
        None,
    )
    .expect("photo");
    assert_eq!(ed.project().images.len(), 1);
    ed.perform(&current(), Action::DeletePersona(new_persona), None)
        .expect("delete persona");
    assert_eq!(ed.project().maps[0].personas, before.maps[0].personas);
    assert!(ed.project().images.is_empty(), "the unused photo goes too");
    assert!(io::validate(ed.project()).is_empty());

    while ed.project().maps.len() > 1 {
        let other = ed.project().maps[1].id.clone();
        ed.perform(&current(), Action::DeleteMap(other), None)
            .expect("delete the other maps");
    }
    let last = ed.project().maps[0].id.clone();
    assert!(
        ed.perform(&current(), Action::DeleteMap(last), None)
            .is_err_and(|e| matches!(e, EditError::Refused(_))),
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

fn stage_names(ed: &Editor) -> Vec<&str> {
    ed.project().maps[0]
        .stages
        .iter()
        .map(|s| s.name.as_str())
        .collect()
}

#[test]
fn a_stage_move_made_before_an_undo_still_moves_that_stage() {
    let mut ed = editor();
    ed.perform(
        &current(),
        Action::MoveHeader {
            header: HeaderId::Stage("s-retention".into()),
            before: Some(HeaderId::Stage("s-awareness".into())),
        },
        None,
    )
    .expect("moves");
    assert_eq!(
        stage_names(&ed),
        [
            "Retention",
            "Awareness",
            "Consideration",
            "Purchase",
            "Delivery"
        ]
    );
    // A header drag drops Purchase in front; Ctrl+Z runs before the drop is applied.
    let drop = Action::MoveHeader {
        header: HeaderId::Stage("s-purchase".into()),
        before: Some(HeaderId::Stage("s-retention".into())),
    };
    assert!(ed.undo());
    ed.perform(&current(), drop, None).expect("moves");
    assert_eq!(
        stage_names(&ed),
        [
            "Awareness",
            "Consideration",
            "Delivery",
            "Purchase",
            "Retention"
        ],
        "Purchase moved, not whatever stage is now where it was"
    );
    ed.perform(
        &current(),
        Action::MoveHeader {
            header: HeaderId::Stage("s-awareness".into()),
            before: None,
        },
        None,
    )
    .expect("moves to the end");
    assert_eq!(stage_names(&ed)[4], "Awareness");
    let gone = Action::MoveHeader {
        header: HeaderId::Stage("s-nope".into()),
        before: None,
    };
    assert!(
        ed.perform(&current(), gone, None)
            .is_err_and(|e| matches!(e, EditError::Missing(_)))
    );
}

#[test]
fn lanes_and_stages_are_added_and_moved_relative_to_others_by_id() {
    let mut ed = editor();
    ed.perform(
        &current(),
        Action::AddHeader {
            axis: Axis::Stages,
            before: Some(HeaderId::Stage("s-purchase".into())),
            name: "Checkout".into(),
        },
        None,
    )
    .expect("adds");
    assert_eq!(stage_names(&ed)[2], "Checkout");
    ed.perform(
        &current(),
        Action::AddHeader {
            axis: Axis::Lanes,
            before: None,
            name: "Notes".into(),
        },
        None,
    )
    .expect("adds");
    let lanes = |ed: &Editor| -> Vec<String> {
        ed.project().maps[0]
            .lanes
            .iter()
            .map(|l| l.name.clone())
            .collect()
    };
    assert_eq!(lanes(&ed).last().map(String::as_str), Some("Notes"));
    ed.perform(
        &current(),
        Action::MoveHeader {
            header: HeaderId::Lane("l-pain".into()),
            before: Some(HeaderId::Lane("l-actions".into())),
        },
        None,
    )
    .expect("moves");
    assert_eq!(lanes(&ed)[..2], ["Pain points", "Customer actions"]);
    assert!(
        ed.perform(
            &current(),
            Action::AddHeader {
                axis: Axis::Stages,
                before: Some(HeaderId::Stage("s-nope".into())),
                name: "Lost".into(),
            },
            None,
        )
        .is_err_and(|e| matches!(e, EditError::Missing(_)))
    );
}

#[test]
fn links_are_named_by_their_cards_so_an_undo_cannot_redirect_an_edit() {
    use waymark_core::model::Link;
    let mut ed = editor();
    let links = ed.project().maps[0].links.clone();
    let [first, second] = links.as_slice() else {
        panic!("the sample has two links: {links:?}");
    };
    ed.perform(
        &current(),
        Action::DeleteLink {
            from: first.from.clone(),
            to: first.to.clone(),
        },
        None,
    )
    .expect("deletes");
    // The inspector now shows only the second link and asks to relabel and delete it;
    // an undo brings the first back (at the front) before those apply.
    let relabel = Action::UpdateLink(Link {
        label: "solved by".into(),
        ..second.clone()
    });
    assert!(ed.undo());
    ed.perform(&current(), relabel, None).expect("relabels");
    assert_eq!(
        ed.project().maps[0].links[0],
        *first,
        "the first is untouched"
    );
    assert_eq!(ed.project().maps[0].links[1].label, "solved by");
    ed.perform(
        &current(),
        Action::DeleteLink {
            from: second.from.clone(),
            to: second.to.clone(),
        },
        None,
    )
    .expect("deletes");
    assert_eq!(ed.project().maps[0].links, std::slice::from_ref(first));
    let missing = Action::DeleteLink {
        from: second.from.clone(),
        to: second.to.clone(),
    };
    assert!(
        ed.perform(&current(), missing, None)
            .is_err_and(|e| matches!(e, EditError::Missing(_)))
    );
}

#[test]
fn an_edit_names_its_map_by_id() {
    let mut ed = editor();
    let future: MapId = "m-future".into();
    ed.perform(&current(), Action::DeleteMap(current()), None)
        .expect("deletes the current state");
    assert!(
        ed.perform(&current(), Action::SetTitle("x".into()), None)
            .is_err_and(|e| matches!(e, EditError::Missing(_))),
        "a map that is gone is refused"
    );
    // Made while only the future state was left (at index 0); the undo puts the current
    // state back in front of it.
    let rename = Action::UpdateMapInfo(waymark_core::edit::ops::MapInfo {
        name: "Tomorrow".into(),
        ..waymark_core::edit::ops::MapInfo::of(&ed.project().maps[0])
    });
    assert!(ed.undo());
    ed.perform(&future, rename, None).expect("renames");
    let names: Vec<&str> = ed.project().maps.iter().map(|m| m.name.as_str()).collect();
    assert_eq!(names, ["Current state", "Tomorrow"]);
    let out = ed
        .perform(
            &future,
            Action::DuplicateMap {
                future: false,
                notes: true,
                scores: true,
            },
            None,
        )
        .expect("duplicates");
    let copy = out.map.expect("the copy's id");
    assert_eq!(ed.project().maps[2].id, copy, "right after its original");
    assert_eq!(ed.project().maps[2].name, "Tomorrow copy");
}

#[test]
fn a_file_from_a_newer_waymark_refuses_every_edit() {
    use waymark_core::edit::EditError;
    use waymark_core::model::ImageAsset;
    let newer = assets::SAMPLE.replacen("\"version\": 2", "\"version\": 7", 1);
    let opened = io::open_bytes(newer.as_bytes()).expect("opens read-only");
    let mut ed = Editor::opened(opened, "newer.json".into());
    assert!(ed.is_read_only());
    let before = ed.project().clone();
    let picture = ImageAsset {
        mime: "image/png".to_owned(),
        data: "iVBORw0KGgo=".to_owned(),
        ..ImageAsset::default()
    };
    let card = CardId::from("c-a1");
    let attempts = [
        Action::AddCard {
            lane: "l-thoughts".into(),
            stage: "s-awareness".into(),
            title: "Dropped".into(),
            image: Some(picture.clone()),
        },
        Action::SetCardImage {
            card: card.clone(),
            image: Some(picture),
        },
        Action::DeleteCards(vec![card]),
        Action::MoveHeader {
            header: HeaderId::Stage("s-retention".into()),
            before: None,
        },
        Action::SetTitle("Mine now".into()),
        Action::DeleteMap("m-future".into()),
    ];
    for action in attempts {
        let result = ed.perform(&current(), action.clone(), None);
        assert!(
            matches!(result, Err(EditError::ReadOnly(7))),
            "{action:?} gave {result:?}"
        );
    }
    assert_eq!(ed.project(), &before);
    assert!(!ed.is_dirty());
    assert_eq!(ed.undo_label(), None);
    let message = ed
        .perform(&current(), Action::SetTitle("x".into()), None)
        .expect_err("read-only")
        .to_string();
    assert!(message.contains("read-only"), "{message}");

    // Saved as a copy in this version's format, it can change.
    ed.mark_saved("copy.json".into(), 0);
    ed.perform(&current(), Action::SetTitle("Mine now".into()), None)
        .expect("a copy is writable");
}

#[test]
fn reloading_a_file_a_newer_waymark_rewrote_makes_it_read_only() {
    let opened = io::open_bytes(assets::SAMPLE.as_bytes()).expect("opens");
    let mut ed = Editor::opened(opened, "map.json".into());
    assert!(!ed.is_read_only());
    let newer = assets::SAMPLE.replacen("\"version\": 2", "\"version\": 7", 1);
    ed.reload(io::open_bytes(newer.as_bytes()).expect("opens read-only"));
    assert!(ed.is_read_only());
    assert_eq!(ed.path(), Some(&"map.json".into()));
    assert!(
        ed.perform(&current(), Action::SetTitle("x".into()), None)
            .is_err_and(|e| matches!(e, EditError::ReadOnly(7)))
    );
}

#[test]
fn a_picture_dropped_on_a_cell_is_one_card_and_one_undo_step() {
    let mut ed = editor();
    let before = ed.project().clone();
    let out = ed
        .perform(
            &current(),
            Action::AddCard {
                lane: "l-pain".into(),
                stage: "s-awareness".into(),
                title: "photo".into(),
                image: Some(tiny_png()),
            },
            None,
        )
        .expect("adds");
    let [id] = out.cards.as_slice() else {
        panic!("one new card: {out:?}");
    };
    let map = &ed.project().maps[0];
    let card = &map.cards[map.card_index(id).expect("the card")];
    let picture = card.image.clone().expect("its picture");
    assert_eq!(ed.project().images.get(&picture), Some(&tiny_png()));
    assert!(io::validate(ed.project()).is_empty());
    assert_eq!(ed.undo_label(), Some("Add picture"));

    assert!(ed.undo());
    assert_eq!(ed.project(), &before, "one undo takes card and picture");
    assert!(!ed.is_dirty());
    assert!(ed.redo());
    assert!(ed.project().images.contains_key(&picture));

    let before = ed.project().clone();
    let nowhere = Action::AddCard {
        lane: "l-nope".into(),
        stage: "s-awareness".into(),
        title: "lost".into(),
        image: Some(waymark_core::model::ImageAsset {
            data: "other".into(),
            ..tiny_png()
        }),
    };
    assert!(
        ed.perform(&current(), nowhere, None)
            .is_err_and(|e| matches!(e, EditError::Missing(_)))
    );
    assert_eq!(ed.project(), &before, "no picture is left behind");
}
