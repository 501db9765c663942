//! The application shell: menus, map tabs, inspector, canvas and status bar. During a frame
//! the document is only read; the edits the widgets emit are applied after it.

mod chrome;
mod commands;
mod compare;
mod conflicts;
mod context_menu;
mod document;
mod edits;
mod exports;
mod find;
mod help;
mod hooks;
mod keyboard;
mod keys;
mod menus;
mod palette;
mod pictures;
mod preferences;
mod present;
mod registry;
mod review;
mod toolbar;

use std::path::PathBuf;
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};

use super::canvas::{self, CanvasState};
use super::export_dialog::ExportDialog;
use super::export_job::ExportJob;
use super::files::{DialogResult, Dialogs};
use super::inspector::{self, InspectorOut};
use super::{AfterEdit, Edit, Selection, icon_button};
use crate::edit::Editor;
use crate::layout::{self, MapLayout, scene::Scene};
use crate::model::{Card, Project};
use crate::store::{DataDir, recovery};
use chrome::text_notice;
use commands::Command;
use document::{Pending, Prompt};
use hooks::report_start_up;
pub use registry::{CommandInfo, Scope, UICommand};

/// Where the window keeps its own files, and how often it writes recovery copies.
#[derive(Clone, Debug)]
pub struct AppOptions {
    /// The data folder for recent files, backups and recovery copies; `None` keeps nothing.
    pub data: Option<DataDir>,
    /// The least time between two recovery copies of unsaved work.
    pub autosave_every: Duration,
}

impl AppOptions {
    /// The platform's data folder (or `$WAYMARK_DATA_DIR`), a recovery copy as often as
    /// the settings say (every 30 s unless changed).
    pub fn from_env() -> Self {
        let data = DataDir::from_env();
        let settings = data
            .as_ref()
            .and_then(|d| crate::store::settings::load(d).ok());
        Self {
            data,
            autosave_every: settings.unwrap_or_default().recovery_interval(),
        }
    }
}

impl Default for AppOptions {
    /// Keeps nothing on disk (for tests and benchmarks).
    fn default() -> Self {
        Self {
            data: None,
            autosave_every: Duration::from_secs(30),
        }
    }
}

/// What the clipboard holds when cards are copied: JSON text that another Waymark window
/// (or a text editor) can read.
#[derive(Serialize, Deserialize)]
struct ClipboardCards {
    #[serde(rename = "waymark-cards")]
    cards: Vec<Card>,
}

/// A short message over the bottom of the canvas after a change that removed things, with
/// Undo next to it.
struct Toast {
    text: String,
    shown_at: Instant,
}

/// A message across the top of the window.
struct Banner {
    text: String,
    error: bool,
}

/// The Waymark window's state.
pub struct WaymarkApp {
    editor: Option<Editor>,
    map: usize,
    canvas: CanvasState,
    cache: Option<Cached>,
    dialogs: Dialogs,
    banner: Option<Banner>,
    status: String,
    shown_title: String,
    fonts_installed: bool,
    data: Option<DataDir>,
    autosave_every: Duration,
    recovery: Option<recovery::Slot>,
    /// The document revision in the recovery copy.
    recovery_revision: Option<u64>,
    last_recovery_write: Option<Instant>,
    /// Recovery copies from earlier crashes still to offer (offered from the back).
    recoveries: Vec<recovery::Orphan>,
    recent: Vec<PathBuf>,
    prompt: Option<Prompt>,
    /// What to do once the Save As dialog has saved.
    after_save_as: Option<Pending>,
    /// The revision when the Open dialog was shown after unsaved changes were dealt with.
    open_dialog_revision: Option<u64>,
    /// The user confirmed closing; the next close request goes through.
    close_confirmed: bool,
    /// A content hash of the file on disk the user chose to keep their version over.
    dismissed_disk_hash: Option<u64>,
    export_job: Option<ExportJob>,
    export_dialog: ExportDialog,
    /// Presentation mode (F5), when on.
    presenting: Option<present::Presentation>,
    /// What presentation mode shows, laid out.
    slides: Option<present::Slides>,
    preferences: preferences::Preferences,
    find: find::FindBar,
    compare: compare::CompareView,
    /// The merge conflicts panel is shown.
    conflicts_open: bool,
    toast: Option<Toast>,
    /// A text field had the keyboard at the end of the last frame.
    was_typing: bool,
    /// The review-notes panel is shown.
    notes_panel: bool,
    palette: Option<palette::Palette>,
    help: Option<help::HelpWindow>,
    textures: super::paint::Textures,
    /// Where to write on-screen geometry for end-to-end tests (`WAYMARK_GEOMETRY_OUT`).
    geometry_out: Option<(PathBuf, String)>,
    /// For start-up benchmarks (`WAYMARK_EXIT_AFTER_FIRST_FRAME`): report and quit once the
    /// first full frame has been presented.
    exit_after_first_frame: bool,
    frames_drawn: u32,
}

struct Cached {
    revision: u64,
    map: usize,
    layout: MapLayout,
    scene: Scene,
    /// What the map's text needs that this computer lacks (a font, glyphs), if anything.
    text_notice: Option<chrome::TextNotice>,
}

impl WaymarkApp {
    /// Opens `file`, or the bundled sample when `None`, keeping recent files, backups and
    /// recovery copies in the platform's data folder.
    pub fn open(file: Option<PathBuf>) -> Self {
        Self::open_with(file, AppOptions::from_env())
    }

    /// Opens `file` (or the bundled sample) with `options`. A file that cannot be opened
    /// leaves an empty window with the error shown. Unsaved work left by a crash is offered
    /// for restoring.
    pub fn open_with(file: Option<PathBuf>, options: AppOptions) -> Self {
        let mut app = Self {
            data: options.data,
            autosave_every: options.autosave_every,
            ..Self::empty()
        };
        if let Some(data) = &app.data {
            app.recent = crate::store::recent::load(data);
        }
        match &file {
            Some(path) => app.open_path(path.clone()),
            None => match crate::io::load_bytes(crate::assets::SAMPLE.as_bytes()) {
                Ok(project) => app.replace_document(Editor::new(project, None)),
                Err(e) => app.show_error(format!("The bundled sample is damaged: {e}")),
            },
        }
        app.status.clear();
        app.load_settings();
        app.find_recoveries(file.as_deref());
        app.offer_recovery();
        app
    }

    /// A window on `project`, saved at `path` (if any).
    pub fn with_project(project: Project, path: Option<PathBuf>) -> Self {
        Self {
            editor: Some(Editor::new(project, path)),
            ..Self::empty()
        }
    }

    fn empty() -> Self {
        Self {
            editor: None,
            map: 0,
            canvas: CanvasState::default(),
            cache: None,
            dialogs: Dialogs::default(),
            banner: None,
            status: String::new(),
            shown_title: String::new(),
            fonts_installed: false,
            data: None,
            autosave_every: Duration::from_secs(30),
            recovery: None,
            recovery_revision: None,
            last_recovery_write: None,
            recoveries: Vec::new(),
            recent: Vec::new(),
            prompt: None,
            after_save_as: None,
            open_dialog_revision: None,
            close_confirmed: false,
            dismissed_disk_hash: None,
            export_job: None,
            export_dialog: ExportDialog::default(),
            presenting: None,
            slides: None,
            preferences: Default::default(),
            find: find::FindBar::default(),
            compare: compare::CompareView::default(),
            conflicts_open: true,
            toast: None,
            was_typing: false,
            notes_panel: false,
            palette: None,
            help: None,
            textures: Default::default(),
            geometry_out: std::env::var_os("WAYMARK_GEOMETRY_OUT")
                .map(|p| (PathBuf::from(p), String::new())),
            exit_after_first_frame: std::env::var_os("WAYMARK_EXIT_AFTER_FIRST_FRAME").is_some(),
            frames_drawn: 0,
        }
    }

    /// The open document, if any.
    pub fn editor(&self) -> Option<&Editor> {
        self.editor.as_ref()
    }

    /// The canvas' view state (camera, selection, drag).
    pub fn canvas(&self) -> &CanvasState {
        &self.canvas
    }

    /// Where a card is on screen (after the last frame), if it is in the current map.
    pub fn card_screen_rect(&self, id: &crate::model::CardId) -> Option<egui::Rect> {
        let map = self.editor.as_ref()?.project().maps.get(self.map)?;
        let index = map.card_index(id)?;
        let rect = self.cache.as_ref()?.layout.card_box(index)?.rect;
        Some(self.canvas.view.screen_from_world() * rect)
    }

    /// Uses Waymark's own file chooser instead of the system's dialogs (what
    /// `WAYMARK_FILE_DIALOG=builtin` does; the system's is used where it can be shown).
    pub fn use_builtin_file_chooser(&mut self, on: bool) {
        self.dialogs.set_builtin(on);
    }

    /// The message shown across the top, if any.
    pub fn banner(&self) -> Option<&str> {
        self.banner.as_ref().map(|b| b.text.as_str())
    }

    /// The heading of the question the window is asking, if any.
    pub fn prompt_heading(&self) -> Option<String> {
        self.prompt.as_ref().map(|p| self.prompt_text(p).0)
    }

    /// The window title: file name, a dot when there are unsaved changes.
    pub fn title(&self) -> String {
        let Some(editor) = &self.editor else {
            return "Waymark".to_owned();
        };
        let name = self.file_name();
        let dirty = if editor.is_dirty() { "● " } else { "" };
        let read_only = if editor.is_read_only() {
            " (read-only)"
        } else {
            ""
        };
        format!("{dirty}{name}{read_only} — Waymark")
    }

    /// Draws the whole window, then applies what the frame asked for.
    pub fn shell_ui(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        if !self.fonts_installed {
            // Fonts take effect from the next frame; draw nothing until then.
            super::setup_context(&ctx);
            self.apply_theme(&ctx);
            self.fonts_installed = true;
            ctx.request_repaint();
            return;
        }
        if self.exit_after_first_frame && self.frames_drawn >= 1 {
            report_start_up(&ctx);
            return;
        }
        self.handle_close(&ctx);
        self.check_disk_on_focus(&ctx);
        self.poll_files(&ctx);
        let title = self.title();
        if title != self.shown_title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.shown_title = title;
        }
        if self.presenting.is_some() && self.presentation_ui(ui) {
            return;
        }
        let mut commands = self.shortcuts(&ctx);
        let mut edits = Vec::new();
        let mut inspector = InspectorOut::default();

        egui::Panel::top("menu").show(ui, |ui| {
            egui::MenuBar::new().ui(ui, |ui| self.menu_ui(ui, &mut commands));
            self.tabs_ui(ui, &mut edits);
            if self.editor.is_some() {
                self.toolbar_ui(ui, &mut commands);
                ui.add_space(2.0);
            }
        });
        if self.find.open && self.editor.is_some() {
            egui::Panel::top("find").show(ui, |ui| self.find_ui(ui, &mut commands));
        } else {
            self.canvas.found.clear();
        }
        if let Some(reason) = self.editor.as_ref().and_then(Editor::read_only) {
            let mut save_as = false;
            egui::Panel::top("read-only").show(ui, |ui| {
                ui.horizontal(|ui| {
                    ui.colored_label(
                        super::theme::message(ui, super::theme::Message::Warning),
                        reason.to_string(),
                    );
                    save_as = ui.button("Save a copy…").clicked();
                });
            });
            if save_as {
                commands.push(Command::Ui(registry::UICommand::SaveAs));
            }
        }
        if let Some(banner) = &self.banner {
            let mut close = false;
            egui::Panel::top("banner").show(ui, |ui| {
                // The × stays at the right; a long message wraps to its left.
                ui.with_layout(egui::Layout::right_to_left(egui::Align::TOP), |ui| {
                    close = icon_button(ui, "×", "Dismiss message").clicked();
                    let color = super::theme::message(
                        ui,
                        if banner.error {
                            super::theme::Message::Error
                        } else {
                            super::theme::Message::Ok
                        },
                    );
                    ui.with_layout(egui::Layout::left_to_right(egui::Align::TOP), |ui| {
                        let text = crate::printable::escape_controls(&banner.text);
                        ui.add(egui::Label::new(egui::RichText::new(text).color(color)).wrap());
                    });
                });
            });
            if close {
                self.banner = None;
            }
        }
        self.conflicts_notice_ui(ui);
        egui::Panel::bottom("status").show(ui, |ui| self.status_ui(ui, &mut commands));
        self.refresh_cache();
        self.refresh_compare();
        self.conflicts_panel_ui(ui, &mut edits);
        self.compare_panel_ui(ui, &mut edits);
        if self.cache.is_some() {
            self.notes_panel_ui(ui);
        }
        if let (Some(editor), Some(cache)) = (&self.editor, &self.cache)
            && let Some(map) = editor.project().maps.get(self.map)
        {
            egui::Panel::right("inspector")
                .default_size(300.0)
                .show(ui, |ui| {
                    ui.add_space(8.0);
                    inspector::inspector_ui(
                        ui,
                        editor.project(),
                        map,
                        &self.canvas.selection,
                        &self.preferences.settings.author,
                        &mut inspector,
                    );
                });
            egui::CentralPanel::no_frame().show(ui, |ui| {
                self.textures
                    .sync(ui.ctx(), &editor.project().images, editor.revision());
                canvas::canvas_ui(
                    ui,
                    &mut self.canvas,
                    &self.textures,
                    map,
                    &cache.layout,
                    &cache.scene,
                    &mut edits,
                );
            });
        }
        if self.editor.is_none() {
            egui::CentralPanel::default().show(ui, |ui| {
                ui.centered_and_justified(|ui| {
                    ui.label("Open a project with File → Open…, or drop a file here.")
                });
            });
        }

        self.toast_ui(&ctx, &mut commands);
        self.context_menu_ui(&ctx, &mut commands, &mut edits);
        self.dialogs.chooser_ui(&ctx);
        self.palette_ui(&ctx, &mut commands);
        self.help_ui(&ctx);
        self.compare_chooser_ui(&ctx);
        self.prompt_ui(&ctx);
        self.export_dialog_ui(&ctx);
        self.settings_ui(&ctx);
        self.dump_geometry();

        // The frame is drawn: now change things. Its edits go to the map it showed, even
        // when a command (an undo) changes which map sits at that tab before they apply.
        let shown = self.shown_map_id();
        edits.append(&mut inspector.edits);
        let mut command_edits = Vec::new();
        for command in commands {
            self.run(&ctx, command, &mut command_edits);
        }
        for edit in edits {
            self.apply_to(shown.as_ref(), edit);
        }
        for edit in command_edits {
            self.apply(edit);
        }
        if inspector.end_merge
            && let Some(editor) = &mut self.editor
        {
            editor.end_merge();
        }
        if let Some(selection) = inspector.select {
            self.canvas.selection = selection;
        }
        if let Some(target) = inspector.pick_image {
            self.dialogs.pick_image(&ctx, target);
        }
        if let Some(lane) = inspector.import_metrics {
            self.import_metrics(&ctx, Some(lane));
        }
        self.clamp_map();
        self.poll_export(&ctx);
        self.autosave(&ctx);
        self.was_typing = ctx.text_edit_focused();
        self.frames_drawn = self.frames_drawn.saturating_add(1);
        if self.exit_after_first_frame {
            ctx.request_repaint();
        }
    }

    fn refresh_cache(&mut self) {
        let Some(editor) = &self.editor else {
            self.cache = None;
            return;
        };
        if self
            .cache
            .as_ref()
            .is_some_and(|c| c.revision == editor.revision() && c.map == self.map)
        {
            return;
        }
        let Some(map) = editor.project().maps.get(self.map) else {
            return;
        };
        let layout = layout::layout_map(editor.project(), map, crate::text::TextEngine::global());
        let scene = layout::scene::build(&layout);
        let text_notice = text_notice(editor.project(), map, &layout, &scene);
        self.cache = Some(Cached {
            revision: editor.revision(),
            map: self.map,
            layout,
            scene,
            text_notice,
        });
    }

    /// The name Save As proposes: the file's own name with the `.waymark` extension (a
    /// `.json` project moves to it), or the title's for an untitled project.
    pub fn suggested_name(&self) -> String {
        let ext = crate::io::EXTENSION;
        if let Some(stem) = self
            .editor
            .as_ref()
            .and_then(|e| e.path())
            .and_then(|p| p.file_stem())
        {
            return format!("{}.{ext}", stem.to_string_lossy());
        }
        let title = self
            .editor
            .as_ref()
            .map_or("journey", |e| e.project().title.as_str());
        format!("{}.{ext}", file_stem(title))
    }

    fn poll_files(&mut self, ctx: &egui::Context) {
        let folder = self
            .editor
            .as_ref()
            .and_then(|e| e.path())
            .and_then(|p| p.parent());
        self.dialogs.set_document_folder(folder);
        match self.dialogs.poll() {
            Some(DialogResult::SaveAs(path)) => {
                self.saved_as(ctx, crate::io::with_project_extension(path));
            }
            Some(DialogResult::Open(path)) => {
                // Unsaved changes were dealt with before the dialog; ask again only if
                // there were new edits while it was open.
                let revision = self.editor.as_ref().map(Editor::revision);
                if self.open_dialog_revision.take() == revision {
                    self.open_path(path);
                } else {
                    self.request(ctx, Pending::Open(Some(path)));
                }
            }
            Some(DialogResult::Export(path)) => self.export_to(ctx, path),
            Some(DialogResult::ImportCsv(path)) => self.request(ctx, Pending::ImportCsv(path)),
            Some(DialogResult::Compare(path)) => {
                let label = path
                    .file_name()
                    .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
                self.compare_with_file(&path, label);
            }
            Some(DialogResult::Image(path, target)) => self.place_image(&path, target),
            Some(DialogResult::MetricsCsv(path, lane)) => self.apply_metrics_csv(&path, &lane),
            Some(DialogResult::InApp { dialog, reason }) => {
                self.banner = Some(Banner {
                    text: format!(
                        "The system's {dialog} dialog could not be shown ({reason}), so Waymark shows its own file chooser."
                    ),
                    error: false,
                });
            }
            Some(DialogResult::Failed { dialog, reason }) => {
                let unsaved = if dialog == "Save" {
                    self.after_save_as = None;
                    " Nothing was saved."
                } else {
                    ""
                };
                self.show_error(format!(
                    "The {dialog} dialog could not be shown: {reason}.{unsaved}"
                ));
            }
            None => {
                if !self.dialogs.is_open() {
                    self.after_save_as = None;
                }
            }
        }
        let (dropped, at) = ctx.input(|i| {
            (
                i.raw.dropped_files.first().map(|f| f.path().to_owned()),
                i.pointer.hover_pos(),
            )
        });
        let is_picture = |p: &std::path::Path| {
            p.extension()
                .and_then(|e| e.to_str())
                .is_some_and(|e| matches!(e.to_ascii_lowercase().as_str(), "png" | "jpg" | "jpeg"))
        };
        match dropped {
            Some(path) if is_picture(&path) => self.drop_picture(&path, at),
            Some(path) => self.request(ctx, Pending::Open(Some(path))),
            None => {}
        }
    }
}

impl eframe::App for WaymarkApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.shell_ui(ui);
    }

    fn raw_input_hook(&mut self, _ctx: &egui::Context, raw_input: &mut egui::RawInput) {
        super::theme::fill_system_theme(raw_input);
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        // A normal exit: unsaved changes were saved or deliberately dropped.
        if let Some(slot) = self.recovery.take() {
            slot.discard();
        }
    }
}

/// A file-name-friendly form of `text` (the one slug helper, from interop), or "journey".
fn file_stem(text: &str) -> String {
    let slug = crate::interop::slug(text);
    if slug.is_empty() {
        "journey".to_owned()
    } else {
        slug
    }
}
