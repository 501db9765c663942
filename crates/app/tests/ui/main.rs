//! The editor driven through egui_kittest: widgets found by their accessible labels,
//! pointer and keyboard input, assertions on the document.

use egui::{Key, Modifiers, Pos2, pos2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use waymark::model::Project;
use waymark::ui::WaymarkApp;
use waymark::{assets, io};

mod blueprint;
mod canvas;
mod channels;
mod commands;
#[path = "../common/mod.rs"]
mod common;
mod compare;
mod export;
mod files;
mod fonts;
mod i18n;
mod inspector;
mod limits;
mod map_links;
mod metric_inspector;
mod present;
mod problems;
mod review;
mod settings;

fn harness() -> Harness<'static, WaymarkApp> {
    harness_on(io::load_bytes(assets::SAMPLE.as_bytes()).expect("sample"))
}

fn harness_on(project: Project) -> Harness<'static, WaymarkApp> {
    harness_with(WaymarkApp::with_project(project, None))
}

fn harness_with(app: WaymarkApp) -> Harness<'static, WaymarkApp> {
    common::window(app)
}

fn project<'a>(h: &'a Harness<'_, WaymarkApp>) -> &'a Project {
    h.state().editor().expect("a document").project()
}

fn center(h: &Harness<'_, WaymarkApp>, label: &str) -> Pos2 {
    h.get_by_label(label).rect().center()
}

/// The card ids of one cell, in order.
fn cell(h: &Harness<'_, WaymarkApp>, lane: &str, stage: &str) -> Vec<String> {
    project(h).maps[0]
        .cards
        .iter()
        .filter(|c| c.lane.as_str() == lane && c.stage.as_str() == stage)
        .map(|c| c.id.to_string())
        .collect()
}

/// Presses at `from`, moves to `to` in steps, and (unless `escape`) releases there.
fn drag(h: &mut Harness<'_, WaymarkApp>, from: Pos2, to: Pos2, escape: bool) {
    h.hover_at(from);
    h.run_steps(1);
    h.drag_at(from);
    h.run_steps(1);
    for i in 1..=6 {
        h.hover_at(from.lerp(to, i as f32 / 6.0));
        h.run_steps(1);
    }
    if escape {
        h.key_press(Key::Escape);
        h.run_steps(1);
    }
    h.drop_at(to);
    h.run_steps(2);
}

/// Steps the window until it puts a picture on the clipboard (an export on its worker
/// thread), for up to ten seconds: the picture's size, or `None`.
fn copied_image(h: &mut Harness<'_, WaymarkApp>) -> Option<[usize; 2]> {
    for _ in 0..500 {
        h.step();
        let copied = h
            .output()
            .platform_output
            .commands
            .iter()
            .find_map(|c| match c {
                egui::OutputCommand::CopyImage(image) => Some(image.size),
                _ => None,
            });
        if copied.is_some() {
            return copied;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    None
}

/// Types `path` into Waymark's own file chooser, whose name field is labelled `field`
/// (in the window's language), replacing what it proposes, and presses Enter.
fn choose_path(h: &mut Harness<'_, WaymarkApp>, field: &str, path: &std::path::Path) {
    h.get_by_label(field).focus();
    h.run_steps(1);
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.run_steps(1);
    h.get_by_label(field).type_text(&path.display().to_string());
    h.run_steps(1);
    h.key_press(Key::Enter);
}

fn undo(h: &mut Harness<'_, WaymarkApp>) {
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run_steps(2);
}

fn redo(h: &mut Harness<'_, WaymarkApp>) {
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    h.run_steps(2);
}

/// A point inside the cell of `lane` × `stage`, near its bottom (below its cards).
fn in_cell(h: &Harness<'_, WaymarkApp>, lane: &str, stage: &str) -> Pos2 {
    let lane = h.get_by_label(&format!("Lane {lane}")).rect();
    let stage = h.get_by_label(&format!("Stage {stage}")).rect();
    pos2(stage.center().x - 20.0, lane.bottom() - 6.0)
}

#[test]
fn drag_a_card_to_another_cell_then_undo_and_redo() {
    let mut h = harness();
    let from = center(&h, "Sees a friend's post about the app");
    let to = in_cell(&h, "Thoughts", "Retention");
    drag(&mut h, from, to, false);
    assert_eq!(cell(&h, "l-thoughts", "s-retention"), ["c-h5", "c-a1"]);
    assert_eq!(cell(&h, "l-actions", "s-awareness"), ["c-a2"]);
    assert!(
        h.state().title().starts_with('●'),
        "unsaved mark: {}",
        h.state().title()
    );
    undo(&mut h);
    assert_eq!(cell(&h, "l-actions", "s-awareness"), ["c-a1", "c-a2"]);
    assert!(!h.state().editor().expect("doc").is_dirty());
    redo(&mut h);
    assert_eq!(cell(&h, "l-thoughts", "s-retention"), ["c-h5", "c-a1"]);
}

#[test]
fn drop_between_two_cards_inserts_there() {
    let mut h = harness();
    let upper = h
        .get_by_label("Builds a basket from last week's paper list")
        .rect();
    let lower = h.get_by_label("Swaps out-of-stock items one by one").rect();
    let gap = pos2(upper.center().x, (upper.bottom() + lower.top()) / 2.0);
    let from = center(&h, "Reorders with one tap on Sunday evening");
    drag(&mut h, from, gap, false);
    assert_eq!(
        cell(&h, "l-actions", "s-purchase"),
        ["c-a5", "c-a10", "c-a6", "c-a7"]
    );
    undo(&mut h);
    assert_eq!(
        cell(&h, "l-actions", "s-purchase"),
        ["c-a5", "c-a6", "c-a7"]
    );
    assert_eq!(cell(&h, "l-actions", "s-retention"), ["c-a10"]);
    redo(&mut h);
    assert_eq!(
        cell(&h, "l-actions", "s-purchase"),
        ["c-a5", "c-a10", "c-a6", "c-a7"]
    );
}

/// The first map's stage names, in order.
fn stage_names(h: &Harness<'_, WaymarkApp>) -> Vec<String> {
    project(h).maps[0]
        .stages
        .iter()
        .map(|s| s.name.clone())
        .collect()
}

/// The first map's lane names, in order.
fn lane_names(h: &Harness<'_, WaymarkApp>) -> Vec<String> {
    project(h).maps[0]
        .lanes
        .iter()
        .map(|l| l.name.clone())
        .collect()
}

#[test]
fn escape_during_a_drag_puts_everything_back() {
    let mut h = harness();
    let before = project(&h).clone();
    let from = center(&h, "Sees a friend's post about the app");
    let to = in_cell(&h, "Pain points", "Delivery");
    drag(&mut h, from, to, true);
    assert_eq!(project(&h), &before);
    assert!(!h.state().canvas().is_dragging());
    assert!(!h.state().editor().expect("doc").is_dirty());
}

#[test]
fn drag_stage_and_lane_headers_to_reorder() {
    let mut h = harness();
    let names = stage_names;
    let purchase = h.get_by_label("Stage Purchase").rect();
    let from = center(&h, "Stage Awareness");
    drag(
        &mut h,
        from,
        pos2(purchase.right() - 10.0, purchase.center().y),
        false,
    );
    assert_eq!(
        names(&h),
        [
            "Consideration",
            "Purchase",
            "Awareness",
            "Delivery",
            "Retention"
        ]
    );
    undo(&mut h);
    assert_eq!(names(&h)[0], "Awareness");
    redo(&mut h);
    assert_eq!(names(&h)[2], "Awareness");

    let lanes = lane_names;
    let actions = h.get_by_label("Lane Customer actions").rect();
    let from = center(&h, "Lane Thoughts");
    drag(
        &mut h,
        from,
        pos2(actions.center().x, actions.top() + 5.0),
        false,
    );
    assert_eq!(
        lanes(&h)[..3],
        ["Thoughts", "Customer actions", "Touchpoints"]
    );
    undo(&mut h);
    assert_eq!(
        lanes(&h)[..3],
        ["Customer actions", "Touchpoints", "Thoughts"]
    );
    redo(&mut h);
    assert_eq!(
        lanes(&h)[..3],
        ["Thoughts", "Customer actions", "Touchpoints"]
    );
}

#[test]
fn undo_in_the_frame_a_header_is_dropped_still_moves_the_dragged_stage() {
    let mut h = harness();
    let names = stage_names;
    let awareness = h.get_by_label("Stage Awareness").rect();
    let front = pos2(awareness.left() + 10.0, awareness.center().y);
    let from = center(&h, "Stage Retention");
    drag(&mut h, from, front, false);
    assert_eq!(names(&h)[0], "Retention");

    // Purchase dragged to the front; Ctrl+Z arrives in the same frame as the drop.
    let retention = h.get_by_label("Stage Retention").rect();
    let front = pos2(retention.left() + 10.0, retention.center().y);
    let from = center(&h, "Stage Purchase");
    h.hover_at(from);
    h.run_steps(1);
    h.drag_at(from);
    h.run_steps(1);
    for i in 1..=6 {
        h.hover_at(from.lerp(front, i as f32 / 6.0));
        h.run_steps(1);
    }
    // One frame for both (kittest runs a frame per queued event, so put them in its input).
    let input = h.input_mut();
    input.events.push(egui::Event::Key {
        key: Key::Z,
        pressed: true,
        modifiers: Modifiers::COMMAND,
        repeat: false,
        physical_key: None,
    });
    input.events.push(egui::Event::PointerButton {
        pos: front,
        button: egui::PointerButton::Primary,
        pressed: false,
        modifiers: Modifiers::NONE,
    });
    h.run_steps(1);
    h.remove_cursor();
    h.run_steps(2);
    assert_eq!(
        names(&h),
        [
            "Awareness",
            "Consideration",
            "Delivery",
            "Purchase",
            "Retention"
        ],
        "the undo put Retention back, and Purchase (not Delivery) went before it"
    );
}

#[test]
fn rubber_band_selects_several_cards_and_they_move_together() {
    let mut h = harness();
    let a1 = h.get_by_label("Sees a friend's post about the app").rect();
    let a2 = h
        .get_by_label("Notices a 20% off first order ad at the bus stop")
        .rect();
    // From the empty space below the two cards, up across both.
    let start = pos2(a2.right() + 4.0, a2.bottom() + 6.0);
    drag(&mut h, start, a1.center(), false);
    assert_eq!(
        h.state().selection().cards().len(),
        2,
        "{:?}",
        h.state().selection()
    );
    let to = in_cell(&h, "Opportunities", "Delivery");
    drag(&mut h, a2.center(), to, false);
    assert_eq!(
        cell(&h, "l-opportunities", "s-delivery"),
        ["c-o4", "c-a1", "c-a2"]
    );
    undo(&mut h);
    assert_eq!(cell(&h, "l-actions", "s-awareness"), ["c-a1", "c-a2"]);
}

#[test]
fn double_click_edits_a_title_in_place_and_undo_restores_it() {
    let mut h = harness();
    let card = center(&h, "Pays with a saved card");
    h.hover_at(card);
    h.run_steps(1);
    for _ in 0..2 {
        h.get_by_label("Pays with a saved card").click();
        h.run_steps(1);
    }
    h.run_steps(2);
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.run_steps(1);
    h.get_by_label("Card title")
        .type_text("Pays with Apple Pay");
    h.run_steps(1);
    h.key_press(Key::Enter);
    h.run_steps(3);
    let title = |h: &Harness<'_, WaymarkApp>| {
        project(h).maps[0]
            .cards
            .iter()
            .find(|c| c.id.as_str() == "c-a7")
            .map(|c| c.title.clone())
    };
    assert_eq!(title(&h).as_deref(), Some("Pays with Apple Pay"));
    undo(&mut h);
    assert_eq!(title(&h).as_deref(), Some("Pays with a saved card"));
    redo(&mut h);
    assert_eq!(title(&h).as_deref(), Some("Pays with Apple Pay"));
}

#[test]
fn typing_in_the_inspector_is_one_undo_step() {
    let mut h = harness();
    h.get_by_label("Pricing page").click();
    h.run_steps(2);
    h.get_by_label("Body").click();
    h.run_steps(1);
    h.get_by_label("Body").type_text("Fees are hidden");
    h.run_steps(2);
    let body = |h: &Harness<'_, WaymarkApp>| {
        project(h).maps[0]
            .cards
            .iter()
            .find(|c| c.id.as_str() == "c-t4")
            .map(|c| c.body.clone())
    };
    assert_eq!(body(&h).as_deref(), Some("Fees are hidden"));
    // Leave the field, then undo once: the whole burst goes.
    h.key_press(Key::Escape);
    h.run_steps(2);
    undo(&mut h);
    assert_eq!(body(&h).as_deref(), Some(""));
}

#[test]
fn delete_duplicate_copy_and_paste_with_the_keyboard() {
    let mut h = harness();
    let count = |h: &Harness<'_, WaymarkApp>| project(h).maps[0].cards.len();
    let start = count(&h);
    h.get_by_label("Pricing page").click();
    h.run_steps(2);
    h.key_press_modifiers(Modifiers::COMMAND, Key::D);
    h.run_steps(2);
    assert_eq!(count(&h), start + 1);
    h.key_press(Key::Delete);
    h.run_steps(2);
    assert_eq!(count(&h), start);
    // Copy the original, select an empty cell, paste.
    h.get_by_label("Pricing page").click();
    h.run_steps(2);
    h.event(egui::Event::Copy);
    h.run_steps(1);
    let copied = h
        .output()
        .platform_output
        .commands
        .iter()
        .find_map(|c| match c {
            egui::OutputCommand::CopyText(text) => Some(text.clone()),
            _ => None,
        })
        .expect("copied text");
    assert!(copied.contains("waymark-cards") && copied.contains("Pricing page"));
    let empty = in_cell(&h, "Pain points", "Awareness");
    h.hover_at(empty);
    h.run_steps(1);
    h.drag_at(empty);
    h.run_steps(1);
    h.drop_at(empty);
    h.run_steps(2);
    h.event(egui::Event::Paste(copied));
    h.run_steps(2);
    assert_eq!(count(&h), start + 1);
    let pasted = project(&h).maps[0]
        .cards
        .iter()
        .filter(|c| c.title == "Pricing page")
        .count();
    assert_eq!(pasted, 2);
    assert_eq!(cell(&h, "l-pain", "s-awareness").len(), 1);
    assert!(io::validate(project(&h)).is_empty());
}

fn emotion_of(h: &Harness<'_, WaymarkApp>, title: &str) -> Option<i8> {
    project(h).maps[0]
        .cards
        .iter()
        .find(|c| c.title == title)
        .and_then(|c| c.emotion)
}

#[test]
fn dragging_an_emotion_point_changes_its_score_in_one_undo_step() {
    let mut h = harness();
    let title = "Unsure about fees";
    let before = emotion_of(&h, title);
    assert_eq!(before, Some(-1));
    let from = center(&h, title);
    // Far up: the score stops at the top of the scale.
    drag(&mut h, from, from - egui::vec2(0.0, 400.0), false);
    assert_eq!(emotion_of(&h, title), Some(2));
    undo(&mut h);
    assert_eq!(emotion_of(&h, title), before, "one undo step puts it back");
    redo(&mut h);
    assert_eq!(emotion_of(&h, title), Some(2));
    undo(&mut h);

    // Escape during a drag changes nothing; far down stops at the bottom of the scale.
    let from = center(&h, title);
    drag(&mut h, from, from + egui::vec2(0.0, 400.0), true);
    assert_eq!(emotion_of(&h, title), before);
    drag(&mut h, from, from + egui::vec2(0.0, 400.0), false);
    assert_eq!(emotion_of(&h, title), Some(-2));
}

#[test]
fn alt_dragging_from_one_card_to_another_draws_an_arrow() {
    let mut h = harness();
    let links_before = project(&h).maps[0].links.len();
    let from = center(&h, "Reorder forgets seasonal items");
    let to = center(&h, "Smart weekly basket from purchase history");
    h.event(egui::Event::ModifiersChanged(Modifiers::ALT));
    drag(&mut h, from, to, false);
    h.event(egui::Event::ModifiersChanged(Modifiers::NONE));
    h.run_steps(1);
    let links = &project(&h).maps[0].links;
    assert_eq!(links.len(), links_before + 1);
    let link = links.last().expect("the new arrow");
    assert_eq!((link.from.as_str(), link.to.as_str()), ("c-p5", "c-o5"));
    assert_eq!(
        cell(&h, "l-pain", "s-retention"),
        ["c-p5"],
        "the card did not move"
    );
    undo(&mut h);
    assert_eq!(project(&h).maps[0].links.len(), links_before);
}

/// A file dropped on the window, as the windowing layer hands it over.
#[derive(Debug)]
struct Dropped(std::path::PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &std::path::Path {
        &self.0
    }

    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

#[test]
fn a_picture_dropped_on_an_empty_storyboard_cell_is_one_card_and_one_undo_step() {
    let mut sample = io::load_bytes(assets::SAMPLE.as_bytes()).expect("sample");
    // Pain points becomes a storyboard; its Awareness cell is empty.
    sample.maps[0].lanes[4].kind = waymark::model::LaneKind::Images;
    let mut h = harness_on(sample);
    let before = project(&h).clone();
    assert!(cell(&h, "l-pain", "s-awareness").is_empty());
    let dir = tempfile::tempdir().expect("temp dir");
    let picture = dir.path().join("shelf.png");
    std::fs::copy(
        concat!(env!("CARGO_MANIFEST_DIR"), "/../../icons/waymark-256.png"),
        &picture,
    )
    .expect("copy a picture");

    h.hover_at(in_cell(&h, "Pain points", "Awareness"));
    h.run_steps(1);
    h.input_mut()
        .dropped_files
        .push(std::sync::Arc::new(Dropped(picture)));
    h.run_steps(2);
    let added = cell(&h, "l-pain", "s-awareness");
    assert_eq!(added.len(), 1, "one new card");
    let map = &project(&h).maps[0];
    let card = &map.cards[map.card_index(&added[0].as_str().into()).expect("card")];
    assert_eq!(card.title, "shelf");
    let image = card.image.clone().expect("the card has the picture");
    assert!(project(&h).images.contains_key(&image));
    let editor = h.state().editor().expect("doc");
    assert_eq!(editor.undo_label(), Some("Add picture"));

    undo(&mut h);
    assert!(project(&h) == &before, "one undo removes card and picture");
    assert!(!h.state().editor().expect("doc").is_dirty());
}

#[test]
fn the_map_language_is_chosen_in_the_inspector_and_undoes() {
    let mut h = harness();
    h.run_steps(2);
    h.get_by_role_and_label(egui::accesskit::Role::ComboBox, "Map language")
        .click();
    h.run_steps(2);
    h.get_by_label("日本語").click();
    h.run_steps(2);
    assert_eq!(project(&h).language.as_deref(), Some("ja"));
    undo(&mut h);
    assert_eq!(project(&h).language, None);
}
