//! Changing a project: user-level [`Action`]s built from invertible primitive ops, and the
//! [`Editor`] that applies them with undo/redo and knows whether there is unsaved work.

mod actions;
pub mod ops;
mod project_actions;

use std::path::PathBuf;

use crate::model::Project;

pub use actions::{Action, EditError, Outcome};

/// One undo step: the ops that undo it, applied last to first.
#[derive(Clone, Debug)]
struct Step {
    id: u64,
    label: String,
    ops: Vec<ops::Op>,
    merge: Option<String>,
}

/// The open document with its history and file.
#[derive(Debug)]
pub struct Editor {
    project: Project,
    path: Option<PathBuf>,
    undo: Vec<Step>,
    redo: Vec<Step>,
    next_id: u64,
    saved_state: u64,
    revision: u64,
    disk_hash: Option<u64>,
    newer_version: Option<u64>,
}

impl Editor {
    /// Wraps a project loaded from `path` (or a new/sample one with `None`).
    pub fn new(project: Project, path: Option<PathBuf>) -> Self {
        Self {
            project,
            path,
            undo: Vec::new(),
            redo: Vec::new(),
            next_id: 1,
            saved_state: 0,
            revision: 0,
            disk_hash: None,
            newer_version: None,
        }
    }

    /// Wraps a project opened from `path`, remembering the hash of its bytes (to notice
    /// outside changes) and whether it came from a newer Waymark (then it must only be
    /// saved under a new name).
    pub fn opened(opened: crate::io::Opened, path: PathBuf) -> Self {
        Self {
            disk_hash: Some(opened.hash),
            newer_version: opened.newer_version,
            ..Self::new(opened.project, Some(path))
        }
    }

    /// Wraps a recovered copy of unsaved work on `path` (if any): the document starts with
    /// unsaved changes, compared against the file on disk as it was (`disk_hash`).
    pub fn recovered(project: Project, path: Option<PathBuf>, disk_hash: Option<u64>) -> Self {
        Self {
            disk_hash,
            saved_state: u64::MAX,
            ..Self::new(project, path)
        }
    }

    /// The content hash of the file on disk when it was last opened or saved here.
    pub fn disk_hash(&self) -> Option<u64> {
        self.disk_hash
    }

    /// The format version of a file from a newer Waymark, which is shown read-only.
    pub fn newer_version(&self) -> Option<u64> {
        self.newer_version
    }

    /// Whether the file must not be overwritten (it came from a newer Waymark).
    pub fn is_read_only(&self) -> bool {
        self.newer_version.is_some()
    }

    /// The document, read-only: every change goes through [`Editor::perform`].
    pub fn project(&self) -> &Project {
        &self.project
    }

    /// Where the document is saved, if anywhere.
    pub fn path(&self) -> Option<&PathBuf> {
        self.path.as_ref()
    }

    /// A number that changes whenever the document does (for caches).
    pub fn revision(&self) -> u64 {
        self.revision
    }

    fn state(&self) -> u64 {
        self.undo.last().map_or(0, |s| s.id)
    }

    /// Whether the document differs from the last save.
    pub fn is_dirty(&self) -> bool {
        self.state() != self.saved_state
    }

    /// Records that the document was saved to `path` as bytes with hash `disk_hash`. The
    /// saved file is in the current format, so the document is no longer read-only.
    pub fn mark_saved(&mut self, path: PathBuf, disk_hash: u64) {
        self.path = Some(path);
        self.disk_hash = Some(disk_hash);
        self.newer_version = None;
        self.saved_state = self.state();
        self.end_merge();
    }

    /// Replaces the document with what is on disk now (after an outside change): the
    /// history is cleared and nothing is unsaved.
    pub fn reload(&mut self, project: Project, disk_hash: u64) {
        let path = self.path.take();
        let revision = self.revision + 1;
        *self = Self::new(project, path);
        self.disk_hash = Some(disk_hash);
        self.revision = revision;
    }

    /// Applies `action` to map `map` as one undo step. With `merge`, consecutive actions
    /// with the same key (a typing burst in one field) extend the same step.
    /// On error nothing changes.
    pub fn perform(
        &mut self,
        map: usize,
        action: Action,
        merge: Option<&str>,
    ) -> Result<Outcome, EditError> {
        let label = label(&action);
        let mut tx = actions::Tx {
            project: &mut self.project,
            map,
            undo: Vec::new(),
        };
        let result = actions::perform(&mut tx, action);
        let undo_ops = std::mem::take(&mut tx.undo);
        let outcome = match result {
            Ok(outcome) => outcome,
            Err(e) => {
                rollback(&mut self.project, undo_ops);
                return Err(e);
            }
        };
        if undo_ops.is_empty() {
            return Ok(outcome);
        }
        self.revision += 1;
        self.redo.clear();
        let id = self.next_id;
        self.next_id += 1;
        match self.undo.last_mut() {
            Some(top) if merge.is_some() && top.merge.as_deref() == merge => {
                top.ops.extend(undo_ops);
                top.id = id;
            }
            _ => self.undo.push(Step {
                id,
                label: label.to_owned(),
                ops: undo_ops,
                merge: merge.map(str::to_owned),
            }),
        }
        Ok(outcome)
    }

    /// Ends a typing burst: the next change starts a new undo step.
    pub fn end_merge(&mut self) {
        if let Some(top) = self.undo.last_mut() {
            top.merge = None;
        }
    }

    /// The label of the step Undo would revert.
    pub fn undo_label(&self) -> Option<&str> {
        self.undo.last().map(|s| s.label.as_str())
    }

    /// The label of the step Redo would re-apply.
    pub fn redo_label(&self) -> Option<&str> {
        self.redo.last().map(|s| s.label.as_str())
    }

    /// Reverts the last step. Returns false when there is nothing to undo.
    pub fn undo(&mut self) -> bool {
        let Some(step) = self.undo.pop() else {
            return false;
        };
        let ops = rollback(&mut self.project, step.ops);
        self.redo.push(Step {
            ops,
            merge: None,
            ..step
        });
        self.revision += 1;
        true
    }

    /// Re-applies the last undone step. Returns false when there is nothing to redo.
    pub fn redo(&mut self) -> bool {
        let Some(step) = self.redo.pop() else {
            return false;
        };
        let ops = rollback(&mut self.project, step.ops);
        self.undo.push(Step {
            ops,
            merge: None,
            ..step
        });
        self.revision += 1;
        true
    }
}

/// Applies `ops` last to first and returns their inverses (which redo them, last to first).
fn rollback(project: &mut Project, ops: Vec<ops::Op>) -> Vec<ops::Op> {
    let mut inverses = Vec::with_capacity(ops.len());
    for op in ops.into_iter().rev() {
        match ops::apply(project, op) {
            Ok(inverse) => inverses.push(inverse),
            Err(e) => log::error!("undo history does not fit the document: {e}"),
        }
    }
    inverses
}

fn label(action: &Action) -> &'static str {
    match action {
        Action::MoveCards { cards, .. } if cards.len() > 1 => "Move cards",
        Action::MoveCards { .. } => "Move card",
        Action::AddCard { .. } => "Add card",
        Action::UpdateCard(_) => "Edit card",
        Action::DeleteCards(_) => "Delete",
        Action::DuplicateCards(_) => "Duplicate",
        Action::PasteCards { .. } => "Paste",
        Action::MoveStage { .. } => "Move stage",
        Action::MoveLane { .. } => "Move lane",
        Action::AddStage { .. } => "Add stage",
        Action::AddLane { .. } => "Add lane",
        Action::UpdateStage(_) => "Edit stage",
        Action::UpdateLane(_) => "Edit lane",
        Action::DeleteStage(_) => "Delete stage",
        Action::DeleteLane(_) => "Delete lane",
        Action::UpdateMapInfo(_) => "Edit map",
        Action::AddMap { .. } => "Add map",
        Action::DuplicateMap { future: true } => "Start future state",
        Action::DuplicateMap { .. } => "Duplicate map",
        Action::DeleteMap(_) => "Delete map",
        Action::AddPersona => "Add persona",
        Action::UpdatePersona(_) => "Edit persona",
        Action::DeletePersona(_) => "Delete persona",
        Action::SetPersonaPhoto { .. } => "Set photo",
        Action::SetCardImage { .. } => "Set picture",
        Action::AddLink { .. } => "Link cards",
        Action::UpdateLink { .. } => "Edit link",
        Action::DeleteLink(_) => "Delete link",
        Action::SetTitle(_) => "Rename project",
        Action::SetFont(_) => "Change font",
    }
}
