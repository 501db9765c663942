//! What a first-time designer expects of the canvas: several cards dragged together land
//! where their ghosts showed, the middle button pans from anywhere.

use egui::{Modifiers, Pos2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use waymark::ui::WaymarkApp;

use super::{drag, harness, project, undo};

fn place(h: &Harness<'_, WaymarkApp>, id: &str) -> (String, String) {
    let map = &project(h).maps[0];
    let card = &map.cards[map.card_index(&id.into()).expect("card")];
    (card.lane.to_string(), card.stage.to_string())
}

fn title_center(h: &Harness<'_, WaymarkApp>, id: &str) -> Pos2 {
    let map = &project(h).maps[0];
    let title = &map.cards[map.card_index(&id.into()).expect("card")].title;
    h.get_by_label(title).rect().center()
}

#[test]
fn cards_from_two_stages_dragged_together_each_move_by_the_same_offset() {
    let mut h = harness();
    let before = project(&h).clone();
    h.get_by_label(&project(&h).maps[0].cards[0].title.clone())
        .click();
    h.run_steps(1);
    h.get_by_label(&project(&h).maps[0].cards[4].title.clone())
        .click_modifiers(Modifiers::SHIFT);
    h.run_steps(2);
    assert_eq!(h.state().canvas().selection.cards().len(), 2);
    // Grab the Awareness card and drop it two lanes down (Thoughts).
    let from = title_center(&h, "c-a1");
    let thoughts = h.get_by_label("Lane Thoughts").rect();
    let to = Pos2::new(from.x, thoughts.center().y);
    drag(&mut h, from, to, false);
    assert_eq!(
        place(&h, "c-a1"),
        ("l-thoughts".into(), "s-awareness".into())
    );
    assert_eq!(
        place(&h, "c-a5"),
        ("l-thoughts".into(), "s-purchase".into())
    );
    undo(&mut h);
    assert_eq!(project(&h), &before, "one undo step");
}

#[test]
fn the_middle_button_pans_even_when_it_starts_on_a_card() {
    let mut h = harness();
    let start = title_center(&h, "c-a3");
    let offset = h.state().canvas().view.offset;
    h.hover_at(start);
    h.run_steps(1);
    let button = |pressed, pos| egui::Event::PointerButton {
        pos,
        button: egui::PointerButton::Middle,
        pressed,
        modifiers: Modifiers::NONE,
    };
    h.event(button(true, start));
    h.run_steps(1);
    for i in 1..=5 {
        h.hover_at(start + egui::vec2(-20.0 * i as f32, -10.0 * i as f32));
        h.run_steps(1);
    }
    let end = start + egui::vec2(-100.0, -50.0);
    h.event(button(false, end));
    h.run_steps(2);
    let moved = h.state().canvas().view.offset - offset;
    assert!(
        (moved - egui::vec2(-100.0, -50.0)).length() < 2.0,
        "{moved:?}"
    );
    assert_eq!(
        place(&h, "c-a3"),
        ("l-actions".into(), "s-consideration".into())
    );
}

#[test]
fn several_selected_cards_are_recoloured_and_flagged_at_once_in_one_undo_step() {
    let mut h = harness();
    let before = project(&h).clone();
    let title = |h: &Harness<'_, WaymarkApp>, id: &str| {
        let map = &project(h).maps[0];
        map.cards[map.card_index(&id.into()).expect("card")]
            .title
            .clone()
    };
    h.get_by_label(&title(&h, "c-a1")).click();
    h.run_steps(1);
    h.get_by_label(&title(&h, "c-t3"))
        .click_modifiers(Modifiers::SHIFT);
    h.run_steps(2);
    h.get_by_label("2 cards");
    let (name, swatch) = waymark::palette::SWATCHES[2];
    h.get_by_label(&format!("Colour: {name}")).click();
    h.run_steps(2);
    h.get_by_label("Pain point").click();
    h.run_steps(2);
    let map = &project(&h).maps[0];
    for id in ["c-a1", "c-t3"] {
        let card = &map.cards[map.card_index(&id.into()).expect("card")];
        assert_eq!(card.color, Some(swatch), "{id}");
        assert!(
            card.flags.contains(&waymark::model::CardFlag::PainPoint),
            "{id}"
        );
    }
    undo(&mut h);
    let map = &project(&h).maps[0];
    let a1 = &map.cards[map.card_index(&"c-a1".into()).expect("card")];
    assert_eq!(a1.color, Some(swatch), "the colour stays: its own step");
    assert!(a1.flags.is_empty(), "the flags went back together");
    undo(&mut h);
    assert_eq!(project(&h), &before);
}
