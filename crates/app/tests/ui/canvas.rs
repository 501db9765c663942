//! What a first-time designer expects of the canvas: several cards dragged together land
//! where their ghosts showed, the middle button pans from anywhere.

use egui::{Key, Modifiers, Pos2};
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
    assert_eq!(h.state().selection().cards().len(), 2);
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

#[test]
fn deleting_a_stage_says_what_went_with_undo_and_the_unsaved_state_shows_in_the_window() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("map.json");
    let sample = waymark::io::load_bytes(waymark::assets::SAMPLE.as_bytes()).expect("sample");
    waymark::io::save_path(&sample, &path).expect("save");
    let mut h = super::harness_with(WaymarkApp::with_project(sample, Some(path)));
    assert!(h.query_by_label("Unsaved changes").is_none());
    h.key_press_modifiers(Modifiers::COMMAND, egui::Key::S);
    h.run_steps(3);
    assert!(h.query_by_label_contains("Saved").is_some());
    let cards = project(&h).maps[0]
        .cards
        .iter()
        .filter(|c| c.stage.as_str() == "s-retention")
        .count();
    h.get_by_label("Stage Retention").click_secondary();
    h.run_steps(2);
    h.get_by_label("Context menu")
        .get_by(|n| n.label().is_some_and(|l| l.starts_with("Delete stage")))
        .click();
    h.run_steps(3);
    assert!(h.query_by_label("Stage Retention").is_none());
    h.get_by_label(&format!("Deleted stage Retention and {cards} cards"));
    h.get_by_label("Unsaved changes");
    assert!(
        h.query_by_label_contains("Saved").is_none(),
        "the status no longer says Saved"
    );
    // The toast's Undo (the toolbar has one too).
    h.get_by_label(&format!("Deleted stage Retention and {cards} cards"));
    let undo = h
        .query_all_by_label("Undo")
        .max_by(|a, b| a.rect().top().total_cmp(&b.rect().top()))
        .expect("an Undo button");
    undo.click();
    h.run_steps(2);
    h.get_by_label("Stage Retention");
}

#[test]
fn long_titles_and_messages_stay_inside_the_window() {
    let mut project = waymark::io::load_bytes(waymark::assets::SAMPLE.as_bytes()).expect("sample");
    project.title = "Très long titre ".repeat(64);
    project.maps[0].name = "A map with a very long name ".repeat(12);
    let mut h = super::harness_on(project);
    h.run_steps(2);
    let width = 1500.0;
    assert!(
        h.query_all_by_label("Add map")
            .all(|n| n.rect().right() <= width)
    );
    assert!(
        h.get_by_label("Map name").rect().right() <= width,
        "the inspector is there"
    );
    let missing = std::path::Path::new("/nonexistent")
        .join("folder ".repeat(60))
        .join("map.json");
    let app = WaymarkApp::open_with(Some(missing), waymark::ui::AppOptions::default());
    let mut h = super::harness_with(app);
    h.run_steps(2);
    let close = h.get_by_label("Dismiss message").rect();
    assert!(close.right() <= width, "{close:?}");
}

#[test]
fn an_arrow_is_selected_by_clicking_it_and_deleted_with_the_delete_key() {
    let mut h = harness();
    let links = project(&h).maps[0].links.len();
    let link = project(&h).maps[0].links[0].clone();
    let layout = waymark::layout::layout_map(
        project(&h),
        &project(&h).maps[0],
        waymark::text::TextEngine::global(),
    );
    let path = layout.links.iter().find(|l| l.link == 0).expect("laid out");
    let label = path.label.first().expect("the sample's arrow has a label");
    let at = h.state().canvas().view.screen_from_world() * label.rect().center();
    h.hover_at(at);
    h.run_steps(1);
    h.drag_at(at);
    h.run_steps(1);
    h.drop_at(at);
    h.run_steps(2);
    assert_eq!(
        *h.state().selection(),
        waymark::ui::Selection::Link {
            from: link.from.clone(),
            to: link.to.clone()
        }
    );
    // Its label is edited in the inspector.
    h.get_by_label("Arrow label").focus();
    h.run_steps(1);
    h.get_by_label("Arrow label").type_text(" later");
    h.run_steps(2);
    assert_eq!(
        project(&h).maps[0].links[0].label,
        format!("{} later", link.label)
    );
    h.key_press(egui::Key::Escape);
    h.run_steps(1);
    h.hover_at(at);
    h.drag_at(at);
    h.run_steps(1);
    h.drop_at(at);
    h.run_steps(2);
    h.key_press(egui::Key::Delete);
    h.run_steps(2);
    assert_eq!(project(&h).maps[0].links.len(), links - 1);
    undo(&mut h);
    assert_eq!(project(&h).maps[0].links.len(), links);
}

#[test]
fn a_stage_moved_to_the_front_keeps_its_colour_and_so_do_the_others() {
    let mut h = harness();
    let accents = |h: &Harness<'_, WaymarkApp>| -> Vec<(String, waymark::palette::Rgba)> {
        let mut list: Vec<_> = project(h).maps[0]
            .stages
            .iter()
            .enumerate()
            .map(|(i, s)| (s.id.to_string(), waymark::palette::stage_accent(i, s.color)))
            .collect();
        list.sort_by(|a, b| a.0.cmp(&b.0));
        list
    };
    let before = accents(&h);
    h.get_by_label("Stage Retention").click();
    h.run_steps(2);
    for _ in 0..4 {
        h.key_press_modifiers(Modifiers::ALT, egui::Key::ArrowLeft);
        h.run_steps(2);
    }
    assert_eq!(project(&h).maps[0].stages[0].id.as_str(), "s-retention");
    assert_eq!(accents(&h), before);
}

/// A map of thousands of cards shows at once, its text estimated while it is shaped on
/// another thread ("Preparing the cards' text…"); then the real layout takes over.
#[test]
fn a_large_map_shows_at_once_and_its_text_follows_from_another_thread() {
    let project = waymark::generate::generate(8, 6, 2_500, 23);
    let shaped = waymark::layout::layout_map(
        &project,
        &project.maps[0],
        &waymark::text::TextEngine::new(true),
    );
    let mut h = super::harness_on(project);
    // The first frames came before 2,500 cards' text could be shaped.
    assert!(h.state().text_pending());
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(120);
    while h.state().text_pending() {
        h.get_by_label("Preparing the cards' text…");
        assert!(std::time::Instant::now() < deadline, "the text never came");
        std::thread::sleep(std::time::Duration::from_millis(20));
        h.run_steps(1);
    }
    assert!(h.query_by_label("Preparing the cards' text…").is_none());
    let view = h.state().canvas().view;
    for (index, card) in h.state().editor().expect("open").project().maps[0]
        .cards
        .iter()
        .enumerate()
        .step_by(97)
    {
        let expected = view.screen_from_world() * shaped.card_box(index).expect("laid out").rect;
        assert_eq!(
            h.state().card_screen_rect(&card.id),
            Some(expected),
            "{}",
            card.id
        );
    }
}

/// The canvas read as a screen reader reads it: each card a node named by its title and
/// described by its stage and lane (and flags, feeling, notes); each cell a node; the
/// selection is the canvas's active descendant, so the arrow keys are announced.
#[test]
fn the_accessibility_tree_has_a_node_per_card_and_cell_and_follows_the_keys() {
    use egui_kittest::kittest::NodeT as _;
    let mut h = harness();
    let map = project(&h).maps[0].clone();
    let mut described = 0;
    for card in &map.cards {
        let stage = &map.stages[map.stage_index(&card.stage).expect("stage")].name;
        let lane = &map.lanes[map.lane_index(&card.lane).expect("lane")].name;
        let node = h.get_by_label(&card.title);
        let description = node.accesskit_node().description().unwrap_or_default();
        assert!(
            description.starts_with(&format!("{stage}, {lane}")),
            "{}: {description}",
            card.title
        );
        described += 1;
    }
    assert_eq!(described, map.cards.len());
    // A pain point says so; an emotion point gives its feeling.
    let pain = map
        .cards
        .iter()
        .find(|c| c.flags.contains(&waymark::model::CardFlag::PainPoint))
        .expect("a pain point in the sample");
    let text = h.get_by_label(&pain.title).accesskit_node().description();
    assert!(text.is_some_and(|d| d.contains(", Pain point")), "its flag");
    let curious = h.get_by_label("Curious").accesskit_node().description();
    assert!(
        curious.is_some_and(|d| d.contains("feeling +")),
        "the emotion point's score"
    );

    // The empty cell is a node; the keys reach it and the canvas points at it.
    let cell = h.get_by_label("Cell Pain points, Awareness");
    assert_eq!(
        cell.accesskit_node().description().as_deref(),
        Some("empty")
    );
    h.get_by_label("Referral credit for both friends").click();
    h.run_steps(2);
    let active = |h: &Harness<'_, WaymarkApp>| {
        h.get_by_label("Map canvas")
            .accesskit_node()
            .active_descendant()
            .and_then(|n| n.label())
    };
    assert_eq!(
        active(&h).as_deref(),
        Some("Referral credit for both friends")
    );
    h.key_press(Key::ArrowUp);
    h.run_steps(2);
    assert_eq!(active(&h).as_deref(), Some("Cell Pain points, Awareness"));
    let cell = h.get_by_label("Cell Pain points, Awareness");
    assert_eq!(cell.accesskit_node().is_selected(), Some(true));
    h.key_press(Key::ArrowUp);
    h.run_steps(2);
    assert_eq!(active(&h).as_deref(), Some("Curious"));
}

#[test]
fn the_add_button_shows_in_a_hovered_cell_only_when_the_cell_has_room_for_it() {
    let mut h = harness();
    h.key_press_modifiers(Modifiers::COMMAND, Key::Num1);
    h.run_steps(2);
    let add_button = |h: &Harness<'_, WaymarkApp>| {
        h.query_by(|n| {
            n.role() == egui::accesskit::Role::Button
                && n.label().is_some_and(|l| l.starts_with("Add card to"))
        })
        .is_some()
    };
    h.hover_at(title_center(&h, "c-a3"));
    h.run_steps(2);
    assert!(add_button(&h), "at 100% the hovered cell offers it");
    // Zoomed far out, a cell is smaller than the button: it would cover the cards.
    for _ in 0..12 {
        h.key_press_modifiers(Modifiers::COMMAND, Key::Minus);
    }
    h.run_steps(2);
    assert!(h.state().canvas().view.zoom < 0.3, "zoomed out");
    h.hover_at(title_center(&h, "c-a3"));
    h.run_steps(2);
    assert!(!add_button(&h));
}
