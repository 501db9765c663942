//! Exports from the window, in one place: the Export dialog ([`dialog`], with its page
//! previews in [`pages`]), running an export on a worker thread with progress and Cancel
//! in the status bar ([`job`]), and copying the map to the clipboard.

mod dialog;
mod job;
mod pages;
mod settings;

use crate::ui::i18n::{arg, tr, tr_args};
use std::path::{Path, PathBuf};
use std::time::Duration;

use dialog::{DialogAction, ExportDialog};
use job::{Done, ExportJob, Target};
pub use settings::ExportSettings;

use crate::model::Project;
use crate::session::file_stem;
use crate::ui::command::{Commands, FileRequest};
use crate::ui::frame::FrameCtx;
use crate::ui::notify::Notification;

/// The preference key the dialog's choices are remembered under, per project.
const PREFS_KEY: &str = "export-settings";
/// Where the last choices of any project are remembered.
const LAST_KEY: &str = "export-settings-last";

/// The Export dialog and the export in flight.
#[derive(Default)]
pub struct ExportPanel {
    dialog: ExportDialog,
    job: Option<ExportJob>,
    /// Before and after: the dialog exports these two maps stacked as one.
    stacked: Option<Stacked>,
}

/// Two maps of the document exported one above the other (see
/// [`crate::export::stacked`]).
struct Stacked {
    above: crate::model::MapId,
    below: crate::model::MapId,
    /// The document with the stacked map added last, and the revision it was made at.
    made: Option<(u64, Project)>,
}

impl Stacked {
    /// The document with the stacked map last (made again when the document changed);
    /// `None` when one of the two maps is gone.
    fn project(&mut self, project: &Project, revision: u64) -> Option<&Project> {
        if self.made.as_ref().is_none_or(|(at, _)| *at != revision) {
            let above = project.maps.iter().find(|m| m.id == self.above)?;
            let below = project.maps.iter().find(|m| m.id == self.below)?;
            let map = crate::export::stacked::stacked_map(project, above, below);
            let mut with = project.clone();
            with.maps.push(map);
            self.made = Some((revision, with));
        }
        self.made.as_ref().map(|(_, p)| p)
    }
}

impl ExportPanel {
    /// Whether an export is running.
    pub fn is_running(&self) -> bool {
        self.job.is_some()
    }

    /// Export… (Ctrl+E): opens the dialog on map `map` with this project's last choices,
    /// or `defaults` for a project that has none; with `stacked`, on those two maps of the
    /// document, the first above the second, as one map (the before/after view).
    pub fn open(
        &mut self,
        frame_data: Option<&crate::store::DataDir>,
        path: Option<&Path>,
        map: usize,
        defaults: ExportSettings,
        stacked: Option<(crate::model::MapId, crate::model::MapId)>,
    ) {
        let load = |key: &str, path: Option<&Path>| {
            frame_data
                .and_then(|data| crate::store::settings::prefs::load(data, key, path))
                .and_then(|value| serde_json::from_value::<ExportSettings>(value).ok())
        };
        // This project's last choices; for a project without any, the format, paper and
        // what to include as last chosen for any project, at the Settings' scale and
        // background.
        self.dialog.settings =
            load(PREFS_KEY, path).unwrap_or_else(|| match load(LAST_KEY, None) {
                Some(last) => ExportSettings {
                    scale: defaults.scale,
                    transparent: defaults.transparent,
                    stages: None,
                    visible: false,
                    ..last
                },
                None => defaults,
            });
        self.dialog.map = map;
        self.dialog.open = true;
        self.stacked = stacked.map(|(above, below)| Stacked {
            above,
            below,
            made: None,
        });
    }

    /// Exports the dialog's map of `project` to `path` on a worker thread, with the
    /// dialog's choices. An error when the name says no format.
    pub fn export_to(
        &mut self,
        ctx: &egui::Context,
        project: &Project,
        path: PathBuf,
    ) -> Result<(), Notification> {
        let Some(kind) = crate::export::ExportKind::from_path(&path) else {
            return Err(Notification::error(tr_args(
                "export-unknown-format",
                &[("path", arg(path.display()))],
            )));
        };
        let options = self.dialog.options();
        let every_map = kind == crate::export::ExportKind::Pptx && self.dialog.every_map();
        let project = match self.stacked.as_mut().and_then(|s| s.made.as_ref()) {
            Some((_, stacked)) => stacked,
            None => project,
        };
        self.job = Some(ExportJob::start(
            ctx,
            project.clone(),
            (!every_map).then_some(self.dialog.map),
            kind,
            options,
            Target::File(path),
        ));
        self.dialog.open = false;
        Ok(())
    }

    /// Takes a finished export's result: what to tell the user.
    pub fn poll(&mut self, ctx: &egui::Context) -> Option<Notification> {
        let job = self.job.as_ref()?;
        let Some(result) = job.poll() else {
            ctx.request_repaint_after(Duration::from_millis(100));
            return None;
        };
        self.job = None;
        Some(match result {
            Ok(Done::File(path, notes)) if notes.is_empty() => {
                Notification::info(tr_args("export-done", &[("path", arg(path.display()))]))
            }
            Ok(Done::File(path, notes)) => Notification::info(tr_args(
                "export-done-with-notes",
                &[
                    ("path", arg(path.display())),
                    (
                        "notes",
                        arg(notes
                            .iter()
                            .map(crate::ui::problems::export_note)
                            .collect::<Vec<_>>()
                            .join("; ")),
                    ),
                ],
            )),
            Ok(Done::Image(image)) => {
                ctx.copy_image(image);
                Notification::info(tr("export-copied"))
            }
            Err(failed @ job::Failed::Cancelled) => Notification::info(failed.message()),
            Err(failed) => Notification::error(failed.message()),
        })
    }

    /// The export in flight in the status bar: what, how far, and Cancel.
    pub fn progress_ui(&self, ui: &mut egui::Ui) {
        let Some(job) = &self.job else { return };
        ui.add(
            egui::ProgressBar::new(job.progress())
                .desired_width(160.0)
                .text(job.what.clone()),
        );
        if crate::ui::icon_button(ui, "×", tr("export-cancel")).clicked() {
            job.cancel();
        }
        ui.separator();
    }
}

impl crate::ui::panels::Panel for ExportPanel {
    /// Draws the Export dialog and starts what it asks for.
    fn ui(&mut self, root: &mut egui::Ui, frame: &FrameCtx<'_>, out: &mut Commands) {
        let ctx = root.ctx().clone();
        let ctx = &ctx;
        let Some(doc) = &frame.doc else { return };
        let busy = self.job.is_some() || frame.busy;
        let visible = frame.view.screen_from_world().inverse() * frame.view.canvas;
        let was_open = self.dialog.open;
        let revision = doc.editor.revision();
        self.dialog.single_map = self.stacked.is_some();
        let (project, shown) = match self.stacked.as_mut() {
            Some(stacked) if self.dialog.open => match stacked.project(doc.project, revision) {
                Some(project) => (project, project.maps.len() - 1),
                None => (doc.project, doc.map_index),
            },
            _ => (doc.project, doc.map_index),
        };
        if shown != doc.map_index {
            self.dialog.map = shown;
        }
        let action = self.dialog.ui(ctx, project, revision, shown, visible, busy);
        let settings = self.dialog.settings.clone();
        let path = doc.editor.path().map(PathBuf::as_path);
        // The choices are remembered when they are used and when the dialog is closed.
        if action.is_some() || (was_open && !self.dialog.open) {
            remember(frame.session.data(), path, &settings);
        }
        let Some(action) = action else {
            return;
        };
        match action {
            DialogAction::Export => {
                let Some(map) = project.maps.get(self.dialog.map) else {
                    return;
                };
                let name = frame.session.suggested_name();
                let stem = name.trim_end_matches(".waymark");
                let name = format!("{stem}-{}.{}", file_stem(&map.name), settings.format);
                out.file(FileRequest::ExportTo(name));
            }
            DialogAction::Copy => {
                let mut options = self.dialog.options();
                options.format = crate::export::Format::Png;
                self.job = Some(ExportJob::start(
                    ctx,
                    project.clone(),
                    Some(self.dialog.map),
                    crate::export::ExportKind::Image(crate::export::Format::Png),
                    options,
                    Target::Clipboard,
                ));
            }
        }
    }
}

/// Remembers `settings` for the project at `path` and as the last choices of any project.
fn remember(data: Option<&crate::store::DataDir>, path: Option<&Path>, settings: &ExportSettings) {
    let (Some(data), Ok(value)) = (data, serde_json::to_value(settings)) else {
        return;
    };
    for (key, path) in [(PREFS_KEY, path), (LAST_KEY, None)] {
        if let Err(e) = crate::store::settings::prefs::save(data, key, path, value.clone()) {
            log::warn!("cannot remember the export settings: {e}");
        }
    }
}
