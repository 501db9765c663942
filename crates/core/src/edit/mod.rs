//! Changing a project: user-level [`Action`]s built from invertible primitive ops, and the
//! [`Editor`] that applies them with undo/redo and knows whether there is unsaved work.
//!
//! `action.rs` says what can be done; `tx.rs` is the transaction each action runs in;
//! `cards.rs`, `links.rs`, `grid.rs` and `project.rs` do the work (each uses `tx.rs`,
//! `ops.rs` and `ids.rs`, never one another); `ids.rs` makes the ids of new things; `perform` here is the one exhaustive `match` from an
//! action to the function that does it, so a new [`Action`] that nothing handles does not
//! compile.

mod action;
mod cards;
mod channels;
mod grid;
pub mod ids;
mod links;
pub mod ops;
mod project;
pub use project::links_to_map;
mod tx;

use std::path::PathBuf;
use std::sync::Arc;

use crate::model::{MapId, Project};

pub use action::{Action, EditError, Outcome, ReadOnly};
use tx::Tx;

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
    /// Shared with work on other threads (taking a colleague's save in, shaping text)
    /// instead of copied; an edit while it is shared copies it then.
    project: Arc<Project>,
    path: Option<PathBuf>,
    undo: Vec<Step>,
    redo: Vec<Step>,
    next_id: u64,
    saved_state: u64,
    revision: u64,
    disk_hash: Option<u64>,
    /// True for recovered work that does not know which version of its file it began
    /// from: then whatever is on disk counts as changed (see [`Editor::differs_from_disk`]).
    base_unknown: bool,
    newer_version: Option<u64>,
    read_only_file: bool,
}

impl Editor {
    /// Wraps a project loaded from `path` (or a new/sample one with `None`).
    pub fn new(project: Project, path: Option<PathBuf>) -> Self {
        Self {
            project: Arc::new(project),
            path,
            undo: Vec::new(),
            redo: Vec::new(),
            next_id: 1,
            saved_state: 0,
            revision: 0,
            disk_hash: None,
            base_unknown: false,
            newer_version: None,
            read_only_file: false,
        }
    }

    /// Wraps a project opened from `path`, remembering the hash of its bytes (to notice
    /// outside changes) and whether it must be shown read-only (it came from a newer
    /// Waymark, or the file is read-only): then it can only be saved under a new name.
    pub fn opened(opened: crate::io::Opened, path: PathBuf) -> Self {
        Self {
            disk_hash: Some(opened.hash),
            newer_version: opened.newer_version,
            read_only_file: opened.read_only_file,
            ..Self::new(opened.project, Some(path))
        }
    }

    /// Wraps a recovered copy of unsaved work on `path` (if any): the document starts with
    /// unsaved changes, compared against the file on disk as it was (`disk_hash`). With a
    /// path but no hash, what the work began from is unknown, so Save treats any file at
    /// `path` as changed on disk and asks first. [`crate::store::recovery::Orphan::restore`]
    /// decides whether the path may be used at all.
    pub fn recovered(project: Project, path: Option<PathBuf>, disk_hash: Option<u64>) -> Self {
        Self {
            disk_hash,
            base_unknown: path.is_some() && disk_hash.is_none(),
            saved_state: u64::MAX,
            ..Self::new(project, path)
        }
    }

    /// The content hash of the file on disk when it was last opened or saved here.
    pub fn disk_hash(&self) -> Option<u64> {
        self.disk_hash
    }

    /// Whether `bytes` (the file on disk now) are not what the document was opened from or
    /// last saved as: someone else changed the file. Recovered work that does not know what
    /// it began from counts any file as changed.
    pub fn differs_from_disk(&self, bytes: &[u8]) -> bool {
        match self.disk_hash {
            Some(known) => crate::io::content_hash(bytes) != known,
            None => self.base_unknown,
        }
    }

    /// The format version of a file from a newer Waymark, which is shown read-only.
    pub fn newer_version(&self) -> Option<u64> {
        self.newer_version
    }

    /// Why the document is read-only, if it is: it came from a newer Waymark, or its file
    /// is read-only. Its text is the notice for the window.
    pub fn read_only(&self) -> Option<ReadOnly> {
        self.newer_version
            .map(ReadOnly::NewerVersion)
            .or(self.read_only_file.then_some(ReadOnly::File))
    }

    /// Whether the document must not be changed or written over its file (see
    /// [`Editor::read_only`]).
    pub fn is_read_only(&self) -> bool {
        self.read_only().is_some()
    }

    /// The document, read-only: every change goes through [`Editor::perform`].
    pub fn project(&self) -> &Project {
        &self.project
    }

    /// The document, shared rather than copied, for work on another thread (a
    /// 10,000-card copy would hold a frame up).
    pub fn shared_project(&self) -> Arc<Project> {
        self.project.clone()
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
    /// saved file is in the current format and writable, so the document is no longer
    /// read-only.
    pub fn mark_saved(&mut self, path: PathBuf, disk_hash: u64) {
        self.path = Some(path);
        self.disk_hash = Some(disk_hash);
        self.base_unknown = false;
        self.newer_version = None;
        self.read_only_file = false;
        self.saved_state = self.state();
        self.end_merge();
    }

    /// Replaces the document with what is on disk now (after an outside change): the
    /// history is cleared and nothing is unsaved. A file from a newer Waymark or a
    /// read-only file stays (or becomes) read-only.
    pub fn reload(&mut self, opened: crate::io::Opened) {
        let path = self.path.take();
        let revision = self.revision + 1;
        *self = Self {
            disk_hash: Some(opened.hash),
            newer_version: opened.newer_version,
            read_only_file: opened.read_only_file,
            revision,
            ..Self::new(opened.project, path)
        };
    }

    /// Puts `project` in place of the document as one undoable step named `label`: a
    /// colleague's save, loaded or merged with the work here. The history stays, and Undo
    /// puts back what was here before. `disk_hash` is the hash of the file now on disk;
    /// with `clean` the document now equals that file (nothing unsaved), otherwise it still
    /// holds unsaved work merged with it, and stays unsaved whatever is undone. Nothing
    /// else happens when `project` is what is here.
    pub fn apply_external(&mut self, project: Project, label: &str, disk_hash: u64, clean: bool) {
        self.disk_hash = Some(disk_hash);
        self.base_unknown = false;
        if project != *self.project {
            let old = std::mem::replace(&mut self.project, Arc::new(project));
            self.revision += 1;
            self.redo.clear();
            let id = self.next_id;
            self.next_id += 1;
            self.undo.push(Step {
                id,
                label: label.to_owned(),
                ops: vec![ops::Op::ReplaceProject { project: old }],
                merge: None,
            });
        }
        // Merged, the file on disk (theirs alone) is no state of the history: undoing back
        // to the version read before must not look saved.
        self.saved_state = if clean { self.state() } else { u64::MAX };
    }

    /// The file on disk is now from a newer Waymark (a colleague saved it with one): the
    /// document becomes read-only and can only be saved as a copy.
    pub fn mark_newer_on_disk(&mut self, version: u64, disk_hash: u64) {
        self.newer_version = Some(version);
        self.disk_hash = Some(disk_hash);
    }

    /// Applies `action` to map `map` (the one on screen) as one undo step. With `merge`,
    /// consecutive actions with the same key (a typing burst in one field) extend the same
    /// step. On error nothing changes; a read-only document refuses every action.
    pub fn perform(
        &mut self,
        map: &MapId,
        action: Action,
        merge: Option<&str>,
    ) -> Result<Outcome, EditError> {
        match self.read_only() {
            Some(ReadOnly::NewerVersion(version)) => return Err(EditError::ReadOnly(version)),
            Some(ReadOnly::File) => return Err(EditError::ReadOnlyFile),
            None => {}
        }
        let label = action.label();
        let map_index = self
            .project
            .maps
            .iter()
            .position(|m| &m.id == map)
            .ok_or_else(|| EditError::Missing(format!("map {map}")))?;
        let mut tx = Tx {
            project: Arc::make_mut(&mut self.project),
            map_index,
            undo: Vec::new(),
        };
        let result = perform(&mut tx, action);
        let undo_ops = std::mem::take(&mut tx.undo);
        let outcome = match result {
            Ok(outcome) => outcome,
            Err(e) => {
                apply_in_reverse(Arc::make_mut(&mut self.project), undo_ops);
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
        let ops = apply_in_reverse(Arc::make_mut(&mut self.project), step.ops);
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
        let ops = apply_in_reverse(Arc::make_mut(&mut self.project), step.ops);
        self.undo.push(Step {
            ops,
            merge: None,
            ..step
        });
        self.revision += 1;
        true
    }
}

/// Applies `ops` last to first (a rollback, an undo or a redo) and returns their inverses,
/// which reverse that again when applied the same way.
fn apply_in_reverse(project: &mut Project, ops: Vec<ops::Op>) -> Vec<ops::Op> {
    let mut inverses = Vec::with_capacity(ops.len());
    for op in ops.into_iter().rev() {
        match ops::apply(project, op) {
            Ok(inverse) => inverses.push(inverse),
            Err(e) => log::error!("undo history does not fit the document: {e}"),
        }
    }
    inverses
}

/// Does `action` inside `tx`: every variant is named here, with no catch-all arm.
fn perform(tx: &mut Tx<'_>, action: Action) -> Result<Outcome, EditError> {
    match action {
        Action::MoveCards {
            cards,
            lane,
            stage,
            before,
        } => cards::move_to(tx, &cards, &lane, &stage, before.as_ref()),
        Action::AddCard {
            lane,
            stage,
            title,
            image,
        } => cards::add(tx, lane, stage, title, image),
        Action::InsertCardAfter { after, title } => cards::insert_after(tx, &after, title),
        Action::ShiftCards {
            cards,
            lanes,
            stages,
        } => cards::shift(tx, &cards, lanes, stages),
        Action::UpdateCard(card) => cards::update(tx, card),
        Action::DeleteCards(ids) => cards::delete(tx, &ids),
        Action::DuplicateCards(ids) => cards::duplicate(tx, &ids),
        Action::PasteCards { cards, cell } => cards::paste(tx, cards, cell),
        Action::SetCardImage { card, image } => cards::set_image(tx, &card, image),
        Action::AddLink { from, to } => links::add(tx, from, to),
        Action::UpdateLink(link) => links::update(tx, link),
        Action::DeleteLink { from, to } => links::delete(tx, &from, &to),
        Action::MoveHeader { header, before } => grid::move_to(tx, &header, before.as_ref()),
        Action::AddHeader { axis, before, name } => grid::add(tx, axis, before.as_ref(), name),
        Action::UpdateHeader(header) => grid::update(tx, header),
        Action::DeleteHeader(id) => grid::delete(tx, &id),
        Action::UpdateMapInfo(info) => project::update_map_info(tx, info),
        Action::AddMap { name } => project::add_map(tx, name),
        Action::DuplicateMap {
            future,
            notes,
            scores,
        } => project::duplicate_map(tx, future, (notes, scores)),
        Action::DeleteMap(id) => project::delete_map(tx, &id),
        Action::AddPersona => project::add_persona(tx),
        Action::UpdatePersona(persona) => project::update_persona(tx, persona),
        Action::DeletePersona(id) => project::delete_persona(tx, &id),
        Action::SetPersonaPhoto { persona, image } => {
            project::set_persona_photo(tx, &persona, image)
        }
        Action::AddChannel { name, icon } => channels::add(tx, name, icon),
        Action::UpdateChannel(channel) => channels::update(tx, channel),
        Action::DeleteChannel(id) => channels::delete(tx, &id),
        Action::SetTitle(title) => project::set_title(tx, title),
        Action::SetFont(font) => project::set_font(tx, font),
        Action::SetLanguage(language) => project::set_language(tx, language),
        Action::ResolveConflict { id, pick } => project::resolve_conflict(tx, &id, pick),
        Action::RestoreCard { card, image } => cards::restore(tx, card, image),
    }
}
