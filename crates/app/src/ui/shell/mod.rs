//! The window: [`WaymarkApp`] and the order of one frame.
//!
//! ```text
//! input ─▶ keys ──────────────┐
//!          menus, toolbar     │
//!          panels, canvas ────┼─▶ Commands ─▶ apply (after the frame) ─▶ Session / view
//!          (read FrameCtx)    │                 edits, selection, files,     │
//!          dialogs, prompts ──┘                 notifications                ▼
//!                                                              layout ─▶ scene ─▶ paint
//! ```
//!
//! During a frame the document, the selection and the view are only read, through one
//! [`FrameCtx`]; everything the frame wants done goes into one [`Commands`] queue, applied
//! in order once it is drawn (`apply.rs`, `run.rs`). The document's life cycle (open,
//! save, reload, close, recovery) is the core's [`Session`]; this module turns its effects
//! into dialogs and notifications (`document.rs`).

mod apply;
mod chrome;
mod context_menu;
mod document;
#[cfg(feature = "test-hooks")]
pub(crate) mod hooks;
mod imports;
mod keyboard;
mod links;
mod menus;
mod run;
mod toolbar;
mod view;

use std::path::PathBuf;
use std::time::Duration;

use super::command::Commands;
use super::files::Dialogs;
use super::frame::{DocFrame, FrameCtx};
use super::notify::Notifications;
use super::panels::{Panel as _, Panels};
use crate::edit::Editor;
use crate::model::Project;
use crate::session::Session;
use crate::store::DataDir;
use crate::store::settings::Settings;
use view::MapView;

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

/// What the window itself remembers between frames.
#[derive(Default)]
struct Chrome {
    /// The title last sent to the window.
    shown_title: String,
    /// The fonts are installed (from the second frame on).
    fonts_installed: bool,
    /// A text field had the keyboard at the end of the last frame.
    was_typing: bool,
}

/// The Waymark window.
pub struct WaymarkApp {
    /// The document and its file's life cycle.
    session: Session,
    /// How the document is shown: map, selection, camera, layout.
    view: MapView,
    /// The panels and windows, each with its own state.
    panels: Panels,
    /// The settings in force.
    settings: Settings,
    /// File dialogs (the system's, or Waymark's own chooser).
    dialogs: Dialogs,
    /// What the user is told.
    notifications: Notifications,
    chrome: Chrome,
    /// Test and benchmark hooks (`--features test-hooks`).
    #[cfg(feature = "test-hooks")]
    hooks: hooks::Hooks,
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
        let mut app = Self::on(Session::new(options.data, options.autosave_every));
        let (settings, problem) = super::panels::settings::load(app.session.data());
        app.settings = settings;
        let effects = app.session.start(file);
        app.effects(None, effects);
        if let Some(problem) = problem {
            app.notifications.show(problem);
        }
        app
    }

    /// A window on `project`, saved at `path` (if any), keeping nothing on disk.
    pub fn with_project(project: Project, path: Option<PathBuf>) -> Self {
        Self::on(Session::with_project(project, path))
    }

    fn on(session: Session) -> Self {
        Self {
            session,
            view: MapView::default(),
            panels: Panels::default(),
            settings: Settings::default(),
            dialogs: Dialogs::default(),
            notifications: Notifications::default(),
            chrome: Chrome::default(),
            #[cfg(feature = "test-hooks")]
            hooks: hooks::Hooks::from_env(),
        }
    }

    /// The open document, if any.
    pub fn editor(&self) -> Option<&Editor> {
        self.session.editor()
    }

    /// The canvas' view state (camera, drag, in-place editor).
    pub fn canvas(&self) -> &super::CanvasState {
        &self.view.canvas
    }

    /// What is selected.
    pub fn selection(&self) -> &super::Selection {
        &self.view.selection
    }

    /// Which map of the project is on screen.
    pub fn shown_map(&self) -> usize {
        self.view.map
    }

    /// Whether the map on screen is still waiting for its text, being shaped in the
    /// background (a large map just opened): its cards are placed, their text not drawn;
    /// or not laid out at all yet (before the first frame).
    pub fn text_pending(&self) -> bool {
        self.session.editor().is_some() && self.view.cache.as_ref().is_none_or(|c| c.estimated)
    }

    /// Where a card is on screen (after the last frame), if it is in the current map.
    pub fn card_screen_rect(&self, id: &crate::model::CardId) -> Option<egui::Rect> {
        let map = self.view.current_map(self.session.editor())?;
        let index = map.card_index(id)?;
        let rect = self.view.cache.as_ref()?.layout.card_box(index)?.rect;
        Some(self.view.canvas.view.screen_from_world() * rect)
    }

    /// Where a card's link chip (the map it opens) is on screen, if it has one.
    pub fn link_chip_screen_rect(&self, id: &crate::model::CardId) -> Option<egui::Rect> {
        let map = self.view.current_map(self.session.editor())?;
        let index = map.card_index(id)?;
        let rect = self.view.cache.as_ref()?.layout.card_box(index)?.opens?;
        Some(self.view.canvas.view.screen_from_world() * rect)
    }

    /// Uses Waymark's own file chooser instead of the system's dialogs (what
    /// `WAYMARK_FILE_DIALOG=builtin` does; the system's is used where it can be shown).
    pub fn use_builtin_file_chooser(&mut self, on: bool) {
        self.dialogs.set_builtin(on);
    }

    /// The message shown across the top, if any.
    pub fn banner(&self) -> Option<&str> {
        self.notifications.banner().map(|n| n.text.as_str())
    }

    /// The heading of the question the window is asking, if any.
    pub fn prompt_heading(&self) -> Option<String> {
        self.session
            .prompt()
            .map(|p| document::prompt_text(&self.session, p).0)
    }

    /// The settings in force.
    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// Whether the Settings window is open.
    pub fn settings_open(&self) -> bool {
        self.panels.settings.is_open()
    }

    /// File → Settings…: opens the Settings window on the settings in force.
    pub fn open_settings(&mut self) {
        self.panels
            .settings
            .open(&self.settings, self.session.data());
    }

    /// The window title: file name, a dot when there are unsaved changes.
    pub fn title(&self) -> String {
        let Some(editor) = self.session.editor() else {
            return "Waymark".to_owned();
        };
        let name = self.session.file_name();
        let dirty = if editor.is_dirty() { "● " } else { "" };
        let name = if editor.is_read_only() {
            super::i18n::tr_args("title-read-only", &[("name", super::i18n::arg(name))])
        } else {
            name
        };
        format!("{dirty}{name} — Waymark")
    }

    /// The name Save As proposes.
    pub fn suggested_name(&self) -> String {
        self.session.suggested_name()
    }

    /// Checks whether the file changed on disk (as coming back to the window does).
    pub fn check_disk(&mut self) {
        self.session.check_disk();
    }

    /// Draws the whole window, then applies what the frame asked for.
    pub fn shell_ui(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        if !self.chrome.fonts_installed {
            // Fonts take effect from the next frame; draw nothing until then.
            super::setup_context(&ctx);
            super::theme::apply(&ctx, &self.settings);
            super::i18n::set_language(self.settings.language.as_deref());
            self.chrome.fonts_installed = true;
            // Colleagues' saves are seen off this thread; they wake the window.
            let repaint = ctx.clone();
            self.session.set_author(&self.settings.author);
            self.session
                .set_save_automatically_default(self.settings.save_automatically);
            self.session.set_wake(move || repaint.request_repaint());
            ctx.request_repaint();
            return;
        }
        #[cfg(feature = "test-hooks")]
        if self.hooks.before_frame(&ctx) {
            return;
        }
        let mut out = Commands::default();
        self.before_frame(&ctx, &mut out);
        self.frame_ui(ui, &mut out);
        #[cfg(feature = "test-hooks")]
        self.hooks.after_frame(
            &self.session,
            &self.view,
            &self.dialogs,
            &self.notifications,
            self.panels.conflicts.shown_at,
        );
        self.apply_all(&ctx, out);
        self.after_frame(&ctx);
    }

    /// What comes before drawing: a close request, a change on disk, finished dialogs,
    /// dropped files, the title, the layout of the map on screen.
    fn before_frame(&mut self, ctx: &egui::Context, out: &mut Commands) {
        if ctx.input(|i| i.viewport().close_requested()) && !self.session.close_requested() {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
        }
        if ctx.input(|i| {
            i.raw
                .events
                .iter()
                .any(|e| matches!(e, egui::Event::WindowFocused(true)))
        }) {
            self.session.check_disk();
        }
        self.poll_dialogs(ctx, out);
        let title = self.title();
        if title != self.chrome.shown_title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.chrome.shown_title = title;
        }
        self.session.set_shown_map(self.view.map);
        let prepared = self.session.take_prepared_view();
        self.view.refresh(self.session.editor(), prepared, ctx);
    }

    /// Draws the frame from a read-only [`FrameCtx`]; what it wants done goes to `out`.
    fn frame_ui(&mut self, ui: &mut egui::Ui, out: &mut Commands) {
        let ctx = ui.ctx().clone();
        let enabled = self.enabled_commands();
        let busy = self.dialogs.is_open() || self.panels.export.is_running();
        let Self {
            session,
            view,
            panels,
            settings,
            dialogs,
            notifications,
            chrome,
            ..
        } = self;
        let MapView {
            map: map_index,
            selection,
            canvas,
            cache,
            textures,
            trail,
            ..
        } = view;
        let doc = match (session.editor(), cache.as_ref()) {
            (Some(editor), Some(cache)) if cache.map == *map_index => {
                editor.project().maps.get(*map_index).map(|map| DocFrame {
                    editor,
                    project: editor.project(),
                    map_index: *map_index,
                    map,
                    layout: &cache.layout,
                    scene: &cache.scene,
                    picture: cache.picture,
                })
            }
            _ => None,
        };
        let text_notice = cache.as_ref().and_then(|c| c.text_notice.as_ref());
        let text_pending = cache.as_ref().is_some_and(|c| c.estimated);
        let frame = FrameCtx {
            session,
            doc,
            selection,
            settings,
            view: canvas.view,
            enabled: &enabled,
            busy,
        };
        // Derived view state for the canvas: what the find bar and the compare view mark.
        canvas.found = panels.find.refresh(&frame);
        canvas.compared = panels.compare.refresh(&frame);
        if panels.present.is_on() && panels.present.ui(ui, &frame, textures, out) {
            return;
        }
        keyboard::shortcuts(&ctx, &frame, canvas, panels, chrome.was_typing, out);
        egui::Panel::top("menu").show(ui, |ui| {
            egui::MenuBar::new().ui(ui, |ui| menus::menu_ui(ui, &frame, out));
            chrome::tabs_ui(ui, &frame, out);
            if frame.doc.is_some() {
                toolbar::toolbar_ui(ui, &frame, out);
                ui.add_space(2.0);
            }
        });
        panels.find.ui(ui, &frame, out);
        chrome::read_only_ui(ui, &frame, out);
        links::trail_ui(ui, frame.project(), trail, *map_index, out);
        notifications.banner_ui(ui, out);
        egui::Panel::bottom("status").show(ui, |ui| {
            chrome::status_ui(
                ui,
                &frame,
                canvas,
                (text_notice, text_pending),
                panels,
                notifications,
                out,
            );
        });
        // The conflicts notice runs across the top; the lists sit beside the canvas.
        panels.conflicts.ui(ui, &frame, out);
        panels.compare.ui(ui, &frame, out);
        panels.notes.ui(ui, &frame, out);
        panels.inspector.ui(ui, &frame, out);
        if let Some(doc) = &frame.doc {
            egui::CentralPanel::no_frame().show(ui, |ui| {
                textures.sync(ui.ctx(), &doc.project.images, doc.editor.revision());
                super::canvas::canvas_ui(ui, canvas, textures, &frame, out);
            });
        } else {
            egui::CentralPanel::default().show(ui, |ui| {
                ui.centered_and_justified(|ui| ui.label(super::i18n::tr("empty-window-hint")));
            });
        }
        notifications.toast_ui(&ctx, out);
        context_menu::context_menu_ui(&ctx, &frame, canvas, out);
        dialogs.chooser_ui(&ctx);
        panels.palette.ui(ui, &frame, out);
        panels.help.ui(ui, &frame, out);
        panels.gallery.ui(ui, &frame, out);
        panels.future.ui(ui, &frame, out);
        document::prompt_ui(&ctx, session, out);
        panels.export.ui(ui, &frame, out);
        panels.settings.ui(ui, &frame, out);
    }

    /// What comes after the commands: the map index kept valid, then [`Self::keep_up`].
    fn after_frame(&mut self, ctx: &egui::Context) {
        self.view.keep_valid(self.session.editor());
        self.keep_up(ctx);
        self.chrome.was_typing = ctx.text_edit_focused();
    }

    /// What goes on without the user: a finished export, a colleague's save, who else has
    /// the file open, the automatic save, the recovery copy, each scheduling the next look.
    /// Runs after every frame, and also while the window is covered or minimised (eframe
    /// then runs no frames, only [`eframe::App::logic`]).
    fn keep_up(&mut self, ctx: &egui::Context) {
        if let Some(note) = self.panels.export.poll(ctx) {
            self.notifications.show(note);
        }
        let now = std::time::Instant::now();
        let effects = self.session.poll_disk(now);
        self.effects(Some(ctx), effects);
        if self.session.is_merging() || self.session.saves_automatically() {
            // Taking a save in, or the automatic save that comes 2 s after a change.
            ctx.request_repaint_after(std::time::Duration::from_millis(250));
        }
        if let Some(later) = self.session.look_again_in(now) {
            // Who comes and goes, and this window's own presence, also while idle.
            ctx.request_repaint_after(later);
        }
        let (due, problem) = self.session.tick(now);
        if let Some(due) = due {
            ctx.request_repaint_after(due);
        }
        if let Some(problem) = problem {
            self.notice(problem);
        }
    }
}

impl eframe::App for WaymarkApp {
    fn logic(&mut self, ctx: &egui::Context, _frame: &mut eframe::Frame) {
        // While the window is hidden (covered, minimised) there are no frames: keep up with
        // the file, presence and saves here. When shown, `ui` does it after the frame.
        let hidden = ctx.input(|i| i.viewport().visible() == Some(false));
        if hidden {
            self.keep_up(ctx);
        }
    }

    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.shell_ui(ui);
    }

    fn raw_input_hook(&mut self, _ctx: &egui::Context, raw_input: &mut egui::RawInput) {
        super::theme::fill_system_theme(raw_input);
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        // A normal exit: unsaved changes were saved or deliberately dropped.
        self.session.exit();
    }
}
