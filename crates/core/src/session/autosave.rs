//! The recovery copy of one document: written while there is unsaved work, at most once per
//! interval, removed once the work is saved or deliberately dropped (see
//! [`crate::store::recovery`] for the files).
//!
//! The timed copy is written on another thread (encoding and writing a 10,000-card map
//! twice atomically would hold a frame up for tens of milliseconds); the document is
//! shared with it, not copied. Everything else (removing the copy, writing it now) waits
//! for a write in flight first, so the files always end as the last call left them.

use std::path::PathBuf;
use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use crate::edit::Editor;
use crate::model::Project;
use crate::store::{DataDir, StoreError, recovery};

/// How often a write in flight is looked at again.
const WRITING_POLL: Duration = Duration::from_millis(50);

/// A copy being written on another thread; it hands the slot back with how it went.
type Writing = JoinHandle<(recovery::Slot, Result<(), StoreError>)>;

/// This document's recovery slot and when it was last written.
#[derive(Debug)]
pub(super) struct Autosave {
    slot: Option<recovery::Slot>,
    /// The timed copy being written, holding the slot meanwhile.
    writing: Option<Writing>,
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
            writing: None,
            revision: None,
            last_write: None,
            every,
        }
    }

    /// Waits for a write in flight and takes its slot back; its error, if any.
    fn settle(&mut self) -> Result<(), StoreError> {
        let Some(writing) = self.writing.take() else {
            return Ok(());
        };
        match writing.join() {
            Ok((slot, result)) => {
                self.slot = Some(slot);
                result
            }
            // The writer panicked with the slot: its lock went with it, and a new slot
            // is claimed at the next write.
            Err(_) => Err(no_writer(std::io::Error::other("the writer stopped"))),
        }
    }

    /// A new document: the old copy goes (its work was saved or dropped).
    pub fn reset(&mut self) {
        // The copy goes anyway: how its last write went does not matter.
        let _ = self.settle();
        if let Some(slot) = self.slot.take() {
            slot.discard();
        }
        self.revision = None;
        self.last_write = None;
    }

    /// The work was saved: the copy is no longer needed, the slot stays.
    pub fn saved(&mut self) {
        let _ = self.settle();
        if let Some(slot) = &mut self.slot {
            slot.clear();
        }
        self.revision = None;
    }

    /// Writes the copy (on another thread) when `editor` has unsaved changes not yet in it
    /// and the interval has passed; removes it when nothing is unsaved. Returns how long
    /// until a copy is due or a write in flight is looked at again (for the window to wake
    /// up then), or the reason the last copy could not be kept.
    pub fn tick(
        &mut self,
        data: &DataDir,
        editor: &Editor,
        now: Instant,
    ) -> Result<Option<Duration>, StoreError> {
        if self.writing.as_ref().is_some_and(|w| !w.is_finished()) {
            return Ok(Some(WRITING_POLL));
        }
        self.settle()?;
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
        // Marked as tried first: a slot that cannot be claimed is reported once per change.
        self.last_write = Some(now);
        self.revision = Some(editor.revision());
        let slot = self.claimed(data, editor)?;
        let copy = Copy::of(editor);
        let spawned = std::thread::Builder::new()
            .name("recovery-copy".to_owned())
            .spawn(move || {
                let mut slot = slot;
                let result = copy.write(&mut slot);
                (slot, result)
            });
        match spawned {
            Ok(writing) => {
                self.writing = Some(writing);
                Ok(Some(WRITING_POLL))
            }
            // No thread: the slot went with the refused closure; claimed again next time.
            Err(e) => Err(no_writer(e)),
        }
    }

    /// Writes the copy now, on this thread.
    pub fn write(
        &mut self,
        data: &DataDir,
        editor: &Editor,
        now: Instant,
    ) -> Result<(), StoreError> {
        // A timed copy of an older revision would be written over anyway.
        let _ = self.settle();
        self.last_write = Some(now);
        self.revision = Some(editor.revision());
        let mut slot = self.claimed(data, editor)?;
        let result = Copy::of(editor).write(&mut slot);
        self.slot = Some(slot);
        result
    }

    /// The slot, claimed when there is none yet (taken out: put it back or hand it on).
    fn claimed(&mut self, data: &DataDir, editor: &Editor) -> Result<recovery::Slot, StoreError> {
        match self.slot.take() {
            Some(slot) => Ok(slot),
            None => recovery::Slot::claim(data, editor.path().map(PathBuf::as_path)),
        }
    }

    /// A normal end: the copy and its slot go.
    pub fn finish(&mut self) {
        self.reset();
    }
}

impl Drop for Autosave {
    /// Waits for a write in flight: the copy it writes stays, as after a crash, but its
    /// slot's lock is let go now rather than whenever the writer ends.
    fn drop(&mut self) {
        let _ = self.settle();
    }
}

/// The copy could not be written because its writer thread did not start or stopped.
fn no_writer(source: std::io::Error) -> StoreError {
    StoreError::at(
        "cannot write the recovery copy",
        std::path::Path::new("recovery"),
    )(source)
}

/// What a recovery copy holds: the document (shared) and the file it belongs to.
struct Copy {
    project: Arc<Project>,
    source: Option<PathBuf>,
    base_hash: Option<u64>,
}

impl Copy {
    fn of(editor: &Editor) -> Self {
        Self {
            project: editor.shared_project(),
            source: editor.path().cloned(),
            base_hash: editor.disk_hash(),
        }
    }

    fn write(&self, slot: &mut recovery::Slot) -> Result<(), StoreError> {
        slot.write(&self.project, self.source.as_deref(), self.base_hash)
    }
}
