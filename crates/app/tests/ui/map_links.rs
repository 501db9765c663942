//! Maps that open maps in the window (issue 28): Ctrl+click on a card's link chip, the
//! card's context menu and Map → Open linked map (Alt+Enter) open the map it names; the
//! trail bar above it leads back; a tab starts afresh.

use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable as _;
use waymark::model::CardId;
use waymark::{assets, io};

use super::harness_on;

#[test]
fn a_card_opens_its_map_and_the_trail_leads_back() {
    let mut project = io::load_bytes(assets::SAMPLE.as_bytes()).expect("sample");
    project.maps[1].name = "チェックイン — step by step".into();
    let target = project.maps[1].id.clone();
    project.maps[0].cards[0].opens = Some(target);
    let card: CardId = project.maps[0].cards[0].id.clone();
    let title = project.maps[0].cards[0].title.clone();
    let mut h = harness_on(project);
    h.run_steps(3);
    assert_eq!(h.state().shown_map(), 0);
    // Ctrl+click on the chip.
    let chip = h.state().link_chip_screen_rect(&card).expect("a link chip");
    h.hover_at(chip.center());
    h.run_steps(1);
    h.event(egui::Event::PointerButton {
        pos: chip.center(),
        button: egui::PointerButton::Primary,
        pressed: true,
        modifiers: Modifiers::COMMAND,
    });
    h.run_steps(1);
    h.event(egui::Event::PointerButton {
        pos: chip.center(),
        button: egui::PointerButton::Primary,
        pressed: false,
        modifiers: Modifiers::COMMAND,
    });
    h.run_steps(3);
    assert_eq!(h.state().shown_map(), 1, "the chip opened the linked map");
    // The trail bar names where we came from and goes back.
    let back = format!(
        "← Back to “{}”",
        h.state().editor().expect("doc").project().maps[0].name
    );
    h.get_by_label(&back).click();
    h.run_steps(3);
    assert_eq!(h.state().shown_map(), 0);
    assert!(h.query_by_label(&back).is_none(), "no trail at the start");
    // The command (Alt+Enter) on the selected card, then a tab: no trail left.
    h.get_by_label(&title).click();
    h.run_steps(2);
    h.key_press_modifiers(Modifiers::ALT, Key::Enter);
    h.run_steps(3);
    assert_eq!(h.state().shown_map(), 1, "Alt+Enter opened it");
    assert!(h.query_by_label(&back).is_some());
    let first = h.state().editor().expect("doc").project().maps[0]
        .name
        .clone();
    h.get_by_label(&format!("Map {first}")).click();
    h.run_steps(3);
    assert_eq!(h.state().shown_map(), 0);
    assert!(h.query_by_label(&back).is_none(), "a tab starts afresh");
    // The context menu offers it by name.
    h.get_by_label(&title).click_secondary();
    h.run_steps(2);
    let item = "Open “チェックイン — step by step”";
    h.get_by_label("Context menu")
        .get_by(|n| {
            n.role() == egui::accesskit::Role::Button
                && n.label().is_some_and(|l| l.starts_with(item))
        })
        .click();
    h.run_steps(3);
    assert_eq!(h.state().shown_map(), 1, "the context menu opened it");
}

#[test]
fn a_map_shown_again_keeps_the_zoom_it_was_left_at() {
    let project = io::load_bytes(assets::SAMPLE.as_bytes()).expect("sample");
    let names: Vec<String> = project.maps.iter().map(|m| m.name.clone()).collect();
    assert!(names.len() >= 2, "the sample has two maps");
    let mut h = harness_on(project);
    h.run_steps(3);
    let fitted = h.state().canvas().view.zoom;
    h.key_press_modifiers(Modifiers::COMMAND, Key::Equals);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Equals);
    h.run_steps(2);
    let zoomed = h.state().canvas().view;
    assert!(
        zoomed.zoom > fitted,
        "zoomed in: {} → {}",
        fitted,
        zoomed.zoom
    );
    // The other map opens fitted; coming back finds the first where it was left.
    h.get_by_label(&format!("Map {}", names[1])).click();
    h.run_steps(3);
    assert_eq!(h.state().shown_map(), 1);
    assert!(
        h.state().canvas().view.zoom < zoomed.zoom,
        "the other map fitted"
    );
    h.get_by_label(&format!("Map {}", names[0])).click();
    h.run_steps(3);
    assert_eq!(h.state().shown_map(), 0);
    let back = h.state().canvas().view;
    assert_eq!((back.zoom, back.offset), (zoomed.zoom, zoomed.offset));
}
