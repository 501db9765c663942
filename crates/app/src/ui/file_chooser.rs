//! Waymark's own file chooser, for computers where the system has none to show (no XDG
//! portal and no zenity, as on minimal Linux desktops): a folder field with Up, the
//! folder's listing (folders first, then the files the purpose accepts), a name field that
//! also takes a whole path, and Save/Open. It only picks a path; the app does the rest.

use crate::ui::i18n::{arg, tr, tr_args};
use std::path::{Path, PathBuf};

/// Whether the chosen path is for writing (Save, Export) or reading (Open, Import).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChooserMode {
    /// Choose where to write a new or replaced file.
    Save,
    /// Choose an existing file.
    Open,
}

/// One entry of the folder listing.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Entry {
    name: String,
    folder: bool,
}

/// The chooser's state while it is shown.
#[derive(Clone, Debug)]
pub struct FileChooser {
    title: String,
    mode: ChooserMode,
    /// Lower-case extensions the listing shows (empty: every file).
    extensions: Vec<String>,
    folder: String,
    name: String,
    listing: Vec<Entry>,
    /// Why the folder could not be listed, or why the choice was refused.
    problem: Option<String>,
    listed: Option<PathBuf>,
    focus_name: bool,
}

/// What the user did with the chooser this frame.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Chosen {
    /// Still choosing.
    Pending,
    /// Closed without a choice.
    Cancelled,
    /// This path.
    Path(PathBuf),
}

impl FileChooser {
    /// A chooser titled `title` for `mode`, listing files ending in `extensions`, starting
    /// in `folder` (or the home folder) with `name` in the name field.
    pub fn new(
        title: &str,
        mode: ChooserMode,
        extensions: &[&str],
        folder: Option<&Path>,
        name: &str,
    ) -> Self {
        let folder = folder
            .map(Path::to_path_buf)
            .or_else(std::env::home_dir)
            .or_else(|| std::env::current_dir().ok())
            .unwrap_or_else(|| PathBuf::from("/"));
        Self {
            title: title.to_owned(),
            mode,
            extensions: extensions.iter().map(|e| e.to_ascii_lowercase()).collect(),
            folder: folder.display().to_string(),
            name: name.to_owned(),
            listing: Vec::new(),
            problem: None,
            listed: None,
            focus_name: true,
        }
    }

    fn accepts(&self, name: &str) -> bool {
        let lower = name.to_ascii_lowercase();
        self.extensions.is_empty()
            || self
                .extensions
                .iter()
                .any(|e| lower.ends_with(&format!(".{e}")))
    }

    /// Reads the folder when it changed (a bounded number of entries, hidden ones left out).
    fn refresh(&mut self) {
        let folder = PathBuf::from(self.folder.trim());
        if self.listed.as_ref() == Some(&folder) {
            return;
        }
        self.listed = Some(folder.clone());
        self.listing.clear();
        match std::fs::read_dir(&folder) {
            Ok(entries) => {
                self.problem = None;
                for entry in entries.flatten().take(5000) {
                    let name = entry.file_name().to_string_lossy().into_owned();
                    if name.starts_with('.') {
                        continue;
                    }
                    let folder =
                        entry.file_type().is_ok_and(|t| t.is_dir()) || entry.path().is_dir();
                    if folder || self.accepts(&name) {
                        self.listing.push(Entry { name, folder });
                    }
                }
                self.listing.sort_by(|a, b| {
                    b.folder
                        .cmp(&a.folder)
                        .then_with(|| a.name.to_lowercase().cmp(&b.name.to_lowercase()))
                });
            }
            Err(e) => {
                self.problem = Some(tr_args(
                    "chooser-cannot-list",
                    &[
                        (
                            "path",
                            arg(crate::printable::escape_controls(
                                &folder.display().to_string(),
                            )),
                        ),
                        ("error", arg(e)),
                    ],
                ));
            }
        }
    }

    /// The path the name field points at: a whole path as typed, or the name in the folder.
    fn target(&self) -> Option<PathBuf> {
        let name = self.name.trim();
        if name.is_empty() {
            return None;
        }
        let typed = PathBuf::from(name);
        Some(if typed.is_absolute() {
            typed
        } else {
            PathBuf::from(self.folder.trim()).join(typed)
        })
    }

    /// Checks the choice: an existing file to open, a writable place to save.
    fn accept(&mut self) -> Option<PathBuf> {
        let Some(path) = self.target() else {
            self.problem = Some(tr("chooser-type-a-name").to_owned());
            return None;
        };
        match self.mode {
            ChooserMode::Open if !path.is_file() => {
                self.problem = Some(tr_args(
                    "chooser-no-such-file",
                    &[(
                        "path",
                        arg(crate::printable::escape_controls(
                            &path.display().to_string(),
                        )),
                    )],
                ));
                None
            }
            ChooserMode::Save if path.parent().is_some_and(|p| !p.is_dir()) => {
                self.problem = Some(tr("chooser-no-such-folder").to_owned());
                None
            }
            _ => Some(path),
        }
    }

    /// Shows the chooser as a modal window; returns what the user did.
    pub fn ui(&mut self, ctx: &egui::Context) -> Chosen {
        self.refresh();
        let mut chosen = Chosen::Pending;
        let action = match self.mode {
            ChooserMode::Save => tr("cmd-save"),
            ChooserMode::Open => tr("chooser-open"),
        };
        let modal = egui::Modal::new(egui::Id::unique("waymark-file-chooser")).show(ctx, |ui| {
            ui.set_width(560.0);
            ui.heading(&self.title);
            ui.weak(tr("notice-own-file-dialog"));
            ui.add_space(6.0);
            let mut open_folder = None;
            ui.horizontal(|ui| {
                let caption = ui.label(tr("chooser-folder"));
                let field =
                    ui.add(egui::TextEdit::singleline(&mut self.folder).desired_width(400.0));
                field.labelled_by(caption.id);
                if crate::ui::icon_button(ui, "⬆", tr("chooser-up")).clicked()
                    && let Some(parent) = Path::new(self.folder.trim()).parent()
                {
                    open_folder = Some(parent.to_path_buf());
                }
            });
            egui::ScrollArea::vertical()
                .max_height(260.0)
                .auto_shrink([false, false])
                .show(ui, |ui| {
                    for entry in &self.listing {
                        let label = if entry.folder {
                            format!("📁 {}", entry.name)
                        } else {
                            entry.name.clone()
                        };
                        let selected = !entry.folder && entry.name == self.name;
                        let response = ui.selectable_label(selected, label);
                        if entry.folder && (response.double_clicked() || response.clicked()) {
                            open_folder = Some(PathBuf::from(self.folder.trim()).join(&entry.name));
                        } else if response.double_clicked() {
                            self.name = entry.name.clone();
                            chosen =
                                Chosen::Path(PathBuf::from(self.folder.trim()).join(&entry.name));
                        } else if response.clicked() {
                            self.name = entry.name.clone();
                        }
                    }
                    if self.listing.is_empty() && self.problem.is_none() {
                        ui.weak(tr("chooser-empty"));
                    }
                });
            if let Some(folder) = open_folder {
                self.folder = folder.display().to_string();
            }
            ui.add_space(6.0);
            let mut enter = false;
            ui.horizontal(|ui| {
                let caption = ui.label(tr("chooser-file-name"));
                let field = ui.add(
                    egui::TextEdit::singleline(&mut self.name)
                        .hint_text(tr("chooser-file-name-hint"))
                        .desired_width(440.0),
                );
                let field = field.labelled_by(caption.id);
                if std::mem::take(&mut self.focus_name) {
                    field.request_focus();
                }
                enter = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            });
            if self.mode == ChooserMode::Save && self.target().is_some_and(|p| p.is_file()) {
                ui.colored_label(ui.visuals().warn_fg_color, tr("chooser-replaces"));
            }
            if let Some(problem) = &self.problem {
                ui.colored_label(ui.visuals().error_fg_color, problem);
            }
            ui.separator();
            ui.horizontal(|ui| {
                if (ui.button(action).clicked() || enter)
                    && let Some(path) = self.accept()
                {
                    chosen = Chosen::Path(path);
                }
                if ui.button(tr("answer-cancel")).clicked() {
                    chosen = Chosen::Cancelled;
                }
            });
        });
        if modal.should_close() && chosen == Chosen::Pending {
            chosen = Chosen::Cancelled;
        }
        chosen
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_folders_first_then_the_files_it_accepts_and_takes_a_whole_path() {
        let dir = tempfile::tempdir().expect("tempdir");
        std::fs::create_dir(dir.path().join("Research")).expect("folder");
        std::fs::write(dir.path().join("b.waymark"), "{}").expect("file");
        std::fs::write(dir.path().join("a.JSON"), "{}").expect("file");
        std::fs::write(dir.path().join("notes.txt"), "").expect("file");
        std::fs::write(dir.path().join(".hidden.json"), "").expect("file");
        let mut chooser = FileChooser::new(
            "Open",
            ChooserMode::Open,
            &["waymark", "json"],
            Some(dir.path()),
            "",
        );
        chooser.refresh();
        let names: Vec<_> = chooser.listing.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(names, ["Research", "a.JSON", "b.waymark"]);
        assert_eq!(chooser.accept(), None, "no name yet");
        chooser.name = "missing.waymark".into();
        assert_eq!(chooser.accept(), None, "Open wants an existing file");
        chooser.name = "b.waymark".into();
        assert_eq!(chooser.accept(), Some(dir.path().join("b.waymark")));
        let mut save = FileChooser::new("Save", ChooserMode::Save, &["waymark"], None, "");
        save.name = dir.path().join("new.waymark").display().to_string();
        assert_eq!(save.accept(), Some(dir.path().join("new.waymark")));
        save.name = dir.path().join("nope/new.waymark").display().to_string();
        assert_eq!(save.accept(), None, "the folder must exist");
    }
}
