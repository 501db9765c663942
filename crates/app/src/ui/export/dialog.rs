//! The Export dialog (Ctrl+E): format, map, scale or width, background, persona strip,
//! legend, stages, text mode, paper (PDF pages, PPTX slides), with a live preview
//! rendered off the UI thread: the picture, or for paged output every page side by side
//! with its number. Its choices are remembered per project.

use crate::ui::i18n::{arg, tr, tr_args};
use crate::ui::words::Word as _;
use std::sync::mpsc::{Receiver, channel};

use crate::export::{ExportOptions, Format, PageSize, TextMode};
use crate::model::Project;

use super::settings::ExportSettings;

/// What the dialog asks the app to do.
pub enum DialogAction {
    /// Ask where, then export.
    Export,
    /// Put the image on the clipboard.
    Copy,
}

/// The dialog's state.
#[derive(Default)]
pub struct ExportDialog {
    /// Whether it is shown.
    pub open: bool,
    /// The current choices.
    pub settings: ExportSettings,
    preview: Option<(PreviewKey, egui::TextureHandle)>,
    rendering: Option<(PreviewKey, Receiver<Option<egui::ColorImage>>)>,
    /// The part of the map on screen (world pixels).
    visible: Option<egui::Rect>,
    /// The map to export (index into the project's maps).
    pub map: usize,
    /// The page size for what the preview shows, computed once per preview key.
    page: Option<(PreviewKey, egui::Vec2)>,
    /// For paged output: how many pages, and the size card text prints at.
    plan_note: Option<(PreviewKey, String)>,
    /// The dialog exports one made-up map (the stacked before/after), never a deck of all.
    pub single_map: bool,
}

impl ExportDialog {
    /// Whether a deck holds every map of the project: asked for, with every stage, and not
    /// the stacked before/after (which is one map).
    pub fn every_map(&self) -> bool {
        self.settings.every_map && self.options().stages.is_none() && !self.single_map
    }

    /// The export options of the current choices.
    pub fn options(&self) -> ExportOptions {
        self.settings.options(self.visible)
    }

    /// Why the current choices cannot be exported (over a limit of
    /// [`crate::export::limits`]), in the dialog's words; `None` when they can.
    fn refused(&self, project: &Project, map: usize) -> Option<String> {
        let kind = self.settings.kind()?;
        let m = project.maps.get(map)?;
        match crate::export::limits::check(kind, project, m, &self.options()) {
            Err(crate::export::ExportError::OverLimit { over, .. }) => {
                let id = if self.settings.page_setup().is_some() {
                    "export-over-limit-paged"
                } else {
                    "export-over-limit"
                };
                let limit = crate::ui::i18n::number(&over.limit().to_string());
                Some(tr_args(
                    id,
                    &[
                        ("what", arg(crate::ui::problems::over_what(over))),
                        ("limit", arg(limit)),
                    ],
                ))
            }
            Err(e) => Some(tr_args(
                "export-cannot",
                &[("error", arg(crate::ui::problems::export_reason(&e)))],
            )),
            Ok(()) => None,
        }
    }

    /// What a preview of the current choices shows (format, text mode and scale aside).
    fn preview_key(&self, revision: u64, map: usize) -> PreviewKey {
        let mut options = self.options();
        options.format = Format::Png;
        options.text = TextMode::Text;
        options.scale = 1.0;
        PreviewKey {
            revision,
            map,
            options,
        }
    }

    /// The size in map units of the page the current choices export.
    fn page_size(&mut self, project: &Project, revision: u64, map: usize) -> Option<egui::Vec2> {
        let key = self.preview_key(revision, map);
        if let Some((cached, size)) = &self.page
            && cached == &key
        {
            return Some(*size);
        }
        let size = crate::export::page_size(project, project.maps.get(map)?, &key.options);
        self.page = Some((key, size));
        Some(size)
    }
}

/// What a preview shows: the document revision, the map and the layout choices.
#[derive(Clone, Debug, PartialEq)]
struct PreviewKey {
    revision: u64,
    map: usize,
    options: ExportOptions,
}

const PREVIEW_WIDTH: f32 = 520.0;

impl ExportDialog {
    /// Draws the dialog for map `map` of `project`; returns what to do.
    #[allow(
        clippy::too_many_arguments,
        reason = "what the dialog shows comes from several parts of the app"
    )]
    pub fn ui(
        &mut self,
        ctx: &egui::Context,
        project: &Project,
        revision: u64,
        current_map: usize,
        visible: egui::Rect,
        busy: bool,
    ) -> Option<DialogAction> {
        if !self.open {
            return None;
        }
        if self.map >= project.maps.len() {
            self.map = current_map;
        }
        let map = self.map;
        self.visible = Some(visible);
        // Beyond the limits, say so and draw nothing (a preview would take as long).
        let refused = self.refused(project, map);
        let page = if refused.is_none() {
            let page = self.page_size(project, revision, map);
            self.refresh_plan_note(project, revision, map);
            self.refresh_preview(ctx, project, revision, map, page);
            page
        } else {
            None
        };
        let mut action = None;
        let mut open = true;
        egui::Window::new(tr("export-title"))
            .id(egui::Id::unique("waymark-export-dialog"))
            .open(&mut open)
            .collapsible(false)
            .resizable(false)
            .default_pos(ctx.content_rect().center() - egui::vec2(420.0, 280.0))
            .show(ctx, |ui| {
                ui.horizontal_top(|ui| {
                    ui.vertical(|ui| {
                        ui.set_width(260.0);
                        self.choices_ui(ui, project, map, page);
                        ui.add_space(12.0);
                        if let Some(message) = &refused {
                            ui.colored_label(ui.visuals().error_fg_color, message);
                            ui.add_space(6.0);
                        }
                        let busy = busy || refused.is_some();
                        // Only a picture can go to the clipboard.
                        let picture = matches!(self.settings.format.as_str(), "png" | "svg");
                        ui.horizontal(|ui| {
                            let export = ui.add_enabled(
                                !busy,
                                egui::Button::new(tr("cmd-export"))
                                    .fill(ui.visuals().selection.bg_fill),
                            );
                            if export.clicked() {
                                action = Some(DialogAction::Export);
                            }
                            if picture
                                && ui
                                    .add_enabled(!busy, egui::Button::new(tr("export-copy-image")))
                                    .on_hover_text(tr("export-copy-image-tip"))
                                    .clicked()
                            {
                                action = Some(DialogAction::Copy);
                            }
                        });
                    });
                    ui.separator();
                    self.preview_ui(ui);
                });
            });
        if !open || ctx.input(|i| i.key_pressed(egui::Key::Escape)) {
            self.open = false;
        }
        action
    }

    fn choices_ui(
        &mut self,
        ui: &mut egui::Ui,
        project: &Project,
        map: usize,
        page: Option<egui::Vec2>,
    ) {
        let caption =
            |ui: &mut egui::Ui, text: &str| ui.label(egui::RichText::new(text).small().strong());
        if project.maps.len() > 1 {
            let c = caption(ui, tr("group-map"));
            let name = |i: usize| {
                project
                    .maps
                    .get(i)
                    .map_or("", |m| m.name.as_str())
                    .to_owned()
            };
            egui::ComboBox::from_id_salt("export-map")
                .selected_text(name(self.map))
                .show_ui(ui, |ui| {
                    for i in 0..project.maps.len() {
                        ui.selectable_value(&mut self.map, i, name(i));
                    }
                })
                .response
                .labelled_by(c.id);
            ui.add_space(6.0);
        }
        let s = &mut self.settings;
        let format_caption = caption(ui, tr("export-format"));
        ui.horizontal_wrapped(|ui| {
            for (key, label) in [
                ("png", "PNG"),
                ("svg", "SVG"),
                ("pdf", "PDF"),
                ("pptx", "PPTX"),
                ("html", "HTML"),
                ("csv", "CSV"),
                ("mmd", "Mermaid"),
            ] {
                let r = ui.selectable_label(s.format == key, label);
                r.widget_info(|| {
                    egui::WidgetInfo::selected(
                        egui::Role::RadioButton,
                        true,
                        s.format == key,
                        tr_args("export-format-named", &[("name", arg(label))]),
                    )
                });
                if r.clicked() {
                    s.format = key.to_owned();
                }
            }
        })
        .response
        .labelled_by(format_caption.id);
        ui.add_space(6.0);
        pages_ui(ui, s);
        let image = matches!(s.format.as_str(), "png" | "svg" | "pdf") && s.page_setup().is_none();
        if s.format == "png" {
            let c = caption(ui, tr("export-scale"));
            ui.add(
                egui::Slider::new(&mut s.scale, 1.0..=4.0)
                    .step_by(0.5)
                    .suffix("×"),
            )
            .labelled_by(c.id);
            if let Some(page) = page {
                let mut width = (page.x * s.scale).round() as u32;
                let c = caption(ui, tr("export-width"));
                let r = ui
                    .add(
                        egui::DragValue::new(&mut width)
                            .range(100..=20_000)
                            .suffix(" px"),
                    )
                    .labelled_by(c.id);
                if r.changed() {
                    s.scale = (width as f32 / page.x).clamp(0.1, 8.0);
                }
                ui.weak(tr_args(
                    "export-pixels",
                    &[
                        ("width", ((page.x * s.scale).round() as u32).into()),
                        ("height", ((page.y * s.scale).round() as u32).into()),
                    ],
                ));
            }
            ui.add_space(6.0);
        }
        let paged = s.page_setup().is_some();
        if image || paged {
            if image {
                ui.checkbox(&mut s.transparent, tr("export-transparent"));
            }
            let (persona, notes) = if paged {
                (tr("export-personas-page"), tr("export-notes-paged-tip"))
            } else {
                (tr("export-persona-strip"), tr("export-notes-tip"))
            };
            ui.checkbox(&mut s.persona, persona)
                .on_hover_text(tr("export-persona-tip"));
            ui.checkbox(&mut s.legend, tr("export-legend"));
            ui.checkbox(&mut s.notes, tr("export-include-notes"))
                .on_hover_text(notes);
        }
        if image && s.format != "png" {
            ui.checkbox(&mut s.outlined, tr("export-outlines"))
                .on_hover_text(tr("export-outlines-tip"));
            // SVG text names its fonts without carrying them: say so where it is chosen.
            if s.format == "svg" && !s.outlined {
                ui.weak(tr("export-svg-fonts"));
            }
        }
        if let Some(m) = project.maps.get(map)
            && (image || paged)
            && !m.stages.is_empty()
        {
            ui.add_space(6.0);
            let range = caption(ui, tr("export-what"));
            let mut choice = if s.visible {
                1
            } else if s.stages.is_some() {
                2
            } else {
                0
            };
            ui.horizontal_wrapped(|ui| {
                ui.radio_value(&mut choice, 0, tr("export-whole-map"));
                if !paged {
                    ui.radio_value(&mut choice, 1, tr("export-visible-area"));
                }
                ui.radio_value(&mut choice, 2, tr("export-some-stages"));
            })
            .response
            .labelled_by(range.id);
            s.visible = choice == 1 && !paged;
            let some = choice == 2;
            let last = m.stages.len() - 1;
            if some {
                let (mut a, mut b) = s.stages.unwrap_or((0, last));
                let name = |i: usize| m.stages.get(i).map_or("", |st| st.name.as_str()).to_owned();
                // Reads "From [Discover ▾] to [Advocacy ▾]", labels before their boxes.
                ui.horizontal(|ui| {
                    for (word, value, salt) in [
                        (tr("export-stages-from"), &mut a, "from"),
                        (tr("export-stages-to"), &mut b, "to"),
                    ] {
                        let caption = ui.label(word);
                        egui::ComboBox::from_id_salt(("export-stages", salt))
                            .selected_text(name(*value))
                            .show_ui(ui, |ui| {
                                for i in 0..=last {
                                    ui.selectable_value(value, i, name(i));
                                }
                            })
                            .response
                            .labelled_by(caption.id);
                    }
                });
                let (a, b) = (a.min(last), b.min(last));
                s.stages = Some((a.min(b), a.max(b)));
            } else {
                s.stages = None;
            }
        }
    }

    /// Plans the pages of paged output once per preview key, for the line under the
    /// preview.
    fn refresh_plan_note(&mut self, project: &Project, revision: u64, map: usize) {
        let key = self.preview_key(revision, map);
        let Some(setup) = key.options.pages else {
            self.plan_note = None;
            return;
        };
        if self.plan_note.as_ref().is_some_and(|(k, _)| k == &key) {
            return;
        }
        let Some(m) = project.maps.get(map) else {
            return;
        };
        let m = match key.options.stages {
            Some((a, b)) => crate::export::stage_range(m, a, b),
            None => m.clone(),
        };
        let plan = crate::export::plan_pages_with(project, &m, setup, &key.options.layout);
        let n = plan.pages.len();
        let what = if self.settings.format == "pptx" {
            // The deck the export writes: every map, or this one (see ExportPanel::export_to).
            let maps: Vec<&crate::model::JourneyMap> = if self.every_map() {
                project.maps.iter().collect()
            } else {
                project.maps.get(map).into_iter().collect()
            };
            let count = crate::export::pptx::slide_count(project, &maps, &key.options);
            tr_args("export-plan-slides", &[("count", (count as u64).into())])
        } else {
            tr_args(
                if setup.portrait {
                    "export-plan-pages-portrait"
                } else {
                    "export-plan-pages-landscape"
                },
                &[("count", n.into()), ("size", arg(setup.size.word()))],
            )
        };
        let note = tr_args(
            "export-plan-note",
            &[
                ("what", arg(what)),
                (
                    "size",
                    arg(crate::ui::i18n::number(&format!(
                        "{:.1}",
                        plan.body_text_pt()
                    ))),
                ),
            ],
        );
        self.plan_note = Some((key, note));
    }

    fn preview_ui(&self, ui: &mut egui::Ui) {
        ui.vertical(|ui| {
            ui.set_width(PREVIEW_WIDTH);
            if let Some((_, note)) = &self.plan_note {
                ui.label(note);
            }
            match &self.preview {
                Some((_, texture)) => {
                    let size = texture.size_vec2();
                    let k = (PREVIEW_WIDTH / size.x).min(440.0 / size.y).min(1.0);
                    let response = ui.add(egui::Image::new((texture.id(), size * k)));
                    response.widget_info(|| {
                        egui::WidgetInfo::labeled(egui::Role::Image, true, tr("export-preview"))
                    });
                }
                None => {
                    ui.add_space(80.0);
                    ui.vertical_centered(|ui| ui.spinner());
                }
            }
            if self.rendering.is_some() && self.preview.is_some() {
                ui.weak(tr("export-updating-preview"));
            }
        });
    }

    /// Starts rendering a new preview when what it shows changed (`page` is its size in
    /// map units); picks up a finished one.
    fn refresh_preview(
        &mut self,
        ctx: &egui::Context,
        project: &Project,
        revision: u64,
        map: usize,
        page: Option<egui::Vec2>,
    ) {
        if let Some((key, rx)) = &self.rendering
            && let Ok(image) = rx.try_recv()
        {
            if let Some(image) = image {
                let texture = ctx.load_texture(
                    "waymark-export-preview",
                    image,
                    egui::TextureOptions::LINEAR,
                );
                self.preview = Some((key.clone(), texture));
            }
            self.rendering = None;
        }
        let key = self.preview_key(revision, map);
        let current = self.preview.as_ref().is_some_and(|(k, _)| k == &key)
            || self.rendering.as_ref().is_some_and(|(k, _)| k == &key);
        if current || self.rendering.is_some() {
            if self.rendering.is_some() {
                ctx.request_repaint_after(std::time::Duration::from_millis(50));
            }
            return;
        }
        let (tx, rx) = channel();
        let project = project.clone();
        let ctx2 = ctx.clone();
        let mut preview_options = key.options;
        std::thread::spawn(move || {
            let image = project.maps.get(map).and_then(|m| {
                if let Some(setup) = preview_options.pages {
                    return super::pages::contact_sheet(
                        &project,
                        m,
                        setup,
                        &preview_options.layout,
                        PREVIEW_WIDTH * 1.5,
                    );
                }
                let width = page.map_or(PREVIEW_WIDTH, |p| p.x).max(1.0);
                preview_options.scale = (PREVIEW_WIDTH * 1.5 / width).clamp(0.1, 1.0);
                let bytes = crate::export::export(
                    &project,
                    &crate::export::ExportRequest::image(m, &preview_options),
                )
                .map(|e| e.bytes)
                .ok()?;
                crate::ui::convert::color_image(&bytes).ok()
            });
            let _ = tx.send(image);
            ctx2.request_repaint();
        });
        self.rendering = Some((key, rx));
    }
}

/// Paper choices: for PDF, one page the map's size or pages of a paper size; for PPTX,
/// whether the map fits one slide.
fn pages_ui(ui: &mut egui::Ui, s: &mut ExportSettings) {
    let caption =
        |ui: &mut egui::Ui, text: &str| ui.label(egui::RichText::new(text).small().strong());
    match s.format.as_str() {
        "pdf" => {
            let c = caption(ui, tr("export-pages"));
            let label = |paper: &Option<String>| {
                paper
                    .as_deref()
                    .and_then(PageSize::from_name)
                    .map_or(tr("export-one-page"), PageSize::word)
            };
            egui::ComboBox::from_id_salt("export-paper")
                .selected_text(label(&s.paper))
                .show_ui(ui, |ui| {
                    ui.selectable_value(&mut s.paper, None, label(&None));
                    for size in PageSize::ALL {
                        ui.selectable_value(
                            &mut s.paper,
                            Some(size.name().to_owned()),
                            size.word(),
                        );
                    }
                })
                .response
                .labelled_by(c.id);
            if s.paper.is_some() {
                ui.checkbox(&mut s.portrait, tr("export-portrait"));
                ui.checkbox(&mut s.fit, tr("export-fit-page"))
                    .on_hover_text(tr("export-fit-page-tip"));
            }
            ui.add_space(6.0);
        }
        "pptx" => {
            ui.weak(tr("export-pptx-what"));
            ui.checkbox(&mut s.every_map, tr("export-every-map"))
                .on_hover_text(tr("export-every-map-tip"));
            ui.checkbox(&mut s.fit, tr("export-fit-slide"));
            ui.add_space(6.0);
        }
        "html" => {
            ui.weak(tr("export-html-what"));
            ui.add_space(6.0);
        }
        _ => {}
    }
}
