//! The side panel that edits the selection: a card's fields, a stage or a lane. Every
//! change becomes an [`Edit`]; typing in one field is one undo step.

use crate::edit::Action;
use crate::model::{CardFlag, HexColor, JourneyMap, LaneKind};
use crate::palette;
use crate::ui::command::{Commands, FileRequest, PickImage, UICommand};
use crate::ui::frame::FrameCtx;
use crate::ui::i18n::{arg, tr, tr_args};
use crate::ui::words::{Word as _, channel_choices, channel_name};
use crate::ui::{Edit, Selection};

pub(crate) mod arrows;
mod channels;
mod header;
mod map;
mod metrics;
mod notes;
mod opens;
pub use notes::short_date;
mod multi;
mod personas;

/// The narrowest the inspector can be dragged.
const MIN_WIDTH: f32 = 240.0;

/// The inspector panel on the right of the window: resizable by its edge (the width is
/// remembered in the settings), never taking more than leaves the canvas half the window.
#[derive(Default)]
pub struct Inspector {
    /// The width drawn last frame, and whether the primary button changed it since it
    /// went down (the edge is being dragged: remembered when it is let go).
    width: Option<f32>,
    resizing: bool,
    /// The language guessed from the project's text, and the revision it was guessed at
    /// (a guess reads every card, too slow for every frame of a large map).
    guessed: Option<(u64, &'static str)>,
}

impl Inspector {
    /// The language the project's text is in, guessed once per revision.
    fn guessed_language(&mut self, editor: &crate::edit::Editor) -> &'static str {
        let revision = editor.revision();
        match self.guessed {
            Some((at, guess)) if at == revision => guess,
            _ => {
                let guess =
                    crate::text::guess_language(editor.project()).unwrap_or(crate::i18n::ENGLISH);
                self.guessed = Some((revision, guess));
                guess
            }
        }
    }
}

/// Draws the inspector for `selection` in `map` of `project`.
fn inspector_ui(
    ui: &mut egui::Ui,
    project: &crate::model::Project,
    map: &JourneyMap,
    selection: &Selection,
    (author, guessed_language): (&str, &'static str),
    out: &mut Commands,
) {
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| match selection {
            Selection::Cards(ids) if ids.len() == 1 => {
                if let Some(card) = map.card_index(&ids[0]).and_then(|i| map.cards.get(i)) {
                    card_ui(ui, project, map, card, author, out);
                }
            }
            Selection::Cards(ids) => multi::cards_ui(ui, project, map, ids, out),
            Selection::Stage(id) => {
                if let Some(index) = map.stage_index(id) {
                    header::stage_ui(ui, map, index, out);
                }
            }
            Selection::Lane(id) => {
                if let Some(index) = map.lane_index(id) {
                    header::lane_ui(ui, map, index, out);
                }
            }
            Selection::Link { from, to } => {
                if let Some(link) = map.links.iter().find(|l| &l.from == from && &l.to == to) {
                    arrows::link_ui(ui, map, link, out);
                }
            }
            Selection::Cell { .. } | Selection::None => {
                map::map_ui(ui, project, map, guessed_language, out);
                ui.separator();
                ui.weak(tr("inspector-hint"));
                ui.add_space(8.0);
                ui.horizontal(|ui| {
                    command_button(ui, UICommand::AddStage, tr("cmd-add-stage"), out);
                    command_button(ui, UICommand::AddLane, tr("cmd-add-lane"), out);
                });
            }
        });
}

/// A button that runs a registry command (labelled for its place), with the command's
/// description as its tooltip.
fn command_button(ui: &mut egui::Ui, command: UICommand, label: &str, out: &mut Commands) {
    if ui
        .button(label)
        .on_hover_text(command.info().tooltip)
        .clicked()
    {
        out.run(command);
    }
}

/// A labelled text field that emits a merged edit per keystroke.
pub fn text_field(
    ui: &mut egui::Ui,
    label: &str,
    value: &mut String,
    multiline: bool,
    out: &mut Commands,
) -> bool {
    labelled_field(ui, label, value, multiline, false, out)
}

/// A one-line labelled field that takes the keyboard, its text selected, when `focus`.
fn text_field_focused(
    ui: &mut egui::Ui,
    label: &str,
    value: &mut String,
    focus: bool,
    out: &mut Commands,
) -> bool {
    labelled_field(ui, label, value, false, focus, out)
}

fn labelled_field(
    ui: &mut egui::Ui,
    label: &str,
    value: &mut String,
    multiline: bool,
    focus: bool,
    out: &mut Commands,
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
    if focus {
        crate::ui::focus_selecting_all(ui, &response, value);
        response.scroll_to_me(Some(egui::Align::Center));
    }
    if response.lost_focus() {
        out.end_typing();
    }
    ui.add_space(6.0);
    response.changed()
}

/// Puts the caret in the inspector's "Map name" field next frame (Map → Rename map).
pub fn focus_map_name(ctx: &egui::Context) {
    map::focus_name(ctx);
}

pub(crate) fn swatches_ui(
    ui: &mut egui::Ui,
    label: &str,
    current: Option<HexColor>,
) -> Option<Option<HexColor>> {
    let mut picked = None;
    ui.label(egui::RichText::new(label).small().strong());
    ui.horizontal_wrapped(|ui| {
        let auto = ui.selectable_label(current.is_none(), tr("inspector-auto"));
        auto.widget_info(|| {
            egui::WidgetInfo::labeled(
                egui::Role::Button,
                true,
                tr_args("inspector-colour-automatic", &[("name", arg(label))]),
            )
        });
        if auto.clicked() {
            picked = Some(None);
        }
        for (name, swatch) in palette::SWATCHES {
            let name = crate::ui::words::swatch_name(name);
            let fill = crate::ui::convert::color(palette::Rgba::from(swatch));
            let selected = current == Some(swatch);
            let (rect, response) =
                ui.allocate_exact_size(egui::vec2(22.0, 22.0), egui::Sense::click());
            let stroke = if selected {
                egui::Stroke::new(2.0, crate::ui::convert::color(palette::SELECTION))
            } else {
                egui::Stroke::new(1.0, crate::ui::convert::color(palette::CARD_EDGE))
            };
            ui.painter().rect(
                rect.shrink(1.0),
                11.0,
                fill,
                stroke,
                egui::StrokeKind::Inside,
            );
            response.widget_info(|| {
                egui::WidgetInfo::labeled(
                    egui::Role::Button,
                    true,
                    tr_args(
                        "inspector-colour-named",
                        &[("name", arg(label)), ("colour", arg(name))],
                    ),
                )
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
    out: &mut Commands,
) {
    let lane_kind = map
        .lane_index(&card.lane)
        .and_then(|i| map.lanes.get(i))
        .map(|l| l.kind);
    ui.heading(tr("inspector-card"));
    ui.add_space(6.0);
    let mut c = card.clone();
    let key = |field: &str| format!("card/{}/{field}", card.id);
    if text_field(ui, tr("inspector-title"), &mut c.title, true, out) {
        out.edit(Edit::merged(Action::UpdateCard(c.clone()), key("title")));
    }
    if text_field(ui, tr("inspector-body"), &mut c.body, true, out) {
        out.edit(Edit::merged(Action::UpdateCard(c.clone()), key("body")));
    }
    if let Some(color) = swatches_ui(ui, tr("context-colour"), c.color) {
        c.color = color;
        out.edit(Edit::new(Action::UpdateCard(c.clone())));
    }
    ui.label(
        egui::RichText::new(tr("inspector-channel"))
            .small()
            .strong(),
    );
    let mut channel = c.channel.clone();
    let shown = channel.as_ref().map_or_else(
        || tr("inspector-none").to_owned(),
        |ch| channel_name(ch, &project.channels),
    );
    egui::ComboBox::from_id_salt("channel")
        .selected_text(shown)
        .show_ui(ui, |ui| {
            crate::ui::choice(ui, &mut channel, None, tr("inspector-none"));
            for (ch, name) in channel_choices(&project.channels) {
                crate::ui::choice(ui, &mut channel, Some(ch), name);
            }
        });
    if channel != c.channel {
        c.channel = channel;
        out.edit(Edit::new(Action::UpdateCard(c.clone())));
    }
    ui.add_space(6.0);
    channels::card_icon_ui(ui, &c, out);
    // A score shows only on an emotion lane's curve: offer it there (and where a card
    // already has one, so it can be taken off).
    if lane_kind == Some(LaneKind::Emotion) || c.emotion.is_some() {
        let lead = map.personas.first().and_then(|id| project.persona(id));
        ui.label(
            egui::RichText::new(tr("inspector-emotion"))
                .small()
                .strong(),
        );
        ui.horizontal(|ui| {
            let mut has = c.emotion.is_some();
            let label = match lead {
                Some(p) if map.personas.len() > 1 => p.name.clone(),
                _ => tr("inspector-scored").to_owned(),
            };
            if ui.checkbox(&mut has, label).changed() {
                c.emotion = has.then_some(0);
                out.edit(Edit::new(Action::UpdateCard(c.clone())));
            }
            if let Some(mut score) = c.emotion {
                let slider =
                    ui.add(egui::Slider::new(&mut score, -2..=2).text(tr("inspector-score")));
                if slider.changed() {
                    c.emotion = Some(score);
                    out.edit(Edit::merged(Action::UpdateCard(c.clone()), key("emotion")));
                }
                if slider.drag_stopped() {
                    out.end_typing();
                }
            }
        });
        personas::persona_scores_ui(ui, project, map, &c, out);
        if lane_kind == Some(LaneKind::Emotion) && c.emotion.is_none() {
            ui.weak(tr("inspector-give-score"));
        }
        if lane_kind != Some(LaneKind::Emotion) {
            ui.weak(tr("inspector-scores-only-emotion"));
        }
    }
    ui.add_space(6.0);
    ui.label(egui::RichText::new(tr("inspector-flags")).small().strong());
    ui.horizontal_wrapped(|ui| {
        for flag in [
            CardFlag::PainPoint,
            CardFlag::Opportunity,
            CardFlag::MomentOfTruth,
        ] {
            let mut on = c.flags.contains(&flag);
            if ui.checkbox(&mut on, flag.word()).changed() {
                if on {
                    c.flags.push(flag);
                } else {
                    c.flags.retain(|f| *f != flag);
                }
                out.edit(Edit::new(Action::UpdateCard(c.clone())));
            }
        }
    });
    ui.add_space(6.0);
    let mut tags = c.tags.join(", ");
    if text_field(ui, tr("inspector-tags"), &mut tags, false, out) {
        c.tags = tags
            .split(',')
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .map(str::to_owned)
            .collect();
        out.edit(Edit::merged(Action::UpdateCard(c.clone()), key("tags")));
    }
    if text_field(ui, tr("inspector-owner"), &mut c.owner, false, out) {
        out.edit(Edit::merged(Action::UpdateCard(c.clone()), key("owner")));
    }
    if text_field(ui, tr("inspector-metric"), &mut c.metric, false, out) {
        out.edit(Edit::merged(Action::UpdateCard(c.clone()), key("metric")));
    }
    opens::opens_ui(ui, project, map, &mut c, out);
    if lane_kind == Some(LaneKind::Images) {
        ui.horizontal(|ui| {
            let label = if c.image.is_some() {
                tr("inspector-change-picture")
            } else {
                tr("inspector-add-picture")
            };
            if ui.button(label).clicked() {
                out.file(FileRequest::PickImage(PickImage::CardImage(c.id.clone())));
            }
            if c.image.is_some() && ui.button(tr("inspector-remove-picture")).clicked() {
                out.edit(Edit::new(Action::SetCardImage {
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
        command_button(ui, UICommand::Duplicate, tr("cmd-duplicate"), out);
        command_button(ui, UICommand::Delete, tr("inspector-delete"), out);
    });
}

impl super::Panel for Inspector {
    /// Draws the inspector for the frame's selection.
    fn ui(&mut self, root: &mut egui::Ui, frame: &FrameCtx<'_>, out: &mut Commands) {
        let Some(doc) = &frame.doc else { return };
        let guessed_language = self.guessed_language(doc.editor);
        // Never wider than leaves the canvas half the window (Compare may be open too).
        let window = root.ctx().content_rect().width();
        let widest = (root.available_width() - window / 2.0).max(MIN_WIDTH);
        let shown = egui::Panel::right("inspector")
            .default_size(frame.settings.inspector_width)
            .size_range(MIN_WIDTH..=widest)
            .show(root, |ui| {
                ui.add_space(8.0);
                // Rows wrap to the panel instead of widening it.
                ui.set_max_width(ui.available_width());
                inspector_ui(
                    ui,
                    doc.project,
                    doc.map,
                    frame.selection,
                    (&frame.settings.author, guessed_language),
                    out,
                );
            });
        let width = shown.response.rect.width();
        let down = root.ctx().input(|i| i.pointer.primary_down());
        if down && self.width.is_some_and(|w| (w - width).abs() > 0.5) {
            self.resizing = true;
        } else if !down && std::mem::take(&mut self.resizing) {
            out.push(crate::ui::command::AppCommand::RememberInspectorWidth(
                width,
            ));
        }
        self.width = Some(width);
    }
}
