//! The shell's chrome around the canvas: the map tabs, the read-only bar, and the status
//! bar (export progress, selection, news, the text notice, zoom controls).

use super::view::TextNotice;
use crate::ui::canvas::CanvasState;
use crate::ui::command::{Commands, UICommand};
use crate::ui::frame::FrameCtx;
use crate::ui::notify::Notifications;
use crate::ui::panels::Panels;
use crate::ui::{Selection, icon_button};

/// The project's title, the unsaved mark, and a tab per map with "+" to add one.
pub(super) fn tabs_ui(ui: &mut egui::Ui, frame: &FrameCtx<'_>, out: &mut Commands) {
    let Some(editor) = frame.session.editor() else {
        return;
    };
    let shown = frame.doc.as_ref().map(|d| d.map_index);
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
            let button = egui::Button::selectable(shown == Some(i), &map.name).truncate();
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
                out.push(crate::ui::command::AppCommand::ShowMap(i));
            }
        }
        if icon_button(ui, "+", UICommand::AddMap.info().label).clicked() {
            out.run(UICommand::AddMap);
        }
    });
    ui.add_space(2.0);
}

/// The bar above the map while the document is read-only (a file from a newer Waymark).
pub(super) fn read_only_ui(root: &mut egui::Ui, frame: &FrameCtx<'_>, out: &mut Commands) {
    let Some(reason) = frame.session.editor().and_then(|e| e.read_only()) else {
        return;
    };
    egui::Panel::top("read-only").show(root, |ui| {
        ui.horizontal(|ui| {
            ui.colored_label(
                crate::ui::theme::message(ui, crate::ui::theme::Message::Warning),
                reason.to_string(),
            );
            if ui.button("Save a copy…").clicked() {
                out.run(UICommand::SaveAs);
            }
        });
    });
}

/// The status bar: the export in flight, what is selected, the news, what the map's text
/// lacks (or that it is still being prepared), and the zoom.
pub(super) fn status_ui(
    ui: &mut egui::Ui,
    frame: &FrameCtx<'_>,
    canvas: &CanvasState,
    (text_notice, text_pending): (Option<&TextNotice>, bool),
    panels: &Panels,
    notifications: &Notifications,
    out: &mut Commands,
) {
    ui.horizontal(|ui| {
        panels.export.progress_ui(ui);
        let selected = match frame.selection {
            Selection::Cards(ids) if ids.len() == 1 => "1 card selected".to_owned(),
            Selection::Cards(ids) => format!("{} cards selected", ids.len()),
            Selection::Stage(_) => "Stage selected".to_owned(),
            Selection::Lane(_) => "Lane selected".to_owned(),
            Selection::Link { .. } => "Arrow selected".to_owned(),
            Selection::Cell { .. } | Selection::None => String::new(),
        };
        ui.weak(selected);
        if canvas.link_from.is_some() {
            ui.separator();
            ui.weak("Draw an arrow: click the card it goes to, or pick it with the arrow keys and press Enter (Escape cancels)");
        } else {
            notifications.status_ui(ui);
        }
        let others = frame.session.others();
        if !others.is_empty() {
            ui.separator();
            let names: Vec<String> = others
                .iter()
                .map(|v| format!("{} (since {})", v.name, crate::dates::local_time(v.since)))
                .collect();
            ui.label(format!("Also open: {}", names.join(", ")))
                .on_hover_text(
                    "They have this file open in Waymark on their computer; their saves come in here by themselves.",
                );
        }
        if frame.session.is_merging() {
            ui.separator();
            ui.weak("Taking in a colleague's changes…");
        }
        if text_pending {
            ui.separator();
            ui.add(egui::Spinner::new());
            ui.weak("Preparing the cards' text…");
        }
        if let Some(notice) = text_notice {
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
                out.select(Selection::Cards(vec![card.clone()]));
            }
        }
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if ui
                .button("Fit")
                .on_hover_text("Fit the map to the window (Ctrl+0)")
                .clicked()
            {
                out.run(UICommand::FitMap);
            }
            if icon_button(ui, "+", "Zoom in").clicked() {
                out.run(UICommand::ZoomIn);
            }
            let zoom = ui.label(format!("{:.0}%", frame.view.zoom * 100.0));
            zoom.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, "Zoom level"));
            if icon_button(ui, "−", "Zoom out").clicked() {
                out.run(UICommand::ZoomOut);
            }
        });
    });
}
