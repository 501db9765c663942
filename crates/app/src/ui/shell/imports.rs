//! Files into the document: pictures (a PNG/JPEG dropped on a storyboard card or cell, or
//! picked in the inspector for a card or a persona's photo) and metric values from a CSV
//! into a metrics lane. Each becomes one queued edit (one undo step).

use super::WaymarkApp;
use crate::edit::Action;
use crate::layout;
use crate::model::{LaneId, LaneKind};
use crate::ui::command::{Commands, PickImage};
use crate::ui::i18n::{arg, tr, tr_args};
use crate::ui::notify::Notification;
use crate::ui::{AfterEdit, Edit, Selection};

impl WaymarkApp {
    /// A picture dropped on the window: onto a storyboard card it becomes its picture; onto
    /// an empty storyboard cell, a new card with that picture (one action, one undo step).
    pub(super) fn drop_picture(
        &mut self,
        path: &std::path::Path,
        at: Option<egui::Pos2>,
        out: &mut Commands,
    ) {
        let Some(image) = self.read_picture(path) else {
            return;
        };
        let (Some(map), Some(cache), Some(at)) = (
            self.view.current_map(self.session.editor()),
            &self.view.cache,
            at,
        ) else {
            return;
        };
        let pos_in_world = self.view.canvas.view.screen_from_world().inverse() * at;
        let storyboard = |lane: usize| {
            map.lanes
                .get(lane)
                .is_some_and(|l| l.kind == crate::model::LaneKind::Images)
        };
        let hit = cache.layout.hit(pos_in_world);
        let storyboard_card = match hit {
            Some(layout::Hit::Card(i)) => map
                .cards
                .get(i)
                .filter(|c| map.lane_index(&c.lane).is_some_and(storyboard))
                .map(|c| c.id.clone()),
            _ => None,
        };
        let edit = match (storyboard_card, hit) {
            (Some(id), _) => {
                out.select(Selection::Cards(vec![id.clone()]));
                Edit::new(Action::SetCardImage {
                    card: id,
                    image: Some(image),
                })
            }
            (None, Some(layout::Hit::Cell { lane, stage })) if storyboard(lane) => {
                let (Some(lane), Some(stage)) = (map.lanes.get(lane), map.stages.get(stage)) else {
                    return;
                };
                let title = path
                    .file_stem()
                    .map_or_else(String::new, |s| s.to_string_lossy().into_owned());
                Edit::then(
                    Action::AddCard {
                        lane: lane.id.clone(),
                        stage: stage.id.clone(),
                        title,
                        image: Some(image),
                    },
                    AfterEdit::SelectCreated,
                )
            }
            _ => {
                out.notify(Notification::info(tr("notice-drop-picture")));
                return;
            }
        };
        out.edit(edit);
    }

    /// Reads a picture file and puts it where the inspector asked.
    pub(super) fn place_image(
        &mut self,
        path: &std::path::Path,
        target: PickImage,
        out: &mut Commands,
    ) {
        let Some(image) = self.read_picture(path) else {
            return;
        };
        let action = match target {
            PickImage::PersonaPhoto(persona) => Action::SetPersonaPhoto {
                persona,
                image: Some(image),
            },
            PickImage::CardImage(card) => Action::SetCardImage {
                card,
                image: Some(image),
            },
        };
        out.edit(Edit::new(action));
    }

    /// Reads and prepares a picture file for embedding; says why when it cannot.
    fn read_picture(&mut self, path: &std::path::Path) -> Option<crate::model::ImageAsset> {
        match crate::images::prepare_file(path) {
            Ok(image) => Some(image),
            Err(e) => {
                self.show_error(tr_args(
                    "notice-not-a-picture",
                    &[
                        ("path", arg(path.display())),
                        ("error", arg(crate::ui::problems::picture_reason(&e))),
                    ],
                ));
                None
            }
        }
    }

    /// The metrics lane an import goes to: the selected lane if it is one, else the map's
    /// first metrics lane.
    fn metrics_target(&self) -> Option<LaneId> {
        let map = self.view.current_map(self.session.editor())?;
        if let Selection::Lane(id) = &self.view.selection
            && map
                .lanes
                .iter()
                .any(|l| &l.id == id && l.kind == LaneKind::Metrics)
        {
            return Some(id.clone());
        }
        map.lanes
            .iter()
            .find(|l| l.kind == LaneKind::Metrics)
            .map(|l| l.id.clone())
    }

    /// File → Import metric values…: the CSV dialog for the target metrics lane, or a
    /// message saying there is none.
    pub(super) fn import_metrics(&mut self, ctx: &egui::Context, lane: Option<LaneId>) {
        match lane.or_else(|| self.metrics_target()) {
            Some(lane) => self.dialogs.metrics_csv(ctx, lane),
            None => self.show_error(tr("notice-no-metrics-lane").to_owned()),
        }
    }

    /// Reads the metrics CSV at `path` into lane `lane` (one undo step).
    pub(super) fn apply_metrics_csv(
        &mut self,
        path: &std::path::Path,
        lane: &LaneId,
        out: &mut Commands,
    ) {
        let Some(map) = self.view.current_map(self.session.editor()) else {
            return;
        };
        let Some(current) = map.lanes.iter().find(|l| &l.id == lane) else {
            return;
        };
        match crate::interop::metrics_csv::apply_metrics_csv_file(map, current, path) {
            Ok(updated) => {
                let count = updated.metrics.len();
                out.edit(Edit::new(Action::UpdateHeader(crate::model::Header::Lane(
                    updated,
                ))));
                out.select(Selection::Lane(lane.clone()));
                out.notify(Notification::info(tr_args(
                    "notice-metrics-imported",
                    &[("path", arg(path.display())), ("count", count.into())],
                )));
            }
            Err(e) => self.show_error(tr_args(
                "notice-metrics-failed",
                &[
                    ("path", arg(path.display())),
                    ("error", arg(crate::ui::problems::metrics_reason(&e))),
                ],
            )),
        }
    }
}
