//! File → New: the template gallery. Each bundled template is a tile with a thumbnail
//! drawn by the one layout (rendered on a worker thread the first time the gallery opens,
//! then kept; in the window's language where the template is written in it), its name
//! and what it is for. A click selects, a double-click, Enter or
//! Create starts the new project; the arrow keys move the selection; Escape closes.

use std::sync::mpsc::{Receiver, channel};

use crate::ui::command::{Commands, FileRequest};
use crate::ui::frame::FrameCtx;
use crate::ui::i18n::tr;
use crate::ui::words::{template_about, template_title};

/// Thumbnails are drawn this wide (in pixels, before the window's scale).
const THUMB_WIDTH: f32 = 300.0;
/// A tile's thumbnail area.
const TILE: egui::Vec2 = egui::vec2(236.0, 118.0);
/// Tiles per row.
const COLUMNS: usize = 3;

/// The gallery's state.
#[derive(Default)]
pub struct Gallery {
    open: bool,
    /// The selected template (index into [`crate::assets::TEMPLATES`]).
    selected: usize,
    thumbnails: Vec<Option<egui::TextureHandle>>,
    rendering: Option<Receiver<(usize, egui::ColorImage)>>,
    /// The window language the thumbnails show the templates in.
    drawn_in: Option<&'static str>,
}

impl Gallery {
    /// Opens the gallery with `template` selected.
    pub fn open(&mut self, template: &str) {
        self.open = true;
        self.selected = crate::assets::TEMPLATES
            .iter()
            .position(|(name, _)| *name == template)
            .unwrap_or(0);
    }

    /// Whether the gallery is shown.
    pub fn is_open(&self) -> bool {
        self.open
    }

    /// Starts drawing the thumbnails not drawn yet, on a worker thread.
    fn render_thumbnails(&mut self, ctx: &egui::Context) {
        let language = crate::ui::i18n::language();
        if self.drawn_in == Some(language) {
            return;
        }
        self.drawn_in = Some(language);
        self.thumbnails = vec![None; crate::assets::TEMPLATES.len()];
        let (tx, rx) = channel();
        self.rendering = Some(rx);
        let ctx = ctx.clone();
        std::thread::spawn(move || {
            for (index, (name, _)) in crate::assets::TEMPLATES.iter().enumerate() {
                let Some(text) = crate::assets::template_in(name, Some(language)) else {
                    continue;
                };
                // A template that fails to draw keeps its placeholder (the bundled
                // templates are tested to load and export).
                if let Some(image) = thumbnail(text) {
                    if tx.send((index, image)).is_err() {
                        return;
                    }
                    ctx.request_repaint();
                }
            }
        });
    }

    fn receive(&mut self, ctx: &egui::Context) {
        let Some(rx) = &self.rendering else { return };
        while let Ok((index, image)) = rx.try_recv() {
            let texture = ctx.load_texture(
                format!("template-{index}"),
                image,
                egui::TextureOptions::LINEAR,
            );
            if let Some(slot) = self.thumbnails.get_mut(index) {
                *slot = Some(texture);
            }
        }
    }
}

/// The template `text`'s first map as a picture about [`THUMB_WIDTH`] wide.
fn thumbnail(text: &str) -> Option<egui::ColorImage> {
    let project = crate::io::load_bytes(text.as_bytes()).ok()?;
    let map = project.maps.first()?;
    let engine = crate::text::TextEngine::global();
    let width = crate::layout::layout_map(&project, map, engine)
        .size
        .x
        .max(1.0);
    let options = crate::export::ExportOptions {
        scale: (THUMB_WIDTH / width).clamp(0.05, 1.0),
        ..Default::default()
    };
    let kind = crate::export::ExportKind::Image(crate::export::Format::Png);
    let png = crate::export::export(
        &project,
        &crate::export::ExportRequest::new(kind, map, options),
    )
    .ok()?;
    crate::ui::convert::color_image(&png.bytes).ok()
}

impl super::Panel for Gallery {
    fn ui(&mut self, root: &mut egui::Ui, _frame: &FrameCtx<'_>, out: &mut Commands) {
        if !self.open {
            return;
        }
        let ctx = root.ctx().clone();
        self.render_thumbnails(&ctx);
        self.receive(&ctx);
        let count = crate::assets::TEMPLATES.len();
        // Keys: arrows move the selection, Enter creates, Escape closes.
        let typing = ctx.text_edit_focused();
        let (left, right, up, down, enter, escape) = ctx.input_mut(|i| {
            let mut take = |key| !typing && i.consume_key(egui::Modifiers::NONE, key);
            (
                take(egui::Key::ArrowLeft),
                take(egui::Key::ArrowRight),
                take(egui::Key::ArrowUp),
                take(egui::Key::ArrowDown),
                take(egui::Key::Enter),
                i.key_pressed(egui::Key::Escape),
            )
        });
        let step = |at: usize, by: isize| at.saturating_add_signed(by).min(count - 1);
        if left {
            self.selected = step(self.selected, -1);
        }
        if right {
            self.selected = step(self.selected, 1);
        }
        if up {
            self.selected = step(self.selected, -(COLUMNS as isize));
        }
        if down {
            self.selected = step(self.selected, COLUMNS as isize);
        }
        let mut create = enter.then_some(self.selected);
        let mut open = !escape;
        egui::Window::new(tr("gallery-title"))
            .open(&mut open)
            .collapsible(false)
            .resizable(false)
            .anchor(egui::Align2::CENTER_CENTER, egui::Vec2::ZERO)
            .show(&ctx, |ui| {
                ui.weak(tr("gallery-hint"));
                ui.add_space(6.0);
                egui::ScrollArea::vertical()
                    .max_height((ctx.content_rect().height() * 0.62).max(200.0))
                    .show(ui, |ui| {
                        egui::Grid::new("template-gallery")
                            .spacing(egui::vec2(12.0, 12.0))
                            .show(ui, |ui| {
                                for (index, (name, _)) in
                                    crate::assets::TEMPLATES.iter().enumerate()
                                {
                                    let texture =
                                        self.thumbnails.get(index).and_then(Option::as_ref);
                                    let tile = tile_ui(ui, name, texture, index == self.selected);
                                    if tile.clicked() {
                                        self.selected = index;
                                    }
                                    if tile.double_clicked() {
                                        create = Some(index);
                                    }
                                    if index == self.selected && (left || right || up || down) {
                                        tile.scroll_to_me(None);
                                    }
                                    if index % COLUMNS == COLUMNS - 1 {
                                        ui.end_row();
                                    }
                                }
                            });
                    });
                ui.add_space(8.0);
                ui.horizontal(|ui| {
                    if ui.button(tr("gallery-create")).clicked() {
                        create = Some(self.selected);
                    }
                    if ui.button(tr("gallery-cancel")).clicked() {
                        self.open = false;
                    }
                });
            });
        if let Some(index) = create
            && let Some((name, _)) = crate::assets::TEMPLATES.get(index)
        {
            out.file(FileRequest::New(name));
            self.open = false;
        }
        if !open {
            self.open = false;
        }
    }
}

/// One template: its thumbnail (or a placeholder while it is drawn), name and purpose;
/// an accessible button named by the template, selected when chosen.
fn tile_ui(
    ui: &mut egui::Ui,
    name: &str,
    texture: Option<&egui::TextureHandle>,
    selected: bool,
) -> egui::Response {
    let width = TILE.x;
    let title = template_title(name);
    let about = template_about(name);
    let (rect, response) = ui.allocate_exact_size(
        egui::vec2(width + 12.0, TILE.y + 80.0),
        egui::Sense::click(),
    );
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::ListBoxOption, true, title));
    ui.ctx().accesskit_node_builder(response.id, |node| {
        node.set_selected(selected);
        node.set_description(about.to_owned());
    });
    let visuals = ui.visuals();
    let stroke = if selected {
        egui::Stroke::new(2.0, visuals.selection.stroke.color)
    } else if response.hovered() {
        visuals.widgets.hovered.bg_stroke
    } else {
        visuals.widgets.noninteractive.bg_stroke
    };
    let painter = ui.painter_at(rect);
    painter.rect(
        rect,
        6.0,
        visuals.extreme_bg_color,
        stroke,
        egui::StrokeKind::Inside,
    );
    let thumb = egui::Rect::from_min_size(rect.min + egui::vec2(6.0, 6.0), TILE);
    match texture {
        Some(texture) => {
            // The map's top left (stages and the first lanes), the width of the tile.
            let size = texture.size_vec2();
            let shown = (size.x * TILE.y / TILE.x / size.y).min(1.0);
            let uv = egui::Rect::from_min_max(egui::pos2(0.0, 0.0), egui::pos2(1.0, shown));
            let height = (TILE.x * size.y / size.x * shown).min(TILE.y);
            let image = egui::Rect::from_min_size(thumb.min, egui::vec2(TILE.x, height));
            painter.rect_filled(thumb, 4.0, egui::Color32::WHITE);
            painter.image(texture.id(), image, uv, egui::Color32::WHITE);
        }
        None => {
            painter.rect_filled(thumb, 4.0, visuals.faint_bg_color);
        }
    }
    let text_width = width;
    let title_galley = painter.layout(
        title.to_owned(),
        egui::FontId::proportional(14.0),
        visuals.strong_text_color(),
        text_width,
    );
    let top = thumb.bottom() + 6.0;
    let title_height = title_galley.size().y;
    painter.galley(
        egui::pos2(thumb.left(), top),
        title_galley,
        visuals.strong_text_color(),
    );
    let about_galley = painter.layout(
        about.to_owned(),
        egui::FontId::proportional(11.5),
        visuals.weak_text_color(),
        text_width,
    );
    painter.galley(
        egui::pos2(thumb.left(), top + title_height + 2.0),
        about_galley,
        visuals.weak_text_color(),
    );
    response.on_hover_text(about)
}
