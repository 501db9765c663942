//! The view of the document (view state, never saved): which map is on screen, what is
//! selected, the canvas's camera and gestures, and the layout and scene of the map on
//! screen, rebuilt only when the document's revision or the map changes. A large map is
//! first laid out with its text estimated, and shaped on another thread; the real layout
//! follows when the text is ready (the first frame does not wait for every card's text).

use std::collections::{HashMap, HashSet};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};

use crate::edit::Editor;
use crate::layout::{self, MapLayout, scene::Scene};
use crate::model::{JourneyMap, MapId, Project};
use crate::session::PreparedView;
use crate::ui::Selection;
use crate::ui::canvas::CanvasState;
use crate::ui::paint::Textures;

/// The map on screen, laid out.
pub(super) struct Cached {
    /// Names this layout and scene among all made (the canvas keeps their tessellation).
    pub picture: u64,
    pub revision: u64,
    pub map: usize,
    pub layout: MapLayout,
    pub scene: Scene,
    /// What the map's text needs that this computer lacks (a font, glyphs), if anything.
    pub text_notice: Option<TextNotice>,
    /// The text is estimated (not drawn) while it is shaped in the background.
    pub estimated: bool,
}

/// Maps with at least this many cards show their first frame with the text estimated
/// and shape it on another thread (shaping 10,000 cards' text takes about half a second).
pub(super) const SHAPE_IN_BACKGROUND_CARDS: usize = 2_000;

/// A map's text being shaped on another thread.
struct Shaping {
    map: MapId,
    done: Arc<AtomicBool>,
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
    /// The map whose text is being shaped in the background, if any.
    shaping: Option<Shaping>,
    /// The large maps whose text has been shaped (the text engine keeps it).
    shaped: HashSet<MapId>,
    /// The maps that links were followed from, oldest first (see `links.rs`).
    pub trail: Vec<MapId>,
    /// Each map's camera (offset, zoom) when another was shown: a map shown again looks
    /// as it was left.
    cameras: HashMap<MapId, (egui::Vec2, f32)>,
}

impl MapView {
    /// A fresh view of a new document: first map, nothing selected, fitted.
    pub fn reset(&mut self) {
        *self = Self::default();
    }

    /// Switches to map `index` of `project` with nothing selected, where the camera was
    /// left on it (fitted the first time).
    pub fn show_map(&mut self, index: usize, project: Option<&Project>) {
        if self.map == index {
            return;
        }
        let id = |i: usize| project.and_then(|p| p.maps.get(i)).map(|m| m.id.clone());
        let view = &mut self.canvas.view;
        if let Some(here) = id(self.map) {
            self.cameras.insert(here, (view.offset, view.zoom));
        }
        match id(index).and_then(|there| self.cameras.get(&there)) {
            Some(&(offset, zoom)) => {
                (view.offset, view.zoom) = (offset, zoom);
                view.fit_pending = false;
            }
            None => view.fit_pending = true,
        }
        self.map = index;
        self.selection = Selection::None;
        self.canvas.editing = None;
    }

    /// Keeps the map index valid after maps were deleted (or undone), and drops selected
    /// cards that no longer exist.
    pub fn keep_valid(&mut self, editor: Option<&Editor>) {
        let count = editor.map_or(0, |e| e.project().maps.len());
        if count > 0 && self.map >= count {
            self.show_map(count - 1, editor.map(Editor::project));
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

    /// Lays out the map on screen again if the document or the map changed, or its text
    /// has been shaped since; `ctx` is woken when background shaping ends. `prepared` is
    /// the map laid out on another thread for a revision (a colleague's save taken in),
    /// used instead when it is this revision's and this map's.
    pub fn refresh(
        &mut self,
        editor: Option<&Editor>,
        prepared: Option<(u64, PreparedView)>,
        ctx: &egui::Context,
    ) {
        let Some(editor) = editor else {
            self.cache = None;
            return;
        };
        if let Some(shaping) = &self.shaping
            && shaping.done.load(Ordering::Acquire)
        {
            self.shaped.insert(shaping.map.clone());
            self.shaping = None;
        }
        let Some(map) = editor.project().maps.get(self.map) else {
            return;
        };
        let shaped = map.cards.len() < SHAPE_IN_BACKGROUND_CARDS || self.shaped.contains(&map.id);
        // The text is shaped from the frame after the first estimated one, so that the
        // first frame has the computer to itself.
        if !shaped
            && self.shaping.as_ref().is_none_or(|s| s.map != map.id)
            && self
                .cache
                .as_ref()
                .is_some_and(|c| c.estimated && c.map == self.map)
        {
            self.shaping = Some(shape_in_background(editor, self.map, ctx));
        }
        if self.cache.as_ref().is_some_and(|c| {
            c.revision == editor.revision() && c.map == self.map && c.estimated != shaped
        }) {
            return;
        }
        let engine = crate::text::TextEngine::global();
        let prepared = prepared
            .filter(|(revision, view)| *revision == editor.revision() && view.map == map.id);
        let (layout, scene) = match prepared {
            Some((_, view)) => (view.layout, view.scene),
            None => {
                let layout = if shaped {
                    layout::layout_map(editor.project(), map, engine)
                } else {
                    layout::layout_map_estimated(editor.project(), map, engine)
                };
                let scene = layout::scene::build(&layout);
                (layout, scene)
            }
        };
        if !shaped && self.shaping.as_ref().is_none_or(|s| s.map != map.id) {
            // The next frame starts the shaping (see above).
            ctx.request_repaint();
        }
        let text_notice = if shaped {
            text_notice(editor.project(), map, &layout, &scene)
        } else {
            None
        };
        // The real text moves things a little: a map fitted to the window stays fitted.
        if let Some(old) = &self.cache
            && old.estimated
            && old.map == self.map
        {
            let mut fitted = self.canvas.view;
            fitted.fit(old.scene.size);
            if (fitted.zoom, fitted.offset) == (self.canvas.view.zoom, self.canvas.view.offset) {
                self.canvas.view.fit_pending = true;
            }
        }
        static PICTURES: AtomicU64 = AtomicU64::new(0);
        let old = self.cache.replace(Cached {
            picture: PICTURES.fetch_add(1, Ordering::Relaxed),
            revision: editor.revision(),
            map: self.map,
            layout,
            scene,
            text_notice,
            estimated: !shaped,
        });
        // A large map's picture takes milliseconds to free: not on this thread.
        if let Some(old) = old
            && old.layout.cards.len() >= crate::free::MANY_CARDS
        {
            crate::free::elsewhere(old);
        }
    }
}

/// Shapes the text of map `index` on another thread (the text engine keeps what it
/// shapes, so the next layout finds it) and wakes `ctx` when done.
fn shape_in_background(editor: &Editor, index: usize, ctx: &egui::Context) -> Shaping {
    let project = editor.shared_project();
    let done = Arc::new(AtomicBool::new(false));
    let map = project
        .maps
        .get(index)
        .map(|m| m.id.clone())
        .unwrap_or_default();
    let (flag, ctx) = (done.clone(), ctx.clone());
    let spawned = std::thread::Builder::new()
        .name("shape-text".to_owned())
        .spawn(move || {
            if let Some(map) = project.maps.get(index) {
                layout::layout_map(&project, map, crate::text::TextEngine::global());
            }
            flag.store(true, Ordering::Release);
            ctx.request_repaint();
        });
    if spawned.is_err() {
        // No thread: the next layout shapes the text itself.
        done.store(true, Ordering::Release);
    }
    Shaping { map, done }
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
