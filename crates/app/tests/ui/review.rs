//! Format version 2 in the window: the review-notes panel and adding a note, the metrics
//! lane's inspector, and the several personas of a map.

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use waymark::ui::{Selection, WaymarkApp};

use super::{harness_on, project, undo};

const SHOWCASE: &str = include_str!("../../../core/tests/fixtures/v2-showcase.waymark");

fn showcase() -> Harness<'static, WaymarkApp> {
    harness_on(waymark::io::load_bytes(SHOWCASE.as_bytes()).expect("showcase"))
}

#[test]
fn the_notes_panel_lists_open_notes_and_selects_their_card() {
    let mut h = showcase();
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::N);
    h.run_steps(2);
    assert!(h.query_by_label_contains("3 open notes").is_some());
    h.get_by_label_contains("Need the slot-booking numbers")
        .click();
    h.run_steps(2);
    let map = &project(&h).maps[0];
    let Selection::Cards(ids) = h.state().selection().clone() else {
        panic!("a card is selected");
    };
    let card = map.cards.iter().find(|c| c.id == ids[0]).expect("card");
    assert_eq!(
        card.notes[0].text,
        "Need the slot-booking numbers from analytics."
    );
    // Its thread shows in the inspector; a new note is added, signed and dated.
    h.get_by_label("New note").click();
    h.run_steps(1);
    h.get_by_label("New note").type_text("Checked with Ben");
    h.run_steps(1);
    h.get_by_label("Add note").click();
    h.run_steps(2);
    let notes = |h: &Harness<'_, WaymarkApp>| {
        project(h).maps[0]
            .cards
            .iter()
            .find(|c| c.id == ids[0])
            .expect("card")
            .notes
            .clone()
    };
    let after = notes(&h);
    assert_eq!(after.len(), 2);
    assert_eq!(after[1].text, "Checked with Ben");
    assert!(after[1].date.ends_with('Z') && !after[1].author.is_empty());
    h.get_all_by_label("Resolve")
        .next()
        .expect("the first thread's")
        .click();
    h.run_steps(2);
    assert!(notes(&h)[0].resolved);
    assert!(
        h.query_by_label_contains("3 open notes").is_some(),
        "one resolved, one added"
    );
    undo(&mut h);
    undo(&mut h);
    assert_eq!(notes(&h).len(), 1);
}

#[test]
fn a_metrics_lane_is_edited_in_the_inspector() {
    let mut h = showcase();
    h.get_by_label("Lane Metrics").click();
    h.run_steps(2);
    assert!(h.query_by_label("Import CSV…").is_some());
    let metrics = |h: &Harness<'_, WaymarkApp>| {
        project(h).maps[0]
            .lanes
            .iter()
            .find(|l| l.name == "Metrics")
            .expect("lane")
            .metrics
            .clone()
    };
    assert_eq!(metrics(&h).len(), 3);
    h.get_by_label("Add metric").click();
    h.run_steps(2);
    assert_eq!(metrics(&h).len(), 4);
    assert_eq!(metrics(&h)[3].name, "New metric");
    undo(&mut h);
    assert_eq!(metrics(&h).len(), 3);
}

#[test]
fn the_map_inspector_lists_every_persona_of_the_map() {
    let mut h = showcase();
    h.key_press(Key::Escape);
    h.run_steps(2);
    for name in ["Persona: Maya (lead)", "Persona: Tom", "Persona: प्रिया"] {
        assert!(h.query_by_label(name).is_some(), "{name}");
    }
    h.get_by_label("Take Tom off this map").click();
    h.run_steps(2);
    assert_eq!(project(&h).maps[0].personas.len(), 2);
}
