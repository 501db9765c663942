//! The side panel that edits the selection: a card's fields, a stage or a lane. Every
//! change becomes an [`Edit`]; typing in one field is one undo step.

use super::{Edit, Selection};
use crate::edit::Action;
use crate::model::{CardFlag, Channel, HexColor, JourneyMap, LaneKind};
use crate::palette;

pub(super) mod arrows;
mod map;
mod metrics;
mod notes;
pub use notes::short_date;
mod multi;
mod personas;

/// A picture the user wants to pick with the file dialog, and where it goes.
#[derive(Clone, Debug, PartialEq)]
pub enum PickImage {
    /// A persona's photo.
    PersonaPhoto(crate::model::PersonaId),
    /// A storyboard card's picture.
    CardImage(crate::model::CardId),
}

/// What the inspector asks of the app.
#[derive(Default)]
pub struct InspectorOut {
    /// Show the image file dialog for this target.
    pub pick_image: Option<PickImage>,
    /// Edits to apply.
    pub edits: Vec<Edit>,
    /// A text field lost focus: end the typing burst.
    pub end_merge: bool,
    /// A new selection.
    pub select: Option<Selection>,
    /// Import metric values from a CSV into this metrics lane (File dialog first).
    pub import_metrics: Option<crate::model::LaneId>,
}

/// Draws the inspector for `selection` in `map` of `project`.
pub fn inspector_ui(
    ui: &mut egui::Ui,
    project: &crate::model::Project,
    map: &JourneyMap,
    selection: &Selection,
    author: &str,
    out: &mut InspectorOut,
) {
    egui::ScrollArea::vertical().auto_shrink([false, false]).show(ui, |ui| match selection {
        Selection::Cards(ids) if ids.len() == 1 => {
            if let Some(card) = map.card_index(&ids[0]).and_then(|i| map.cards.get(i)) {
                card_ui(ui, project, map, card, author, out);
            }
        }
        Selection::Cards(ids) => multi::cards_ui(ui, map, ids, out),
        Selection::Stage(id) => {
            if let Some(index) = map.stage_index(id) {
                stage_ui(ui, map, index, out);
            }
        }
        Selection::Lane(id) => {
            if let Some(index) = map.lane_index(id) {
                lane_ui(ui, map, index, out);
            }
        }
        Selection::Link { from, to } => {
            if let Some(link) = map.links.iter().find(|l| &l.from == from && &l.to == to) {
                arrows::link_ui(ui, map, link, out);
            }
        }
        Selection::Cell { .. } | Selection::None => {
            map::map_ui(ui, project, map, out);
            ui.separator();
            ui.weak("Double-click a cell to add a card. Drag cards between cells; drag a stage or lane header to reorder. Select something to edit it here.");
            ui.add_space(8.0);
            ui.horizontal(|ui| {
                if ui.button("Add stage").clicked() {
                    out.edits.push(Edit::new(Action::AddStage { before: None, name: "New stage".to_owned() }));
                }
                if ui.button("Add lane").clicked() {
                    out.edits.push(Edit::new(Action::AddLane { before: None, name: "New lane".to_owned(), kind: LaneKind::Cards }));
                }
            });
        }
    });
}

/// A labelled text field that emits a merged edit per keystroke.
pub fn text_field(
    ui: &mut egui::Ui,
    label: &str,
    value: &mut String,
    multiline: bool,
    out: &mut InspectorOut,
) -> bool {
    let caption = ui.label(egui::RichText::new(label).small().strong());
    let edit = if multiline {
        egui::TextEdit::multiline(value).desired_rows(3)
    } else {
        egui::TextEdit::singleline(value)
    };
    let response = ui
        .add(edit.desired_width(f32::INFINITY))
        .labelled_by(caption.id);
    if response.lost_focus() {
        out.end_merge = true;
    }
    ui.add_space(6.0);
    response.changed()
}

pub(crate) fn swatches_ui(
    ui: &mut egui::Ui,
    label: &str,
    current: Option<HexColor>,
) -> Option<Option<HexColor>> {
    let mut picked = None;
    ui.label(egui::RichText::new(label).small().strong());
    ui.horizontal_wrapped(|ui| {
        let auto = ui.selectable_label(current.is_none(), "Auto");
        auto.widget_info(|| {
            egui::WidgetInfo::labeled(egui::Role::Button, true, format!("{label}: automatic"))
        });
        if auto.clicked() {
            picked = Some(None);
        }
        for (name, swatch) in palette::SWATCHES {
            let fill = super::convert::color(palette::Rgba::from(swatch));
            let selected = current == Some(swatch);
            let (rect, response) =
                ui.allocate_exact_size(egui::vec2(22.0, 22.0), egui::Sense::click());
            let stroke = if selected {
                egui::Stroke::new(2.0, super::convert::color(palette::SELECTION))
            } else {
                egui::Stroke::new(1.0, super::convert::color(palette::CARD_EDGE))
            };
            ui.painter().rect(
                rect.shrink(1.0),
                11.0,
                fill,
                stroke,
                egui::StrokeKind::Inside,
            );
            response.widget_info(|| {
                egui::WidgetInfo::labeled(egui::Role::Button, true, format!("{label}: {name}"))
            });
            if response.on_hover_text(name).clicked() {
                picked = Some(Some(swatch));
            }
        }
    });
    ui.add_space(6.0);
    picked
}

fn card_ui(
    ui: &mut egui::Ui,
    project: &crate::model::Project,
    map: &JourneyMap,
    card: &crate::model::Card,
    author: &str,
    out: &mut InspectorOut,
) {
    let lane_kind = map
        .lane_index(&card.lane)
        .and_then(|i| map.lanes.get(i))
        .map(|l| l.kind);
    ui.heading("Card");
    ui.add_space(6.0);
    let mut c = card.clone();
    let key = |field: &str| format!("card/{}/{field}", card.id);
    if text_field(ui, "Title", &mut c.title, true, out) {
        out.edits
            .push(Edit::merged(Action::UpdateCard(c.clone()), key("title")));
    }
    if text_field(ui, "Body", &mut c.body, true, out) {
        out.edits
            .push(Edit::merged(Action::UpdateCard(c.clone()), key("body")));
    }
    if let Some(color) = swatches_ui(ui, "Colour", c.color) {
        c.color = color;
        out.edits.push(Edit::new(Action::UpdateCard(c.clone())));
    }
    ui.label(egui::RichText::new("Channel").small().strong());
    let mut channel = c.channel;
    egui::ComboBox::from_id_salt("channel")
        .selected_text(channel.map_or("None", Channel::label))
        .show_ui(ui, |ui| {
            ui.selectable_value(&mut channel, None, "None");
            for ch in Channel::ALL {
                ui.selectable_value(&mut channel, Some(ch), ch.label());
            }
        });
    if channel != c.channel {
        c.channel = channel;
        out.edits.push(Edit::new(Action::UpdateCard(c.clone())));
    }
    ui.add_space(6.0);
    // A score shows only on an emotion lane's curve: offer it there (and where a card
    // already has one, so it can be taken off).
    if lane_kind == Some(LaneKind::Emotion) || c.emotion.is_some() {
        let lead = map.personas.first().and_then(|id| project.persona(id));
        ui.label(egui::RichText::new("Emotion").small().strong());
        ui.horizontal(|ui| {
            let mut has = c.emotion.is_some();
            let label = match lead {
                Some(p) if map.personas.len() > 1 => p.name.clone(),
                _ => "Scored".to_owned(),
            };
            if ui.checkbox(&mut has, label).changed() {
                c.emotion = has.then_some(0);
                out.edits.push(Edit::new(Action::UpdateCard(c.clone())));
            }
            if let Some(mut score) = c.emotion {
                let slider = ui.add(egui::Slider::new(&mut score, -2..=2).text("score"));
                if slider.changed() {
                    c.emotion = Some(score);
                    out.edits
                        .push(Edit::merged(Action::UpdateCard(c.clone()), key("emotion")));
                }
                if slider.drag_stopped() {
                    out.end_merge = true;
                }
            }
        });
        personas::persona_scores_ui(ui, project, map, &c, out);
        if lane_kind == Some(LaneKind::Emotion) && c.emotion.is_none() {
            ui.weak("Give this card a score to place it on the curve.");
        }
        if lane_kind != Some(LaneKind::Emotion) {
            ui.weak("Scores show on the curve only in an emotion lane.");
        }
    }
    ui.add_space(6.0);
    ui.label(egui::RichText::new("Flags").small().strong());
    ui.horizontal_wrapped(|ui| {
        for flag in [
            CardFlag::PainPoint,
            CardFlag::Opportunity,
            CardFlag::MomentOfTruth,
        ] {
            let mut on = c.flags.contains(&flag);
            if ui.checkbox(&mut on, flag.label()).changed() {
                if on {
                    c.flags.push(flag);
                } else {
                    c.flags.retain(|f| *f != flag);
                }
                out.edits.push(Edit::new(Action::UpdateCard(c.clone())));
            }
        }
    });
    ui.add_space(6.0);
    let mut tags = c.tags.join(", ");
    if text_field(ui, "Tags (comma-separated)", &mut tags, false, out) {
        c.tags = tags
            .split(',')
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .map(str::to_owned)
            .collect();
        out.edits
            .push(Edit::merged(Action::UpdateCard(c.clone()), key("tags")));
    }
    if text_field(ui, "Owner", &mut c.owner, false, out) {
        out.edits
            .push(Edit::merged(Action::UpdateCard(c.clone()), key("owner")));
    }
    if text_field(ui, "Metric", &mut c.metric, false, out) {
        out.edits
            .push(Edit::merged(Action::UpdateCard(c.clone()), key("metric")));
    }
    if lane_kind == Some(LaneKind::Images) {
        ui.horizontal(|ui| {
            let label = if c.image.is_some() {
                "Change picture…"
            } else {
                "Add picture…"
            };
            if ui.button(label).clicked() {
                out.pick_image = Some(PickImage::CardImage(c.id.clone()));
            }
            if c.image.is_some() && ui.button("Remove picture").clicked() {
                out.edits.push(Edit::new(Action::SetCardImage {
                    card: c.id.clone(),
                    image: None,
                }));
            }
        });
        ui.add_space(6.0);
    }
    arrows::links_ui(ui, map, card, out);
    ui.separator();
    notes::notes_ui(ui, card, author, out);
    ui.separator();
    ui.horizontal(|ui| {
        if ui.button("Duplicate").clicked() {
            out.edits.push(Edit::then(
                Action::DuplicateCards(vec![card.id.clone()]),
                super::AfterEdit::SelectCreated,
            ));
        }
        if ui.button("Delete").clicked() {
            out.edits
                .push(Edit::new(Action::DeleteCards(vec![card.id.clone()])));
            out.select = Some(Selection::None);
        }
    });
}

fn stage_ui(ui: &mut egui::Ui, map: &JourneyMap, index: usize, out: &mut InspectorOut) {
    let stage = &map.stages[index];
    ui.heading("Stage");
    ui.add_space(6.0);
    let mut s = stage.clone();
    let key = |field: &str| format!("stage/{}/{field}", stage.id);
    if text_field(ui, "Name", &mut s.name, false, out) {
        out.edits
            .push(Edit::merged(Action::UpdateStage(s.clone()), key("name")));
    }
    if text_field(ui, "Description", &mut s.description, true, out) {
        out.edits.push(Edit::merged(
            Action::UpdateStage(s.clone()),
            key("description"),
        ));
    }
    if let Some(color) = swatches_ui(ui, "Stage colour", s.color) {
        s.color = color;
        out.edits.push(Edit::new(Action::UpdateStage(s.clone())));
    }
    ui.separator();
    ui.horizontal_wrapped(|ui| {
        let id = |i: usize| map.stages.get(i).map(|s| s.id.clone());
        if ui.button("Move left").clicked() && index > 0 {
            out.edits.push(Edit::new(Action::MoveStage {
                stage: stage.id.clone(),
                before: id(index - 1),
            }));
        }
        if ui.button("Move right").clicked() && index + 1 < map.stages.len() {
            out.edits.push(Edit::new(Action::MoveStage {
                stage: stage.id.clone(),
                before: id(index + 2),
            }));
        }
        if ui.button("Add stage after").clicked() {
            out.edits.push(Edit::new(Action::AddStage {
                before: id(index + 1),
                name: "New stage".to_owned(),
            }));
        }
        if ui.button("Delete stage").clicked() {
            out.edits
                .push(Edit::new(Action::DeleteStage(stage.id.clone())));
            out.select = Some(Selection::None);
        }
    });
}

fn lane_ui(ui: &mut egui::Ui, map: &JourneyMap, index: usize, out: &mut InspectorOut) {
    let lane = &map.lanes[index];
    ui.heading("Lane");
    ui.add_space(6.0);
    let mut l = lane.clone();
    if text_field(ui, "Name", &mut l.name, false, out) {
        out.edits.push(Edit::merged(
            Action::UpdateLane(l.clone()),
            format!("lane/{}/name", lane.id),
        ));
    }
    ui.label(egui::RichText::new("Kind").small().strong());
    let mut kind = l.kind;
    egui::ComboBox::from_id_salt("lane-kind")
        .selected_text(kind.label())
        .show_ui(ui, |ui| {
            for k in LaneKind::ALL {
                ui.selectable_value(&mut kind, k, k.label());
            }
        });
    if kind != l.kind {
        l.kind = kind;
        out.edits.push(Edit::new(Action::UpdateLane(l.clone())));
    }
    ui.add_space(6.0);
    if l.kind == LaneKind::Metrics {
        metrics::metrics_ui(ui, map, lane, out);
    } else if let Some(color) = swatches_ui(ui, "Card colour", l.color) {
        l.color = color;
        out.edits.push(Edit::new(Action::UpdateLane(l.clone())));
    }
    ui.separator();
    ui.horizontal_wrapped(|ui| {
        let id = |i: usize| map.lanes.get(i).map(|l| l.id.clone());
        if ui.button("Move up").clicked() && index > 0 {
            out.edits.push(Edit::new(Action::MoveLane {
                lane: lane.id.clone(),
                before: id(index - 1),
            }));
        }
        if ui.button("Move down").clicked() && index + 1 < map.lanes.len() {
            out.edits.push(Edit::new(Action::MoveLane {
                lane: lane.id.clone(),
                before: id(index + 2),
            }));
        }
        if ui.button("Add lane below").clicked() {
            out.edits.push(Edit::new(Action::AddLane {
                before: id(index + 1),
                name: "New lane".to_owned(),
                kind: LaneKind::Cards,
            }));
        }
        if ui.button("Delete lane").clicked() {
            out.edits
                .push(Edit::new(Action::DeleteLane(lane.id.clone())));
            out.select = Some(Selection::None);
        }
    });
}
