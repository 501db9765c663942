//! Context menus: on a right-click, or Shift+F10 / the Menu key for the selection. Each
//! offers what fits its target (cards, an empty cell, a stage or lane header, the empty
//! canvas), with the registry's labels and shortcuts.

use crate::ui::words::Word as _;
use egui::{Id, LayerId, Order, Popup, PopupAnchor, PopupKind};

use crate::edit::Action;
use crate::model::{Axis, Card, CardFlag, HeaderId, JourneyMap, LaneKind};
use crate::ui::canvas::{CanvasState, ContextTarget};
use crate::ui::command::{Commands, UICommand};
use crate::ui::frame::FrameCtx;
use crate::ui::i18n::{arg, tr, tr_args};
use crate::ui::{AfterEdit, Edit};

/// A menu item for a registry command, greyed out when it cannot run; true when picked.
pub(super) fn command_item(
    frame: &FrameCtx<'_>,
    ui: &mut egui::Ui,
    command: UICommand,
    out: &mut Commands,
) -> bool {
    labelled_item(frame, ui, command, command.info().label, out)
}

/// Like [`command_item`], with a label that fits the place (e.g. "Undo Move card").
pub(super) fn labelled_item(
    frame: &FrameCtx<'_>,
    ui: &mut egui::Ui,
    command: UICommand,
    label: &str,
    out: &mut Commands,
) -> bool {
    let button = egui::Button::new(label).shortcut_text(command.shortcut_text(ui.ctx()));
    let response = ui
        .add_enabled(frame.enabled(command), button)
        .on_hover_text(command.info().tooltip);
    if response.clicked() {
        out.run(command);
        ui.close();
        return true;
    }
    false
}

/// A plain menu item that makes one edit.
fn edit_item(ui: &mut egui::Ui, label: &str, edit: Edit, out: &mut Commands) {
    if ui.button(label).clicked() {
        out.edit(edit);
        ui.close();
    }
}

/// What a header's menu says on its axis.
struct HeaderWords {
    before: &'static str,
    after: &'static str,
    new_name: &'static str,
    delete: &'static str,
    moves: (UICommand, UICommand),
}

fn header_words(axis: Axis) -> HeaderWords {
    match axis {
        Axis::Stages => HeaderWords {
            before: tr("context-add-stage-before"),
            after: tr("context-add-stage-after"),
            new_name: tr("context-new-stage"),
            delete: tr("context-delete-stage"),
            moves: (UICommand::MoveLeft, UICommand::MoveRight),
        },
        Axis::Lanes => HeaderWords {
            before: tr("context-add-lane-above"),
            after: tr("context-add-lane-below"),
            new_name: tr("context-new-lane"),
            delete: tr("context-delete-lane"),
            moves: (UICommand::MoveUp, UICommand::MoveDown),
        },
    }
}

/// Shows the context menu the canvas asked for, until it is picked from or dismissed.
pub(super) fn context_menu_ui(
    ctx: &egui::Context,
    frame: &FrameCtx<'_>,
    canvas: &mut CanvasState,
    out: &mut Commands,
) {
    let Some(menu) = canvas.context_menu.clone() else {
        return;
    };
    let id = Id::unique("canvas-context-menu");
    let open = (!menu.shown).then_some(true);
    let shown = Popup::new(
        id,
        ctx.clone(),
        PopupAnchor::Position(menu.at),
        LayerId::new(Order::Foreground, id),
    )
    .kind(PopupKind::Menu)
    .layout(egui::Layout::top_down_justified(egui::Align::Min))
    .style(egui::menu::menu_style)
    .gap(0.0)
    .open_memory(open.map(egui::SetOpenCommand::Bool))
    .accessible_name(tr("cmd-context-menu"))
    .show(|ui| {
        ui.set_min_width(220.0);
        let Some(map) = frame.map() else {
            return;
        };
        match &menu.target {
            ContextTarget::Cards(ids) => cards_menu_ui(ui, frame, map, ids, out),
            ContextTarget::Cell { .. } => {
                labelled_item(
                    frame,
                    ui,
                    UICommand::AddCardAfter,
                    tr("context-add-card-here"),
                    out,
                );
                labelled_item(frame, ui, UICommand::Paste, tr("context-paste-here"), out);
            }
            ContextTarget::Header(header) => header_menu_ui(ui, frame, map, header, out),
            ContextTarget::Link { from, to } => {
                if ui.button(tr("context-edit-label")).clicked() {
                    ui.data_mut(|d| {
                        d.insert_temp(crate::ui::panels::inspector::arrows::focus_label_id(), true)
                    });
                    ui.close();
                }
                edit_item(
                    ui,
                    tr("context-delete-arrow"),
                    Edit::new(Action::DeleteLink {
                        from: from.clone(),
                        to: to.clone(),
                    }),
                    out,
                );
            }
            ContextTarget::Canvas => {
                command_item(frame, ui, UICommand::FitMap, out);
                command_item(frame, ui, UICommand::ZoomToSelection, out);
                command_item(frame, ui, UICommand::ZoomIn, out);
                command_item(frame, ui, UICommand::ZoomOut, out);
                ui.separator();
                command_item(frame, ui, UICommand::AddStage, out);
                command_item(frame, ui, UICommand::AddLane, out);
            }
        }
    });
    match shown {
        Some(_) if Popup::is_id_open(ctx, id) => {
            if let Some(menu) = &mut canvas.context_menu {
                menu.shown = true;
            }
        }
        _ => canvas.context_menu = None,
    }
}

/// The menu of a stage or lane header: add one before or after, rename, move, the lane's
/// kind, delete.
fn header_menu_ui(
    ui: &mut egui::Ui,
    frame: &FrameCtx<'_>,
    map: &JourneyMap,
    header: &HeaderId,
    out: &mut Commands,
) {
    let axis = header.axis();
    let words = header_words(axis);
    let next = map
        .header_index(header)
        .and_then(|i| map.header_id_at(axis, i + 1));
    let add = |before| {
        Edit::then(
            Action::AddHeader {
                axis,
                before,
                name: words.new_name.to_owned(),
            },
            AfterEdit::EditCreated,
        )
    };
    edit_item(ui, words.before, add(Some(header.clone())), out);
    edit_item(ui, words.after, add(next), out);
    ui.separator();
    labelled_item(frame, ui, UICommand::EditTitle, tr("context-rename"), out);
    command_item(frame, ui, words.moves.0, out);
    command_item(frame, ui, words.moves.1, out);
    if let HeaderId::Lane(id) = header
        && let Some(lane) = map.lane_index(id).and_then(|i| map.lanes.get(i))
    {
        ui.menu_button(tr("context-lane-kind"), |ui| {
            for kind in LaneKind::ALL {
                if ui.radio(lane.kind == kind, kind.word()).clicked() {
                    out.edit(Edit::new(Action::UpdateHeader(crate::model::Header::Lane(
                        crate::model::Lane {
                            kind,
                            ..lane.clone()
                        },
                    ))));
                    ui.close();
                }
            }
        });
    }
    ui.separator();
    labelled_item(frame, ui, UICommand::Delete, words.delete, out);
}

fn cards_menu_ui(
    ui: &mut egui::Ui,
    frame: &FrameCtx<'_>,
    map: &JourneyMap,
    ids: &[crate::model::CardId],
    out: &mut Commands,
) {
    let cards: Vec<&Card> = ids
        .iter()
        .filter_map(|id| map.card_index(id).map(|i| &map.cards[i]))
        .collect();
    if let Some(project) = frame.project()
        && let Some(target) = super::links::linked_map(project, map, ids)
    {
        let label = tr_args("context-open-map", &[("name", arg(&target.name))]);
        labelled_item(frame, ui, UICommand::OpenLinkedMap, &label, out);
        ui.separator();
    }
    command_item(frame, ui, UICommand::EditTitle, out);
    command_item(frame, ui, UICommand::AddCardAfter, out);
    command_item(frame, ui, UICommand::Duplicate, out);
    command_item(frame, ui, UICommand::Cut, out);
    command_item(frame, ui, UICommand::Copy, out);
    command_item(frame, ui, UICommand::DrawArrow, out);
    ui.separator();
    // Colour and flags apply to every selected card, as one undo step each.
    let step = ui.ctx().cumulative_frame_nr();
    let mut change = |what: &str, edit: &dyn Fn(&mut Card)| {
        for card in &cards {
            let mut changed = (*card).clone();
            edit(&mut changed);
            out.edit(Edit::merged(
                Action::UpdateCard(changed),
                format!("context-{what}/{step}"),
            ));
        }
    };
    let current = cards.first().and_then(|c| c.color);
    if let Some(color) =
        crate::ui::panels::inspector::swatches_ui(ui, tr("context-colour"), current)
    {
        change("colour", &|c| c.color = color);
        ui.close();
    }
    for flag in CardFlag::ALL {
        let on = !cards.is_empty() && cards.iter().all(|c| c.flags.contains(&flag));
        if ui.checkbox(&mut on.clone(), flag.word()).clicked() {
            change("flag", &|c| {
                c.flags.retain(|f| *f != flag);
                if !on {
                    c.flags.push(flag);
                }
            });
            ui.close();
        }
    }
    ui.separator();
    command_item(frame, ui, UICommand::Delete, out);
}
