//! Maps that open maps (issue 28): a card's `opens` names another map of the project.
//! Opening it (Map → Open linked map, the card's context menu, Ctrl+click on the card's
//! link chip) shows that map and remembers where it came from; the trail bar above the
//! map leads back. Switching maps any other way (tabs, Ctrl+PageDown) starts a new trail.

use super::view::MapView;
use crate::edit::Editor;
use crate::model::{JourneyMap, MapId, Project};
use crate::ui::command::{AppCommand, Commands};
use crate::ui::i18n::{arg, tr, tr_args};

/// The map the one selected card of `map` opens: its id and name, when it is a map of
/// `project` other than `map`.
pub(crate) fn linked_map<'p>(
    project: &'p Project,
    map: &JourneyMap,
    selected: &[crate::model::CardId],
) -> Option<&'p JourneyMap> {
    let [id] = selected else {
        return None;
    };
    let card = map.cards.get(map.card_index(id)?)?;
    let target = card.opens.as_ref()?;
    project
        .maps
        .iter()
        .find(|m| &m.id == target && m.id != map.id)
}

impl MapView {
    /// Shows map `target` (opened through a card's link), remembering the map on screen.
    pub fn open_linked(&mut self, editor: Option<&Editor>, target: &MapId) {
        let Some(project) = editor.map(Editor::project) else {
            return;
        };
        let Some(index) = project.maps.iter().position(|m| &m.id == target) else {
            return;
        };
        if index == self.map {
            return;
        }
        if let Some(here) = project.maps.get(self.map) {
            self.trail.push(here.id.clone());
        }
        self.show_map(index, Some(project));
    }

    /// Back to the map the last link was followed from (maps deleted meanwhile are
    /// skipped).
    pub fn back_along_trail(&mut self, editor: Option<&Editor>) {
        let Some(project) = editor.map(Editor::project) else {
            return;
        };
        while let Some(id) = self.trail.pop() {
            if let Some(index) = project.maps.iter().position(|m| m.id == id) {
                self.show_map(index, Some(project));
                return;
            }
        }
    }
}

/// The trail bar above the map after a link was followed: "← Back to “Outpatient
/// visit”" and the path of maps that led here.
pub(super) fn trail_ui(
    root: &mut egui::Ui,
    project: Option<&Project>,
    trail: &[MapId],
    here: usize,
    out: &mut Commands,
) {
    let Some(project) = project else {
        return;
    };
    let names: Vec<&str> = trail
        .iter()
        .filter_map(|id| project.maps.iter().find(|m| &m.id == id))
        .map(|m| m.name.as_str())
        .collect();
    let (Some(last), Some(current)) = (names.last(), project.maps.get(here)) else {
        return;
    };
    egui::Panel::top("map-trail").show(root, |ui| {
        ui.horizontal(|ui| {
            let back = tr_args("trail-back", &[("name", arg(last))]);
            if ui
                .button(back)
                .on_hover_text(tr("trail-back-tip"))
                .clicked()
            {
                out.push(AppCommand::BackAlongTrail);
            }
            ui.separator();
            let mut path: Vec<&str> = names.clone();
            path.push(&current.name);
            ui.add(egui::Label::new(egui::RichText::new(path.join("  ›  ")).weak()).truncate());
        });
    });
}
