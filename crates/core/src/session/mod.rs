//! The document session: one open project's life in the editor, without a window. It owns
//! the [`Editor`] (document and history), the file's path and the version last read or
//! written, the recovery copy, the recent-files list, the recovery copies left by crashes
//! still to offer, and the question (a [`Prompt`]) the document is asking. Opening,
//! saving, reloading and closing are methods that return what the window must do next
//! ([`Effect`]s: show a dialog, close, reset its view, tell the user a [`Notice`]).
//!
//! The window turns effects into dialogs and notifications; nothing here knows egui, so
//! the whole life cycle (open, edit, save, outside change, recovery) is tested without one.

mod autosave;
mod outcome;
mod prompt;
mod take_in;
mod together;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

pub use outcome::{Effect, Notice, SessionError};
pub use prompt::{Answer, Pending, Prompt};
pub use take_in::{IncomingNotice, PreparedView};
pub use together::SAVE_AFTER;

use crate::edit::Editor;
use crate::model::Project;
use crate::store::{self, DataDir, SaveProblem, recent, recovery};
use autosave::Autosave;
use outcome::{failed, saved};

/// One open document and its file's life cycle.
#[derive(Debug)]
pub struct Session {
    editor: Option<Editor>,
    data: Option<DataDir>,
    recent: Vec<PathBuf>,
    autosave: Autosave,
    prompt: Option<Prompt>,
    /// Recovery copies from earlier crashes still to offer (offered from the back).
    recoveries: Vec<recovery::Orphan>,
    /// What to do once the Save As dialog has saved.
    after_save_as: Option<Pending>,
    /// The revision when the Open dialog was shown after unsaved changes were dealt with.
    open_dialog_revision: Option<u64>,
    /// The user confirmed closing; the next close request goes through.
    close_confirmed: bool,
    /// The content hash of a file on disk the user chose to keep their version over.
    dismissed_disk_hash: Option<u64>,
    /// Working together: the watcher, presence, the merge base, saving by itself.
    together: together::Together,
}

impl Session {
    /// A session with no document, keeping its files in `data` (none: keeps nothing) and a
    /// recovery copy of unsaved work at most every `autosave_every`.
    pub fn new(data: Option<DataDir>, autosave_every: Duration) -> Self {
        let recent = data.as_ref().map(recent::load).unwrap_or_default();
        Self {
            editor: None,
            data,
            recent,
            autosave: Autosave::new(autosave_every),
            prompt: None,
            recoveries: Vec::new(),
            after_save_as: None,
            open_dialog_revision: None,
            close_confirmed: false,
            dismissed_disk_hash: None,
            together: together::Together::default(),
        }
    }

    /// A session on `project`, saved at `path` (if any), keeping nothing on disk.
    pub fn with_project(project: Project, path: Option<PathBuf>) -> Self {
        Self {
            editor: Some(Editor::new(project, path)),
            ..Self::new(None, Duration::from_secs(30))
        }
    }

    /// Starts the editor: opens `file` (or the bundled sample), then finds the recovery
    /// copies crashes left and asks about the first (the opened file's, if it has one).
    pub fn start(&mut self, file: Option<PathBuf>) -> Vec<Effect> {
        let mut effects = match &file {
            Some(path) => self.open_path(path.clone()),
            None => match crate::io::load_bytes(crate::assets::SAMPLE.as_bytes()) {
                Ok(project) => self.replace(Editor::new(project, None), false),
                Err(e) => vec![failed(SessionError::Bundled {
                    name: "sample".to_owned(),
                    reason: e.to_string(),
                })],
            },
        };
        // Opening at start is not news.
        effects.retain(|e| !matches!(e, Effect::Notice(Notice::Opened(_))));
        self.find_recoveries(file.as_deref());
        self.offer_recovery();
        effects
    }

    /// The document, if one is open.
    pub fn editor(&self) -> Option<&Editor> {
        self.editor.as_ref()
    }

    /// The document, to change it through [`Editor::perform`], undo and redo.
    pub fn editor_mut(&mut self) -> Option<&mut Editor> {
        self.editor.as_mut()
    }

    /// The data folder, if any.
    pub fn data(&self) -> Option<&DataDir> {
        self.data.as_ref()
    }

    /// The recent files, newest first.
    pub fn recent(&self) -> &[PathBuf] {
        &self.recent
    }

    /// The question the document is asking, if any.
    pub fn prompt(&self) -> Option<&Prompt> {
        self.prompt.as_ref()
    }

    /// Whether there are unsaved changes.
    pub fn is_dirty(&self) -> bool {
        self.editor.as_ref().is_some_and(Editor::is_dirty)
    }

    /// Sets the least time between two recovery copies.
    pub fn set_autosave_interval(&mut self, every: Duration) {
        self.autosave.every = every;
    }

    /// The document's file name, or "Untitled".
    pub fn file_name(&self) -> String {
        self.path().and_then(|p| p.file_name()).map_or_else(
            || "Untitled".to_owned(),
            |n| n.to_string_lossy().into_owned(),
        )
    }

    fn path(&self) -> Option<&PathBuf> {
        self.editor.as_ref().and_then(Editor::path)
    }

    /// The name Save As proposes: the file's own name with the `.waymark` extension (a
    /// `.json` project moves to it), or the title's for an untitled project.
    pub fn suggested_name(&self) -> String {
        let ext = crate::io::EXTENSION;
        if let Some(stem) = self.path().and_then(|p| p.file_stem()) {
            return format!("{}.{ext}", stem.to_string_lossy());
        }
        let title = self
            .editor
            .as_ref()
            .map_or("", |e| e.project().title.as_str());
        format!("{}.{ext}", file_stem(title))
    }

    /// Does `pending` now, or first asks about unsaved changes.
    pub fn request(&mut self, pending: Pending) -> Vec<Effect> {
        if self.is_dirty() {
            self.prompt = Some(Prompt::Unsaved(pending));
            Vec::new()
        } else {
            self.proceed(pending)
        }
    }

    /// Does `pending`; unsaved changes have been saved or deliberately dropped.
    fn proceed(&mut self, pending: Pending) -> Vec<Effect> {
        match pending {
            Pending::Close => {
                self.close_confirmed = true;
                self.autosave.finish();
                self.leave_file();
                vec![Effect::CloseWindow]
            }
            Pending::Open(None) => {
                self.open_dialog_revision = self.editor.as_ref().map(Editor::revision);
                vec![Effect::ChooseFileToOpen]
            }
            Pending::Open(Some(path)) => self.open_path(path),
            Pending::New {
                template,
                font,
                language,
            } => self.new_from_template(template, font, language),
            Pending::Import { path, font } => self.import(&path, font),
            Pending::Restore(orphan) => self.restore(&orphan),
        }
    }

    /// The Open dialog answered `path`. Unsaved changes were dealt with before it was
    /// shown; they are asked about again only if there were new edits while it was open.
    pub fn open_chosen(&mut self, path: PathBuf) -> Vec<Effect> {
        let revision = self.editor.as_ref().map(Editor::revision);
        if self.open_dialog_revision.take() == revision {
            self.open_path(path)
        } else {
            self.request(Pending::Open(Some(path)))
        }
    }

    fn new_from_template(
        &mut self,
        template: &'static str,
        font: Option<String>,
        language: Option<String>,
    ) -> Vec<Effect> {
        let language = language.or_else(|| crate::i18n::system_language().map(str::to_owned));
        let Some(text) = crate::assets::template_in(template, language.as_deref()) else {
            return Vec::new();
        };
        match crate::io::load_bytes(text.as_bytes()) {
            Ok(mut project) => {
                if project.font.is_none() {
                    project.font = font;
                }
                // A new map speaks the window's language.
                if project.language.is_none() {
                    project.language = language;
                }
                let mut effects = self.replace(Editor::new(project, None), false);
                effects.push(Effect::Notice(Notice::NewFromTemplate(template)));
                effects
            }
            Err(e) => vec![failed(SessionError::Bundled {
                name: format!("{template} template"),
                reason: e.to_string(),
            })],
        }
    }

    fn import(&mut self, path: &Path, font: Option<String>) -> Vec<Effect> {
        match crate::interop::import_file_with_notes(path) {
            Ok(crate::interop::Imported { mut project, notes }) => {
                if project.font.is_none() {
                    project.font = font;
                }
                let mut effects = self.replace(Editor::new(project, None), false);
                effects.push(Effect::Notice(Notice::Imported {
                    path: path.to_owned(),
                    notes,
                }));
                effects
            }
            Err(error) => vec![failed(SessionError::Import {
                path: path.to_owned(),
                error,
            })],
        }
    }

    /// Opens `path` in place of the document (unsaved changes were dealt with). On failure
    /// the document stays.
    fn open_path(&mut self, path: PathBuf) -> Vec<Effect> {
        match crate::io::open_path(&path) {
            Ok(opened) => {
                let mut effects = self.replace(Editor::opened(opened, path.clone()), false);
                self.remember_recent(&path);
                effects.push(Effect::Notice(Notice::Opened(path)));
                effects
            }
            Err(error) => {
                if self.recent.contains(&path) && !path.exists() {
                    self.forget_recent(&path);
                }
                vec![failed(SessionError::Open { path, error })]
            }
        }
    }

    /// Puts `editor` in place of the document and drops the old recovery copy.
    fn replace(&mut self, editor: Editor, keep_map: bool) -> Vec<Effect> {
        self.autosave.reset();
        self.leave_file();
        // The file as read is the base of later merges (recovered work has none).
        let base = (editor.path().is_some() && !editor.is_dirty()).then(|| editor.shared_project());
        self.editor = Some(editor);
        self.dismissed_disk_hash = None;
        self.read_or_written(base);
        vec![Effect::DocumentReplaced { keep_map }]
    }

    /// Save (Ctrl+S): to the document's file, or through Save As when it has none or must
    /// not be overwritten.
    pub fn save(&mut self) -> Vec<Effect> {
        self.save_then(None)
    }

    fn save_then(&mut self, then: Option<Pending>) -> Vec<Effect> {
        let Some(editor) = &self.editor else {
            return Vec::new();
        };
        match editor.path().cloned() {
            Some(path) if !editor.is_read_only() && !self.together.gone => {
                // A colleague's save since this one read the file is merged in first.
                let mut effects = match self.merge_before_save(&path) {
                    Ok(effects) => effects,
                    Err(instead) => return instead,
                };
                effects.extend(self.save_to(path, false));
                if saved(&effects)
                    && let Some(then) = then
                {
                    effects.extend(self.proceed(then));
                }
                effects
            }
            _ => self.save_as_then(then),
        }
    }

    /// Save As: asks where first.
    pub fn save_as(&mut self) -> Vec<Effect> {
        self.save_as_then(None)
    }

    fn save_as_then(&mut self, then: Option<Pending>) -> Vec<Effect> {
        if self.editor.is_none() {
            return Vec::new();
        }
        self.after_save_as = then;
        vec![Effect::ChooseSaveLocation]
    }

    /// The Save As dialog answered `path` (given the project extension when it has none):
    /// saves there, then goes on with what was waiting for the save.
    pub fn save_as_chosen(&mut self, path: PathBuf) -> Vec<Effect> {
        let then = self.after_save_as.take();
        let path = crate::io::with_project_extension(path);
        let mut effects = self.save_to(path, false);
        if saved(&effects)
            && let Some(then) = then
        {
            effects.extend(self.proceed(then));
        }
        effects
    }

    /// The Save As dialog was closed without a choice: what waited for it is dropped.
    pub fn save_as_cancelled(&mut self) {
        self.after_save_as = None;
    }

    /// Saves to `path`; `overwrite_changed` writes over a file someone else changed.
    fn save_to(&mut self, path: PathBuf, overwrite_changed: bool) -> Vec<Effect> {
        let Some(editor) = &mut self.editor else {
            return Vec::new();
        };
        match store::save_document(editor, &path, self.data.as_ref(), overwrite_changed) {
            Ok(report) => {
                let written = editor.shared_project();
                self.autosave.saved();
                self.dismissed_disk_hash = None;
                self.remember_recent(&path);
                self.read_or_written(Some(written));
                let notice = match report.backup_error {
                    Some(reason) => Notice::SavedWithoutBackup { path, reason },
                    None => Notice::Saved(path),
                };
                vec![Effect::Notice(notice)]
            }
            Err(SaveProblem::ChangedOnDisk { .. }) => {
                self.prompt = Some(Prompt::ChangedOnSave);
                Vec::new()
            }
            Err(e) => vec![failed(SessionError::Save(e))],
        }
    }

    /// Replaces the document with the file on disk, staying on the same map.
    fn reload(&mut self) -> Vec<Effect> {
        let Some(path) = self.path().cloned() else {
            return Vec::new();
        };
        match crate::io::open_path(&path) {
            Ok(opened) => {
                let mut effects = self.replace(Editor::opened(opened, path.clone()), true);
                effects.push(Effect::Notice(Notice::Reloaded(path)));
                effects
            }
            Err(error) => vec![failed(SessionError::Reload { path, error })],
        }
    }

    /// Puts a recovery copy on screen as unsaved work on its file.
    fn restore(&mut self, orphan: &recovery::Orphan) -> Vec<Effect> {
        match orphan.restore() {
            Ok(restored) => {
                let mut effects = self.replace(restored.editor, false);
                if let Some(why) = restored.notice {
                    effects.push(Effect::Notice(Notice::RestoredUntied(why)));
                }
                // Keep a copy of our own before letting go of the old one.
                if let Some(notice) = self.write_recovery() {
                    effects.push(Effect::Notice(notice));
                }
                orphan.discard();
                effects.push(Effect::Notice(Notice::Restored));
                effects
            }
            Err(e) => vec![failed(SessionError::Restore(e))],
        }
    }

    /// Answers the question asked, and offers the next recovery copy if one waits.
    pub fn answer(&mut self, answer: Answer) -> Vec<Effect> {
        let Some(prompt) = self.prompt.take() else {
            return Vec::new();
        };
        let effects = match (prompt, answer) {
            (Prompt::Unsaved(then), Answer::Save) => self.save_then(Some(then)),
            (Prompt::Unsaved(then), Answer::Discard) => {
                self.autosave.saved();
                self.proceed(then)
            }
            (Prompt::ChangedOnSave, Answer::Overwrite) => match self.path().cloned() {
                Some(path) => self.save_to(path, true),
                None => Vec::new(),
            },
            (Prompt::ChangedOnSave, Answer::SaveAs) => self.save_as(),
            (Prompt::ChangedOnSave | Prompt::ChangedOnDisk { .. }, Answer::Reload) => self.reload(),
            (Prompt::Recover(orphan), Answer::Restore) => self.request(Pending::Restore(orphan)),
            (Prompt::Recover(orphan), Answer::Discard) => {
                orphan.discard();
                Vec::new()
            }
            (Prompt::Recover(_), Answer::Later) => {
                self.recoveries.clear();
                Vec::new()
            }
            _ => Vec::new(),
        };
        self.offer_recovery();
        effects
    }

    /// Offers the next recovery copy left by a crash, if any and nothing else is asked.
    fn offer_recovery(&mut self) {
        if self.prompt.is_none()
            && let Some(orphan) = self.recoveries.pop()
        {
            self.prompt = Some(Prompt::Recover(Box::new(orphan)));
        }
    }

    /// Finds the recovery copies left by Waymarks that did not close normally: those that
    /// hold changes the file on disk does not. The one for `opened` is offered first.
    fn find_recoveries(&mut self, opened: Option<&Path>) {
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

    /// Keeps the recovery copy current: writes it when there are unsaved changes not yet in
    /// it (at most once per interval) and removes it when there are none. Returns how long
    /// until the next copy is due, for the window to wake up then, and a notice when no
    /// copy can be kept.
    pub fn tick(&mut self, now: Instant) -> (Option<Duration>, Option<Notice>) {
        let (Some(data), Some(editor)) = (&self.data, &self.editor) else {
            return (None, None);
        };
        match self.autosave.tick(data, editor, now) {
            Ok(due) => (due, None),
            Err(e) => {
                log::warn!("no recovery copy: {e}");
                (None, Some(Notice::NoRecoveryCopy(e)))
            }
        }
    }

    /// Writes the recovery copy now; a notice when it cannot be kept.
    pub fn write_recovery(&mut self) -> Option<Notice> {
        let (Some(data), Some(editor)) = (&self.data, &self.editor) else {
            return None;
        };
        self.autosave
            .write(data, editor, Instant::now())
            .err()
            .map(|e| {
                log::warn!("no recovery copy: {e}");
                Notice::NoRecoveryCopy(e)
            })
    }

    /// Checks whether the file on disk still is what was opened or last saved here (by
    /// content); if not, and the user did not already choose to keep this version over
    /// that one, asks whether to reload.
    pub fn check_disk(&mut self) {
        // A watched file's changes are taken in as they come (see `poll_disk`).
        if self.prompt.is_some() || self.is_watching() {
            return;
        }
        let Some(editor) = &self.editor else { return };
        let Some(path) = editor.path() else { return };
        let Ok(bytes) = crate::io::read_limited(path) else {
            return;
        };
        let hash = crate::io::content_hash(&bytes);
        if Some(hash) != editor.disk_hash() && Some(hash) != self.dismissed_disk_hash {
            self.dismissed_disk_hash = Some(hash);
            self.prompt = Some(Prompt::ChangedOnDisk {
                dirty: editor.is_dirty(),
            });
        }
    }

    /// The window is asked to close (by the window manager or File → Quit): true when it
    /// may close now; otherwise the session asks about unsaved changes first and the
    /// answer closes it.
    pub fn close_requested(&mut self) -> bool {
        if self.close_confirmed {
            return true;
        }
        if self.is_dirty() {
            if self.prompt.is_none() {
                self.prompt = Some(Prompt::Unsaved(Pending::Close));
            }
            return false;
        }
        self.autosave.finish();
        self.leave_file();
        true
    }

    /// A normal end of the program: the recovery copy is not needed any more.
    pub fn exit(&mut self) {
        self.autosave.finish();
        self.leave_file();
    }

    fn remember_recent(&mut self, path: &Path) {
        if let Some(data) = &self.data {
            match recent::add(data, path) {
                Ok(list) => self.recent = list,
                Err(e) => log::warn!("{e}"),
            }
        }
    }

    fn forget_recent(&mut self, path: &Path) {
        if let Some(data) = &self.data {
            match recent::remove(data, path) {
                Ok(list) => self.recent = list,
                Err(e) => log::warn!("{e}"),
            }
        }
    }

    /// File → Open recent → Clear.
    pub fn clear_recent(&mut self) {
        if let Some(data) = &self.data
            && let Err(e) = recent::clear(data)
        {
            log::warn!("{e}");
        }
        self.recent.clear();
    }
}

/// A file-name-friendly form of `text` (the one slug helper, from interop), or "journey".
pub fn file_stem(text: &str) -> String {
    let slug = crate::interop::slug(text);
    if slug.is_empty() {
        "journey".to_owned()
    } else {
        slug
    }
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod together_tests;
