//! The read-only view of one frame that every panel, menu and the canvas draw from: the
//! session (document, file, recent files), the map on screen with its layout and scene,
//! the selection, the settings, the camera and which commands can run. Built once per
//! frame by the shell after the layout is current; nothing in it changes until the
//! frame's commands are applied.

use std::collections::HashSet;

use super::Selection;
use super::canvas::CanvasView;
use super::command::UICommand;
use crate::edit::Editor;
use crate::layout::MapLayout;
use crate::layout::scene::Scene;
use crate::model::{JourneyMap, Project};
use crate::session::Session;
use crate::store::settings::Settings;

/// The open document's part of a frame.
pub struct DocFrame<'a> {
    /// The document and its history.
    pub editor: &'a Editor,
    /// The project.
    pub project: &'a Project,
    /// The index of the map on screen.
    pub map_index: usize,
    /// The map on screen.
    pub map: &'a JourneyMap,
    /// Its layout.
    pub layout: &'a MapLayout,
    /// Its scene.
    pub scene: &'a Scene,
    /// Names this layout and scene: a new layout has a new number.
    pub picture: u64,
}

/// Which commands can run this frame (menus grey the others out; keys skip them).
#[derive(Debug, Default)]
pub struct Enabled(HashSet<UICommand>);

impl Enabled {
    /// The commands in `on`.
    pub fn new(on: impl IntoIterator<Item = UICommand>) -> Self {
        Self(on.into_iter().collect())
    }

    /// Whether `command` can run.
    pub fn get(&self, command: UICommand) -> bool {
        self.0.contains(&command)
    }
}

/// Everything a frame reads.
pub struct FrameCtx<'a> {
    /// The document's life cycle: editor, file, recent files, the question asked.
    pub session: &'a Session,
    /// The map on screen, when a document is open.
    pub doc: Option<DocFrame<'a>>,
    /// What is selected.
    pub selection: &'a Selection,
    /// The settings in force.
    pub settings: &'a Settings,
    /// The camera as the last frame left it.
    pub view: CanvasView,
    /// Which commands can run.
    pub enabled: &'a Enabled,
    /// A file dialog or an export is in progress.
    pub busy: bool,
}

impl FrameCtx<'_> {
    /// Whether `command` can run now.
    pub fn enabled(&self, command: UICommand) -> bool {
        self.enabled.get(command)
    }

    /// The map on screen, if any.
    pub fn map(&self) -> Option<&JourneyMap> {
        self.doc.as_ref().map(|d| d.map)
    }

    /// The project, if a document is open.
    pub fn project(&self) -> Option<&Project> {
        self.session.editor().map(Editor::project)
    }
}
