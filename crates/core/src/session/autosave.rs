//! The recovery copy of one document: written while there is unsaved work, at most once per
//! interval, removed once the work is saved or deliberately dropped (see
//! [`crate::store::recovery`] for the files).

use std::path::PathBuf;
use std::time::{Duration, Instant};

use crate::edit::Editor;
use crate::store::{DataDir, StoreError, recovery};

/// This document's recovery slot and when it was last written.
#[derive(Debug)]
pub(super) struct Autosave {
    slot: Option<recovery::Slot>,
    /// The document revision in the copy.
    revision: Option<u64>,
    last_write: Option<Instant>,
    /// The least time between two copies.
    pub every: Duration,
}

impl Autosave {
    pub fn new(every: Duration) -> Self {
        Self {
            slot: None,
            revision: None,
            last_write: None,
            every,
        }
    }

    /// A new document: the old copy goes (its work was saved or dropped).
    pub fn reset(&mut self) {
        if let Some(slot) = self.slot.take() {
            slot.discard();
        }
        self.revision = None;
        self.last_write = None;
    }

    /// The work was saved: the copy is no longer needed, the slot stays.
    pub fn saved(&mut self) {
        if let Some(slot) = &mut self.slot {
            slot.clear();
        }
        self.revision = None;
    }

    /// Writes the copy when `editor` has unsaved changes not yet in it and the interval has
    /// passed; removes it when nothing is unsaved. Returns how long until a copy is due (for
    /// the window to wake up then), or the reason no copy can be kept.
    pub fn tick(
        &mut self,
        data: &DataDir,
        editor: &Editor,
        now: Instant,
    ) -> Result<Option<Duration>, StoreError> {
        if !editor.is_dirty() {
            if let Some(slot) = &mut self.slot
                && slot.has_copy()
            {
                slot.clear();
            }
            self.revision = None;
            return Ok(None);
        }
        if self.revision == Some(editor.revision()) {
            return Ok(None);
        }
        if let Some(last) = self.last_write {
            let due = last + self.every;
            if now < due {
                return Ok(Some(due - now));
            }
        }
        self.write(data, editor, now).map(|()| None)
    }

    /// Writes the copy now.
    pub fn write(
        &mut self,
        data: &DataDir,
        editor: &Editor,
        now: Instant,
    ) -> Result<(), StoreError> {
        self.last_write = Some(now);
        self.revision = Some(editor.revision());
        let source = editor.path().map(PathBuf::as_path);
        if self.slot.is_none() {
            self.slot = Some(recovery::Slot::claim(data, source)?);
        }
        match &mut self.slot {
            Some(slot) => slot.write(editor.project(), source, editor.disk_hash()),
            None => Ok(()),
        }
    }

    /// A normal end: the copy and its slot go.
    pub fn finish(&mut self) {
        self.reset();
    }
}
