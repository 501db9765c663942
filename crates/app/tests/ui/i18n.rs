//! The window in the user's language, through egui_kittest.
//!
//! Under a pseudo-locale every message of the window catalogue is wrapped in «…»; the
//! window, its menus, the inspector (map, card, cards, stage, lane, arrow), the context
//! menu and every dialog and panel are opened, the accessibility tree is walked, and any
//! text that is neither wrapped nor the user's own (the sample's titles and names) nor a
//! key name fails the test: a string someone wrote in Rust instead of the catalogue.
//! Then the language setting: German chosen in Settings applies at once and is saved.

use std::collections::BTreeSet;
use std::time::Duration;

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{By, NodeT as _, Queryable as _};
use waymark::store::DataDir;
use waymark::store::settings::{self, Settings};
use waymark::ui::i18n::{PSEUDO_CLOSE, PSEUDO_OPEN};
use waymark::ui::{AppOptions, WaymarkApp};

use super::{common, harness, project};

/// Words that are no one's to translate: egui's key names, file formats and names.
const NEUTRAL: &[&str] = &[
    "Ctrl",
    "Shift",
    "Alt",
    "Cmd",
    "Enter",
    "Tab",
    "Delete",
    "Backspace",
    "Left",
    "Right",
    "Up",
    "Down",
    "PageDown",
    "PageUp",
    "Menu",
    "Escape",
    "Space",
    "PNG",
    "SVG",
    "PDF",
    "PPTX",
    "HTML",
    "CSV",
    "Mermaid",
    "Waymark",
    "Inter",
    "px",
    "pt",
];

/// What egui itself names (its window close button, a panel's resize handle): egui 0.37
/// has no hook to translate them.
const EGUI_OWN: &[&str] = &["Close window", "Resize panel", "Resize window"];

/// Every string of the project (titles, names, tags…): the user's words.
fn user_words(h: &Harness<'_, WaymarkApp>) -> Vec<String> {
    fn walk(value: &serde_json::Value, out: &mut Vec<String>) {
        match value {
            serde_json::Value::String(s) => {
                out.push(s.clone());
                out.extend(s.lines().map(str::to_owned));
            }
            serde_json::Value::Array(a) => a.iter().for_each(|v| walk(v, out)),
            serde_json::Value::Object(o) => o.values().for_each(|v| walk(v, out)),
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(&serde_json::to_value(project(h)).expect("json"), &mut out);
    out.retain(|s| s.chars().count() > 1);
    // Longest first, so that a name inside a longer title goes with it.
    out.sort_by_key(|s| std::cmp::Reverse(s.len()));
    out
}

/// What is left of `text` once the catalogue's messages, the user's words and neutral
/// words are taken out; `None` when nothing translatable is left.
fn untranslated(text: &str, user: &[String]) -> Option<String> {
    let mut rest = String::new();
    let mut depth = 0usize;
    for c in text.chars() {
        match c {
            PSEUDO_OPEN => depth += 1,
            PSEUDO_CLOSE => depth = depth.saturating_sub(1),
            _ if depth == 0 => rest.push(c),
            _ => rest.push(' '),
        }
    }
    for word in user {
        if rest.contains(word.as_str()) {
            rest = rest.replace(word.as_str(), " ");
        }
    }
    let words: Vec<&str> = rest
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| w.chars().count() > 1 && !NEUTRAL.contains(w))
        .filter(|w| !(w.starts_with('F') && w[1..].chars().all(|c| c.is_ascii_digit())))
        .collect();
    (!words.is_empty()).then(|| words.join(" "))
}

/// Adds every untranslated label, value, description and placeholder on screen to `bad`.
fn check(h: &Harness<'_, WaymarkApp>, place: &str, user: &[String], bad: &mut BTreeSet<String>) {
    for node in h.query_all(By::new().include_labels()) {
        let n = node.accesskit_node();
        let role = n.role();
        // A wrapped line of a label: the label itself is checked whole.
        if role == egui::accesskit::Role::TextRun {
            continue;
        }
        // A text field's value is what the user typed.
        let typed = matches!(
            role,
            egui::accesskit::Role::TextInput
                | egui::accesskit::Role::MultilineTextInput
                | egui::accesskit::Role::SearchInput
        );
        let texts = [
            n.label(),
            (!typed).then(|| n.value()).flatten(),
            n.description(),
            n.placeholder().map(str::to_owned),
        ];
        for text in texts.into_iter().flatten() {
            if EGUI_OWN.iter().any(|e| text.starts_with(e)) {
                continue;
            }
            if let Some(rest) = untranslated(&text, user) {
                bad.insert(format!("{place}: {role:?} {text:?} ({rest})"));
            }
        }
    }
}

/// The `index`th argument of message `id` in `text` (as the pseudo-locale shows it: the
/// whole message wrapped once, its arguments as they were given).
fn argument(text: &str, id: &str, index: usize) -> Option<String> {
    let prefix = format!("{id} = ");
    let pattern = waymark::ui::i18n::ENGLISH_SOURCE
        .lines()
        .find_map(|l| l.strip_prefix(&prefix))?;
    // The literal pieces between the placeables.
    let mut pieces = Vec::new();
    let mut rest = pattern;
    while let Some(open) = rest.find('{') {
        pieces.push(&rest[..open]);
        rest = &rest[rest[open..].find('}')? + open + 1..];
    }
    pieces.push(rest);
    let inner = text.strip_prefix(PSEUDO_OPEN)?.strip_suffix(PSEUDO_CLOSE)?;
    let mut at = inner.strip_prefix(pieces[0])?;
    let mut args = Vec::new();
    for (i, piece) in pieces.iter().enumerate().skip(1) {
        let end = if i + 1 == pieces.len() {
            at.strip_suffix(piece).map(str::len)?
        } else {
            at.find(piece)?
        };
        args.push(at[..end].to_owned());
        at = &at[end + piece.len()..];
    }
    args.into_iter().nth(index)
}

fn press(h: &mut Harness<'_, WaymarkApp>, modifiers: Modifiers, key: Key) {
    h.key_press_modifiers(modifiers, key);
    h.run_steps(3);
}

fn wrapped(id: &str) -> String {
    format!("{PSEUDO_OPEN}{id}{PSEUDO_CLOSE}")
}

#[test]
fn every_text_of_the_window_comes_from_the_catalogue() {
    waymark::ui::i18n::use_pseudo_locale();
    let mut h = harness();
    h.run_steps(3);
    let user = user_words(&h);
    let mut bad = BTreeSet::new();
    check(&h, "window", &user, &mut bad);

    for menu in ["File", "Edit", "Select", "Map", "View", "Help"] {
        // The menu bar's comes first (the inspector has a "Map" heading too).
        h.query_all_by_label(&wrapped(menu))
            .next()
            .expect("menu")
            .click();
        h.run_steps(3);
        check(&h, menu, &user, &mut bad);
        if menu == "File" {
            h.get_by_label(&wrapped("New from template")).hover();
            h.run_steps(3);
            check(&h, "New from template", &user, &mut bad);
        }
        h.key_press(Key::Escape);
        h.run_steps(3);
    }

    // The inspector of a card, of all cards, of a stage and lane, and a card's menu.
    let map = &project(&h).maps[0];
    let first = map.cards[0].title.clone();
    let stage = map.stages[0].name.clone();
    let lane = map.lanes[0].name.clone();
    h.get_by_label(&first).click();
    h.run_steps(3);
    check(&h, "card", &user, &mut bad);
    h.get_by_label(&first).click_secondary();
    h.run_steps(3);
    check(&h, "card menu", &user, &mut bad);
    h.key_press(Key::Escape);
    h.run_steps(3);
    press(&mut h, Modifiers::COMMAND, Key::A);
    check(&h, "cards", &user, &mut bad);
    let stage_label = format!("{PSEUDO_OPEN}Stage {stage}{PSEUDO_CLOSE}");
    h.get_by_label(&stage_label).click();
    h.run_steps(3);
    check(&h, "stage", &user, &mut bad);
    h.get_by_label(&stage_label).click_secondary();
    h.run_steps(3);
    check(&h, "stage menu", &user, &mut bad);
    h.key_press(Key::Escape);
    h.run_steps(3);
    h.get_by_label(&format!("{PSEUDO_OPEN}Lane {lane}{PSEUDO_CLOSE}"))
        .click();
    h.run_steps(3);
    check(&h, "lane", &user, &mut bad);
    h.key_press(Key::Escape);
    h.run_steps(3);

    // Waymark's own file chooser, and the question before unsaved work is replaced.
    h.state_mut().use_builtin_file_chooser(true);
    press(&mut h, Modifiers::COMMAND, Key::O);
    // It lists the home folder: those names and the path are the user's too.
    let mut listed = user.clone();
    if let Some(home) = std::env::home_dir() {
        listed.push(home.display().to_string());
        for entry in std::fs::read_dir(&home).into_iter().flatten().flatten() {
            listed.push(entry.file_name().to_string_lossy().into_owned());
        }
    }
    listed.sort_by_key(|s| std::cmp::Reverse(s.len()));
    check(&h, "file chooser", &listed, &mut bad);
    h.get_by_label(&wrapped("Cancel")).click();
    h.run_steps(3);
    h.get_by_label(&first).click();
    h.run_steps(2);
    press(&mut h, Modifiers::NONE, Key::Delete);
    check(&h, "edited", &user, &mut bad);
    press(&mut h, Modifiers::COMMAND, Key::N);
    check(&h, "template gallery", &user, &mut bad);
    press(&mut h, Modifiers::NONE, Key::Enter);
    assert!(
        h.state().prompt_heading().is_some(),
        "the question is asked"
    );
    check(&h, "question", &user, &mut bad);
    h.get_by_label(&wrapped("Cancel")).click();
    h.run_steps(3);
    h.get_by_label(&wrapped("Edit")).click();
    h.run_steps(3);
    check(&h, "Edit with an undo step", &user, &mut bad);
    h.key_press(Key::Escape);
    h.run_steps(3);

    // Every dialog and panel, one at a time.
    let dialogs: [(&str, Modifiers, Key); 7] = [
        ("export", Modifiers::COMMAND, Key::E),
        ("shortcuts", Modifiers::NONE, Key::F1),
        ("palette", Modifiers::COMMAND, Key::K),
        ("find", Modifiers::COMMAND, Key::F),
        ("compare", Modifiers::COMMAND | Modifiers::SHIFT, Key::D),
        ("notes", Modifiers::COMMAND | Modifiers::SHIFT, Key::N),
        ("present", Modifiers::NONE, Key::F5),
    ];
    for (name, modifiers, key) in dialogs {
        press(&mut h, modifiers, key);
        h.run_steps(6);
        check(&h, name, &user, &mut bad);
        h.key_press(Key::Escape);
        h.run_steps(3);
        if name == "notes" {
            press(&mut h, modifiers, key);
        }
    }
    h.state_mut().open_settings();
    h.run_steps(3);
    check(&h, "settings", &user, &mut bad);
    h.key_press(Key::Escape);
    h.run_steps(3);
    h.query_all_by_label(&wrapped("Help"))
        .next()
        .expect("menu")
        .click();
    h.run_steps(2);
    h.get_by(|n| {
        n.label()
            .is_some_and(|l| l.starts_with(&wrapped("About Waymark")))
    })
    .click();
    h.run_steps(3);
    check(&h, "about", &user, &mut bad);

    assert!(
        bad.is_empty(),
        "text not from the window catalogue:\n{}",
        bad.into_iter().collect::<Vec<_>>().join("\n")
    );
}

#[test]
fn german_chosen_in_settings_applies_at_once_and_is_kept() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = DataDir::new(dir.path().join("data"));
    // A settings file from before the language setting, with a field from a newer Waymark.
    std::fs::create_dir_all(data.root()).expect("data folder");
    std::fs::write(
        settings::path(&data),
        r#"{ "author": "Maya", "theme": "light", "from_the_future": 7 }"#,
    )
    .expect("old settings");
    let options = AppOptions {
        data: Some(data.clone()),
        autosave_every: Duration::from_secs(30),
    };
    let mut h = common::window(WaymarkApp::open_with(None, options));
    // This test is about the setting: the window follows it, not the suites' English.
    waymark::ui::i18n::force_language(None);
    h.run_steps(2);
    let system = waymark::ui::i18n::catalogue(waymark::ui::i18n::resolve(None));
    let file = system.text("group-file").expect("File");
    assert_eq!(h.state().settings().author, "Maya");
    assert_eq!(h.state().settings().language, None);
    assert!(h.query_by_label(file).is_some());

    h.state_mut().open_settings();
    h.run_steps(3);
    h.get_by_role_and_label(
        egui::accesskit::Role::ComboBox,
        system.text("settings-language").expect("Language"),
    )
    .click();
    h.run_steps(3);
    h.get_by_label("Deutsch").click();
    h.run_steps(3);
    // Previewed while the window is open, like the theme.
    assert!(h.query_by_label("Datei").is_some(), "the menu is German");
    h.get_by_label("Speichern").click();
    h.run_steps(3);
    assert!(!h.state().settings_open());
    assert!(h.query_by_label("Datei").is_some());
    assert!(h.query_by_label("Bearbeiten").is_some());
    let saved = std::fs::read_to_string(settings::path(&data)).expect("settings.json");
    assert!(saved.contains(r#""language": "de""#), "{saved}");
    assert!(
        saved.contains("from_the_future"),
        "unknown fields are kept: {saved}"
    );
    let read: Settings = settings::load(&data).expect("settings");
    assert_eq!(read.language.as_deref(), Some("de"));

    // The palette finds the way back, in German.
    press(&mut h, Modifiers::COMMAND, Key::K);
    h.get_by_label("Befehle durchsuchen").type_text("sprache");
    h.run_steps(3);
    assert!(
        h.query_by(|n| n.label().is_some_and(|l| l.contains("Sprache…")))
            .is_some()
    );
    h.key_press(Key::Escape);
    h.run_steps(3);
    // Back to the system's language (English here).
    h.state_mut().open_settings();
    h.run_steps(3);
    h.get_by_role_and_label(egui::accesskit::Role::ComboBox, "Sprache")
        .click();
    h.run_steps(3);
    h.get_by(|n| n.label().is_some_and(|l| l.starts_with("System (")))
        .click();
    h.run_steps(3);
    // The system's language again at once, while the window is still open.
    h.get_by_label(system.text("cmd-save").expect("Save"))
        .click();
    h.run_steps(3);
    assert!(h.query_by_label(file).is_some());
    waymark::ui::i18n::set_language(None);
}

#[test]
fn what_went_wrong_comes_from_the_catalogue_too() {
    // Reasons only shown when something fails escape the walk above: a CSV in a legacy
    // encoding, a Mermaid flowchart, a grid without stages and a damaged picture.
    waymark::ui::i18n::use_pseudo_locale();
    let dir = tempfile::tempdir().expect("temp dir");
    let files = [
        ("legacy.csv", b"\x83\x58\x83\x65,a\n".as_slice()),
        ("flow.mmd", b"flowchart TD\n  A --> B\n".as_slice()),
        ("empty.csv", b"\n\n".as_slice()),
        ("no-journey.mmd", b"%% nothing here\n".as_slice()),
    ];
    let mut h = harness();
    h.state_mut().use_builtin_file_chooser(true);
    h.run_steps(3);
    let mut bad = BTreeSet::new();
    for (name, bytes) in files {
        let path = dir.path().join(name);
        std::fs::write(&path, bytes).expect("file");
        press(&mut h, Modifiers::COMMAND, Key::I);
        super::choose_path(&mut h, &wrapped("File name"), &path);
        h.run_steps(6);
        let banner = h.state().banner().expect("the import failed").to_owned();
        // The file's path is the user's; the parser's words about a line are kept.
        let mut user = user_words(&h);
        user.extend([path.display().to_string(), "flowchart TD".to_owned()]);
        user.sort_by_key(|s| std::cmp::Reverse(s.len()));
        // The frame ("Cannot import …") is one wrapped message: its reason must be one too.
        let Some(reason) = argument(&banner, "error-import", 1) else {
            panic!("{name}: not the import frame: {banner:?}");
        };
        if let Some(rest) = untranslated(&reason, &user) {
            bad.insert(format!("{name}: {reason:?} ({rest})"));
        }
        check(&h, name, &user, &mut bad);
    }
    assert!(
        bad.is_empty(),
        "a reason not from the window catalogue:\n{}",
        bad.into_iter().collect::<Vec<_>>().join("\n")
    );
}
