//! The application shell: the open project, the map tabs, the canvas and its chrome.

use std::path::PathBuf;

use super::canvas::{self, CanvasView};
use crate::layout::{self, BundledFonts, MapLayout, scene::Scene};
use crate::model::Project;

/// The Waymark window's state.
pub struct WaymarkApp {
    project: Option<Project>,
    path: Option<PathBuf>,
    error: Option<String>,
    map: usize,
    view: CanvasView,
    cache: Option<Cached>,
    shown_title: String,
}

struct Cached {
    map: usize,
    #[allow(dead_code, reason = "hit-testing in the editor reads it")]
    layout: MapLayout,
    scene: Scene,
}

impl WaymarkApp {
    /// Opens `file`, or the bundled sample when `None`. A file that cannot be opened
    /// leaves an empty window with the error shown.
    pub fn open(file: Option<PathBuf>) -> Self {
        let loaded = match &file {
            Some(path) => crate::io::load_path(path).map_err(|e| match e {
                crate::io::LoadError::Read { .. } => e.to_string(),
                e => format!("Cannot open {}: {e}", path.display()),
            }),
            None => crate::io::load_bytes(crate::assets::SAMPLE.as_bytes())
                .map_err(|e| format!("The bundled sample is damaged: {e}")),
        };
        let (project, error) = match loaded {
            Ok(p) => (Some(p), None),
            Err(e) => (None, Some(e)),
        };
        Self {
            project,
            path: file,
            error,
            map: 0,
            view: CanvasView::default(),
            cache: None,
            shown_title: String::new(),
        }
    }

    /// The open project, if any.
    pub fn project(&self) -> Option<&Project> {
        self.project.as_ref()
    }

    fn title(&self) -> String {
        let name = self
            .path
            .as_ref()
            .and_then(|p| p.file_name())
            .map_or_else(|| "Sample".to_owned(), |n| n.to_string_lossy().into_owned());
        format!("{name} — Waymark")
    }

    fn scene(&mut self) -> Option<&Scene> {
        let project = self.project.as_ref()?;
        let map = project.maps.get(self.map)?;
        if self.cache.as_ref().is_none_or(|c| c.map != self.map) {
            let layout = layout::layout_map(project, map, &BundledFonts);
            let scene = layout::scene::build(&layout);
            self.cache = Some(Cached {
                map: self.map,
                layout,
                scene,
            });
        }
        self.cache.as_ref().map(|c| &c.scene)
    }

    fn top_bar_ui(&mut self, ui: &mut egui::Ui) {
        ui.horizontal(|ui| {
            ui.heading(
                self.project
                    .as_ref()
                    .map_or("Waymark", |p| p.title.as_str()),
            );
            ui.separator();
            if let Some(project) = &self.project {
                for (i, map) in project.maps.iter().enumerate() {
                    if ui.selectable_label(self.map == i, &map.name).clicked() && self.map != i {
                        self.map = i;
                        self.view.fit_pending = true;
                    }
                }
            }
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                if ui
                    .button("Fit")
                    .on_hover_text("Fit the map to the window (Ctrl+0)")
                    .clicked()
                {
                    self.view.fit_pending = true;
                }
                ui.label(format!("{:.0}%", self.view.zoom * 100.0));
            });
        });
    }
}

impl eframe::App for WaymarkApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let title = self.title();
        if title != self.shown_title {
            ui.ctx()
                .send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.shown_title = title;
        }
        egui::Panel::top("top_bar").show(ui, |ui| self.top_bar_ui(ui));
        if let Some(error) = &self.error {
            let error = error.clone();
            egui::Panel::top("error_banner").show(ui, |ui| {
                ui.colored_label(egui::Color32::from_rgb(0xB4, 0x23, 0x18), error);
            });
        }
        egui::CentralPanel::no_frame().show(ui, |ui| {
            let mut view = self.view;
            if let Some(scene) = self.scene() {
                canvas::canvas_ui(ui, &mut view, scene);
            }
            self.view = view;
        });
    }
}
