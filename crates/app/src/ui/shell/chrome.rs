//! The shell's chrome around the canvas: the map tabs, the read-only bar, and the status
//! bar (export progress, selection, news, the text notice, zoom controls).

use super::view::TextNotice;
use crate::ui::canvas::CanvasState;
use crate::ui::command::{Commands, UICommand};
use crate::ui::frame::FrameCtx;
use crate::ui::i18n::{arg, tr, tr_args};
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
                .on_hover_text(tr("tabs-unsaved-tip"))
                .widget_info(|| {
                    egui::WidgetInfo::labeled(egui::Role::Label, true, tr("tabs-unsaved"))
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
                egui::WidgetInfo::labeled(
                    egui::Role::Tab,
                    true,
                    tr_args("tabs-map", &[("name", arg(&map.name))]),
                )
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
                crate::ui::problems::read_only_reason(reason),
            );
            if ui.button(tr("read-only-save-copy")).clicked() {
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
            Selection::Cards(ids) => {
                tr_args("status-cards-selected", &[("count", ids.len().into())])
            }
            Selection::Stage(_) => tr("status-stage-selected").to_owned(),
            Selection::Lane(_) => tr("status-lane-selected").to_owned(),
            Selection::Link { .. } => tr("status-arrow-selected").to_owned(),
            Selection::Cell { .. } | Selection::None => String::new(),
        };
        ui.weak(selected);
        if canvas.link_from.is_some() {
            ui.separator();
            ui.weak(tr("status-drawing-arrow"));
        } else {
            notifications.status_ui(ui);
        }
        let others = frame.session.others();
        if !others.is_empty() {
            ui.separator();
            let names: Vec<String> = others
                .iter()
                .map(|v| {
                    tr_args(
                        "status-other-since",
                        &[
                            ("name", arg(&v.name)),
                            ("when", arg(crate::dates::local_time(v.since))),
                        ],
                    )
                })
                .collect();
            ui.label(tr_args(
                "status-also-open",
                &[("names", arg(names.join(tr("list-separator"))))],
            ))
            .on_hover_text(tr("status-also-open-tip"));
        }
        if frame.session.is_merging() {
            ui.separator();
            ui.weak(tr("status-merging"));
        }
        if text_pending {
            ui.separator();
            ui.add(egui::Spinner::new());
            ui.weak(tr("status-preparing-text"));
        }
        if let Some(notice) = text_notice {
            ui.separator();
            ui.colored_label(ui.visuals().warn_fg_color, format!("⚠ {}", notice.text))
                .on_hover_text(tr("status-missing-glyphs-tip"));
            if let Some(card) = &notice.card
                && ui
                    .link(tr("status-show-card"))
                    .on_hover_text(tr("status-show-card-tip"))
                    .clicked()
            {
                out.select(Selection::Cards(vec![card.clone()]));
            }
        }
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if ui
                .button(tr("status-fit"))
                .on_hover_text(tr("status-fit-tip"))
                .clicked()
            {
                out.run(UICommand::FitMap);
            }
            if icon_button(ui, "+", tr("cmd-zoom-in")).clicked() {
                out.run(UICommand::ZoomIn);
            }
            let zoom = ui.label(crate::ui::i18n::zoom_percent(frame.view.zoom));
            zoom.widget_info(|| {
                egui::WidgetInfo::labeled(egui::Role::Label, true, tr("status-zoom-level"))
            });
            if icon_button(ui, "−", tr("cmd-zoom-out")).clicked() {
                out.run(UICommand::ZoomOut);
            }
        });
    });
}
