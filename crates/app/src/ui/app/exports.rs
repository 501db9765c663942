//! Exports from the window: the Export dialog, running an export on a worker thread with
//! progress and Cancel in the status bar, and writing the file it asked for.

use std::path::PathBuf;
use std::time::Duration;

use super::{WaymarkApp, file_stem};
use crate::ui::export_dialog::DialogAction;
use crate::ui::export_job::{Done, ExportJob, Target};

impl WaymarkApp {
    /// Export… (Ctrl+E): opens the Export dialog with this project's last choices.
    pub(super) fn start_export(&mut self, _ctx: &egui::Context) {
        let Some(editor) = &self.editor else { return };
        if let Some(data) = &self.data
            && let Some(value) = crate::store::settings::prefs::load(
                data,
                "export-settings",
                editor.path().map(PathBuf::as_path),
            )
            && let Ok(settings) = serde_json::from_value(value)
        {
            self.export_dialog.settings = settings;
        } else {
            self.export_dialog.settings = self.default_export_settings();
        }
        self.export_dialog.map = self.map;
        self.export_dialog.open = true;
    }

    /// Draws the Export dialog and starts what it asks for.
    pub(super) fn export_dialog_ui(&mut self, ctx: &egui::Context) {
        let Some(editor) = &self.editor else { return };
        let busy = self.export_job.is_some() || self.dialogs.is_open();
        let visible = self.canvas.view.screen_from_world().inverse() * self.canvas.view.canvas;
        let Some(action) = self.export_dialog.ui(
            ctx,
            editor.project(),
            editor.revision(),
            self.map,
            visible,
            busy,
        ) else {
            return;
        };
        let settings = self.export_dialog.settings.clone();
        if let (Some(data), Ok(value)) = (&self.data, serde_json::to_value(&settings))
            && let Err(e) = crate::store::settings::prefs::save(
                data,
                "export-settings",
                editor.path().map(PathBuf::as_path),
                value,
            )
        {
            log::warn!("cannot remember the export settings: {e}");
        }
        match action {
            DialogAction::Export => {
                let Some(map) = editor.project().maps.get(self.export_dialog.map) else {
                    return;
                };
                let name = self.suggested_name();
                let stem = name.trim_end_matches(".waymark");
                let name = format!("{stem}-{}.{}", file_stem(&map.name), settings.format);
                self.dialogs.export(ctx, &name);
            }
            DialogAction::Copy => {
                let mut options = self.export_dialog.options();
                options.format = crate::export::Format::Png;
                self.export_job = Some(ExportJob::start(
                    ctx,
                    editor.project().clone(),
                    self.export_dialog.map,
                    crate::export::ExportKind::Image(crate::export::Format::Png),
                    options,
                    Target::Clipboard,
                ));
            }
        }
    }

    /// Exports the current map to `path` on a worker thread, with the dialog's choices.
    pub(super) fn export_to(&mut self, ctx: &egui::Context, path: PathBuf) {
        let Some(editor) = &self.editor else { return };
        let Some(kind) = crate::export::ExportKind::from_path(&path) else {
            self.show_error(format!(
                "Cannot tell the format of {}: name it .png, .svg, .pdf, .pptx, .html, .csv or .mmd",
                path.display()
            ));
            return;
        };
        let options = self.export_dialog.options();
        self.export_job = Some(ExportJob::start(
            ctx,
            editor.project().clone(),
            self.export_dialog.map,
            kind,
            options,
            Target::File(path),
        ));
        self.export_dialog.open = false;
    }

    pub(super) fn poll_export(&mut self, ctx: &egui::Context) {
        let Some(job) = &self.export_job else { return };
        let Some(result) = job.poll() else {
            ctx.request_repaint_after(Duration::from_millis(100));
            return;
        };
        self.export_job = None;
        match result {
            Ok(Done::File(path, notes)) if notes.is_empty() => {
                self.status = format!("Exported {}", path.display());
            }
            Ok(Done::File(path, notes)) => {
                self.status = format!("Exported {}: {}", path.display(), notes.join("; "));
            }
            Ok(Done::Image(image)) => {
                ctx.copy_image(image);
                self.status = "Copied the map as an image".to_owned();
            }
            Err(text) if text.contains("cancelled") => self.status = "Export cancelled".to_owned(),
            Err(text) => self.show_error(text),
        }
    }

    /// The export in flight in the status bar: what, how far, and Cancel.
    pub(super) fn export_progress_ui(&mut self, ui: &mut egui::Ui) {
        let Some(job) = &self.export_job else { return };
        ui.add(
            egui::ProgressBar::new(job.progress())
                .desired_width(160.0)
                .text(job.what.clone()),
        );
        if super::icon_button(ui, "×", "Cancel export").clicked() {
            job.cancel();
        }
        ui.separator();
    }
}
