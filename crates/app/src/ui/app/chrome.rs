//! The shell's chrome around the canvas: the map tabs and the status bar (selection,
//! export progress, the text notice, zoom controls).

use super::WaymarkApp;
use super::commands::Command;
use super::registry::UICommand;
use crate::edit::Action;
use crate::layout::scene::Scene;
use crate::ui::{AfterEdit, Edit, Selection, icon_button};

impl WaymarkApp {
    pub(super) fn tabs_ui(&mut self, ui: &mut egui::Ui, edits: &mut Vec<Edit>) {
        let Some(editor) = &self.editor else { return };
        let mut show = None;
        ui.horizontal(|ui| {
            // Long names are cut with "…" (the whole name on hover), so the tabs and "+"
            // stay on screen whatever a title holds.
            let title = &editor.project().title;
            ui.scope(|ui| {
                ui.set_max_width(260.0);
                ui.add(egui::Label::new(egui::RichText::new(title).strong()).truncate())
                    .on_hover_text(title);
            });
            if editor.is_dirty() {
                ui.label(egui::RichText::new("●").color(ui.visuals().warn_fg_color))
                    .on_hover_text("Unsaved changes (Ctrl+S saves)")
                    .widget_info(|| {
                        egui::WidgetInfo::labeled(egui::Role::Label, true, "Unsaved changes")
                    });
            }
            ui.separator();
            for (i, map) in editor.project().maps.iter().enumerate() {
                let button = egui::Button::selectable(self.map == i, &map.name).truncate();
                let tab = ui
                    .scope(|ui| {
                        ui.set_max_width(200.0);
                        ui.add(button)
                    })
                    .inner
                    .on_hover_text(&map.name);
                tab.widget_info(|| {
                    egui::WidgetInfo::labeled(egui::Role::Tab, true, format!("Map {}", map.name))
                });
                if tab.clicked() {
                    show = Some(i);
                }
            }
            if icon_button(ui, "+", "Add map").clicked() {
                edits.push(Edit::then(
                    Action::AddMap {
                        name: "New map".to_owned(),
                    },
                    AfterEdit::ShowCreatedMap,
                ));
            }
        });
        if let Some(i) = show {
            self.show_map(i);
        }
        ui.add_space(2.0);
    }

    pub(super) fn status_ui(&mut self, ui: &mut egui::Ui, commands: &mut Vec<Command>) {
        ui.horizontal(|ui| {
            self.export_progress_ui(ui);
            let selected = match &self.canvas.selection {
                Selection::Cards(ids) if ids.len() == 1 => "1 card selected".to_owned(),
                Selection::Cards(ids) => format!("{} cards selected", ids.len()),
                Selection::Stage(_) => "Stage selected".to_owned(),
                Selection::Lane(_) => "Lane selected".to_owned(),
                Selection::Link { .. } => "Arrow selected".to_owned(),
                Selection::Cell { .. } | Selection::None => String::new(),
            };
            ui.weak(selected);
            if !self.status.is_empty() {
                ui.separator();
                ui.weak(&self.status);
            }
            if let Some(notice) = self.cache.as_ref().and_then(|c| c.text_notice.as_ref()) {
                ui.separator();
                ui.colored_label(ui.visuals().warn_fg_color, format!("⚠ {}", notice.text))
                    .on_hover_text(
                        "Install a font that covers these characters; \
                         `waymark check FILE` lists every place",
                    );
                if let Some(card) = &notice.card
                    && ui
                        .link("Show card")
                        .on_hover_text("Select the first card with such characters")
                        .clicked()
                {
                    self.canvas.selection = Selection::Cards(vec![card.clone()]);
                }
            }
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                if ui
                    .button("Fit")
                    .on_hover_text("Fit the map to the window (Ctrl+0)")
                    .clicked()
                {
                    commands.push(Command::Ui(UICommand::FitMap));
                }
                if icon_button(ui, "+", "Zoom in").clicked() {
                    commands.push(Command::Ui(UICommand::ZoomIn));
                }
                let zoom = ui.label(format!("{:.0}%", self.canvas.view.zoom * 100.0));
                zoom.widget_info(|| {
                    egui::WidgetInfo::labeled(egui::Role::Label, true, "Zoom level")
                });
                if icon_button(ui, "−", "Zoom out").clicked() {
                    commands.push(Command::Ui(UICommand::ZoomOut));
                }
            });
        });
    }
}

/// What the map's text needs that this computer lacks, for the status bar.
pub(super) struct TextNotice {
    /// One line: the missing font, or the characters no font can draw.
    pub text: String,
    /// The first card with such characters, to select from the notice.
    pub card: Option<crate::model::CardId>,
}

/// A notice when the project's font is missing here or some text of the shown map has
/// characters no installed font can draw.
pub(super) fn text_notice(
    project: &crate::model::Project,
    map: &crate::model::JourneyMap,
    layout: &crate::layout::MapLayout,
    scene: &Scene,
) -> Option<TextNotice> {
    let engine = crate::text::TextEngine::global();
    if let Some(family) = crate::text::coverage::missing_family(project, engine) {
        return Some(TextNotice {
            text: format!(
                "Font {} is not installed on this computer: the map uses Inter",
                crate::text::coverage::quote(family)
            ),
            card: None,
        });
    }
    let mut missing: Vec<char> = Vec::new();
    for prim in scene.all() {
        if let crate::layout::scene::Prim::Text { line, .. } = prim {
            missing.extend(line.missing_chars());
        }
    }
    missing.sort_unstable();
    missing.dedup();
    if missing.is_empty() {
        return None;
    }
    let card = layout
        .cards
        .iter()
        .find(|b| {
            b.title
                .iter()
                .chain(&b.body)
                .any(|l| !l.missing_chars().is_empty())
        })
        .and_then(|b| map.cards.get(b.card))
        .map(|c| c.id.clone());
    let shown: Vec<String> = missing
        .iter()
        .take(3)
        .map(|c| crate::text::describe_char(*c))
        .collect();
    Some(TextNotice {
        text: format!(
            "No installed font can draw {}{}",
            shown.join(", "),
            if missing.len() > 3 { " and more" } else { "" }
        ),
        card,
    })
}

impl WaymarkApp {
    /// The toast after a deletion, with Undo, for 8 seconds over the bottom of the canvas.
    pub(super) fn toast_ui(&mut self, ctx: &egui::Context, commands: &mut Vec<Command>) {
        let Some(toast) = &self.toast else { return };
        let age = toast.shown_at.elapsed();
        let life = std::time::Duration::from_secs(8);
        if age >= life {
            self.toast = None;
            return;
        }
        ctx.request_repaint_after(life - age);
        let mut close = false;
        egui::Area::new(egui::Id::unique("waymark-toast"))
            .anchor(egui::Align2::CENTER_BOTTOM, egui::vec2(-150.0, -40.0))
            .order(egui::Order::Foreground)
            .show(ctx, |ui| {
                egui::Frame::popup(ui.style()).show(ui, |ui| {
                    ui.horizontal(|ui| {
                        ui.label(&toast.text);
                        if ui.button("Undo").clicked() {
                            commands.push(Command::Ui(UICommand::Undo));
                            close = true;
                        }
                        close |= icon_button(ui, "×", "Dismiss").clicked();
                    });
                });
            });
        if close {
            self.toast = None;
        }
    }
}
