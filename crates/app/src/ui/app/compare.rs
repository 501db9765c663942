//! View → Compare with…: the map on screen against another map of the project (current
//! versus future state), another file, or one of the backups kept when saving.
//!
//! The changes (from the other version to this map, [`crate::compare::diff_maps`]) are
//! listed in a panel beside the canvas; clicking one selects its card. The canvas marks
//! cards added, changed and moved, and draws the other version's emotion curve dashed.
//! A card can be restored as the other version has it, as an undoable edit.

use std::path::{Path, PathBuf};

use super::WaymarkApp;
use crate::compare::{self, Change, ChangeOp};
use crate::edit::Action;
use crate::model::{Card, JourneyMap, MapId, Project, Thing};
use crate::ui::Edit;
use crate::ui::Selection;
use crate::ui::canvas::{ChangeMark, CompareMarks, ViewRequest};

/// The compare view's state.
#[derive(Default)]
pub(super) struct CompareView {
    /// The "Compare with" window is shown.
    pub choosing: bool,
    /// This file's backups, listed once when the window opens.
    backups: Vec<(PathBuf, String)>,
    /// What the map on screen is compared with, while the view is open.
    other: Option<Other>,
    /// The changes, and the document revision and map they were computed for.
    changes: Vec<Change>,
    computed: Option<(u64, usize)>,
}

/// The other version.
enum Other {
    /// Another map of this project (it may change while the view is open).
    Map(MapId),
    /// A map read from a file or a backup.
    Loaded {
        /// What to call it ("plan.waymark", "backup from 10 min ago").
        label: String,
        /// Its project (for its pictures).
        project: Box<Project>,
        /// The map compared with.
        map: Box<JourneyMap>,
    },
}

impl CompareView {
    /// Closes the view.
    pub fn close(&mut self) {
        self.other = None;
        self.changes.clear();
        self.computed = None;
    }
}

impl WaymarkApp {
    /// Compares the map on screen with a map of a file (the map with the same id, else the
    /// same name, else its first).
    pub(super) fn compare_with_file(&mut self, path: &Path, label: String) {
        let project = match crate::io::load_path(path) {
            Ok(p) => p,
            Err(e) => {
                self.show_error(format!(
                    "Could not compare with {}: {e}. Choose another file.",
                    path.display()
                ));
                return;
            }
        };
        let here = self.current_map().map(|m| (m.id.clone(), m.name.clone()));
        let map = here
            .and_then(|(id, name)| {
                project
                    .maps
                    .iter()
                    .find(|m| m.id == id)
                    .or_else(|| project.maps.iter().find(|m| m.name == name))
            })
            .or(project.maps.first())
            .cloned();
        let Some(map) = map else {
            self.show_error(format!("{} has no map to compare with.", path.display()));
            return;
        };
        self.start_compare(Other::Loaded {
            label,
            project: Box::new(project),
            map: Box::new(map),
        });
    }

    fn start_compare(&mut self, other: Other) {
        self.compare.close();
        self.compare.other = Some(other);
        self.compare.choosing = false;
    }

    /// The other version's map and what to call it.
    fn compared_map(&self) -> Option<(String, &JourneyMap, &Project)> {
        let editor = self.editor.as_ref()?;
        match self.compare.other.as_ref()? {
            Other::Map(id) => {
                let map = editor.project().maps.iter().find(|m| &m.id == id)?;
                Some((map.name.clone(), map, editor.project()))
            }
            Other::Loaded {
                label,
                project,
                map,
            } => Some((label.clone(), map, project)),
        }
    }

    /// Recomputes the changes when the document or the map on screen changed, and hands
    /// the canvas its marks.
    pub(super) fn refresh_compare(&mut self) {
        let revision = self.editor.as_ref().map(|e| (e.revision(), self.map));
        if self.compare.other.is_none() || revision.is_none() {
            self.canvas.compared = self.conflict_marks();
            return;
        }
        if self.compare.computed == revision {
            return;
        }
        let same_project = matches!(self.compare.other, Some(Other::Map(_)));
        let mut changes = match (self.compared_map(), self.current_map()) {
            (Some((_, other, _)), Some(here)) => compare::diff_maps(other, here),
            _ => Vec::new(),
        };
        if same_project {
            // Two maps of one project always differ in name and state: not news.
            changes.retain(|c| {
                !(c.thing == Thing::Map && matches!(c.field.as_deref(), Some("name" | "state")))
            });
        }
        let mut marks = CompareMarks::default();
        for c in changes.iter().filter(|c| c.thing == Thing::Card) {
            let mark = match c.op {
                ChangeOp::Added => ChangeMark::Added,
                ChangeOp::Changed => ChangeMark::Changed,
                ChangeOp::Moved | ChangeOp::Reordered => ChangeMark::Moved,
                ChangeOp::Removed => continue,
            };
            let id = crate::model::CardId(c.id.clone());
            let entry = marks.cards.entry(id.clone()).or_insert(mark);
            if mark == ChangeMark::Changed && *entry == ChangeMark::Moved {
                *entry = mark;
            }
            if c.field.as_deref() == Some("emotion") {
                let before = c.before.as_ref().and_then(serde_json::Value::as_i64);
                let before = before.and_then(|v| i8::try_from(v).ok());
                marks.emotion_before.insert(id, before);
            }
        }
        self.canvas.compared = Some(marks);
        self.compare.changes = changes;
        self.compare.computed = revision;
    }

    /// Outside the compare view: the cards of the map on screen that a merge conflict is
    /// about, if any.
    fn conflict_marks(&self) -> Option<CompareMarks> {
        let map = self.current_map()?;
        let conflicts = self.editor.as_ref()?.project().conflicts.as_ref()?;
        let cards = conflicts
            .items
            .iter()
            .filter(|c| c.thing == Thing::Card && c.map.as_ref() == Some(&map.id))
            .map(|c| (crate::model::CardId(c.target.clone()), ChangeMark::Conflict))
            .collect();
        Some(CompareMarks {
            cards,
            ..CompareMarks::default()
        })
    }

    /// The "Compare with" window: another map, another file, or a backup.
    pub(super) fn compare_chooser_ui(&mut self, ctx: &egui::Context) {
        if !self.compare.choosing {
            return;
        }
        let mut open = true;
        let mut pick: Option<Other> = None;
        let mut file = false;
        let mut backup: Option<(PathBuf, String)> = None;
        let here = self.map;
        let maps: Vec<(MapId, String)> = self
            .editor
            .as_ref()
            .map(|e| {
                e.project()
                    .maps
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| *i != here)
                    .map(|(_, m)| (m.id.clone(), m.name.clone()))
                    .collect()
            })
            .unwrap_or_default();
        let backups = &self.compare.backups;
        egui::Window::new("Compare with")
            .open(&mut open)
            .min_width(340.0)
            .collapsible(false)
            .resizable(false)
            .anchor(egui::Align2::CENTER_CENTER, egui::Vec2::ZERO)
            .show(ctx, |ui| {
                ui.label("Compare the map on screen with:");
                ui.add_space(6.0);
                ui.strong("Another map of this project");
                if maps.is_empty() {
                    ui.weak("This project has one map. Map → Start future state makes a second.");
                }
                for (id, name) in &maps {
                    if ui.button(name).clicked() {
                        pick = Some(Other::Map(id.clone()));
                    }
                }
                ui.add_space(6.0);
                ui.strong("Another file");
                file = ui.button("Choose a file…").clicked();
                ui.add_space(6.0);
                ui.strong("A backup of this file");
                if backups.is_empty() {
                    ui.weak("No backups yet: one is kept each time you save over the file.");
                }
                egui::ScrollArea::vertical()
                    .max_height(160.0)
                    .show(ui, |ui| {
                        for (path, label) in backups {
                            if ui.button(label).clicked() {
                                backup = Some((path.clone(), label.clone()));
                            }
                        }
                    });
            });
        if let Some(other) = pick {
            self.start_compare(other);
        } else if file {
            self.compare.choosing = false;
            self.dialogs.compare_file(ctx);
        } else if let Some((path, label)) = backup {
            self.compare_with_file(&path, label);
        } else if !open || ctx.input(|i| i.key_pressed(egui::Key::Escape)) {
            self.compare.choosing = false;
        }
    }

    /// Shows the "Compare with" window, listing this file's backups once.
    pub(super) fn open_compare_chooser(&mut self) {
        self.compare.backups = self.backups();
        self.compare.choosing = true;
    }

    /// This file's backups, newest first, with how old each is.
    fn backups(&self) -> Vec<(PathBuf, String)> {
        let (Some(data), Some(path)) = (&self.data, self.editor.as_ref().and_then(|e| e.path()))
        else {
            return Vec::new();
        };
        let now = crate::dates::now_millis();
        crate::store::backup::list(data, path)
            .into_iter()
            .take(50)
            .map(|p| {
                let age = crate::store::backup::written(&p).map_or_else(
                    || "Backup".to_owned(),
                    |t| format!("Backup from {}", crate::dates::ago(t, now)),
                );
                (p, age)
            })
            .collect()
    }

    /// The list of changes beside the canvas, while comparing.
    pub(super) fn compare_panel_ui(&mut self, ui: &mut egui::Ui, edits: &mut Vec<Edit>) {
        if self.compare.other.is_none() {
            return;
        }
        let Some((label, other_map, other_project)) = self.compared_map() else {
            self.compare.close();
            return;
        };
        let mut close = false;
        let mut select: Option<String> = None;
        let mut restore: Option<(Card, Option<crate::model::ImageAsset>)> = None;
        let here = self.current_map();
        egui::Panel::left("compare")
            .default_size(320.0)
            .show(ui, |ui| {
                ui.add_space(6.0);
                ui.horizontal(|ui| {
                    ui.heading("Compare");
                    ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                        close = crate::ui::icon_button(ui, "×", "Close the comparison").clicked();
                    });
                });
                ui.label(format!("From “{label}” to this map"));
                let count = |op: ChangeOp| {
                    self.compare
                        .changes
                        .iter()
                        .filter(|c| c.op == op && c.thing == Thing::Card)
                        .count()
                };
                ui.weak(format!(
                    "Cards: {} added · {} removed · {} changed · {} moved",
                    count(ChangeOp::Added),
                    count(ChangeOp::Removed),
                    count(ChangeOp::Changed),
                    count(ChangeOp::Moved) + count(ChangeOp::Reordered)
                ));
                ui.separator();
                if self.compare.changes.is_empty() {
                    ui.label("No differences.");
                }
                egui::ScrollArea::vertical().show(ui, |ui| {
                    for change in &self.compare.changes {
                        let text = compare::describe(change);
                        let tint = crate::ui::convert::color(match change.op {
                            ChangeOp::Added => crate::palette::DIFF_ADDED,
                            ChangeOp::Removed => crate::palette::DIFF_REMOVED,
                            ChangeOp::Changed => crate::palette::DIFF_CHANGED,
                            ChangeOp::Moved | ChangeOp::Reordered => crate::palette::DIFF_MOVED,
                        });
                        let id = crate::model::CardId(change.id.clone());
                        let in_map = change.thing == Thing::Card && change.op != ChangeOp::Removed;
                        let selected = in_map && self.canvas.selection.has_card(&id);
                        ui.horizontal(|ui| {
                            ui.add_space(2.0);
                            ui.painter().rect_filled(
                                egui::Rect::from_min_size(
                                    ui.cursor().min + egui::vec2(0.0, 3.0),
                                    egui::vec2(3.0, 12.0),
                                ),
                                1.0,
                                tint,
                            );
                            ui.add_space(7.0);
                            let button = egui::Button::selectable(selected, text).wrap();
                            let response = ui.add(button);
                            let response = if in_map {
                                response.on_hover_text("Select this card")
                            } else {
                                response
                            };
                            if response.clicked() && in_map {
                                select = Some(change.id.clone());
                            }
                        });
                        let card_id = change.id_before.as_deref().unwrap_or(&change.id);
                        if change.thing == Thing::Card
                            && change.op != ChangeOp::Added
                            && let Some(card) =
                                other_map.cards.iter().find(|c| c.id.as_str() == card_id)
                        {
                            ui.horizontal(|ui| {
                                ui.add_space(12.0);
                                if ui
                                    .small_button("Restore")
                                    .on_hover_text(
                                        "Put this card back as the other version has it (undoable)",
                                    )
                                    .clicked()
                                {
                                    let image = card
                                        .image
                                        .as_ref()
                                        .and_then(|i| other_project.images.get(i))
                                        .cloned();
                                    restore = Some((
                                        translated(card, other_map, here, &change.id),
                                        image,
                                    ));
                                }
                            });
                        }
                        ui.add_space(4.0);
                    }
                });
            });
        if close {
            self.compare.close();
            self.canvas.compared = None;
        }
        if let Some(id) = select {
            self.canvas.selection = Selection::Cards(vec![crate::model::CardId(id)]);
            self.canvas.view_request = Some(ViewRequest::Reveal);
        }
        if let Some((card, image)) = restore {
            edits.push(Edit::new(Action::RestoreCard { card, image }));
        }
    }
}

/// The other version's card with its id here and its lane and stage as this map names
/// them (same id, else same name).
fn translated(card: &Card, other: &JourneyMap, here: Option<&JourneyMap>, id_here: &str) -> Card {
    let mut card = card.clone();
    card.id = crate::model::CardId(id_here.to_owned());
    let Some(here) = here else {
        return card;
    };
    if here.lane_index(&card.lane).is_none()
        && let Some(name) = other
            .lanes
            .iter()
            .find(|l| l.id == card.lane)
            .map(|l| &l.name)
        && let Some(lane) = here.lanes.iter().find(|l| &l.name == name)
    {
        card.lane = lane.id.clone();
    }
    if here.stage_index(&card.stage).is_none()
        && let Some(name) = other
            .stages
            .iter()
            .find(|s| s.id == card.stage)
            .map(|s| &s.name)
        && let Some(stage) = here.stages.iter().find(|s| &s.name == name)
    {
        card.stage = stage.id.clone();
    }
    card
}
