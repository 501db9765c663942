//! The command registry through the window: keyboard navigation and moves, find, context
//! menus, the palette, the menus and the shortcut sheet, all found by accessible label.

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use waymark::model::CardId;
use waymark::ui::{Selection, UICommand, WaymarkApp};

use super::{harness, project, undo};

fn title(h: &Harness<'_, WaymarkApp>, id: &str) -> String {
    let map = &project(h).maps[0];
    let index = map.card_index(&id.into()).expect("card");
    map.cards[index].title.clone()
}

fn selected(h: &Harness<'_, WaymarkApp>) -> Selection {
    h.state().selection().clone()
}

/// Clicks the context-menu item `label` (its accessible name ends with its shortcut).
fn pick(h: &mut Harness<'_, WaymarkApp>, label: &str) {
    let spaced = format!("{label} ");
    h.get_by_label("Context menu")
        .get_by(|n| {
            n.role() == egui::accesskit::Role::Button
                && n.label()
                    .is_some_and(|l| l == label || l.starts_with(&spaced))
        })
        .click();
    h.run_steps(2);
}

fn card(id: &str) -> Selection {
    Selection::Cards(vec![CardId::from(id)])
}

fn press(h: &mut Harness<'_, WaymarkApp>, modifiers: Modifiers, key: Key) {
    h.key_press_modifiers(modifiers, key);
    h.run_steps(2);
}

fn stage_of(h: &Harness<'_, WaymarkApp>, id: &str) -> String {
    let map = &project(h).maps[0];
    map.cards[map.card_index(&id.into()).expect("card")]
        .stage
        .to_string()
}

#[test]
fn arrows_reach_an_empty_cell_where_ctrl_enter_and_enter_add_a_card() {
    let mut h = harness();
    // Pain points × Awareness is the sample's one empty cell, above c-o1.
    h.get_by_label(&title(&h, "c-o1")).click();
    h.run_steps(2);
    press(&mut h, Modifiers::NONE, Key::ArrowUp);
    let empty = Selection::Cell {
        lane: "l-pain".into(),
        stage: "s-awareness".into(),
    };
    assert_eq!(selected(&h), empty);
    // Up again passes over it to the emotion point, Down comes back.
    press(&mut h, Modifiers::NONE, Key::ArrowUp);
    assert_eq!(selected(&h), card("c-e1"));
    press(&mut h, Modifiers::NONE, Key::ArrowDown);
    assert_eq!(selected(&h), empty);

    let in_cell = |h: &Harness<'_, WaymarkApp>| {
        project(h).maps[0]
            .cards
            .iter()
            .filter(|c| c.lane == "l-pain".into() && c.stage == "s-awareness".into())
            .count()
    };
    let before = project(&h).maps[0].cards.len();
    press(&mut h, Modifiers::COMMAND, Key::Enter);
    assert_eq!(
        in_cell(&h),
        1,
        "Ctrl+Enter adds a card in the selected cell"
    );
    assert_eq!(project(&h).maps[0].cards.len(), before + 1);
    h.key_press(Key::Escape);
    h.run_steps(2);
    undo(&mut h);
    assert_eq!(in_cell(&h), 0);

    // Enter on the cell does the same, and the new card's title is being edited.
    h.get_by_label(&title(&h, "c-o1")).click();
    h.run_steps(2);
    press(&mut h, Modifiers::NONE, Key::ArrowUp);
    assert_eq!(selected(&h), empty);
    press(&mut h, Modifiers::NONE, Key::Enter);
    assert_eq!(in_cell(&h), 1, "Enter adds a card in the selected cell");
    h.get_by_label("Card title")
        .type_text("Not sure the ad is real");
    h.run_steps(2);
    press(&mut h, Modifiers::NONE, Key::Enter);
    let map = &project(&h).maps[0];
    assert!(
        map.cards
            .iter()
            .any(|c| c.lane == "l-pain".into() && c.title == "Not sure the ad is real"),
        "the typed title is the new card's"
    );
}

#[test]
fn arrows_select_neighbours_and_alt_arrows_move_one_cell_per_undo_step() {
    let mut h = harness();
    h.get_by_label(&title(&h, "c-a1")).click();
    h.run_steps(2);
    assert_eq!(selected(&h), card("c-a1"));
    press(&mut h, Modifiers::NONE, Key::ArrowDown);
    assert_eq!(selected(&h), card("c-a2"));
    press(&mut h, Modifiers::NONE, Key::ArrowUp);
    assert_eq!(selected(&h), card("c-a1"));
    press(&mut h, Modifiers::NONE, Key::ArrowRight);
    assert_eq!(selected(&h), card("c-a3"));
    // Past the top card, Up reaches the stage header; Left from a header goes along.
    press(&mut h, Modifiers::NONE, Key::ArrowUp);
    assert_eq!(selected(&h), Selection::Stage("s-consideration".into()));
    press(&mut h, Modifiers::NONE, Key::ArrowDown);
    assert_eq!(selected(&h), card("c-a3"));
    // Tab walks the cards in reading order.
    press(&mut h, Modifiers::NONE, Key::Tab);
    assert_eq!(selected(&h), card("c-a4"));
    press(&mut h, Modifiers::SHIFT, Key::Tab);
    assert_eq!(selected(&h), card("c-a3"));

    // Alt+Right twice: two undo steps, the card stays selected.
    press(&mut h, Modifiers::ALT, Key::ArrowRight);
    assert_eq!(stage_of(&h, "c-a3"), "s-purchase");
    press(&mut h, Modifiers::ALT, Key::ArrowRight);
    assert_eq!(stage_of(&h, "c-a3"), "s-delivery");
    assert_eq!(selected(&h), card("c-a3"));
    undo(&mut h);
    assert_eq!(stage_of(&h, "c-a3"), "s-purchase");
    undo(&mut h);
    assert_eq!(stage_of(&h, "c-a3"), "s-consideration");

    // A header moves with Alt+arrow too, and F2 renames it in place.
    press(&mut h, Modifiers::NONE, Key::ArrowUp);
    press(&mut h, Modifiers::ALT, Key::ArrowLeft);
    let stages: Vec<_> = project(&h).maps[0]
        .stages
        .iter()
        .map(|s| s.id.to_string())
        .collect();
    assert_eq!(&stages[..2], ["s-consideration", "s-awareness"]);
    press(&mut h, Modifiers::NONE, Key::F2);
    let field = h.get_by_label("Stage name");
    field.focus();
    h.run_steps(1);
    // The whole name is selected: typing replaces it.
    h.get_by_label("Stage name").type_text("Compare");
    h.run_steps(1);
    press(&mut h, Modifiers::NONE, Key::Enter);
    assert_eq!(project(&h).maps[0].stages[0].name, "Compare");
}

#[test]
fn ctrl_enter_adds_a_card_after_the_selected_one_and_edits_its_title() {
    let mut h = harness();
    h.get_by_label(&title(&h, "c-a1")).click();
    h.run_steps(2);
    press(&mut h, Modifiers::COMMAND, Key::Enter);
    let map = &project(&h).maps[0];
    let at = map.card_index(&"c-a1".into()).expect("card");
    let new = map.cards[at + 1].id.clone();
    assert_ne!(new.as_str(), "c-a2");
    assert_eq!(selected(&h), Selection::Cards(vec![new]));
    h.get_by_label("Card title").type_text("Asks a friend");
    h.run_steps(1);
    press(&mut h, Modifiers::NONE, Key::Enter);
    assert_eq!(project(&h).maps[0].cards[at + 1].title, "Asks a friend");
}

#[test]
fn find_then_enter_then_escape_keeps_the_found_card_selected() {
    let mut h = harness();
    press(&mut h, Modifiers::COMMAND, Key::F);
    h.get_by_label("Find cards").type_text("basket");
    h.run_steps(2);
    let hits = waymark::find::in_map(&project(&h).maps[0], "basket");
    assert!(hits.len() >= 2, "{hits:?}");
    h.get_by_label(&format!("{} found", hits.len()));
    press(&mut h, Modifiers::NONE, Key::Enter);
    assert_eq!(selected(&h), Selection::Cards(vec![hits[0].clone()]));
    h.get_by_label(&format!("1 of {}", hits.len()));
    press(&mut h, Modifiers::NONE, Key::Enter);
    assert_eq!(selected(&h), Selection::Cards(vec![hits[1].clone()]));
    press(&mut h, Modifiers::SHIFT, Key::Enter);
    assert_eq!(selected(&h), Selection::Cards(vec![hits[0].clone()]));
    press(&mut h, Modifiers::NONE, Key::Escape);
    assert!(h.query_by_label("Find cards").is_none(), "the bar closed");
    assert_eq!(selected(&h), Selection::Cards(vec![hits[0].clone()]));
    // Opened again, the previous query is selected: typing replaces it.
    press(&mut h, Modifiers::COMMAND, Key::F);
    h.run_steps(2);
    h.get_by_label("Find cards").type_text("fee");
    h.run_steps(2);
    assert_eq!(
        h.get_by_label("Find cards").value().as_deref(),
        Some("fee"),
        "the new query replaced the old one"
    );
}

#[test]
fn context_menus_on_a_card_a_cell_and_a_header() {
    let mut h = harness();
    let count = |h: &Harness<'_, WaymarkApp>| project(h).maps[0].cards.len();
    let start = count(&h);
    // An empty cell: Add card here.
    let empty = super::in_cell(&h, "Pain points", "Awareness");
    h.hover_at(empty);
    h.run_steps(1);
    h.event(egui::Event::PointerButton {
        pos: empty,
        button: egui::PointerButton::Secondary,
        pressed: true,
        modifiers: Modifiers::NONE,
    });
    h.run_steps(1);
    h.event(egui::Event::PointerButton {
        pos: empty,
        button: egui::PointerButton::Secondary,
        pressed: false,
        modifiers: Modifiers::NONE,
    });
    h.run_steps(2);
    pick(&mut h, "Add card here");
    assert_eq!(super::cell(&h, "l-pain", "s-awareness").len(), 1);
    // A card: Duplicate.
    h.get_by_label(&title(&h, "c-a1")).click_secondary();
    h.run_steps(2);
    pick(&mut h, "Duplicate");
    assert_eq!(count(&h), start + 2);
    // Escape closes a menu without touching the selection.
    let duplicated = selected(&h);
    h.get_by_label(&title(&h, "c-a2")).click_secondary();
    h.run_steps(2);
    assert!(h.query_by_label("Context menu").is_some());
    press(&mut h, Modifiers::NONE, Key::Escape);
    assert!(h.query_by_label("Context menu").is_none());
    assert_eq!(selected(&h), card("c-a2"));
    assert_ne!(duplicated, Selection::None);
    // A lane header: Add lane below.
    let lanes = project(&h).maps[0].lanes.len();
    h.get_by_label("Lane Thoughts").click_secondary();
    h.run_steps(2);
    pick(&mut h, "Add lane below");
    let map = &project(&h).maps[0];
    assert_eq!(map.lanes.len(), lanes + 1);
    let thoughts = map.lane_index(&"l-thoughts".into()).expect("lane");
    let added = map.lanes[thoughts + 1].id.clone();
    // The new lane is selected with its name ready to type.
    assert_eq!(selected(&h), Selection::Lane(added));
    assert!(h.query_by_label("Lane name").is_some());
}

#[test]
fn the_palette_runs_a_command() {
    let mut h = harness();
    let stages = project(&h).maps[0].stages.len();
    press(&mut h, Modifiers::COMMAND, Key::K);
    h.get_by_label("Search commands").type_text("add stage");
    h.run_steps(2);
    press(&mut h, Modifiers::NONE, Key::Enter);
    assert_eq!(project(&h).maps[0].stages.len(), stages + 1);
    assert!(h.query_by_label("Search commands").is_none());
}

#[test]
fn map_commands_from_the_palette_and_the_keys() {
    let mut h = harness();
    let maps = project(&h).maps.len();
    let before: Vec<_> = project(&h).maps.iter().map(|m| m.id.clone()).collect();
    // "start fut" in the palette: Start future state, and the new map is shown.
    press(&mut h, Modifiers::COMMAND, Key::K);
    h.get_by_label("Search commands").type_text("start fut");
    h.run_steps(2);
    press(&mut h, Modifiers::NONE, Key::Enter);
    h.run_steps(2);
    // It asks what the copy keeps: not the notes, the scores unless told otherwise.
    assert_eq!(project(&h).maps.len(), maps, "nothing yet");
    h.get_by_label("Keep the emotion scores").click();
    h.run_steps(2);
    press(&mut h, Modifiers::NONE, Key::Enter);
    h.run_steps(2);
    let p = project(&h).clone();
    assert_eq!(p.maps.len(), maps + 1);
    let new = p
        .maps
        .iter()
        .position(|m| !before.contains(&m.id))
        .expect("a new map");
    assert_eq!(h.state().shown_map(), new, "the new map is shown");
    assert_eq!(p.maps[new].state, waymark::model::MapState::Future);
    assert!(
        p.maps[new]
            .cards
            .iter()
            .all(|c| c.emotion.is_none() && c.notes.is_empty()),
        "the future state was started without notes and, as asked, without scores"
    );
    // Ctrl+PageUp / Ctrl+PageDown step through the maps (round).
    press(&mut h, Modifiers::COMMAND, Key::PageUp);
    assert_eq!(h.state().shown_map(), (new + maps) % (maps + 1));
    press(&mut h, Modifiers::COMMAND, Key::PageDown);
    assert_eq!(h.state().shown_map(), new);
    // Go to a map by its name.
    let first = p.maps[0].name.clone();
    press(&mut h, Modifiers::COMMAND, Key::K);
    h.get_by_label("Search commands").type_text(&first);
    h.run_steps(2);
    press(&mut h, Modifiers::NONE, Key::Enter);
    h.run_steps(2);
    assert_eq!(h.state().shown_map(), 0);
    // Rename map puts the caret in the map's name, selected: typing replaces it.
    press(&mut h, Modifiers::SHIFT, Key::F2);
    h.run_steps(2);
    h.get_by_label("Map name").type_text("Today");
    h.run_steps(2);
    assert_eq!(project(&h).maps[0].name, "Today");
    // Delete map (once out of the name field), then Undo brings it back.
    press(&mut h, Modifiers::NONE, Key::Escape);
    press(&mut h, Modifiers::COMMAND | Modifiers::SHIFT, Key::Delete);
    assert_eq!(project(&h).maps.len(), maps);
    press(&mut h, Modifiers::COMMAND, Key::Z);
    assert_eq!(project(&h).maps.len(), maps + 1);
}

#[test]
fn the_menus_and_the_shortcut_sheet_show_every_registered_command() {
    let mut h = harness();
    for group in UICommand::groups() {
        // The menu bar's button comes first ("Map" is also the inspector's heading).
        h.query_all_by_label(group)
            .next()
            .expect("the menu")
            .click();
        h.run_steps(2);
        for command in UICommand::ALL
            .into_iter()
            .filter(|c| c.info().group == group)
        {
            let label = command.info().label;
            let found = h
                .query_all_by(|node| node.label().is_some_and(|l| l.starts_with(label)))
                .next();
            assert!(found.is_some(), "{label} in the {group} menu");
        }
        press(&mut h, Modifiers::NONE, Key::Escape);
    }
    press(&mut h, Modifiers::NONE, Key::F1);
    // The window's title, and the command's own row.
    assert_eq!(h.query_all_by_label("Keyboard shortcuts").count(), 2);
    for command in UICommand::ALL {
        let keys: Vec<String> = command
            .info()
            .shortcuts
            .iter()
            .map(|s| waymark::ui::command::registry::format_shortcut(&h.ctx, s))
            .collect();
        if !keys.is_empty() {
            h.get_by_label(&keys.join(" or "));
        }
    }
    // Punctuation keys show as the character on the key, not egui's name for it.
    h.get_by_label("Ctrl+,");
    h.get_by_label("F1 or Ctrl+/ or ?");
    assert!(h.query_by_label("Ctrl+Comma").is_none());
}

#[test]
fn fit_shows_the_whole_of_a_thousand_card_map_and_ctrl_wheel_steps_ten_percent() {
    let project = waymark::generate::generate(6, 6, 1000, 7);
    let size = waymark::layout::layout_map(
        &project,
        &project.maps[0],
        waymark::text::TextEngine::global(),
    )
    .size;
    let mut h = super::harness_on(project);
    press(&mut h, Modifiers::SHIFT, Key::Num1);
    let view = h.state().canvas().view;
    let page = view.screen_from_world() * egui::Rect::from_min_size(egui::Pos2::ZERO, size);
    assert!(
        view.canvas.contains_rect(page),
        "page {page:?} in canvas {:?}",
        view.canvas
    );
    // One Ctrl+wheel notch: 10%, around the pointer.
    let before = view.zoom;
    h.hover_at(view.canvas.center());
    h.event(egui::Event::MouseWheel {
        unit: egui::MouseWheelUnit::Line,
        delta: egui::vec2(0.0, 1.0),
        phase: egui::TouchPhase::Move,
        source: egui::MouseWheelSource::Wheel,
        modifiers: Modifiers::COMMAND,
    });
    h.run_steps(2);
    let after = h.state().canvas().view.zoom;
    assert!((after / before - 1.1).abs() < 0.01, "{before} → {after}");
}

#[test]
fn a_dropdown_opens_with_its_current_value_in_view() {
    use waymark::model::Channel;
    let mut project = waymark::io::load_bytes(waymark::assets::SAMPLE.as_bytes()).expect("sample");
    let last = Channel::ALL[Channel::ALL.len() - 1];
    let card = project.maps[0].cards[0].id.clone();
    project.maps[0].cards[0].channel = Some(last.into());
    let mut h = super::harness_on(project);
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
    assert_eq!(selected(&h), Selection::Cards(vec![card]));
    let combo = h
        .query_all_by(|n| {
            n.role() == egui::accesskit::Role::ComboBox
                && n.value().as_deref() == Some(last.label())
        })
        .next()
        .expect("the channel dropdown");
    let below = combo.rect().max.y;
    combo.click();
    h.run_steps(3);
    let item = h
        .query_all_by(|n| {
            n.role() != egui::accesskit::Role::ComboBox
                && n.label().as_deref() == Some(last.label())
        })
        .next()
        .expect("the current channel in the list");
    // The list is at most 200 points tall, right below the dropdown.
    assert!(
        item.rect().max.y <= below + 210.0,
        "the current value is scrolled into view: {:?} below {below}",
        item.rect()
    );
}

/// Issue 30 (7): a lane that holds cards cannot become a Metrics lane from its context
/// menu (its cards would be kept but never drawn): the lane keeps its kind and cards, and
/// the window says why and what to do.
#[test]
fn a_lane_holding_cards_refuses_the_metrics_kind_and_says_why() {
    let mut h = harness();
    let before = project(&h).maps[0].clone();
    let thoughts = before.lane_index(&"l-thoughts".into()).expect("lane");
    assert!(before.cards.iter().any(|c| c.lane.as_str() == "l-thoughts"));
    h.get_by_label("Lane Thoughts").click_secondary();
    h.run_steps(2);
    h.get_by_label("Context menu")
        .get_by_label("Lane kind")
        .click();
    h.run_steps(2);
    h.get_by(|n| {
        n.role() == egui::accesskit::Role::RadioButton && n.label().as_deref() == Some("Metrics")
    })
    .click();
    h.run_steps(2);
    let map = &project(&h).maps[0];
    assert_eq!(map.lanes[thoughts].kind, before.lanes[thoughts].kind);
    assert_eq!(map.cards, before.cards);
    assert!(
        h.query_by_label_contains("move or delete them first")
            .is_some(),
        "the window says why"
    );
}

#[test]
fn the_wheel_over_the_shortcut_sheet_scrolls_the_sheet_not_the_map() {
    let mut h = harness();
    let wheel = |h: &mut Harness<'_, WaymarkApp>, modifiers: Modifiers| {
        let center = h.state().canvas().view.canvas.center();
        h.hover_at(center);
        h.event(egui::Event::MouseWheel {
            unit: egui::MouseWheelUnit::Line,
            delta: egui::vec2(0.0, -3.0),
            phase: egui::TouchPhase::Move,
            source: egui::MouseWheelSource::Wheel,
            modifiers,
        });
        h.run_steps(8);
    };
    let camera = |h: &Harness<'_, WaymarkApp>| {
        let view = h.state().canvas().view;
        (view.zoom, view.offset)
    };
    press(&mut h, Modifiers::NONE, Key::F1);
    let before = camera(&h);
    wheel(&mut h, Modifiers::NONE);
    wheel(&mut h, Modifiers::COMMAND);
    assert_eq!(camera(&h), before, "the map behind the sheet stays put");
    // Without the sheet the same wheel moves the map.
    press(&mut h, Modifiers::NONE, Key::Escape);
    wheel(&mut h, Modifiers::COMMAND);
    assert_ne!(camera(&h), before);
}

/// Add stage with a card selected puts the new column after the card's stage, not at the
/// end of the map (Add lane does the same with the card's lane).
#[test]
fn add_stage_goes_after_the_selected_cards_stage() {
    let mut h = harness();
    h.get_by_label(&title(&h, "c-a1")).click();
    h.run_steps(2);
    let stage = stage_of(&h, "c-a1");
    press(&mut h, Modifiers::ALT | Modifiers::SHIFT, Key::S);
    h.key_press(Key::Escape);
    h.run_steps(2);
    let map = &project(&h).maps[0];
    let at = map
        .stage_index(&stage.as_str().into())
        .expect("the card's stage");
    assert_eq!(map.stages[at + 1].name, "New stage", "{:?}", map.stages);
    assert_eq!(map.stages.len(), 6);
}
