//! The review-notes panel (View → Review notes, Ctrl+Shift+N): every open note of the map
//! on screen; clicking one selects its card.

use crate::ui::Selection;
use crate::ui::command::Commands;
use crate::ui::frame::FrameCtx;
use crate::ui::i18n::{tr, tr_args};

/// The review-notes panel's state.
#[derive(Default)]
pub struct NotesPanel {
    /// Shown.
    pub open: bool,
}

impl super::Panel for NotesPanel {
    /// The panel of open review notes, when shown.
    fn ui(&mut self, root: &mut egui::Ui, frame: &FrameCtx<'_>, out: &mut Commands) {
        if !self.open {
            return;
        }
        let Some(map) = frame.map() else { return };
        let mut select = None;
        let mut close = false;
        egui::Panel::left("notes-panel")
            .default_size(260.0)
            .show(root, |ui| {
                ui.add_space(8.0);
                ui.horizontal(|ui| {
                    ui.heading(tr("cmd-notes-panel"));
                    if ui
                        .small_button("×")
                        .on_hover_text(tr("notes-hide"))
                        .clicked()
                    {
                        close = true;
                    }
                });
                let open: Vec<_> = map
                    .cards
                    .iter()
                    .flat_map(|c| c.notes.iter().filter(|n| !n.resolved).map(move |n| (c, n)))
                    .collect();
                ui.weak(match open.len() {
                    0 => tr("notes-none").to_owned(),
                    n => tr_args("notes-open", &[("count", n.into())]),
                });
                ui.separator();
                egui::ScrollArea::vertical().show(ui, |ui| {
                    for (card, note) in open {
                        let selected = frame.selection.cards().contains(&card.id);
                        let text = format!(
                            "{}\n{} · {}\n{}{}",
                            card.title.lines().next().unwrap_or_default(),
                            note.author,
                            crate::ui::panels::inspector::short_date(&note.date),
                            note.text,
                            match note.replies.len() {
                                0 => String::new(),
                                n => format!(
                                    "\n{}",
                                    tr_args("notes-replies", &[("count", n.into())])
                                ),
                            }
                        );
                        let response = ui.add(
                            egui::Button::selectable(selected, text)
                                .wrap_mode(egui::TextWrapMode::Wrap),
                        );
                        if response.clicked() {
                            select = Some(card.id.clone());
                        }
                        ui.add_space(4.0);
                    }
                });
            });
        if close {
            self.open = false;
        }
        if let Some(id) = select {
            out.select(Selection::Cards(vec![id]));
        }
    }
}
