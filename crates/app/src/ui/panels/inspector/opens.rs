//! The map a card opens (issue 28's sub-journeys): a dropdown of the project's other maps,
//! and a button that opens the one chosen.

use crate::edit::Action;
use crate::model::{Card, JourneyMap, MapId, Project};
use crate::ui::Edit;
use crate::ui::command::{AppCommand, Commands};
use crate::ui::i18n::tr;

/// The "Opens map" dropdown for card `c` of `map`.
pub(super) fn opens_ui(
    ui: &mut egui::Ui,
    project: &Project,
    map: &JourneyMap,
    c: &mut Card,
    out: &mut Commands,
) {
    let others: Vec<&JourneyMap> = project.maps.iter().filter(|m| m.id != map.id).collect();
    if others.is_empty() && c.opens.is_none() {
        return;
    }
    ui.label(egui::RichText::new(tr("inspector-opens")).small().strong())
        .on_hover_text(tr("inspector-opens-tip"));
    let name_of = |id: &MapId| {
        project
            .maps
            .iter()
            .find(|m| &m.id == id)
            .map_or_else(|| id.to_string(), |m| m.name.clone())
    };
    let mut opens = c.opens.clone();
    ui.horizontal(|ui| {
        egui::ComboBox::from_id_salt("card-opens")
            .selected_text(
                opens
                    .as_ref()
                    .map_or_else(|| tr("inspector-none").to_owned(), name_of),
            )
            .show_ui(ui, |ui| {
                crate::ui::choice(ui, &mut opens, None, tr("inspector-none"));
                for m in &others {
                    crate::ui::choice(ui, &mut opens, Some(m.id.clone()), &m.name);
                }
            });
        if let Some(target) = &c.opens
            && others.iter().any(|m| &m.id == target)
            && ui.button(tr("inspector-opens-go")).clicked()
        {
            out.push(AppCommand::OpenLinkedMap(target.clone()));
        }
    });
    if opens != c.opens {
        c.opens = opens;
        out.edit(Edit::new(Action::UpdateCard(c.clone())));
    }
}
