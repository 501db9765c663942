//! Merge conflicts left in a file by `waymark merge` (git's merge driver): a notice across
//! the top while any remain, and a panel listing each one, ours against theirs, where
//! picking a side is one undoable edit. Clicking a conflict shows the thing it is about.

use crate::compare::describe_conflict_in;
use crate::edit::Action;
use crate::model::{Conflict, ConflictKind, Project, Side, Thing};
use crate::ui::command::{AppCommand, Commands};
use crate::ui::frame::FrameCtx;
use crate::ui::i18n::{arg, tr, tr_args};
use crate::ui::{Edit, Selection};

/// The conflicts panel's state.
pub struct ConflictsPanel {
    /// The list is shown (it opens by itself for a file with conflicts).
    pub open: bool,
    /// Where the list was drawn in the last frame (window points), if it was.
    pub shown_at: Option<egui::Rect>,
}

impl Default for ConflictsPanel {
    fn default() -> Self {
        Self {
            open: true,
            shown_at: None,
        }
    }
}

/// The conflicts the project holds.
pub fn conflict_items(project: Option<&Project>) -> &[Conflict] {
    project
        .and_then(|p| p.conflicts.as_ref())
        .map_or(&[][..], |c| &c.items[..])
}

impl ConflictsPanel {
    /// The notice across the top while conflicts remain.
    fn notice_ui(&mut self, root: &mut egui::Ui, frame: &FrameCtx<'_>) {
        let items = conflict_items(frame.project());
        let count = items.len();
        if count == 0 {
            self.open = false;
            return;
        }
        let notice = if named(items) {
            "conflicts-notice-by"
        } else {
            "conflicts-notice"
        };
        let mut review = false;
        egui::Panel::top("conflicts-notice").show(root, |ui| {
            ui.horizontal_wrapped(|ui| {
                ui.colored_label(
                    crate::ui::theme::message(ui, crate::ui::theme::Message::Warning),
                    tr_args(notice, &[("count", count.into())]),
                );
                if !self.open {
                    review = ui.button(tr("conflicts-review")).clicked();
                }
            });
        });
        if review {
            self.open = true;
        }
    }

    /// The list of conflicts beside the canvas, while open.
    fn list_ui(&mut self, root: &mut egui::Ui, frame: &FrameCtx<'_>, out: &mut Commands) {
        self.shown_at = None;
        let Some(project) = frame.project() else {
            return;
        };
        let items = conflict_items(Some(project));
        if !self.open || items.is_empty() {
            return;
        }
        let mut close = false;
        let mut show: Option<&Conflict> = None;
        let mut pick: Option<(String, Side)> = None;
        let shown = egui::Panel::left("conflicts")
            .default_size(340.0)
            .show(root, |ui| {
                ui.add_space(6.0);
                ui.horizontal(|ui| {
                    ui.heading(tr("conflicts-title"));
                    ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                        close = crate::ui::icon_button(ui, "×", tr("conflicts-close")).clicked();
                    });
                });
                // Named sides need no word on what "ours" and "theirs" are.
                ui.weak(tr(if named(items) {
                    "conflicts-what-by"
                } else {
                    "conflicts-what"
                }));
                ui.separator();
                egui::ScrollArea::vertical().show(ui, |ui| {
                    let words = crate::ui::i18n::compare_words();
                    for c in items {
                        let text = describe_conflict_in(c, project, words);
                        if ui
                            .add(egui::Button::selectable(false, text).wrap())
                            .on_hover_text(tr("conflicts-show"))
                            .clicked()
                        {
                            show = Some(c);
                        }
                        ui.horizontal(|ui| {
                            let (ours, theirs) = match c.kind {
                                ConflictKind::Deleted if c.deleted_by == Some(Side::Ours) => (
                                    tr("conflicts-delete-it").to_owned(),
                                    tr("conflicts-keep-it").to_owned(),
                                ),
                                ConflictKind::Deleted => (
                                    tr("conflicts-keep-it").to_owned(),
                                    tr("conflicts-delete-it").to_owned(),
                                ),
                                _ => match (&c.ours_by, &c.theirs_by) {
                                    (Some(ours), Some(theirs)) => (
                                        tr_args("conflicts-keep-by", &[("name", arg(ours))]),
                                        tr_args("conflicts-use-by", &[("name", arg(theirs))]),
                                    ),
                                    _ => (
                                        tr("conflicts-keep-ours").to_owned(),
                                        tr("conflicts-use-theirs").to_owned(),
                                    ),
                                },
                            };
                            if ui
                                .button(ours)
                                .on_hover_text(tr("conflicts-ours-tip"))
                                .clicked()
                            {
                                pick = Some((c.id.clone(), Side::Ours));
                            }
                            if ui
                                .button(theirs)
                                .on_hover_text(tr("conflicts-theirs-tip"))
                                .clicked()
                            {
                                pick = Some((c.id.clone(), Side::Theirs));
                            }
                        });
                        ui.separator();
                    }
                });
            });
        self.shown_at = Some(shown.response.rect);
        if close {
            self.open = false;
        }
        if let Some((id, side)) = pick {
            out.edit(Edit::new(Action::ResolveConflict { id, pick: side }));
        }
        if let Some(c) = show {
            show_conflict(project, c, out);
        }
    }
}

impl super::Panel for ConflictsPanel {
    /// The notice across the top while conflicts remain, and their list beside the canvas.
    fn ui(&mut self, root: &mut egui::Ui, frame: &FrameCtx<'_>, out: &mut Commands) {
        self.notice_ui(root, frame);
        self.list_ui(root, frame, out);
    }
}

/// Whether every conflict names both sides' people.
fn named(items: &[Conflict]) -> bool {
    items
        .iter()
        .all(|c| c.ours_by.is_some() && c.theirs_by.is_some())
}

/// Goes to the map of a conflict and selects what it is about.
fn show_conflict(project: &Project, c: &Conflict, out: &mut Commands) {
    let map_id = c
        .map
        .clone()
        .or_else(|| (c.thing == Thing::Map).then(|| c.target.as_str().into()));
    if let Some(index) = map_id.and_then(|id| project.maps.iter().position(|m| m.id == id)) {
        out.push(AppCommand::ShowMap(index));
    }
    let target = c.target.as_str();
    let selection = match c.thing {
        Thing::Card => Selection::Cards(vec![target.into()]),
        Thing::Stage => Selection::Stage(target.into()),
        Thing::Lane => Selection::Lane(target.into()),
        Thing::Link => match target.split_once('→') {
            Some((from, to)) => Selection::Link {
                from: from.into(),
                to: to.into(),
            },
            None => Selection::None,
        },
        _ => Selection::None,
    };
    out.select_and_reveal(selection);
}
