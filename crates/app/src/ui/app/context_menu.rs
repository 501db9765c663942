//! Context menus: on a right-click, or Shift+F10 / the Menu key for the selection. Each
//! offers what fits its target (cards, an empty cell, a stage or lane header, the empty
//! canvas), with the registry's labels and shortcuts.

use egui::{Id, LayerId, Order, Popup, PopupAnchor, PopupKind};

use super::WaymarkApp;
use super::commands::Command;
use super::registry::UICommand;
use crate::edit::Action;
use crate::model::{Card, CardFlag, JourneyMap, LaneKind};
use crate::ui::canvas::ContextTarget;
use crate::ui::{AfterEdit, Edit};

/// A menu item for a registry command, greyed out when it cannot run; true when picked.
pub(super) fn command_item(
    app: &WaymarkApp,
    ui: &mut egui::Ui,
    command: UICommand,
    commands: &mut Vec<Command>,
) -> bool {
    labelled_item(app, ui, command, command.info().label, commands)
}

/// Like [`command_item`], with a label that fits the place (e.g. "Undo Move card").
pub(super) fn labelled_item(
    app: &WaymarkApp,
    ui: &mut egui::Ui,
    command: UICommand,
    label: &str,
    commands: &mut Vec<Command>,
) -> bool {
    let button = egui::Button::new(label).shortcut_text(command.shortcut_text(ui.ctx()));
    let response = ui
        .add_enabled(app.enabled(command), button)
        .on_hover_text(command.info().tooltip);
    if response.clicked() {
        commands.push(Command::Ui(command));
        ui.close();
        return true;
    }
    false
}

/// A plain menu item that makes one edit.
fn edit_item(ui: &mut egui::Ui, label: &str, edit: Edit, edits: &mut Vec<Edit>) {
    if ui.button(label).clicked() {
        edits.push(edit);
        ui.close();
    }
}

impl WaymarkApp {
    /// Shows the context menu the canvas asked for, until it is picked from or dismissed.
    pub(super) fn context_menu_ui(
        &mut self,
        ctx: &egui::Context,
        commands: &mut Vec<Command>,
        edits: &mut Vec<Edit>,
    ) {
        let Some(menu) = self.canvas.context_menu.clone() else {
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
        .accessible_name("Context menu")
        .show(|ui| {
            ui.set_min_width(220.0);
            let Some(map) = self.current_map() else {
                return;
            };
            match &menu.target {
                ContextTarget::Cards(ids) => self.cards_menu_ui(ui, map, ids, commands, edits),
                ContextTarget::Cell { .. } => {
                    labelled_item(self, ui, UICommand::AddCardAfter, "Add card here", commands);
                    labelled_item(self, ui, UICommand::Paste, "Paste here", commands);
                }
                ContextTarget::Stage(id) => {
                    let next = map
                        .stage_index(id)
                        .and_then(|i| map.stages.get(i + 1))
                        .map(|s| s.id.clone());
                    let add = |before| {
                        Edit::then(
                            Action::AddStage {
                                before,
                                name: "New stage".to_owned(),
                            },
                            AfterEdit::EditCreated,
                        )
                    };
                    edit_item(ui, "Add stage before", add(Some(id.clone())), edits);
                    edit_item(ui, "Add stage after", add(next), edits);
                    ui.separator();
                    labelled_item(self, ui, UICommand::EditTitle, "Rename", commands);
                    command_item(self, ui, UICommand::MoveLeft, commands);
                    command_item(self, ui, UICommand::MoveRight, commands);
                    ui.separator();
                    labelled_item(self, ui, UICommand::Delete, "Delete stage", commands);
                }
                ContextTarget::Lane(id) => {
                    let index = map.lane_index(id);
                    let next = index
                        .and_then(|i| map.lanes.get(i + 1))
                        .map(|l| l.id.clone());
                    let add = |before| {
                        Edit::then(
                            Action::AddLane {
                                before,
                                name: "New lane".to_owned(),
                                kind: LaneKind::Cards,
                            },
                            AfterEdit::EditCreated,
                        )
                    };
                    edit_item(ui, "Add lane above", add(Some(id.clone())), edits);
                    edit_item(ui, "Add lane below", add(next), edits);
                    ui.separator();
                    labelled_item(self, ui, UICommand::EditTitle, "Rename", commands);
                    command_item(self, ui, UICommand::MoveUp, commands);
                    command_item(self, ui, UICommand::MoveDown, commands);
                    if let Some(lane) = index.and_then(|i| map.lanes.get(i)) {
                        ui.menu_button("Lane kind", |ui| {
                            for kind in LaneKind::ALL {
                                if ui.radio(lane.kind == kind, kind.label()).clicked() {
                                    edits.push(Edit::new(Action::UpdateLane(crate::model::Lane {
                                        kind,
                                        ..lane.clone()
                                    })));
                                    ui.close();
                                }
                            }
                        });
                    }
                    ui.separator();
                    labelled_item(self, ui, UICommand::Delete, "Delete lane", commands);
                }
                ContextTarget::Link { from, to } => {
                    if ui.button("Edit label").clicked() {
                        ui.data_mut(|d| {
                            d.insert_temp(crate::ui::inspector::arrows::focus_label_id(), true)
                        });
                        ui.close();
                    }
                    edit_item(
                        ui,
                        "Delete arrow",
                        Edit::new(Action::DeleteLink {
                            from: from.clone(),
                            to: to.clone(),
                        }),
                        edits,
                    );
                }
                ContextTarget::Canvas => {
                    command_item(self, ui, UICommand::FitMap, commands);
                    command_item(self, ui, UICommand::ZoomToSelection, commands);
                    command_item(self, ui, UICommand::ZoomIn, commands);
                    command_item(self, ui, UICommand::ZoomOut, commands);
                    ui.separator();
                    command_item(self, ui, UICommand::AddStage, commands);
                    command_item(self, ui, UICommand::AddLane, commands);
                }
            }
        });
        match shown {
            Some(_) if Popup::is_id_open(ctx, id) => {
                if let Some(menu) = &mut self.canvas.context_menu {
                    menu.shown = true;
                }
            }
            _ => self.canvas.context_menu = None,
        }
    }

    fn cards_menu_ui(
        &self,
        ui: &mut egui::Ui,
        map: &JourneyMap,
        ids: &[crate::model::CardId],
        commands: &mut Vec<Command>,
        edits: &mut Vec<Edit>,
    ) {
        let cards: Vec<&Card> = ids
            .iter()
            .filter_map(|id| map.card_index(id).map(|i| &map.cards[i]))
            .collect();
        command_item(self, ui, UICommand::EditTitle, commands);
        command_item(self, ui, UICommand::AddCardAfter, commands);
        command_item(self, ui, UICommand::Duplicate, commands);
        command_item(self, ui, UICommand::Cut, commands);
        command_item(self, ui, UICommand::Copy, commands);
        command_item(self, ui, UICommand::DrawArrow, commands);
        ui.separator();
        // Colour and flags apply to every selected card, as one undo step each.
        let current = cards.first().and_then(|c| c.color);
        if let Some(color) = crate::ui::inspector::swatches_ui(ui, "Colour", current) {
            for card in &cards {
                edits.push(Edit::merged(
                    Action::UpdateCard(Card {
                        color,
                        ..(*card).clone()
                    }),
                    format!("context-colour/{}", ui.ctx().cumulative_frame_nr()),
                ));
            }
            ui.close();
        }
        for flag in CardFlag::ALL {
            let on = !cards.is_empty() && cards.iter().all(|c| c.flags.contains(&flag));
            if ui.checkbox(&mut on.clone(), flag.label()).clicked() {
                for card in &cards {
                    let mut flags = card.flags.clone();
                    flags.retain(|f| *f != flag);
                    if !on {
                        flags.push(flag);
                    }
                    edits.push(Edit::merged(
                        Action::UpdateCard(Card {
                            flags,
                            ..(*card).clone()
                        }),
                        format!("context-flag/{}", ui.ctx().cumulative_frame_nr()),
                    ));
                }
                ui.close();
            }
        }
        ui.separator();
        command_item(self, ui, UICommand::Delete, commands);
    }
}
