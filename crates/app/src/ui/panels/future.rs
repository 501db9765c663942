//! Map → Start future state: a small dialog that asks what the copy keeps — the review
//! notes (off: they were about today's journey) and the emotion scores (on; off to score
//! the future afresh) — then adds the future state as one undo step and shows it.

use crate::edit::Action;
use crate::ui::command::Commands;
use crate::ui::frame::FrameCtx;
use crate::ui::i18n::tr;
use crate::ui::{AfterEdit, Edit};

/// The dialog's state.
pub struct FutureDialog {
    open: bool,
    notes: bool,
    scores: bool,
}

impl Default for FutureDialog {
    fn default() -> Self {
        Self {
            open: false,
            notes: false,
            scores: true,
        }
    }
}

impl FutureDialog {
    /// Shows the dialog with the usual choices.
    pub fn open(&mut self) {
        *self = Self {
            open: true,
            ..Self::default()
        };
    }

    /// Whether it is shown.
    pub fn is_open(&self) -> bool {
        self.open
    }
}

impl super::Panel for FutureDialog {
    fn ui(&mut self, root: &mut egui::Ui, frame: &FrameCtx<'_>, out: &mut Commands) {
        if !self.open || frame.doc.is_none() {
            self.open = false;
            return;
        }
        let ctx = root.ctx().clone();
        let (enter, escape) = ctx.input(|i| {
            (
                i.key_pressed(egui::Key::Enter),
                i.key_pressed(egui::Key::Escape),
            )
        });
        let mut start = enter;
        let mut open = !escape;
        let mut cancel = false;
        egui::Window::new(tr("future-title"))
            .open(&mut open)
            .collapsible(false)
            .resizable(false)
            .anchor(egui::Align2::CENTER_CENTER, egui::Vec2::ZERO)
            .show(&ctx, |ui| {
                ui.set_max_width(380.0);
                ui.label(tr("future-what"));
                ui.add_space(8.0);
                ui.checkbox(&mut self.notes, tr("future-keep-notes"))
                    .on_hover_text(tr("future-keep-notes-tip"));
                ui.checkbox(&mut self.scores, tr("future-keep-scores"))
                    .on_hover_text(tr("future-keep-scores-tip"));
                ui.add_space(10.0);
                ui.horizontal(|ui| {
                    let button =
                        egui::Button::new(tr("future-start")).fill(ui.visuals().selection.bg_fill);
                    start |= ui.add(button).clicked();
                    cancel = ui.button(tr("future-cancel")).clicked();
                });
            });
        open &= !cancel;
        if start && open {
            out.edit(Edit::then(
                Action::DuplicateMap {
                    future: true,
                    notes: self.notes,
                    scores: self.scores,
                },
                AfterEdit::ShowCreatedMap,
            ));
            open = false;
        }
        self.open = open;
    }
}
