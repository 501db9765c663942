//! The document's life in the window: new, open, save, close, the questions asked before
//! unsaved work could be lost, recovery copies, backups, recent files and changes made to
//! the file by other programs. The file logic itself is in [`crate::store`].

use std::path::{Path, PathBuf};
use std::time::Instant;

use super::{Banner, WaymarkApp};
use crate::edit::Editor;
use crate::store::{self, SaveProblem, recent, recovery};

/// Something that replaces or closes the document, waiting until unsaved changes are dealt
/// with.
#[derive(Clone, Debug)]
pub(super) enum Pending {
    /// Close the window.
    Close,
    /// Open a file; `None` shows the Open dialog first.
    Open(Option<PathBuf>),
    /// Start a new project from a bundled template.
    New(&'static str),
    /// Start a new project from a CSV grid.
    ImportCsv(PathBuf),
    /// Restore a recovery copy.
    Restore(Box<recovery::Orphan>),
}

/// A question shown in a modal window.
#[derive(Debug)]
pub(super) enum Prompt {
    /// Save / Don't save / Cancel, then go on with `then`.
    Unsaved(Pending),
    /// Save found the file changed on disk.
    ChangedOnSave,
    /// The file changed on disk while the window was in the background.
    ChangedOnDisk,
    /// Unsaved work was found from a Waymark that did not close normally.
    Recover(Box<recovery::Orphan>),
}

/// The user's answer to a [`Prompt`].
#[derive(Clone, Copy)]
pub(super) enum Answer {
    Save,
    Discard,
    Overwrite,
    SaveAs,
    Reload,
    Restore,
    Later,
    Cancel,
}

impl WaymarkApp {
    /// Does `pending` now, or first asks about unsaved changes.
    pub(super) fn request(&mut self, ctx: &egui::Context, pending: Pending) {
        let dirty = self.editor.as_ref().is_some_and(Editor::is_dirty);
        if dirty {
            self.prompt = Some(Prompt::Unsaved(pending));
        } else {
            self.proceed(ctx, pending);
        }
    }

    /// Does `pending`; unsaved changes have been saved or deliberately dropped.
    fn proceed(&mut self, ctx: &egui::Context, pending: Pending) {
        match pending {
            Pending::Close => {
                self.close_confirmed = true;
                if let Some(slot) = self.recovery.take() {
                    slot.discard();
                }
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
            Pending::Open(None) => {
                self.open_dialog_revision = self.editor.as_ref().map(Editor::revision);
                self.dialogs.open(ctx);
            }
            Pending::Open(Some(path)) => self.open_path(path),
            Pending::New(template) => self.new_from_template(template),
            Pending::ImportCsv(path) => self.import_csv(&path),
            Pending::Restore(orphan) => self.restore(&orphan),
        }
    }

    /// Starts an untitled project from a bundled template.
    fn new_from_template(&mut self, template: &str) {
        let Some(text) = crate::assets::template(template) else {
            return;
        };
        match crate::io::load_bytes(text.as_bytes()) {
            Ok(mut project) => {
                self.use_default_font(&mut project);
                self.replace_document(Editor::new(project, None));
                self.status = format!("New project from the {template} template");
            }
            Err(e) => self.show_error(format!("The {template} template is damaged: {e}")),
        }
    }

    /// Starts an untitled project from the CSV grid at `path`.
    fn import_csv(&mut self, path: &Path) {
        match crate::interop::import_file_with_notes(path) {
            Ok(crate::interop::Imported { mut project, notes }) => {
                self.use_default_font(&mut project);
                self.replace_document(Editor::new(project, None));
                self.status = format!("Imported {}; save it as a project", path.display());
                let text = notes.join(" · ");
                self.banner = (!text.is_empty()).then_some(Banner { text, error: false });
            }
            Err(e) => self.show_error(format!(
                "Cannot import {}: {e}. The map on screen is unchanged.",
                path.display()
            )),
        }
    }

    /// Opens `path` in place of the current document (unsaved changes were dealt with).
    /// On failure the document on screen stays.
    pub(super) fn open_path(&mut self, path: PathBuf) {
        match crate::io::open_path(&path) {
            Ok(opened) => {
                let editor = Editor::opened(opened, path.clone());
                self.replace_document(editor);
                self.remember_recent(&path);
                self.status = format!("Opened {}", path.display());
            }
            Err(e) => {
                let reason = match e {
                    crate::io::LoadError::Read { source, .. } => source.to_string(),
                    e => e.to_string(),
                };
                if self.recent.contains(&path) && !path.exists() {
                    self.forget_recent(&path);
                }
                self.show_error(format!(
                    "Cannot open {}: {reason}. The map on screen is unchanged.",
                    path.display()
                ));
            }
        }
    }

    /// Puts `editor` on screen with a fresh view, and drops the old recovery copy.
    pub(super) fn replace_document(&mut self, editor: Editor) {
        if let Some(slot) = self.recovery.take() {
            slot.discard();
        }
        self.recovery_revision = None;
        self.last_recovery_write = None;
        self.editor = Some(editor);
        self.map = 0;
        self.compare.close();
        self.conflicts_open = true;
        self.canvas = Default::default();
        self.cache = None;
        self.textures = Default::default();
        self.banner = None;
        self.dismissed_disk_hash = None;
    }

    /// Save (Ctrl+S): to the document's file, or through Save As when it has none or must
    /// not be overwritten. `then` runs once the save succeeded.
    pub(super) fn save(&mut self, ctx: &egui::Context, then: Option<Pending>) {
        let Some(editor) = &self.editor else { return };
        match editor.path().cloned() {
            Some(path) if !editor.is_read_only() => {
                if self.save_to(path, false) {
                    self.after_save(ctx, then);
                }
            }
            _ => self.save_as(ctx, then),
        }
    }

    /// Save As: asks where, then saves there and runs `then`.
    pub(super) fn save_as(&mut self, ctx: &egui::Context, then: Option<Pending>) {
        self.after_save_as = then;
        self.dialogs.save_as(ctx, &self.suggested_name());
    }

    /// The Save As dialog answered `path`.
    pub(super) fn saved_as(&mut self, ctx: &egui::Context, path: PathBuf) {
        let then = self.after_save_as.take();
        if self.save_to(path, false) {
            self.after_save(ctx, then);
        }
    }

    fn after_save(&mut self, ctx: &egui::Context, then: Option<Pending>) {
        if let Some(then) = then {
            self.proceed(ctx, then);
        }
    }

    /// Saves to `path`; true when the document is saved. Problems are shown in the window.
    pub(super) fn save_to(&mut self, path: PathBuf, overwrite_changed: bool) -> bool {
        let Some(editor) = &mut self.editor else {
            return false;
        };
        match store::save_document(editor, &path, self.data.as_ref(), overwrite_changed) {
            Ok(report) => {
                self.status = format!("Saved {}", path.display());
                self.banner = report.backup_error.map(|e| Banner {
                    text: format!("Saved, but the previous version could not be backed up: {e}"),
                    error: true,
                });
                if let Some(slot) = &mut self.recovery {
                    slot.clear();
                }
                self.recovery_revision = None;
                self.dismissed_disk_hash = None;
                self.remember_recent(&path);
                true
            }
            Err(SaveProblem::ChangedOnDisk { .. }) => {
                self.prompt = Some(Prompt::ChangedOnSave);
                false
            }
            Err(e) => {
                self.show_error(e.to_string());
                false
            }
        }
    }

    /// Replaces the document with the file on disk.
    fn reload(&mut self) {
        let Some(path) = self.editor.as_ref().and_then(|e| e.path().cloned()) else {
            return;
        };
        match crate::io::open_path(&path) {
            Ok(opened) => {
                let editor = Editor::opened(opened, path.clone());
                let map = self.map;
                self.replace_document(editor);
                self.map = map.min(
                    self.editor
                        .as_ref()
                        .map_or(0, |e| e.project().maps.len().saturating_sub(1)),
                );
                self.status = format!("Reloaded {}", path.display());
            }
            Err(e) => self.show_error(format!(
                "Cannot reload {}: {e}. The map on screen is unchanged.",
                path.display()
            )),
        }
    }

    /// Puts a recovery copy on screen as unsaved work on its file.
    fn restore(&mut self, orphan: &recovery::Orphan) {
        match orphan.restore() {
            Ok(restored) => {
                self.replace_document(restored.editor);
                // Keep a copy of our own before letting go of the old one.
                self.write_recovery();
                orphan.discard();
                self.status = "Restored unsaved changes; save to keep them".to_owned();
                self.banner = restored.notice.map(|text| Banner { text, error: false });
            }
            Err(e) => self.show_error(format!("The recovered changes cannot be read: {e}")),
        }
    }

    /// Offers the next recovery copy left by a crash, if any.
    pub(super) fn offer_recovery(&mut self) {
        if self.prompt.is_some() {
            return;
        }
        if let Some(orphan) = self.recoveries.pop() {
            self.prompt = Some(Prompt::Recover(Box::new(orphan)));
        }
    }

    /// Finds the recovery copies left by Waymarks that did not close normally: those that
    /// hold changes the file on disk does not. The one for `opened` is offered first.
    pub(super) fn find_recoveries(&mut self, opened: Option<&Path>) {
        let Some(data) = &self.data else { return };
        let mut found = Vec::new();
        for orphan in recovery::orphans(data) {
            if orphan.differs_from_disk() {
                found.push(orphan);
            } else {
                orphan.discard();
            }
        }
        let opened = opened.and_then(|p| std::path::absolute(p).ok());
        // Offered from the back: the opened file's copy last in the list, so first.
        found.sort_by_key(|o| (o.source == opened && opened.is_some(), o.written));
        self.recoveries = found;
    }

    /// Writes the recovery copy when there are unsaved changes not yet in it, at most once
    /// per `autosave_every`; removes it when there is nothing unsaved.
    pub(super) fn autosave(&mut self, ctx: &egui::Context) {
        let Some(editor) = &self.editor else { return };
        if self.data.is_none() {
            return;
        }
        if !editor.is_dirty() {
            if let Some(slot) = &mut self.recovery
                && slot.has_copy()
            {
                slot.clear();
            }
            self.recovery_revision = None;
            return;
        }
        if self.recovery_revision == Some(editor.revision()) {
            return;
        }
        if let Some(last) = self.last_recovery_write {
            let due = last + self.autosave_every;
            let now = Instant::now();
            if now < due {
                ctx.request_repaint_after(due - now);
                return;
            }
        }
        self.write_recovery();
    }

    /// Writes the recovery copy now.
    pub(super) fn write_recovery(&mut self) {
        let (Some(data), Some(editor)) = (&self.data, &self.editor) else {
            return;
        };
        self.last_recovery_write = Some(Instant::now());
        self.recovery_revision = Some(editor.revision());
        if self.recovery.is_none() {
            match recovery::Slot::claim(data, editor.path().map(PathBuf::as_path)) {
                Ok(slot) => self.recovery = Some(slot),
                Err(e) => {
                    log::warn!("no recovery copy: {e}");
                    self.status = format!("Cannot keep a recovery copy: {e}");
                    return;
                }
            }
        }
        if let Some(slot) = &mut self.recovery
            && let Err(e) = slot.write(
                editor.project(),
                editor.path().map(PathBuf::as_path),
                editor.disk_hash(),
            )
        {
            log::warn!("no recovery copy: {e}");
            self.status = format!("Cannot keep a recovery copy: {e}");
        }
    }

    /// When the window comes back to the front, checks whether the file changed on disk.
    pub(super) fn check_disk_on_focus(&mut self, ctx: &egui::Context) {
        let focused = ctx.input(|i| {
            i.raw
                .events
                .iter()
                .any(|e| matches!(e, egui::Event::WindowFocused(true)))
        });
        if focused {
            self.check_disk();
        }
    }

    /// Offers to reload when the file on disk no longer matches what was opened or saved
    /// (by content), unless the user already chose to keep this version over that one.
    pub fn check_disk(&mut self) {
        let Some(editor) = &self.editor else { return };
        let Some(path) = editor.path() else { return };
        if self.prompt.is_some() {
            return;
        }
        let Ok(bytes) = crate::io::read_limited(path) else {
            return;
        };
        let hash = crate::io::content_hash(&bytes);
        if Some(hash) != editor.disk_hash() && Some(hash) != self.dismissed_disk_hash {
            self.dismissed_disk_hash = Some(hash);
            self.prompt = Some(Prompt::ChangedOnDisk);
        }
    }

    /// A close request from the window manager or File → Quit: asks first when there are
    /// unsaved changes.
    pub(super) fn handle_close(&mut self, ctx: &egui::Context) {
        if !ctx.input(|i| i.viewport().close_requested()) || self.close_confirmed {
            return;
        }
        if self.editor.as_ref().is_some_and(Editor::is_dirty) {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            if self.prompt.is_none() {
                self.prompt = Some(Prompt::Unsaved(Pending::Close));
            }
        } else if let Some(slot) = self.recovery.take() {
            slot.discard();
        }
    }

    fn remember_recent(&mut self, path: &Path) {
        if let Some(data) = &self.data {
            match recent::add(data, path) {
                Ok(list) => self.recent = list,
                Err(e) => log::warn!("{e}"),
            }
        }
    }

    pub(super) fn forget_recent(&mut self, path: &Path) {
        if let Some(data) = &self.data {
            match recent::remove(data, path) {
                Ok(list) => self.recent = list,
                Err(e) => log::warn!("{e}"),
            }
        }
    }

    pub(super) fn clear_recent(&mut self) {
        if let Some(data) = &self.data
            && let Err(e) = recent::clear(data)
        {
            log::warn!("{e}");
        }
        self.recent.clear();
    }

    pub(super) fn show_error(&mut self, text: String) {
        self.banner = Some(Banner { text, error: true });
    }

    /// The heading, text and buttons of a question.
    pub(super) fn prompt_text(
        &self,
        prompt: &Prompt,
    ) -> (String, String, &'static [(&'static str, Answer)]) {
        let name = self.file_name();
        match prompt {
            Prompt::Unsaved(pending) => {
                let verb = match pending {
                    Pending::Close => "closing",
                    _ => "going on",
                };
                (
                    format!("Save changes to {name} before {verb}?"),
                    "If you don't save, your changes will be lost.".to_owned(),
                    &[
                        ("Save", Answer::Save),
                        ("Don't save", Answer::Discard),
                        ("Cancel", Answer::Cancel),
                    ],
                )
            }
            Prompt::ChangedOnSave => (
                format!("{name} was changed by another program"),
                "Someone or something changed the file on disk after you opened it. Saving now would replace those changes with yours.".to_owned(),
                &[
                    ("Save As…", Answer::SaveAs),
                    ("Overwrite", Answer::Overwrite),
                    ("Reload from disk", Answer::Reload),
                    ("Cancel", Answer::Cancel),
                ],
            ),
            Prompt::ChangedOnDisk => {
                let dirty = self.editor.as_ref().is_some_and(Editor::is_dirty);
                let text = if dirty {
                    "The file on disk changed since you opened it. Reloading loses your unsaved changes here."
                } else {
                    "The file on disk changed since you opened it."
                };
                (
                    format!("{name} changed on disk"),
                    text.to_owned(),
                    &[("Reload", Answer::Reload), ("Keep this version", Answer::Cancel)],
                )
            }
            Prompt::Recover(orphan) => {
                let file = orphan.source.as_ref().map_or_else(
                    || format!("the untitled project \"{}\"", orphan.title),
                    |p| p.display().to_string(),
                );
                (
                    "Restore unsaved changes?".to_owned(),
                    format!(
                        "Waymark did not close normally. Unsaved changes to {file} from {} were kept.",
                        crate::dates::ago(orphan.written, crate::dates::now_millis())
                    ),
                    &[
                        ("Restore", Answer::Restore),
                        ("Discard", Answer::Discard),
                        ("Not now", Answer::Later),
                    ],
                )
            }
        }
    }

    /// Shows the open question, if any, as a modal window, and acts on the answer.
    pub(super) fn prompt_ui(&mut self, ctx: &egui::Context) {
        let Some(prompt) = &self.prompt else { return };
        let (heading, text, buttons) = self.prompt_text(prompt);
        let mut answer = None;
        egui::Modal::new(egui::Id::unique("waymark-prompt")).show(ctx, |ui| {
            ui.set_max_width(420.0);
            ui.heading(heading);
            ui.add_space(6.0);
            ui.label(text);
            ui.add_space(12.0);
            ui.horizontal(|ui| {
                for (i, (label, choice)) in buttons.iter().enumerate() {
                    let button = egui::Button::new(*label);
                    let button = if i == 0 {
                        button.fill(ui.visuals().selection.bg_fill)
                    } else {
                        button
                    };
                    if ui.add(button).clicked() {
                        answer = Some(*choice);
                    }
                }
            });
            if ui.input(|i| i.key_pressed(egui::Key::Escape)) && answer.is_none() {
                answer = Some(Answer::Cancel);
            }
        });
        if let Some(answer) = answer
            && let Some(prompt) = self.prompt.take()
        {
            self.answer(ctx, prompt, answer);
        }
    }

    fn answer(&mut self, ctx: &egui::Context, prompt: Prompt, answer: Answer) {
        match (prompt, answer) {
            (Prompt::Unsaved(then), Answer::Save) => self.save(ctx, Some(then)),
            (Prompt::Unsaved(then), Answer::Discard) => {
                if let Some(slot) = &mut self.recovery {
                    slot.clear();
                }
                self.proceed(ctx, then);
            }
            (Prompt::ChangedOnSave, Answer::Overwrite) => {
                if let Some(path) = self.editor.as_ref().and_then(|e| e.path().cloned()) {
                    self.save_to(path, true);
                }
            }
            (Prompt::ChangedOnSave, Answer::SaveAs) => self.save_as(ctx, None),
            (Prompt::ChangedOnSave | Prompt::ChangedOnDisk, Answer::Reload) => self.reload(),
            (Prompt::Recover(orphan), Answer::Restore) => {
                self.request(ctx, Pending::Restore(orphan));
            }
            (Prompt::Recover(orphan), Answer::Discard) => orphan.discard(),
            (Prompt::Recover(_), Answer::Later) => self.recoveries.clear(),
            _ => {}
        }
        self.offer_recovery();
    }

    /// The document's file name, for messages.
    pub(super) fn file_name(&self) -> String {
        self.editor
            .as_ref()
            .and_then(|e| e.path())
            .and_then(|p| p.file_name())
            .map_or_else(
                || "Untitled".to_owned(),
                |n| n.to_string_lossy().into_owned(),
            )
    }
}
