//! The personas of a map in the inspector: the list (the lead first, each with the colour
//! of its curve), reordering, removing, adding an existing or a new persona; and a card's
//! score for each persona of the map.

use crate::edit::Action;
use crate::edit::ops::MapInfo;
use crate::model::{Card, HexColor, JourneyMap, PersonaId, Project};
use crate::palette;
use crate::ui::Edit;
use crate::ui::command::Commands;
use crate::ui::convert;
use crate::ui::i18n::{arg, tr, tr_args};

/// The map's personas: one row each, then "Add persona".
pub fn map_personas_ui(ui: &mut egui::Ui, project: &Project, info: &MapInfo, out: &mut Commands) {
    ui.label(
        egui::RichText::new(tr("inspector-personas"))
            .small()
            .strong(),
    );
    let several = info.personas.len() > 1;
    let mut next: Option<Vec<PersonaId>> = None;
    for (i, id) in info.personas.iter().enumerate() {
        let Some((at, p)) = project
            .personas
            .iter()
            .enumerate()
            .find(|(_, p)| &p.id == id)
        else {
            continue;
        };
        ui.horizontal(|ui| {
            let color = convert::color(palette::persona(at, p.color));
            let (rect, _) = ui.allocate_exact_size(egui::vec2(12.0, 12.0), egui::Sense::hover());
            if several {
                ui.painter().circle_filled(rect.center(), 5.0, color);
            }
            ui.label(&p.name);
            if several && i == 0 {
                ui.weak(tr("inspector-lead"));
            }
            if i > 0
                && ui
                    .small_button("↑")
                    .on_hover_text(if i == 1 {
                        tr("inspector-make-lead")
                    } else {
                        tr("cmd-move-up")
                    })
                    .clicked()
            {
                let mut list = info.personas.clone();
                list.swap(i - 1, i);
                next = Some(list);
            }
            let off = ui
                .small_button("×")
                .on_hover_text(tr("inspector-take-off-map-tip"));
            let label = tr_args("inspector-take-off-map", &[("name", arg(&p.name))]);
            off.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &label));
            if off.clicked() {
                let mut list = info.personas.clone();
                list.remove(i);
                next = Some(list);
            }
        });
    }
    ui.horizontal(|ui| {
        let others: Vec<_> = project
            .personas
            .iter()
            .filter(|p| !info.personas.contains(&p.id))
            .collect();
        if !others.is_empty() {
            egui::ComboBox::from_id_salt("map-add-persona")
                .selected_text(tr("inspector-add-persona"))
                .show_ui(ui, |ui| {
                    for p in others {
                        if ui.selectable_label(false, &p.name).clicked() {
                            let mut list = info.personas.clone();
                            list.push(p.id.clone());
                            next = Some(list);
                        }
                    }
                });
        }
        if ui.button(tr("inspector-new-persona")).clicked() {
            out.edit(Edit::new(Action::AddPersona));
        }
    });
    if info.personas.is_empty() {
        ui.weak(tr("inspector-no-persona"));
    }
    if let Some(personas) = next {
        out.edit(Edit::new(Action::UpdateMapInfo(MapInfo {
            personas,
            ..info.clone()
        })));
    }
    ui.add_space(6.0);
}

/// The colour of a persona's curve: automatic or a strong swatch. `Some` when changed.
pub fn curve_color_ui(
    ui: &mut egui::Ui,
    at: usize,
    current: Option<HexColor>,
) -> Option<Option<HexColor>> {
    let mut picked = None;
    ui.label(
        egui::RichText::new(tr("inspector-curve-colour"))
            .small()
            .strong(),
    );
    ui.horizontal_wrapped(|ui| {
        let auto = ui.selectable_label(current.is_none(), tr("inspector-auto"));
        if auto.clicked() && current.is_some() {
            picked = Some(None);
        }
        for i in 0..6 {
            let rgba = palette::persona(i, None);
            let hex = HexColor::new(rgba.r, rgba.g, rgba.b);
            let (rect, response) =
                ui.allocate_exact_size(egui::vec2(22.0, 22.0), egui::Sense::click());
            let selected = current == Some(hex) || (current.is_none() && i == at % 6);
            let stroke = if selected {
                egui::Stroke::new(2.0, convert::color(palette::INK))
            } else {
                egui::Stroke::NONE
            };
            ui.painter().rect(
                rect.shrink(2.0),
                10.0,
                convert::color(rgba),
                stroke,
                egui::StrokeKind::Outside,
            );
            response.widget_info(|| {
                egui::WidgetInfo::labeled(
                    egui::Role::Button,
                    true,
                    tr_args("inspector-curve-colour-n", &[("n", (i + 1).into())]),
                )
            });
            if response.clicked() && current != Some(hex) {
                picked = Some(Some(hex));
            }
        }
    });
    picked
}

/// The scores of the map's second and later personas on an emotion card (the lead's is
/// the card's own "Emotion" above).
pub fn persona_scores_ui(
    ui: &mut egui::Ui,
    project: &Project,
    map: &JourneyMap,
    card: &Card,
    out: &mut Commands,
) {
    for id in map.personas.iter().skip(1) {
        let Some(p) = project.persona(id) else {
            continue;
        };
        let mut c = card.clone();
        ui.horizontal(|ui| {
            let mut has = c.scores.contains_key(id);
            if ui.checkbox(&mut has, &p.name).changed() {
                if has {
                    c.scores.insert(id.clone(), 0);
                } else {
                    c.scores.remove(id);
                }
                out.edit(Edit::new(Action::UpdateCard(c.clone())));
            }
            if let Some(mut score) = c.scores.get(id).copied() {
                let slider =
                    ui.add(egui::Slider::new(&mut score, -2..=2).text(tr("inspector-score")));
                if slider.changed() {
                    c.scores.insert(id.clone(), score);
                    out.edit(Edit::merged(
                        Action::UpdateCard(c.clone()),
                        format!("card/{}/score/{id}", c.id),
                    ));
                }
                if slider.drag_stopped() {
                    out.end_typing();
                }
            }
        });
    }
}
