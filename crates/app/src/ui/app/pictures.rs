//! Pictures into the document: a PNG/JPEG dropped on a storyboard card or cell, or picked
//! in the inspector for a card or a persona's photo.

use super::{AfterEdit, Edit, Selection, WaymarkApp};
use crate::edit::Action;
use crate::layout;

impl WaymarkApp {
    /// A picture dropped on the window: onto a storyboard card it becomes its picture; onto
    /// an empty storyboard cell, a new card with that picture (one action, one undo step).
    pub(super) fn drop_picture(&mut self, path: &std::path::Path, at: Option<egui::Pos2>) {
        let image = match read_picture(path) {
            Ok(image) => image,
            Err(e) => {
                self.show_error(format!("Cannot use {} as a picture: {e}", path.display()));
                return;
            }
        };
        let (Some(editor), Some(cache), Some(at)) = (&self.editor, &self.cache, at) else {
            return;
        };
        let Some(map) = editor.project().maps.get(self.map) else {
            return;
        };
        let pos_in_world = self.canvas.view.screen_from_world().inverse() * at;
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
                self.canvas.selection = Selection::Cards(vec![id.clone()]);
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
                self.status =
                    "Drop a picture on a card or cell of a storyboard (images) lane".to_owned();
                return;
            }
        };
        self.apply(edit);
    }

    /// Reads a picture file and puts it where the inspector asked.
    pub(super) fn place_image(
        &mut self,
        path: &std::path::Path,
        target: super::inspector::PickImage,
    ) {
        let image = match read_picture(path) {
            Ok(image) => image,
            Err(e) => {
                self.show_error(format!("Cannot use {} as a picture: {e}", path.display()));
                return;
            }
        };
        let action = match target {
            super::inspector::PickImage::PersonaPhoto(persona) => Action::SetPersonaPhoto {
                persona,
                image: Some(image),
            },
            super::inspector::PickImage::CardImage(card) => Action::SetCardImage {
                card,
                image: Some(image),
            },
        };
        self.apply(Edit::new(action));
    }
}

/// Reads and prepares a picture file for embedding.
fn read_picture(path: &std::path::Path) -> Result<crate::model::ImageAsset, String> {
    crate::images::prepare_file(path).map_err(|e| e.to_string())
}
