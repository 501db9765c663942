//! A service blueprint's lines in the window (issue 28): a card dragged onto a line stays
//! where it was (the line takes no cards), and Alt+Down moves it past the line into the
//! next lane that shows cards, where a drag past it lands too.

use egui::{Key, Modifiers, pos2};
use egui_kittest::kittest::Queryable as _;
use waymark::edit::{Action, Editor};
use waymark::model::MapId;
use waymark::{assets, io};

use super::{drag, harness_on, project};

#[test]
fn a_card_dropped_on_a_line_stays_and_alt_down_moves_it_past_the_line() {
    let template = assets::template("service-blueprint").expect("template");
    let mut ed = Editor::new(io::load_bytes(template.as_bytes()).expect("loads"), None);
    ed.perform(
        &MapId::from("m-current"),
        Action::AddCard {
            lane: "l-customer-actions".into(),
            stage: "s-book".into(),
            title: "Books online".into(),
            image: None,
        },
        None,
    )
    .expect("adds");
    let mut h = harness_on(ed.project().clone());
    h.run_steps(2);
    let lane_of = |h: &egui_kittest::Harness<'_, waymark::ui::WaymarkApp>| {
        project(h).maps[0].cards[0].lane.to_string()
    };
    let before = project(&h).clone();
    let card = h.get_by_label("Books online").rect().center();
    let line = h.get_by_label("Lane Line of interaction").rect();
    assert!(line.height() < 42.0, "a thin lane: {}", line.height());
    drag(&mut h, card, pos2(card.x, line.center().y), false);
    assert_eq!(project(&h), &before, "the line took no card");
    assert!(!h.state().editor().expect("doc").is_dirty());
    // The keyboard passes over the line.
    h.get_by_label("Books online").click();
    h.run_steps(2);
    h.key_press_modifiers(Modifiers::ALT, Key::ArrowDown);
    h.run_steps(2);
    assert_eq!(lane_of(&h), "l-frontstage");
    h.key_press_modifiers(Modifiers::ALT, Key::ArrowUp);
    h.run_steps(2);
    assert_eq!(lane_of(&h), "l-customer-actions");
    // The same drag one lane further, past the line, does move it.
    let card = h.get_by_label("Books online").rect().center();
    let front = h.get_by_label("Lane Frontstage").rect();
    drag(&mut h, card, pos2(card.x, front.center().y), false);
    assert_eq!(lane_of(&h), "l-frontstage");
}
