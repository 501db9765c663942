//! File → Settings through egui_kittest: the settings are saved in the data folder and
//! read by the next window, New uses the chosen template and font, and the theme follows
//! the system until a setting overrides it.

use std::time::Duration;

use egui::{Key, Modifiers, Theme};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use waymark::store::DataDir;
use waymark::store::settings::{self, Settings};
use waymark::ui::{AppOptions, WaymarkApp};

use super::common;

fn harness(data: &DataDir) -> Harness<'static, WaymarkApp> {
    let options = AppOptions {
        data: Some(data.clone()),
        autosave_every: Duration::from_secs(30),
    };
    common::window(WaymarkApp::open_with(None, options))
}

fn dark(h: &Harness<'_, WaymarkApp>) -> bool {
    h.ctx.global_style().visuals.dark_mode
}

/// File → Settings… (the menu item's accessible name ends with its shortcut).
fn open_settings(h: &mut Harness<'_, WaymarkApp>) {
    h.get_by_label("File").click();
    h.run_steps(2);
    h.get_by(|n| n.label().is_some_and(|l| l.starts_with("Settings…")))
        .click();
    h.run_steps(3);
    assert!(h.state().settings_open());
}

#[test]
fn settings_chosen_in_the_window_persist_and_apply() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = DataDir::new(dir.path().join("data"));
    let mut h = harness(&data);
    assert_eq!(h.state().settings(), &Settings::default());
    open_settings(&mut h);

    h.get_by_label("Your name").click();
    h.run_steps(1);
    h.get_by_label("Your name").type_text("Maya Chen");
    h.run_steps(1);
    h.get_by_label("Template").click();
    h.run_steps(2);
    h.get_by_label("B2B purchase").click();
    h.run_steps(2);
    h.get_by_label("Transparent").click();
    h.run_steps(1);
    h.get_by_label("Dark").click();
    h.run_steps(2);
    assert!(dark(&h), "the theme is previewed while the window is open");
    h.get_by_label("Save").click();
    h.run_steps(3);
    assert!(!h.state().settings_open());
    assert!(dark(&h));
    assert!(settings::path(&data).exists(), "saved in the data folder");

    // A new window reads them back.
    let mut h = harness(&data);
    let s = h.state().settings().clone();
    assert_eq!(s.author, "Maya Chen");
    assert_eq!(s.template, "b2b");
    assert_eq!(s.export_background, settings::ExportBackground::Transparent);
    assert_eq!(s.theme, settings::Theme::Dark);
    assert!(dark(&h), "the saved theme applies from the start");

    // Ctrl+N starts from the chosen template.
    // Ctrl+N opens the gallery with the default template selected; Enter starts it.
    h.key_press_modifiers(Modifiers::COMMAND, Key::N);
    h.run_steps(2);
    h.key_press(Key::Enter);
    h.run_steps(3);
    let expected = waymark::io::load_bytes(
        waymark::assets::template("b2b")
            .expect("b2b template")
            .as_bytes(),
    )
    .expect("template loads");
    let project = h.state().editor().expect("a document").project();
    assert_eq!(project.title, expected.title);
}

#[test]
fn new_projects_use_the_default_map_font() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = DataDir::new(dir.path().join("data"));
    let chosen = Settings {
        map_font: Some("Noto Serif".to_owned()),
        ..Settings::default()
    };
    settings::save(&data, &chosen).expect("save");
    let mut h = harness(&data);
    // Ctrl+N opens the gallery with the default template selected; Enter starts it.
    h.key_press_modifiers(Modifiers::COMMAND, Key::N);
    h.run_steps(2);
    h.key_press(Key::Enter);
    h.run_steps(3);
    let project = h.state().editor().expect("a document").project();
    assert_eq!(project.font.as_deref(), Some("Noto Serif"));
    assert!(!h.state().editor().expect("doc").is_dirty());
}

#[test]
fn the_theme_follows_the_system_until_a_setting_overrides_it() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = DataDir::new(dir.path().join("data"));
    let mut h = harness(&data);
    assert!(!dark(&h), "light when the system's theme is unknown");
    h.input_mut().system_theme = Some(Theme::Dark);
    h.run_steps(3);
    assert!(dark(&h), "follows a dark system");
    h.input_mut().system_theme = Some(Theme::Light);
    h.run_steps(3);
    assert!(!dark(&h), "follows a light system");

    // "Dark" overrides a light system; Cancel goes back to following it. (Ctrl+, opens
    // the window too.)
    h.key_press_modifiers(Modifiers::COMMAND, Key::Comma);
    h.run_steps(3);
    assert!(h.state().settings_open());
    h.get_by_label("Dark").click();
    h.run_steps(3);
    assert!(dark(&h));
    h.get_by_label("Cancel").click();
    h.run_steps(3);
    assert!(!dark(&h));
    assert_eq!(h.state().settings().theme, settings::Theme::System);

    // "Light" saved overrides a dark system.
    open_settings(&mut h);
    h.get_by_label("Light").click();
    h.run_steps(1);
    h.get_by_label("Save").click();
    h.run_steps(2);
    h.input_mut().system_theme = Some(Theme::Dark);
    h.run_steps(3);
    assert!(!dark(&h), "the setting wins over the system");
    assert_eq!(
        settings::load(&data).expect("saved").theme,
        settings::Theme::Light
    );
}

#[test]
fn a_damaged_settings_file_is_shown_and_the_defaults_used() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = DataDir::new(dir.path().join("data"));
    std::fs::create_dir_all(data.root()).expect("folder");
    std::fs::write(settings::path(&data), "{ damaged").expect("write");
    let h = harness(&data);
    let banner = h.state().banner().unwrap_or_default().to_owned();
    assert!(banner.contains("cannot read the settings"), "{banner}");
    assert_eq!(h.state().settings(), &Settings::default());
}

#[test]
fn the_inspector_is_dragged_wider_and_the_next_window_remembers_it() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = DataDir::new(dir.path().join("data"));
    let mut h = harness(&data);
    let handle = |h: &Harness<'_, WaymarkApp>| h.get_by_label("Resize panel").rect().center();
    let from = handle(&h);
    let to = from - egui::vec2(150.0, 0.0);
    super::drag(&mut h, from, to, false);
    let width = h.state().settings().inspector_width;
    assert!((420.0..480.0).contains(&width), "dragged to {width}");
    assert!((handle(&h).x - to.x).abs() < 3.0);
    let saved = settings::load(&data).expect("settings saved");
    assert_eq!(saved.inspector_width, width);

    // The next window opens with the inspector as wide; it never takes half the window.
    let mut next = harness(&data);
    assert!((handle(&next).x - to.x).abs() < 3.0);
    let from = handle(&next);
    super::drag(&mut next, from, egui::pos2(100.0, from.y), false);
    assert!(
        handle(&next).x >= 1500.0 / 2.0 - 2.0,
        "the canvas keeps half the window"
    );
}

#[test]
fn new_opens_the_template_gallery_where_a_template_is_picked_by_click_or_keys() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = DataDir::new(dir.path().join("data"));
    let mut h = harness(&data);
    h.key_press_modifiers(Modifiers::COMMAND, Key::N);
    // A new window takes a few frames to find its size and place.
    h.run_steps(6);
    // Every bundled template is a tile; the default one is selected.
    for name in [
        "Standard five-stage journey",
        "Patient journey",
        "Hotel stay",
    ] {
        assert!(h.query_by_label(name).is_some(), "{name} is in the gallery");
    }
    let selected = |h: &Harness<'_, WaymarkApp>, name: &str| {
        use egui_kittest::kittest::NodeT as _;
        h.get_by_label(name).accesskit_node().is_selected() == Some(true)
    };
    assert!(selected(&h, "Standard five-stage journey"));
    // The arrows move the selection; a click selects; Create starts from it.
    h.key_press(Key::ArrowRight);
    h.run_steps(2);
    assert!(selected(&h, "Blank map"));
    h.get_by_label("Patient journey").click();
    h.run_steps(2);
    assert!(selected(&h, "Patient journey"));
    h.get_by_label("Create").click();
    h.run_steps(3);
    let project = h.state().editor().expect("a document").project();
    assert_eq!(project.title, "Patient journey: a first outpatient visit");
    assert!(
        project.maps[0].cards.len() > 20,
        "the template comes with its example"
    );
    assert!(h.query_by_label("Create").is_none(), "the gallery closed");
}

#[test]
fn the_paper_chosen_for_an_export_is_remembered_for_the_next_project_too() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = DataDir::new(dir.path().join("data"));
    let mut h = harness(&data);
    let open_export = |h: &mut Harness<'_, WaymarkApp>| {
        h.key_press_modifiers(Modifiers::COMMAND, Key::E);
        h.run_steps(3);
    };
    open_export(&mut h);
    h.get_by_label("Format PDF").click();
    h.run_steps(2);
    h.get_by_label("Pages").click();
    h.run_steps(2);
    h.get_by_label("A4").click();
    h.run_steps(2);
    assert!(h.query_by_label("Portrait").is_some(), "A4 chosen");
    // Closed without exporting: the choice stays.
    h.key_press(Key::Escape);
    h.run_steps(2);
    assert!(h.query_by_label("Portrait").is_none(), "the dialog closed");
    open_export(&mut h);
    assert!(h.query_by_label("Portrait").is_some(), "A4 is still chosen");
    h.key_press(Key::Escape);
    h.run_steps(2);
    // A new project's first export starts from the last choices.
    h.key_press_modifiers(Modifiers::COMMAND, Key::N);
    h.run_steps(6);
    h.key_press(Key::Enter);
    h.run_steps(3);
    open_export(&mut h);
    assert!(
        h.query_by_label("Portrait").is_some(),
        "the new project exports on A4 too"
    );
}
