//! View → Compare with…: the map on screen against another map of the project (current
//! versus future state), another file, or one of the backups kept when saving.
//!
//! The changes (from the other version to this map, [`crate::compare::diff_maps_worded`],
//! in the window's language) are listed in a panel beside the canvas; clicking one
//! selects its card. The canvas marks cards added, changed and moved, and draws the other
//! version's emotion curve dashed.
//! A card can be restored as the other version has it, as an undoable edit.

use crate::ui::i18n::{arg, tr, tr_args};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::compare::{self, Change, ChangeOp};
use crate::edit::Action;
use crate::model::{Card, JourneyMap, MapId, Project, Thing};
use crate::session::Session;
use crate::ui::canvas::{ChangeMark, CompareMarks};
use crate::ui::command::{Commands, FileRequest};
use crate::ui::frame::FrameCtx;
use crate::ui::{Edit, Selection};

/// The compare view's state.
#[derive(Default)]
pub struct ComparePanel {
    /// The "Compare with" window is shown.
    pub choosing: bool,
    /// This file's backups, listed once when the window opens.
    backups: Vec<(PathBuf, String)>,
    /// What the map on screen is compared with, while the view is open.
    other: Option<Other>,
    /// The changes, and the document revision, map and window language they were
    /// computed for (their parts are worded in the window's language).
    changes: Vec<Change>,
    computed: Option<(u64, usize, &'static str)>,
    /// The marks made from `changes`.
    marks: Option<CompareMarks>,
    /// What the last colleague's save brought in, for its notice's Show: what to call
    /// the version before it, that version, and the cards it changed (map name, id).
    incoming: Option<Incoming>,
}

/// What a colleague's save brought in, kept for Show.
struct Incoming {
    label: String,
    before: Arc<Project>,
    cards: Vec<(Option<String>, String)>,
}

/// The other version.
enum Other {
    /// Another map of this project (it may change while the view is open).
    Map(MapId),
    /// A map read from a file or a backup.
    Loaded {
        /// What to call it ("plan.waymark", "backup from 10 min ago").
        label: String,
        /// Its project (for its pictures), shared with the undo history when it is the
        /// version before a colleague's save.
        project: Arc<Project>,
        /// The map compared with.
        map: Box<JourneyMap>,
    },
}

impl ComparePanel {
    /// Closes the view.
    pub fn close(&mut self) {
        self.other = None;
        self.changes.clear();
        self.computed = None;
        self.marks = None;
    }

    /// Keeps what a colleague's save brought in, for Show.
    pub fn remember_incoming(
        &mut self,
        label: String,
        before: Arc<Project>,
        cards: Vec<(Option<String>, String)>,
    ) {
        let old = self.incoming.replace(Incoming {
            label,
            before,
            cards,
        });
        if let Some(old) = old {
            crate::free::document(old.before);
        }
    }

    /// Show: compares the map on screen (`here`) with the version before the last
    /// colleague's save, and returns its cards that save changed, to select.
    pub fn show_incoming(&mut self, here: Option<&JourneyMap>) -> Vec<crate::model::CardId> {
        let Some(incoming) = self.incoming.take() else {
            return Vec::new();
        };
        let cards = here.map_or_else(Vec::new, |map| {
            incoming
                .cards
                .iter()
                .filter(|(name, _)| name.as_deref().is_none_or(|n| n == map.name))
                .map(|(_, id)| crate::model::CardId(id.clone()))
                .filter(|id| map.card_index(id).is_some())
                .collect()
        });
        // Comparing is possible whenever the map is there; the cards are selected anyway.
        let _ = self.compare_with_project(incoming.before, incoming.label, here);
        cards
    }

    /// A new document is on screen: nothing to compare.
    pub fn reset(&mut self) {
        self.close();
        self.choosing = false;
        self.incoming = None;
    }

    /// Compares the map on screen (`here`) with a map of a file (the map with the same id,
    /// else the same name, else its first). The error says why it cannot.
    pub fn compare_with_file(
        &mut self,
        path: &Path,
        label: String,
        here: Option<&JourneyMap>,
    ) -> Result<(), String> {
        let project = crate::io::load_path(path).map_err(|e| {
            tr_args(
                "compare-failed",
                &[("path", arg(path.display())), ("error", arg(e))],
            )
        })?;
        self.compare_with_project(Arc::new(project), label, here)
            .map_err(|()| tr_args("compare-no-map", &[("path", arg(path.display()))]))
    }

    /// Compares the map on screen (`here`) with the matching map of `project` (the map
    /// with the same id, else the same name, else its first); `Err` when it has none.
    pub fn compare_with_project(
        &mut self,
        project: Arc<Project>,
        label: String,
        here: Option<&JourneyMap>,
    ) -> Result<(), ()> {
        let here = here.map(|m| (m.id.clone(), m.name.clone()));
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
            return Err(());
        };
        self.start_compare(Other::Loaded {
            label,
            project,
            map: Box::new(map),
        });
        Ok(())
    }

    fn start_compare(&mut self, other: Other) {
        self.close();
        self.other = Some(other);
        self.choosing = false;
    }

    /// The other version's map and what to call it.
    fn compared_map<'a>(
        &'a self,
        this: &'a Project,
    ) -> Option<(String, &'a JourneyMap, &'a Project)> {
        match self.other.as_ref()? {
            Other::Map(id) => {
                let map = this.maps.iter().find(|m| &m.id == id)?;
                Some((map.name.clone(), map, this))
            }
            Other::Loaded {
                label,
                project,
                map,
            } => Some((label.clone(), map, project)),
        }
    }

    /// Recomputes the changes when the document or the map on screen changed, and returns
    /// the canvas's marks: the changes while comparing, else the cards a merge conflict is
    /// about.
    pub fn refresh(&mut self, frame: &FrameCtx<'_>) -> Option<CompareMarks> {
        let doc = frame.doc.as_ref()?;
        let words = crate::ui::i18n::compare_words();
        let revision = Some((doc.editor.revision(), doc.map_index, words.tag()));
        if self.other.is_none() {
            return conflict_marks(doc.project, doc.map);
        }
        if self.computed == revision {
            return self.marks.clone();
        }
        let same_project = matches!(self.other, Some(Other::Map(_)));
        let mut changes = match self.compared_map(doc.project) {
            Some((_, other, other_project)) => {
                compare::diff_maps_worded(other_project, other, doc.project, doc.map, words)
            }
            None => Vec::new(),
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
        self.marks = Some(marks);
        self.changes = changes;
        self.computed = revision;
        self.marks.clone()
    }

    /// The "Compare with" window: another map, another file, or a backup.
    fn chooser_ui(&mut self, ctx: &egui::Context, frame: &FrameCtx<'_>, out: &mut Commands) {
        if !self.choosing {
            return;
        }
        let mut open = true;
        let mut pick: Option<Other> = None;
        let mut file = false;
        let mut backup: Option<(PathBuf, String)> = None;
        let here = frame.doc.as_ref().map(|d| d.map_index);
        let maps: Vec<(MapId, String)> = frame
            .project()
            .map(|p| {
                p.maps
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| Some(*i) != here)
                    .map(|(_, m)| (m.id.clone(), m.name.clone()))
                    .collect()
            })
            .unwrap_or_default();
        let backups = &self.backups;
        egui::Window::new(tr("compare-with-title"))
            .open(&mut open)
            .min_width(340.0)
            .collapsible(false)
            .resizable(false)
            .anchor(egui::Align2::CENTER_CENTER, egui::Vec2::ZERO)
            .show(ctx, |ui| {
                ui.label(tr("compare-with"));
                ui.add_space(6.0);
                ui.strong(tr("compare-another-map"));
                if maps.is_empty() {
                    ui.weak(tr("compare-one-map"));
                }
                for (id, name) in &maps {
                    if ui.button(name).clicked() {
                        pick = Some(Other::Map(id.clone()));
                    }
                }
                ui.add_space(6.0);
                ui.strong(tr("compare-another-file"));
                file = ui.button(tr("compare-choose-file")).clicked();
                ui.add_space(6.0);
                ui.strong(tr("compare-a-backup"));
                if backups.is_empty() {
                    ui.weak(tr("compare-no-backups"));
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
            self.choosing = false;
            out.file(FileRequest::CompareFile);
        } else if let Some((path, label)) = backup {
            self.choosing = false;
            out.file(FileRequest::CompareWith(path, label));
        } else if !open || ctx.input(|i| i.key_pressed(egui::Key::Escape)) {
            self.choosing = false;
        }
    }

    /// Shows the "Compare with" window, listing this file's backups once.
    pub fn open_chooser(&mut self, session: &Session) {
        self.backups = backups(session);
        self.choosing = true;
    }

    /// The list of changes beside the canvas, while comparing.
    fn list_ui(&mut self, root: &mut egui::Ui, frame: &FrameCtx<'_>, out: &mut Commands) {
        let Some(doc) = &frame.doc else { return };
        if self.other.is_none() {
            return;
        }
        let Some((label, other_map, other_project)) = self.compared_map(doc.project) else {
            self.close();
            return;
        };
        let mut close = false;
        let mut stacked = None;
        let mut select: Option<String> = None;
        let mut restore: Option<(Card, Option<crate::model::ImageAsset>)> = None;
        let here = Some(doc.map);
        let changes = &self.changes;
        // With the inspector at its narrowest, the canvas keeps half the window.
        let widest = (root.ctx().content_rect().width() / 2.0 - 240.0).max(260.0);
        egui::Panel::left("compare")
            .default_size(320.0)
            .size_range(260.0..=widest)
            .show(root, |ui| {
                ui.add_space(6.0);
                ui.horizontal(|ui| {
                    ui.heading(tr("compare-title"));
                    ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                        close = crate::ui::icon_button(ui, "×", tr("compare-close")).clicked();
                    });
                });
                ui.label(tr_args("compare-from-to", &[("name", arg(label))]));
                let count = |op: ChangeOp| {
                    changes
                        .iter()
                        .filter(|c| c.op == op && c.thing == Thing::Card)
                        .count()
                };
                ui.weak(tr_args(
                    "compare-counts",
                    &[
                        ("added", count(ChangeOp::Added).into()),
                        ("removed", count(ChangeOp::Removed).into()),
                        ("changed", count(ChangeOp::Changed).into()),
                        (
                            "moved",
                            (count(ChangeOp::Moved) + count(ChangeOp::Reordered)).into(),
                        ),
                    ],
                ));
                // Two maps of this project: both, one above the other, to look at and export.
                if let Some(Other::Map(other)) = &self.other
                    && ui
                        .button(tr("compare-stacked"))
                        .on_hover_text(tr("compare-stacked-tip"))
                        .clicked()
                {
                    stacked = Some(stacked_order(doc.project, other, &doc.map.id));
                }
                ui.separator();
                if changes.is_empty() {
                    ui.label(tr("compare-no-differences"));
                }
                egui::ScrollArea::vertical().show(ui, |ui| {
                    let words = crate::ui::i18n::compare_words();
                    for change in changes {
                        let text = compare::describe_in(change, words);
                        let tint = crate::ui::convert::color(match change.op {
                            ChangeOp::Added => crate::palette::DIFF_ADDED,
                            ChangeOp::Removed => crate::palette::DIFF_REMOVED,
                            ChangeOp::Changed => crate::palette::DIFF_CHANGED,
                            ChangeOp::Moved | ChangeOp::Reordered => crate::palette::DIFF_MOVED,
                        });
                        let id = crate::model::CardId(change.id.clone());
                        let in_map = change.thing == Thing::Card && change.op != ChangeOp::Removed;
                        let selected = in_map && frame.selection.has_card(&id);
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
                                response.on_hover_text(tr("compare-select-card"))
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
                                    .small_button(tr("answer-restore"))
                                    .on_hover_text(tr("compare-restore-tip"))
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
            self.close();
        }
        if let Some((above, below)) = stacked {
            out.push(crate::ui::command::AppCommand::ExportStacked { above, below });
        }
        if let Some(id) = select {
            out.select_and_reveal(Selection::Cards(vec![crate::model::CardId(id)]));
        }
        if let Some((card, image)) = restore {
            out.edit(Edit::new(Action::RestoreCard { card, image }));
        }
    }
}

impl super::Panel for ComparePanel {
    /// The "Compare with" window while choosing, the list of changes while comparing.
    fn ui(&mut self, root: &mut egui::Ui, frame: &FrameCtx<'_>, out: &mut Commands) {
        let ctx = root.ctx().clone();
        self.chooser_ui(&ctx, frame, out);
        self.list_ui(root, frame, out);
    }
}

/// Which of two maps goes above in the stacked view: the current state over the future
/// one; two of a kind in the project's order.
fn stacked_order(project: &Project, a: &MapId, b: &MapId) -> (MapId, MapId) {
    let find = |id: &MapId| project.maps.iter().position(|m| &m.id == id);
    let future = |id: &MapId| {
        project
            .maps
            .iter()
            .find(|m| &m.id == id)
            .is_some_and(|m| m.state == crate::model::MapState::Future)
    };
    let a_first = match (future(a), future(b)) {
        (false, true) => true,
        (true, false) => false,
        _ => find(a) <= find(b),
    };
    if a_first {
        (a.clone(), b.clone())
    } else {
        (b.clone(), a.clone())
    }
}

/// Outside the compare view: the cards of the map on screen that a merge conflict is
/// about, if any.
fn conflict_marks(project: &Project, map: &JourneyMap) -> Option<CompareMarks> {
    let conflicts = project.conflicts.as_ref()?;
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

/// This file's backups, newest first, with how old each is.
fn backups(session: &Session) -> Vec<(PathBuf, String)> {
    let (Some(data), Some(path)) = (session.data(), session.editor().and_then(|e| e.path())) else {
        return Vec::new();
    };
    let now = crate::dates::now_millis();
    crate::store::backup::list(data, path)
        .into_iter()
        .take(50)
        .map(|p| {
            let age = crate::store::backup::written(&p).map_or_else(
                || tr("compare-backup").to_owned(),
                |t| {
                    tr_args(
                        "compare-backup-from",
                        &[("when", arg(crate::ui::i18n::ago(t, now)))],
                    )
                },
            );
            (p, age)
        })
        .collect()
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
