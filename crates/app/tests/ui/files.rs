//! The document's life in the real app state, driven through egui_kittest: the questions
//! asked before unsaved work could be lost, recovery after a crash, files changed on disk
//! by another program, and files from a newer Waymark.

use std::path::{Path, PathBuf};
use std::time::Duration;

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use waymark::store::DataDir;
use waymark::ui::{AppOptions, WaymarkApp};
use waymark::{assets, io};

use super::common;

const CARD: &str = "Sees a friend's post about the app";

/// A project file with the sample in a fresh folder, and a fresh data folder.
fn workspace() -> (tempfile::TempDir, PathBuf, DataDir) {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("grocery.json");
    std::fs::write(&file, assets::SAMPLE).expect("write sample");
    let data = DataDir::new(dir.path().join("data"));
    (dir, file, data)
}

fn harness(file: &Path, data: &DataDir) -> Harness<'static, WaymarkApp> {
    let options = AppOptions {
        data: Some(data.clone()),
        autosave_every: Duration::ZERO,
    };
    common::window(WaymarkApp::open_with(Some(file.to_owned()), options))
}

fn cards(h: &Harness<'_, WaymarkApp>) -> usize {
    h.state().editor().expect("a document").project().maps[0]
        .cards
        .len()
}

/// Deletes the first card of the sample: one unsaved change.
fn delete_a_card(h: &mut Harness<'_, WaymarkApp>) {
    h.get_by_label(CARD).click();
    h.run_steps(2);
    h.key_press(Key::Delete);
    h.run_steps(3);
    assert!(h.state().editor().expect("doc").is_dirty());
}

fn prompt(h: &Harness<'_, WaymarkApp>) -> String {
    h.state().prompt_heading().unwrap_or_default()
}

#[test]
fn unsaved_changes_are_asked_about_before_a_new_project_replaces_them() {
    let (_dir, file, data) = workspace();
    let mut h = harness(&file, &data);
    let before = cards(&h);
    delete_a_card(&mut h);

    // Ctrl+N opens the gallery with the default template selected; Enter starts it.
    h.key_press_modifiers(Modifiers::COMMAND, Key::N);
    h.run_steps(2);
    h.key_press(Key::Enter);
    h.run_steps(3);
    assert_eq!(prompt(&h), "Save changes to grocery.json before going on?");
    h.get_by_label("Cancel").click();
    h.run_steps(3);
    assert_eq!(prompt(&h), "");
    assert_eq!(cards(&h), before - 1, "Cancel keeps the document");

    // Ctrl+N opens the gallery with the default template selected; Enter starts it.
    h.key_press_modifiers(Modifiers::COMMAND, Key::N);
    h.run_steps(2);
    h.key_press(Key::Enter);
    h.run_steps(3);
    h.get_by_label("Save").click();
    h.run_steps(3);
    let saved = io::load_path(&file).expect("saved file loads");
    assert_eq!(
        saved.maps[0].cards.len(),
        before - 1,
        "Save wrote the change"
    );
    let editor = h.state().editor().expect("doc");
    assert!(editor.path().is_none(), "then the new project is open");
    assert_eq!(editor.project().title, "Untitled journey");
}

#[test]
fn dont_save_drops_the_changes_and_goes_on() {
    let (_dir, file, data) = workspace();
    let mut h = harness(&file, &data);
    delete_a_card(&mut h);
    // Ctrl+N opens the gallery with the default template selected; Enter starts it.
    h.key_press_modifiers(Modifiers::COMMAND, Key::N);
    h.run_steps(2);
    h.key_press(Key::Enter);
    h.run_steps(3);
    h.get_by_label("Don't save").click();
    h.run_steps(3);
    assert!(h.state().editor().expect("doc").path().is_none());
    assert_eq!(
        std::fs::read_to_string(&file).expect("file"),
        assets::SAMPLE,
        "the file on disk is untouched"
    );
}

#[test]
fn recovery_after_a_crash_restores_the_unsaved_edits() {
    let (_dir, file, data) = workspace();
    let mut h = harness(&file, &data);
    delete_a_card(&mut h);
    h.run_steps(2);
    let edited = h.state().editor().expect("doc").project().clone();
    // The crash: the window goes away without closing (its lock on the copy is released).
    drop(h);

    let mut h = harness(&file, &data);
    assert_eq!(prompt(&h), "Restore unsaved changes?");
    h.get_by_label("Restore").click();
    h.run_steps(3);
    let editor = h.state().editor().expect("doc");
    assert_eq!(editor.project(), &edited, "the edits are back");
    assert!(editor.is_dirty(), "and still unsaved");
    assert_eq!(editor.path(), Some(&file));

    // Saving makes them the file, and leaves no recovery copy behind.
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run_steps(3);
    assert_eq!(io::load_path(&file).expect("saved"), edited);
    drop(h);
    let h = harness(&file, &data);
    assert_eq!(prompt(&h), "", "nothing left to recover");
}

#[test]
fn a_recovery_copy_is_not_offered_while_its_window_is_open_or_when_it_matches_the_file() {
    let (_dir, file, data) = workspace();
    let mut first = harness(&file, &data);
    delete_a_card(&mut first);
    first.run_steps(2);
    let second = harness(&file, &data);
    assert_eq!(prompt(&second), "", "the first window is still running");
    drop(second);

    // The same edits saved by hand, then a crash: nothing differs from disk.
    let edited = first.state().editor().expect("doc").project().clone();
    io::save_path(&edited, &file).expect("save");
    drop(first);
    let third = harness(&file, &data);
    assert_eq!(prompt(&third), "");
}

#[test]
fn save_merges_a_change_made_on_disk_and_never_overwrites_it() {
    let (_dir, file, data) = workspace();
    let mut h = harness(&file, &data);
    delete_a_card(&mut h);
    // Another program (a colleague's Waymark) changes the file.
    let mut theirs = io::load_path(&file).expect("load");
    theirs.title = "Changed elsewhere".to_owned();
    io::save_path(&theirs, &file).expect("save theirs");

    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run_steps(3);
    assert_eq!(prompt(&h), "", "no question: the change is merged");
    let saved = io::load_path(&file).expect("load");
    assert_eq!(saved.title, "Changed elsewhere", "their change is kept");
    assert!(
        saved.maps[0].cards.iter().all(|c| c.title != CARD),
        "our deletion is saved"
    );
    assert!(!h.state().editor().expect("doc").is_dirty());
}

/// Runs frames for up to 10 s of real time (the file watcher is a real thread) until
/// `done` holds.
fn run_until(h: &mut Harness<'_, WaymarkApp>, done: impl Fn(&WaymarkApp) -> bool) {
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    while !done(h.state()) {
        assert!(std::time::Instant::now() < deadline, "timed out");
        std::thread::sleep(Duration::from_millis(50));
        h.run_steps(1);
    }
    h.run_steps(2);
}

#[test]
fn a_colleagues_save_shows_in_the_window_by_itself_and_undo_takes_it_back() {
    let (_dir, file, data) = workspace();
    let mut h = harness(&file, &data);
    let mut theirs = io::load_path(&file).expect("load");
    theirs.maps[0].name = "Renamed elsewhere".to_owned();
    io::save_path(&theirs, &file).expect("save theirs");
    // No focus change, no click: the watcher sees it.
    run_until(&mut h, |app| {
        app.editor().expect("doc").project().maps[0].name == "Renamed elsewhere"
    });
    assert_eq!(prompt(&h), "");
    assert!(
        !h.state().editor().expect("doc").is_dirty(),
        "it is what the file holds"
    );
    // The notice says what came in, with Show.
    h.get_by_label("Show").click();
    h.run_steps(3);
    h.get_by_label("Compare");
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run_steps(3);
    assert_ne!(
        h.state().editor().expect("doc").project().maps[0].name,
        "Renamed elsewhere",
        "one undo step takes it back"
    );
}

#[test]
fn unsaved_work_and_a_colleagues_save_are_merged_in_the_window() {
    let (_dir, file, data) = workspace();
    let mut h = harness(&file, &data);
    delete_a_card(&mut h);
    let mut theirs = io::load_path(&file).expect("load");
    theirs.title = "Changed elsewhere".to_owned();
    io::save_path(&theirs, &file).expect("save theirs");
    run_until(&mut h, |app| {
        app.editor().expect("doc").project().title == "Changed elsewhere"
    });
    let editor = h.state().editor().expect("doc");
    assert!(editor.is_dirty(), "our deletion is still unsaved");
    assert!(
        editor.project().maps[0]
            .cards
            .iter()
            .all(|c| c.title != CARD),
        "and still there"
    );
}

#[test]
fn a_file_from_a_newer_waymark_opens_read_only_and_is_never_overwritten() {
    let (_dir, file, data) = workspace();
    let newer = assets::SAMPLE.replacen("\"version\": 2", "\"version\": 7", 1);
    let newer = newer.replacen("{", "{\n  \"hologram\": {\"depth\": 3},", 1);
    std::fs::write(&file, &newer).expect("write");
    let mut h = harness(&file, &data);
    assert!(
        h.state().title().contains("(read-only)"),
        "{}",
        h.state().title()
    );
    let before = cards(&h);
    h.get_by_label(CARD).click();
    h.run_steps(2);
    h.key_press(Key::Delete);
    h.run_steps(3);
    assert_eq!(cards(&h), before, "no edits in a read-only file");
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run_steps(3);
    assert_eq!(std::fs::read_to_string(&file).expect("file"), newer);
}

#[cfg(unix)]
#[test]
fn a_read_only_file_opens_read_only_with_a_notice_and_is_never_saved_over() {
    use std::os::unix::fs::PermissionsExt as _;
    let (_dir, file, data) = workspace();
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o444)).expect("chmod");
    let mut h = harness(&file, &data);
    assert!(
        h.state().title().contains("(read-only)"),
        "{}",
        h.state().title()
    );
    assert!(
        h.query_by_label_contains("the file's permissions do not allow changing it")
            .is_some(),
        "the read-only bar says why"
    );
    let before = cards(&h);
    h.get_by_label(CARD).click();
    h.run_steps(2);
    h.key_press(Key::Delete);
    h.run_steps(3);
    assert_eq!(cards(&h), before, "no edits in a read-only file");
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run_steps(3);
    assert!(!h.state().editor().expect("doc").is_dirty());
    assert_eq!(
        std::fs::read_to_string(&file).expect("file"),
        assets::SAMPLE
    );
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o644)).expect("chmod");
}

/// A file dropped on the window, as the windowing layer hands it over.
#[derive(Debug)]
struct Dropped(PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &Path {
        &self.0
    }

    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

/// Drops the file `path` on the window at `at` (a point on screen).
fn drop_file(h: &mut Harness<'_, WaymarkApp>, path: &Path, at: egui::Pos2) {
    h.hover_at(at);
    h.run_steps(1);
    h.input_mut()
        .dropped_files
        .push(std::sync::Arc::new(Dropped(path.to_owned())));
    h.run_steps(2);
}

#[test]
fn a_picture_dropped_on_a_read_only_storyboard_changes_nothing() {
    let (dir, file, data) = workspace();
    let mut project = io::load_bytes(assets::SAMPLE.as_bytes()).expect("sample");
    // Pain points becomes a storyboard; its Awareness cell is empty.
    project.maps[0].lanes[4].kind = waymark::model::LaneKind::Images;
    io::save_path(&project, &file).expect("save");
    let text = std::fs::read_to_string(&file).expect("read");
    let newer = text.replacen("\"version\": 2", "\"version\": 7", 1);
    assert_ne!(newer, text);
    std::fs::write(&file, &newer).expect("write");
    let picture = dir.path().join("photo.png");
    std::fs::copy(
        concat!(env!("CARGO_MANIFEST_DIR"), "/../../icons/waymark-256.png"),
        &picture,
    )
    .expect("copy a picture");
    let mut h = harness(&file, &data);
    assert!(h.state().editor().expect("doc").is_read_only());
    let before = h.state().editor().expect("doc").project().clone();
    let lane = h.get_by_label("Lane Pain points").rect();
    let stage = h.get_by_label("Stage Awareness").rect();
    let at = egui::pos2(stage.center().x - 20.0, lane.bottom() - 6.0);
    drop_file(&mut h, &picture, at);
    let editor = h.state().editor().expect("doc");
    assert!(editor.project() == &before, "no card, no picture");
    assert!(!editor.is_dirty());
}

#[test]
fn opening_and_saving_fill_the_recent_files_list() {
    let (dir, file, data) = workspace();
    let _h = harness(&file, &data);
    let other = dir.path().join("other.json");
    std::fs::write(&other, assets::SAMPLE).expect("write");
    let _h2 = harness(&other, &data);
    let recent = waymark::store::recent::load(&data);
    assert_eq!(recent.len(), 2);
    assert!(recent[0].ends_with("other.json"));
    assert!(recent[1].ends_with("grocery.json"));
}

#[test]
fn save_as_proposes_the_waymark_extension_and_a_json_project_still_opens() {
    let (_dir, file, data) = workspace();
    assert!(file.extension().is_some_and(|e| e == "json"));
    let h = harness(&file, &data);
    assert!(h.state().banner().is_none(), "{:?}", h.state().banner());
    assert!(cards(&h) > 0, "the .json project opened");
    assert_eq!(h.state().suggested_name(), "grocery.waymark");
    let untitled = WaymarkApp::with_project(
        io::load_bytes(assets::SAMPLE.as_bytes()).expect("sample"),
        None,
    );
    assert_eq!(untitled.suggested_name(), "online-grocery-order.waymark");
}

#[test]
fn waymarks_own_file_chooser_saves_from_ctrl_s_and_from_the_quit_prompt() {
    let (dir, _, data) = workspace();
    let options = AppOptions {
        data: Some(data.clone()),
        autosave_every: Duration::ZERO,
    };
    // The bundled sample: a document with no file yet.
    let mut app = WaymarkApp::open_with(None, options);
    app.use_builtin_file_chooser(true);
    let mut h = common::window(app);
    let start = cards(&h);
    h.get_by_label(CARD).click();
    h.run_steps(1);
    h.key_press(Key::Delete);
    h.run_steps(2);
    assert!(h.state().title().starts_with('●'));

    // Ctrl+S shows the chooser; Cancel saves nothing and the mark stays.
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run_steps(3);
    h.get_by_label("Cancel").click();
    h.run_steps(3);
    assert!(h.query_by_label("File name").is_none());
    assert!(h.state().title().starts_with('●'));

    // Closing asks; its Save goes through the chooser, where a whole path can be typed.
    // What the window system sends when Quit (or the window's ×) asks to close.
    h.input_mut()
        .viewports
        .entry(egui::ViewportId::ROOT)
        .or_default()
        .events
        .push(egui::ViewportEvent::Close);
    h.run_steps(3);
    assert!(h.state().prompt_heading().is_some());
    h.get_by_label("Save").click();
    h.run_steps(3);
    let target = dir.path().join("chosen.waymark");
    super::choose_path(&mut h, "File name", &target);
    h.run_steps(4);
    let saved = io::load_path(&target).expect("saved where typed");
    assert_eq!(saved.maps[0].cards.len(), start - 1);
    assert!(!h.state().title().starts_with('●'), "{}", h.state().title());
}
