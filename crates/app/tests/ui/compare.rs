//! View → Compare with… and merge conflicts, through the window.

use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable as _;
use waymark::compare;
use waymark::model::{CardId, MapId, Project};
use waymark::ui::Selection;
use waymark::{assets, io};

use super::{copied_image, harness_on, project, undo};

fn sample() -> Project {
    io::load_bytes(assets::SAMPLE.as_bytes()).expect("sample")
}

/// The sample with a second map `name`: the first with one card retitled, "the other
/// version" to compare with.
fn sample_with_a_version_named(name: &str) -> Project {
    let mut p = sample();
    let mut other = p.maps[0].clone();
    other.id = MapId("m-before".into());
    other.name = name.into();
    other.cards[0].title = "Sees an ad".into();
    p.maps.push(other);
    p
}

#[test]
fn the_compare_view_lists_a_changed_card_selects_it_and_restores_it() {
    let mut h = harness_on(sample_with_a_version_named("Before"));

    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::D);
    h.run_steps(3);
    h.get_by_label("Before").click();
    h.run_steps(3);
    let line = "~ card \"Sees an ad\" → \"Sees a friend's post about the app\" (Customer actions · Awareness)";
    h.get_by_label(line).click();
    h.run_steps(2);
    assert_eq!(
        *h.state().selection(),
        Selection::Cards(vec![CardId::from("c-a1")])
    );
    assert!(h.query_by_label_contains("1 changed").is_some());

    h.get_by_label("Restore").click();
    h.run_steps(3);
    assert_eq!(project(&h).maps[0].cards[0].title, "Sees an ad");
    assert!(
        h.query_by_label("Cards: 0 added · 0 removed · 0 changed · 0 moved")
            .is_some(),
        "no card differs any more"
    );
    undo(&mut h);
    assert_eq!(
        project(&h).maps[0].cards[0].title,
        "Sees a friend's post about the app"
    );

    h.get_by_label("Close the comparison").click();
    h.run_steps(2);
    assert!(h.query_by_label(line).is_none());
}

#[test]
fn a_merge_conflict_is_resolved_in_the_app_as_one_undo_step() {
    let base = sample();
    let mut ours = base.clone();
    ours.maps[0].cards[0].title = "Mine".into();
    let mut theirs = base.clone();
    theirs.maps[0].cards[0].title = "Yours".into();
    let merged = compare::merge(&base, &ours, &theirs).expect("merges");
    assert!(merged.conflicts.is_some());
    let mut h = harness_on(merged);
    h.run_steps(2);
    assert!(
        h.query_by_label_contains("1 unresolved merge conflict")
            .is_some()
    );
    let text = compare::describe_conflict(
        &project(&h).conflicts.as_ref().expect("conflicts").items[0],
        project(&h),
    );
    h.get_by_label(&text).click();
    h.run_steps(2);
    assert_eq!(
        *h.state().selection(),
        Selection::Cards(vec![CardId::from("c-a1")]),
        "clicking the conflict shows its card"
    );
    let marked = |h: &egui_kittest::Harness<'_, waymark::ui::WaymarkApp>| {
        h.state()
            .canvas()
            .compared
            .as_ref()
            .is_some_and(|m| m.cards.contains_key(&CardId::from("c-a1")))
    };
    assert!(marked(&h), "the conflicted card is marked on the canvas");
    h.get_by_label("Use theirs").click();
    h.run_steps(3);
    assert_eq!(project(&h).maps[0].cards[0].title, "Yours");
    assert!(project(&h).conflicts.is_none());
    assert!(
        h.query_by_label_contains("unresolved merge conflict")
            .is_none()
    );
    undo(&mut h);
    assert_eq!(project(&h).maps[0].cards[0].title, "Mine");
    let left = &project(&h).conflicts.as_ref().expect("back").items;
    assert_eq!(left.len(), 1);
}

#[test]
fn the_compare_view_and_the_conflicts_speak_the_windows_language() {
    let mut h = harness_on(sample_with_a_version_named("Vorher"));
    // The window in German (the suites' windows are English otherwise).
    waymark::ui::i18n::force_language(Some("de"));
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::D);
    h.run_steps(3);
    h.get_by_label("Vorher").click();
    h.run_steps(3);
    let german = "~ Karte „Sees an ad“ → „Sees a friend's post about the app“ (Customer actions · Awareness)";
    assert!(h.query_by_label(german).is_some(), "a German change line");
    assert!(
        h.query_by_label_contains("~ card").is_none(),
        "no English change line"
    );
    // The same window switched to Japanese words the list again.
    waymark::ui::i18n::force_language(Some("ja"));
    h.run_steps(3);
    let japanese = "~ カード「Sees an ad」 → 「Sees a friend's post about the app」(Customer actions · Awareness)";
    assert!(
        h.query_by_label(japanese).is_some(),
        "a Japanese change line"
    );
    waymark::ui::i18n::force_language(Some("en"));

    let base = sample();
    let mut ours = base.clone();
    ours.maps[0].cards[0].title = "Mine".into();
    let mut theirs = base.clone();
    theirs.maps[0].cards[0].title = "Yours".into();
    let merged = compare::merge(&base, &ours, &theirs).expect("merges");
    let mut h = harness_on(merged);
    waymark::ui::i18n::force_language(Some("de"));
    h.run_steps(3);
    let conflict =
        "Karte „Sees a friend's post about the app“, Titel – unsere: „Mine“, ihre: „Yours“";
    let shown = std::cell::RefCell::new(Vec::new());
    h.query_by(|n| {
        if let Some(l) = n.label().filter(|l| l.contains("unsere")) {
            shown.borrow_mut().push(l.to_string());
        }
        false
    });
    assert_eq!(
        shown.into_inner(),
        vec![conflict.to_owned()],
        "a German conflict"
    );
    waymark::ui::i18n::force_language(Some("en"));
}

/// Compare with the future state, then Side by side: the Export dialog shows both maps
/// stacked as one, and what it copies is that map (current above, future below).
#[test]
fn side_by_side_exports_both_maps_stacked() {
    let mut h = harness_on(sample());
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::D);
    h.run_steps(3);
    // The chooser's button, in the middle of the window (the map's tab and the
    // inspector's map state have the same name).
    let pick = h
        .get_all_by_label("Future state")
        .find(|n| (n.rect().center() - egui::pos2(750.0, 475.0)).length() < 200.0)
        .expect("the chooser lists the future state");
    pick.click();
    h.run_steps(3);
    h.get_by_label("Side by side…").click();
    h.run_steps(3);
    assert!(
        h.query_by_label("Format PNG").is_some(),
        "the Export dialog is open"
    );
    h.get_by_label("Format PNG").click();
    h.run_steps(2);
    h.get_by_label("Copy image").click();
    let copied = copied_image(&mut h);
    let size = copied.expect("the stacked map went to the clipboard");
    let p = project(&h);
    let stacked = waymark::export::stacked::stacked_map(p, &p.maps[0], &p.maps[1]);
    let layout = waymark::layout::layout_map(p, &stacked, waymark::text::TextEngine::global());
    let one = waymark::layout::layout_map(p, &p.maps[0], waymark::text::TextEngine::global());
    assert!(
        layout.size.y > one.size.y * 1.5,
        "both maps, one above the other"
    );
    let scale = size[1] as f32 / layout.size.y;
    assert!(
        (size[0] as f32 - layout.size.x * scale).abs() <= 2.0,
        "the copied picture is the stacked map: {size:?} against {:?}",
        layout.size
    );
}
