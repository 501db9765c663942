//! The project's own channels in the inspector (issue 28): the icon picker found by
//! typing, a channel added and deleted (its cards cleared in one undo step), and a card
//! put on a project channel from its channel dropdown; a card's own icon picked.

use egui::accesskit::Role;
use egui_kittest::kittest::Queryable as _;
use waymark::io;
use waymark::model::ChannelRef;
use waymark::ui::Selection;

use super::{harness_on, project, undo};

const HOSPITAL: &str = include_str!("../../../core/tests/fixtures/hospital-channels.waymark");

/// The hospital map in a window tall enough to show the inspector's project section.
fn tall() -> egui_kittest::Harness<'static, waymark::ui::WaymarkApp> {
    let mut h = harness_on(io::load_bytes(HOSPITAL.as_bytes()).expect("fixture"));
    h.set_size(egui::vec2(1500.0, 1700.0));
    h.run_steps(3);
    h
}

fn kiosk_cards(h: &egui_kittest::Harness<'_, waymark::ui::WaymarkApp>) -> usize {
    project(h).maps[0]
        .cards
        .iter()
        .filter(|c| c.channel == Some(ChannelRef::Custom("ch-kiosk".into())))
        .count()
}

#[test]
fn the_icon_picker_finds_an_icon_by_typing() {
    let mut h = tall();
    h.get_by_label("Icon: monitor-smartphone").click();
    h.run_steps(3);
    // The whole library shows until one types.
    assert!(h.query_all_by_label("concierge-bell").count() >= 1);
    // The search field has the keyboard as soon as the picker opens.
    assert!(h.get_by_label("Search icons").is_focused());
    h.get_by_label("Search icons").type_text("hosp");
    h.run_steps(3);
    assert!(h.query_by_label("concierge-bell").is_none(), "filtered");
    h.get_by_label("hospital").click();
    h.run_steps(3);
    assert_eq!(project(&h).channels[1].icon, "hospital");
    assert!(
        h.query_by_label("Icon: hospital").is_some(),
        "labelled by its new icon"
    );
    assert!(
        h.query_by_label("Search icons").is_none(),
        "the picker closes"
    );
    undo(&mut h);
    assert_eq!(project(&h).channels[1].icon, "monitor-smartphone");
}

#[test]
fn channels_are_added_deleted_and_picked_on_a_card() {
    let mut h = tall();
    h.get_by_label("Add channel").click();
    h.run_steps(3);
    assert_eq!(project(&h).channels.len(), 3);
    assert_eq!(project(&h).channels[2].name, "New channel");
    assert!(h.query_by_label("Pick an icon").is_some());
    // Deleting the kiosk takes it off its card in the same step.
    assert_eq!(kiosk_cards(&h), 1);
    h.query_all_by_label("Delete channel")
        .nth(1)
        .expect("the kiosk's delete button")
        .click();
    h.run_steps(3);
    assert_eq!(project(&h).channels.len(), 2);
    assert_eq!(kiosk_cards(&h), 0);
    undo(&mut h);
    assert_eq!(project(&h).channels.len(), 3);
    assert_eq!(kiosk_cards(&h), 1);

    // A card goes from one project channel to another in its channel dropdown (the
    // built-in ones come first).
    let card = project(&h).maps[0]
        .cards
        .iter()
        .find(|c| c.channel == Some(ChannelRef::Custom("ch-reception".into())))
        .expect("the reception card")
        .id
        .clone();
    let at = h
        .state()
        .card_screen_rect(&card)
        .expect("on screen")
        .center();
    h.hover_at(at);
    h.run_steps(1);
    h.drag_at(at);
    h.run_steps(1);
    h.drop_at(at);
    h.run_steps(2);
    assert_eq!(h.state().selection(), &Selection::Cards(vec![card.clone()]));
    h.query_all_by(|n| {
        n.role() == Role::ComboBox && n.value().as_deref() == Some("Reception desk")
    })
    .next()
    .expect("the channel dropdown")
    .click();
    h.run_steps(3);
    h.query_all_by(|n| {
        n.role() != Role::ComboBox && n.label().as_deref() == Some("Check-in kiosk")
    })
    .next()
    .expect("the project channel in the list")
    .click();
    h.run_steps(3);
    assert_eq!(kiosk_cards(&h), 2);
}

#[test]
fn a_card_gets_an_icon_from_the_picker_in_one_undo_step() {
    let mut h = tall();
    let card = project(&h).maps[0]
        .cards
        .iter()
        .find(|c| c.title == "Calls the hospital to book")
        .expect("the card")
        .id
        .clone();
    let at = h
        .state()
        .card_screen_rect(&card)
        .expect("on screen")
        .center();
    h.hover_at(at);
    h.run_steps(1);
    h.drag_at(at);
    h.run_steps(1);
    h.drop_at(at);
    h.run_steps(2);
    assert_eq!(h.state().selection(), &Selection::Cards(vec![card.clone()]));
    h.get_by_label("Pick an icon for the card").click();
    h.run_steps(3);
    assert!(h.get_by_label("Search icons").is_focused());
    h.get_by_label("Search icons").type_text("phone c");
    h.run_steps(3);
    h.get_by_label("phone-call").click();
    h.run_steps(3);
    let icon = |h: &egui_kittest::Harness<'_, waymark::ui::WaymarkApp>| {
        project(h).maps[0]
            .cards
            .iter()
            .find(|c| c.id == card)
            .expect("the card")
            .icon
            .clone()
    };
    assert_eq!(icon(&h), "phone-call");
    h.get_by_label("No icon").click();
    h.run_steps(3);
    assert_eq!(icon(&h), "");
    undo(&mut h);
    assert_eq!(icon(&h), "phone-call");
}
