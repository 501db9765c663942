//! What goes in and out of the window besides project files: exports (on a worker
//! thread) and pictures picked in the inspector or dropped on a storyboard lane.

use std::path::PathBuf;
use std::time::Duration;

use super::{Edit, Selection, WaymarkApp, slug};
use crate::edit::Action;
use crate::layout;
use crate::ui::export_dialog::DialogAction;
use crate::ui::export_job::{Done, ExportJob, Target};

impl WaymarkApp {
    /// Export… (Ctrl+E): opens the Export dialog with this project's last choices.
    pub(super) fn start_export(&mut self, _ctx: &egui::Context) {
        let Some(editor) = &self.editor else { return };
        if let Some(data) = &self.data
            && let Some(value) = crate::store::prefs::load(
                data,
                "export-settings",
                editor.path().map(PathBuf::as_path),
            )
            && let Ok(settings) = serde_json::from_value(value)
        {
            self.export_dialog.settings = settings;
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
            && let Err(e) = crate::store::prefs::save(
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
                let stem = self.suggested_name();
                let stem = stem.trim_end_matches(".json");
                let name = format!("{stem}-{}.{}", slug(&map.name), settings.format);
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
                "Cannot tell the format of {}: name it .png, .svg, .pdf, .csv or .mmd",
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
            Ok(Done::File(path)) => self.status = format!("Exported {}", path.display()),
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

    /// A picture dropped on the window: onto a storyboard card it becomes its picture; onto
    /// an empty storyboard cell, a new card with that picture.
    pub(super) fn drop_picture(&mut self, path: &std::path::Path, at: Option<egui::Pos2>) {
        let image = match read_picture(path) {
            Ok(image) => image,
            Err(e) => {
                self.show_error(format!("Cannot use {} as a picture: {e}", path.display()));
                return;
            }
        };
        let (Some(editor), Some(cache), Some(at)) = (&self.editor, &self.cache, at) else {
            return;
        };
        let Some(map) = editor.project().maps.get(self.map) else {
            return;
        };
        let pos_in_world = self.canvas.view.screen_from_world().inverse() * at;
        let storyboard = |lane: usize| {
            map.lanes
                .get(lane)
                .is_some_and(|l| l.kind == crate::model::LaneKind::Images)
        };
        let target = match cache.layout.hit(pos_in_world) {
            Some(layout::Hit::Card(i)) => map
                .cards
                .get(i)
                .filter(|c| map.lane_index(&c.lane).is_some_and(storyboard))
                .map(|c| c.id.clone()),
            Some(layout::Hit::Cell { lane, stage }) if storyboard(lane) => {
                let (Some(lane), Some(stage)) = (map.lanes.get(lane), map.stages.get(stage)) else {
                    return;
                };
                let title = path
                    .file_stem()
                    .map_or_else(String::new, |s| s.to_string_lossy().into_owned());
                let add = Edit::new(Action::AddCard {
                    lane: lane.id.clone(),
                    stage: stage.id.clone(),
                    title,
                });
                let Some(editor) = &mut self.editor else {
                    return;
                };
                match editor.perform(self.map, add.action, None) {
                    Ok(outcome) => outcome.cards.first().cloned(),
                    Err(e) => {
                        self.show_error(format!("The picture could not be placed: {e}"));
                        return;
                    }
                }
            }
            _ => {
                self.status =
                    "Drop a picture on a card or cell of a storyboard (images) lane".to_owned();
                return;
            }
        };
        if let Some(card) = target {
            self.canvas.selection = Selection::Cards(vec![card.clone()]);
            self.apply(Edit::new(Action::SetCardImage {
                card,
                image: Some(image),
            }));
        }
    }

    /// Reads a picture file and puts it where the inspector asked.
    pub(super) fn place_image(
        &mut self,
        path: &std::path::Path,
        target: super::inspector::PickImage,
    ) {
        let image = match read_picture(path) {
            Ok(image) => image,
            Err(e) => {
                self.show_error(format!("Cannot use {} as a picture: {e}", path.display()));
                return;
            }
        };
        let action = match target {
            super::inspector::PickImage::PersonaPhoto(persona) => Action::SetPersonaPhoto {
                persona,
                image: Some(image),
            },
            super::inspector::PickImage::CardImage(card) => Action::SetCardImage {
                card,
                image: Some(image),
            },
        };
        self.apply(Edit::new(action));
    }
}

/// Reads and prepares a picture file for embedding.
fn read_picture(path: &std::path::Path) -> Result<crate::model::ImageAsset, String> {
    let bytes = std::fs::read(path).map_err(|e| e.to_string())?;
    crate::images::prepare(&bytes).map_err(|e| e.to_string())
}
