//! The inspector of a stage or a lane: its name and what only it has (a stage's
//! description and colour; a lane's kind, its cards' colour or its metrics), then the
//! same row of commands for both — move, add one after, delete — from the registry.

use super::{command_button, swatches_ui, text_field};
use crate::edit::Action;
use crate::model::{JourneyMap, LaneKind};
use crate::ui::Edit;
use crate::ui::command::{Commands, UICommand};
use crate::ui::i18n::tr;
use crate::ui::words::Word as _;

/// What the commands row of a header says.
struct HeaderCommands {
    back: &'static str,
    forward: &'static str,
    add: &'static str,
    delete: &'static str,
    /// The move commands along this axis.
    moves: (UICommand, UICommand),
    /// The add command of this axis.
    add_command: UICommand,
}

fn stage_commands() -> HeaderCommands {
    HeaderCommands {
        back: tr("cmd-move-left"),
        forward: tr("cmd-move-right"),
        add: tr("context-add-stage-after"),
        delete: tr("context-delete-stage"),
        moves: (UICommand::MoveLeft, UICommand::MoveRight),
        add_command: UICommand::AddStage,
    }
}

fn lane_commands() -> HeaderCommands {
    HeaderCommands {
        back: tr("cmd-move-up"),
        forward: tr("cmd-move-down"),
        add: tr("context-add-lane-below"),
        delete: tr("context-delete-lane"),
        moves: (UICommand::MoveUp, UICommand::MoveDown),
        add_command: UICommand::AddLane,
    }
}

/// The commands row: move either way, add one after, delete. They act on the selection
/// (this header), like their keys.
fn commands_ui(ui: &mut egui::Ui, c: &HeaderCommands, out: &mut Commands) {
    ui.separator();
    ui.horizontal_wrapped(|ui| {
        command_button(ui, c.moves.0, c.back, out);
        command_button(ui, c.moves.1, c.forward, out);
        command_button(ui, c.add_command, c.add, out);
        command_button(ui, UICommand::Delete, c.delete, out);
    });
}

/// The stage at `index` of `map`.
pub(super) fn stage_ui(ui: &mut egui::Ui, map: &JourneyMap, index: usize, out: &mut Commands) {
    let stage = &map.stages[index];
    ui.heading(tr("inspector-stage"));
    ui.add_space(6.0);
    let mut s = stage.clone();
    let key = |field: &str| format!("stage/{}/{field}", stage.id);
    if text_field(ui, tr("inspector-name"), &mut s.name, false, out) {
        out.edit(Edit::merged(
            Action::UpdateHeader(crate::model::Header::Stage(s.clone())),
            key("name"),
        ));
    }
    if text_field(
        ui,
        tr("inspector-description"),
        &mut s.description,
        true,
        out,
    ) {
        out.edit(Edit::merged(
            Action::UpdateHeader(crate::model::Header::Stage(s.clone())),
            key("description"),
        ));
    }
    if let Some(color) = swatches_ui(ui, tr("inspector-stage-colour"), s.color) {
        s.color = color;
        out.edit(Edit::new(Action::UpdateHeader(
            crate::model::Header::Stage(s.clone()),
        )));
    }
    commands_ui(ui, &stage_commands(), out);
}

/// The lane at `index` of `map`.
pub(super) fn lane_ui(ui: &mut egui::Ui, map: &JourneyMap, index: usize, out: &mut Commands) {
    let lane = &map.lanes[index];
    ui.heading(tr("inspector-lane"));
    ui.add_space(6.0);
    let mut l = lane.clone();
    if text_field(ui, tr("inspector-name"), &mut l.name, false, out) {
        out.edit(Edit::merged(
            Action::UpdateHeader(crate::model::Header::Lane(l.clone())),
            format!("lane/{}/name", lane.id),
        ));
    }
    ui.label(egui::RichText::new(tr("inspector-kind")).small().strong());
    let mut kind = l.kind;
    egui::ComboBox::from_id_salt("lane-kind")
        .selected_text(kind.word())
        .show_ui(ui, |ui| {
            for k in LaneKind::ALL {
                crate::ui::choice(ui, &mut kind, k, k.word());
            }
        });
    if kind != l.kind {
        l.kind = kind;
        out.edit(Edit::new(Action::UpdateHeader(crate::model::Header::Lane(
            l.clone(),
        ))));
    }
    ui.add_space(6.0);
    if l.kind == LaneKind::Metrics {
        super::metrics::metrics_ui(ui, map, lane, out);
    } else if l.kind != LaneKind::Line
        && let Some(color) = swatches_ui(ui, tr("inspector-card-colour"), l.color)
    {
        l.color = color;
        out.edit(Edit::new(Action::UpdateHeader(crate::model::Header::Lane(
            l.clone(),
        ))));
    }
    commands_ui(ui, &lane_commands(), out);
}
