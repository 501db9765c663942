//! The view of the document (view state, never saved): which map is on screen, what is
//! selected, the canvas's camera and gestures, and the layout and scene of the map on
//! screen, rebuilt only when the document's revision or the map changes.

use crate::edit::Editor;
use crate::layout::{self, MapLayout, scene::Scene};
use crate::model::JourneyMap;
use crate::ui::Selection;
use crate::ui::canvas::CanvasState;
use crate::ui::paint::Textures;

/// The map on screen, laid out.
pub(super) struct Cached {
    pub revision: u64,
    pub map: usize,
    pub layout: MapLayout,
    pub scene: Scene,
    /// What the map's text needs that this computer lacks (a font, glyphs), if anything.
    pub text_notice: Option<TextNotice>,
}

/// Everything about how the document is shown.
#[derive(Default)]
pub(super) struct MapView {
    /// The index of the map on screen.
    pub map: usize,
    /// What is selected.
    pub selection: Selection,
    /// Camera, drag in flight, in-place editor, context menu.
    pub canvas: CanvasState,
    /// The map on screen, laid out.
    pub cache: Option<Cached>,
    /// Pictures uploaded to the GPU.
    pub textures: Textures,
}

impl MapView {
    /// A fresh view of a new document: first map, nothing selected, fitted.
    pub fn reset(&mut self) {
        *self = Self::default();
    }

    /// Switches to map `index` with a fresh view.
    pub fn show_map(&mut self, index: usize) {
        if self.map != index {
            self.map = index;
            self.selection = Selection::None;
            self.canvas.editing = None;
            self.canvas.view.fit_pending = true;
        }
    }

    /// Keeps the map index valid after maps were deleted (or undone), and drops selected
    /// cards that no longer exist.
    pub fn keep_valid(&mut self, editor: Option<&Editor>) {
        let count = editor.map_or(0, |e| e.project().maps.len());
        if count > 0 && self.map >= count {
            self.show_map(count - 1);
        }
        let Some(map) = editor.and_then(|e| e.project().maps.get(self.map)) else {
            return;
        };
        if let Selection::Cards(ids) = &mut self.selection {
            ids.retain(|id| map.card_index(id).is_some());
            if ids.is_empty() {
                self.selection = Selection::None;
            }
        }
    }

    /// The map on screen.
    pub fn current_map<'a>(&self, editor: Option<&'a Editor>) -> Option<&'a JourneyMap> {
        editor?.project().maps.get(self.map)
    }

    /// The selection's box in world pixels, from the last layout.
    pub fn selection_rect(&self, editor: Option<&Editor>) -> Option<egui::Rect> {
        let cache = self.cache.as_ref()?;
        let map = self.current_map(editor)?;
        crate::ui::canvas::selection_bounds(&self.selection, map, &cache.layout)
    }

    /// Lays out the map on screen again if the document or the map changed.
    pub fn refresh(&mut self, editor: Option<&Editor>) {
        let Some(editor) = editor else {
            self.cache = None;
            return;
        };
        if self
            .cache
            .as_ref()
            .is_some_and(|c| c.revision == editor.revision() && c.map == self.map)
        {
            return;
        }
        let Some(map) = editor.project().maps.get(self.map) else {
            return;
        };
        let layout = layout::layout_map(editor.project(), map, crate::text::TextEngine::global());
        let scene = layout::scene::build(&layout);
        let text_notice = text_notice(editor.project(), map, &layout, &scene);
        self.cache = Some(Cached {
            revision: editor.revision(),
            map: self.map,
            layout,
            scene,
            text_notice,
        });
    }
}

/// What the map's text needs that this computer lacks, for the status bar.
pub(super) struct TextNotice {
    /// One line: the missing font, or the characters no font can draw.
    pub text: String,
    /// The first card with such characters, to select from the notice.
    pub card: Option<crate::model::CardId>,
}

/// A notice when the project's font is missing here or some text of the shown map has
/// characters no installed font can draw.
fn text_notice(
    project: &crate::model::Project,
    map: &crate::model::JourneyMap,
    layout: &crate::layout::MapLayout,
    scene: &Scene,
) -> Option<TextNotice> {
    let engine = crate::text::TextEngine::global();
    if let Some(family) = crate::text::coverage::missing_family(project, engine) {
        return Some(TextNotice {
            text: crate::ui::i18n::tr_args(
                "notice-font-missing",
                &[(
                    "name",
                    crate::ui::i18n::arg(crate::text::coverage::quote(family)),
                )],
            ),
            card: None,
        });
    }
    let mut missing: Vec<char> = Vec::new();
    for prim in scene.all() {
        if let crate::layout::scene::Prim::Text { line, .. } = prim {
            missing.extend(line.missing_chars());
        }
    }
    missing.sort_unstable();
    missing.dedup();
    if missing.is_empty() {
        return None;
    }
    let card = layout
        .cards
        .iter()
        .find(|b| {
            b.title
                .iter()
                .chain(&b.body)
                .any(|l| !l.missing_chars().is_empty())
        })
        .and_then(|b| map.cards.get(b.card))
        .map(|c| c.id.clone());
    let shown: Vec<String> = missing
        .iter()
        .take(3)
        .map(|c| crate::text::describe_char(*c))
        .collect();
    Some(TextNotice {
        text: crate::ui::i18n::tr_args(
            if missing.len() > 3 {
                "notice-chars-missing-more"
            } else {
                "notice-chars-missing"
            },
            &[("chars", crate::ui::i18n::arg(shown.join(", ")))],
        ),
        card,
    })
}
