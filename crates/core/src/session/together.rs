//! Working together on one file, with no server of ours: the session watches its file for
//! colleagues' saves (through a synced folder or git) and takes them in — loaded as one
//! undoable step when nothing here is unsaved, merged three ways (the base is the version
//! last read or written here) on a worker thread when something is; Save merges a change
//! on disk before writing; it can save by itself two seconds after the last change; it
//! says who else has the file open (presence files beside it) and offers to merge the
//! conflict copies sync services leave beside it.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::mpsc::{TryRecvError, channel};
use std::time::{Duration, Instant};

use super::take_in::{self, IncomingNotice, Job, PreparedView, Work, name_sides, new_conflicts};
use super::{Effect, Notice, Session, SessionError};
use crate::compare;
use crate::io::Opened;
use crate::model::Project;
use crate::store::copies;
use crate::store::presence::{self, Me, Presence, Visitor};
use crate::store::settings::prefs;
use crate::store::watch::{FileWatcher, WatchEvent};

/// How long after the last change an automatic save happens.
pub const SAVE_AFTER: Duration = Duration::from_secs(2);
/// How often the presence files beside the file are read.
const OTHERS_EVERY: Duration = Duration::from_secs(5);
/// How often the folder is looked at for sync services' conflict copies.
const COPIES_EVERY: Duration = Duration::from_secs(15);
/// The preference (per file) that saves it automatically.
const AUTOMATIC_KEY: &str = "save-automatically";

/// What wakes the window when something happens on disk.
pub type Wake = Arc<dyn Fn() + Send + Sync>;

/// The session's part for working together.
#[derive(Default)]
pub(super) struct Together {
    wake: Option<Wake>,
    author: String,
    /// Who this window is in presence files (tests give two windows of one process
    /// different ids).
    me: Option<Me>,
    watcher: Option<FileWatcher>,
    presence: Option<Presence>,
    /// The version last read or written here: the common ancestor of a merge (shared with
    /// a take-in's worker, never copied on the window's thread).
    pub base: Option<Arc<Project>>,
    job: Option<Job>,
    others: Vec<Visitor>,
    others_read: Option<Instant>,
    offered_copies: HashSet<PathBuf>,
    copies_read: Option<Instant>,
    /// Save by itself two seconds after the last change.
    pub automatic: bool,
    /// Whether files with no choice of their own save by themselves (from Settings).
    automatic_default: bool,
    offered_automatic: bool,
    /// The revision of the last change here, and when it was seen.
    changed: Option<(u64, Instant)>,
    /// The file is gone (deleted or moved away) while open.
    pub gone: bool,
    /// The index of the map the window shows, laid out again by a take-in's worker.
    shown: usize,
    /// The shown map laid out for the document of a revision, by a take-in's worker.
    prepared: Option<(u64, PreparedView)>,
}

impl std::fmt::Debug for Together {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Together")
            .field("watching", &self.watcher.as_ref().map(FileWatcher::path))
            .field("others", &self.others.len())
            .field("automatic", &self.automatic)
            .field("merging", &self.job.is_some())
            .finish_non_exhaustive()
    }
}

impl Session {
    /// Lets the session wake the window when something happens to the file on disk (a
    /// colleague's save is seen off the window's thread).
    pub fn set_wake(&mut self, wake: impl Fn() + Send + Sync + 'static) {
        self.together.wake = Some(Arc::new(wake));
        self.together.watcher = None;
        self.follow_file();
    }

    /// The name others see in the presence file (from Settings; the account name when
    /// empty).
    pub fn set_author(&mut self, author: &str) {
        if self.together.author != author {
            self.together.author = author.to_owned();
            self.together.presence = None;
            self.follow_file();
        }
    }

    /// Whether files with no choice of their own save by themselves (from Settings).
    pub fn set_save_automatically_default(&mut self, on: bool) {
        self.together.automatic_default = on;
    }

    /// Tells the session the index of the map the window shows, so that a colleague's save
    /// taken in arrives with that map laid out ([`Self::take_prepared_view`]).
    pub fn set_shown_map(&mut self, index: usize) {
        self.together.shown = index;
    }

    /// The shown map laid out for the document as a colleague's save left it, with the
    /// document revision it is for (the window uses it when that is still the revision
    /// and the map it shows, instead of laying the map out on its own thread).
    pub fn take_prepared_view(&mut self) -> Option<(u64, PreparedView)> {
        self.together.prepared.take()
    }

    /// Announces this window as `me` instead of the account and process it runs in (two
    /// windows of one test process).
    #[cfg(test)]
    pub(super) fn set_me(&mut self, me: Me) {
        self.together.me = Some(me);
        self.together.presence = None;
        self.follow_file();
    }

    /// When to look around again (who else has the file open, this window's own presence
    /// file, conflict copies) while nothing else happens: an idle window still shows who
    /// comes and goes, and stays visible to others. `None` without a file.
    pub fn look_again_in(&self, now: Instant) -> Option<Duration> {
        self.editor.as_ref().and_then(|e| e.path())?;
        let since = self
            .together
            .others_read
            .map_or(OTHERS_EVERY, |at| now.duration_since(at));
        Some(
            OTHERS_EVERY
                .saturating_sub(since)
                .max(Duration::from_millis(100)),
        )
    }

    /// Who else has the file open now (fresh presence files only), oldest first.
    pub fn others(&self) -> &[Visitor] {
        &self.together.others
    }

    /// Whether the file is saved by itself after each change.
    pub fn saves_automatically(&self) -> bool {
        self.together.automatic
    }

    /// Whether the file is watched for colleagues' saves.
    pub fn is_watching(&self) -> bool {
        self.together.watcher.is_some()
    }

    /// Whether a colleague's save is being merged in.
    pub fn is_merging(&self) -> bool {
        self.together.job.is_some()
    }

    /// Turns saving by itself on or off for this file (remembered per file).
    pub fn set_save_automatically(&mut self, on: bool) {
        self.together.automatic = on;
        if let (Some(data), Some(path)) = (&self.data, self.path()) {
            let value = serde_json::Value::Bool(on);
            if let Err(e) = prefs::save(data, AUTOMATIC_KEY, Some(path), value) {
                log::warn!("cannot remember saving automatically: {e}");
            }
        }
    }

    /// Starts watching the document's file and announcing who has it open, when the file
    /// changed (a new document, Save As), and reads whether it saves by itself.
    pub(super) fn follow_file(&mut self) {
        let path = self.path().cloned();
        let together = &mut self.together;
        if together.watcher.as_ref().map(FileWatcher::path) != path.as_deref() {
            together.watcher = None;
            together.presence = None;
            together.others.clear();
            together.offered_copies.clear();
            together.copies_read = None;
            together.others_read = None;
            together.gone = false;
            together.automatic = match (&self.data, &path) {
                (Some(data), Some(path)) => prefs::load(data, AUTOMATIC_KEY, Some(path))
                    .and_then(|v| v.as_bool())
                    .unwrap_or(together.automatic_default),
                _ => false,
            };
            if let (Some(path), Some(wake)) = (&path, &together.wake) {
                let wake = wake.clone();
                let known = self.editor.as_ref().and_then(|e| e.disk_hash());
                match FileWatcher::start(path, known, move || wake()) {
                    Ok(watcher) => together.watcher = Some(watcher),
                    Err(e) => log::warn!("not watching {}: {e}", path.display()),
                }
            }
        }
        if together.presence.is_none()
            && together.wake.is_some()
            && let Some(path) = &path
        {
            let me = together
                .me
                .clone()
                .unwrap_or_else(|| Me::current(&together.author));
            together.presence = Presence::announce(path, me);
        }
    }

    /// The file on disk was read or written here as `project`: the base of later merges.
    pub(super) fn read_or_written(&mut self, project: Option<impl Into<Arc<Project>>>) {
        let old = std::mem::replace(&mut self.together.base, project.map(Into::into));
        if let Some(old) = old {
            crate::free::document(old);
        }
        if let (Some(watcher), Some(hash)) = (
            &self.together.watcher,
            self.editor.as_ref().and_then(|e| e.disk_hash()),
        ) {
            watcher.set_known(hash);
        }
        self.follow_file();
    }

    /// Looks at what happened on disk and around: a colleague's save (taken in), the file
    /// gone or unreadable, a merge finished, who else has the file open, conflict copies,
    /// and the automatic save that is due. Call once a frame.
    pub fn poll_disk(&mut self, now: Instant) -> Vec<Effect> {
        let mut effects = Vec::new();
        while let Some(event) = self
            .together
            .watcher
            .as_ref()
            .and_then(FileWatcher::try_recv)
        {
            effects.extend(self.on_disk_event(event));
        }
        effects.extend(self.finish_job());
        self.refresh_presence(now, &mut effects);
        self.look_for_copies(now, &mut effects);
        effects.extend(self.save_if_due(now));
        effects
    }

    fn on_disk_event(&mut self, event: WatchEvent) -> Vec<Effect> {
        // Something moved in the folder: look for conflict copies again soon.
        self.together.copies_read = None;
        match event {
            WatchEvent::Changed(opened) => {
                self.together.gone = false;
                self.take_in(opened)
            }
            WatchEvent::Removed => {
                self.together.gone = true;
                match self.path() {
                    Some(path) => vec![Effect::Notice(Notice::FileGone(path.clone()))],
                    None => Vec::new(),
                }
            }
            // Looked at on the next poll (above).
            WatchEvent::CopiesChanged => Vec::new(),
            WatchEvent::Unreadable { reason } => match self.path() {
                Some(path) => vec![Effect::Notice(Notice::DiskUnreadable {
                    path: path.clone(),
                    reason,
                })],
                None => Vec::new(),
            },
        }
    }

    /// A colleague saved the file as `theirs`: a newer format makes the window read-only;
    /// otherwise the save is taken in on a worker thread (loaded, or merged with the work
    /// here).
    fn take_in(&mut self, mut theirs: Box<Opened>) -> Vec<Effect> {
        let Some(editor) = &mut self.editor else {
            return Vec::new();
        };
        if let Some(version) = theirs.newer_version {
            editor.mark_newer_on_disk(version, theirs.hash);
            return vec![Effect::Notice(Notice::NewerOnDisk { version })];
        }
        if Some(theirs.hash) == editor.disk_hash() {
            return Vec::new();
        }
        // Their version and the document here are shared with the worker, not copied
        // here (a 10,000-card copy would hold the frame up).
        let theirs_project = Arc::new(std::mem::take(&mut theirs.project));
        let work = Work {
            ours: editor.shared_project(),
            dirty: editor.is_dirty(),
            base: self.together.base.clone(),
            theirs: theirs_project.clone(),
            who: presence::likely_author(&self.together.others).map(str::to_owned),
            shown: self.together.shown,
        };
        let revision = editor.revision();
        let (tx, rx) = channel();
        let wake = self.together.wake.clone();
        std::thread::spawn(move || {
            let _ = tx.send(take_in::take_in(work));
            if let Some(wake) = wake {
                wake();
            }
        });
        self.together.job = Some(Job {
            done: rx,
            revision,
            theirs,
            theirs_project,
        });
        Vec::new()
    }

    /// Applies a finished take-in as one undoable step; done again when the document
    /// changed here meanwhile.
    fn finish_job(&mut self) -> Vec<Effect> {
        let Some(job) = &self.together.job else {
            return Vec::new();
        };
        let taken = match job.done.try_recv() {
            Ok(taken) => taken,
            Err(TryRecvError::Empty) => return Vec::new(),
            Err(TryRecvError::Disconnected) => {
                self.together.job = None;
                return Vec::new();
            }
        };
        let Some(job) = self.together.job.take() else {
            return Vec::new();
        };
        let Some(editor) = &mut self.editor else {
            return Vec::new();
        };
        if editor.revision() != job.revision {
            let mut theirs = job.theirs;
            theirs.project = Arc::unwrap_or_clone(job.theirs_project);
            return self.take_in(theirs);
        }
        let mut project = match taken.project {
            Ok(project) => project,
            Err(e) => return vec![Effect::Notice(Notice::Failed(SessionError::Merge(e)))],
        };
        let clean = !editor.is_dirty();
        // The worker's copy of the document here: the revision has not moved since.
        let before = taken.before;
        if !clean {
            let me = my_name(&self.together);
            name_sides(&mut project, &before, &me, taken.incoming.who.as_deref());
        }
        let conflicts = new_conflicts(&before, &project);
        let label = match &taken.incoming.who {
            Some(who) => format!("Changes from {who}"),
            None => "Changes from the file on disk".to_owned(),
        };
        editor.apply_external(project, &label, job.theirs.hash, clean);
        self.together.prepared = taken.view.map(|view| (editor.revision(), view));
        self.read_or_written(Some(job.theirs_project));
        if taken.incoming.is_empty() && conflicts == 0 {
            return Vec::new();
        }
        vec![Effect::Notice(Notice::Incoming(Box::new(IncomingNotice {
            incoming: taken.incoming,
            before,
            merged: !clean,
            conflicts,
        })))]
    }

    /// Merges the file on disk into the document before a save writes over it, when a
    /// colleague changed it since it was read or written here. `Err` holds what to do
    /// instead of saving (a question, a notice).
    pub(super) fn merge_before_save(&mut self, path: &Path) -> Result<Vec<Effect>, Vec<Effect>> {
        let Some(editor) = &mut self.editor else {
            return Ok(Vec::new());
        };
        let Ok(bytes) = crate::io::read_limited(path) else {
            // Gone or unreadable: the save writes it (again).
            return Ok(Vec::new());
        };
        if !editor.differs_from_disk(&bytes) {
            return Ok(Vec::new());
        }
        let theirs = match crate::io::open_bytes(&bytes) {
            Ok(theirs) => theirs,
            // Half written (a sync in progress) or damaged: ask.
            Err(_) => {
                self.prompt = Some(super::Prompt::ChangedOnSave);
                return Err(Vec::new());
            }
        };
        let hash = crate::io::content_hash(&bytes);
        if let Some(version) = theirs.newer_version {
            editor.mark_newer_on_disk(version, hash);
            return Err(vec![Effect::Notice(Notice::NewerOnDisk { version })]);
        }
        let ours = editor.shared_project();
        let merged = match &self.together.base {
            Some(base) => compare::merge(base, &ours, &theirs.project),
            None => compare::merge_two_way(&ours, &theirs.project),
        };
        let mut merged = match merged {
            Ok(merged) => merged,
            Err(e) => return Err(vec![Effect::Notice(Notice::Failed(SessionError::Merge(e)))]),
        };
        let who = presence::likely_author(&self.together.others).map(str::to_owned);
        name_sides(&mut merged, &ours, &my_name(&self.together), who.as_deref());
        let incoming = match &self.together.base {
            Some(base) => compare::incoming(base, &theirs.project, who.as_deref()),
            None => compare::incoming(&ours, &merged, who.as_deref()),
        };
        let conflicts = new_conflicts(&ours, &merged);
        editor.apply_external(merged, "Merge before saving", hash, false);
        self.together.base = Some(Arc::new(theirs.project));
        Ok(vec![Effect::Notice(Notice::Incoming(Box::new(
            IncomingNotice {
                incoming,
                before: ours,
                merged: true,
                conflicts,
            },
        )))])
    }

    fn refresh_presence(&mut self, now: Instant, effects: &mut Vec<Effect>) {
        let together = &mut self.together;
        if let Some(presence) = &mut together.presence
            && presence.due()
        {
            presence.refresh();
        }
        if together
            .others_read
            .is_some_and(|at| now.duration_since(at) < OTHERS_EVERY)
        {
            return;
        }
        together.others_read = Some(now);
        let Some(path) = self.editor.as_ref().and_then(|e| e.path()) else {
            together.others.clear();
            return;
        };
        together.others = presence::others(path, together.presence.as_ref());
        if !together.others.is_empty() && !together.automatic && !together.offered_automatic {
            together.offered_automatic = true;
            let who = together
                .others
                .first()
                .map(|v| v.name.clone())
                .unwrap_or_default();
            effects.push(Effect::Notice(Notice::OfferAutomatic { who }));
        }
    }

    fn look_for_copies(&mut self, now: Instant, effects: &mut Vec<Effect>) {
        let together = &mut self.together;
        if together
            .copies_read
            .is_some_and(|at| now.duration_since(at) < COPIES_EVERY)
        {
            return;
        }
        together.copies_read = Some(now);
        let Some(path) = self.editor.as_ref().and_then(|e| e.path()) else {
            return;
        };
        let found = copies::find(path);
        together.offered_copies.retain(|offered| {
            let here = found.iter().any(|c| &c.path == offered);
            if !here {
                effects.push(Effect::Notice(Notice::CopyGone(offered.clone())));
            }
            here
        });
        for copy in found {
            if together.offered_copies.insert(copy.path.clone()) {
                effects.push(Effect::Notice(Notice::ConflictCopy(copy)));
            }
        }
    }

    /// Saves when saving by itself is on, something is unsaved, and nothing changed for
    /// two seconds.
    fn save_if_due(&mut self, now: Instant) -> Vec<Effect> {
        let Some(editor) = &self.editor else {
            return Vec::new();
        };
        let revision = editor.revision();
        match self.together.changed {
            Some((seen, _)) if seen == revision => {}
            _ => self.together.changed = Some((revision, now)),
        }
        let quiet = self
            .together
            .changed
            .is_some_and(|(_, at)| now.duration_since(at) >= SAVE_AFTER);
        let can = self.together.automatic
            && editor.is_dirty()
            && editor.path().is_some()
            && !editor.is_read_only()
            && !self.together.gone
            && self.together.job.is_none()
            && self.prompt.is_none();
        if can && quiet {
            self.save()
        } else {
            Vec::new()
        }
    }

    /// Merges the sync service's conflict copy at `copy` into the document (one undoable
    /// step; the merged document is unsaved until saved).
    pub fn merge_copy(&mut self, copy: &Path) -> Vec<Effect> {
        let (Some(editor), Some(path)) = (&self.editor, self.path().cloned()) else {
            return Vec::new();
        };
        let ours = editor.shared_project();
        match copies::merge_copy(&path, &ours, copy, self.data.as_ref()) {
            Ok(mut merged) => {
                let conflicts = new_conflicts(&ours, &merged.project);
                let who = copy_author(&path, copy);
                let me = my_name(&self.together);
                name_sides(&mut merged.project, &ours, &me, who.as_deref());
                let incoming = compare::incoming(&ours, &merged.project, who.as_deref());
                let Some(editor) = &mut self.editor else {
                    return Vec::new();
                };
                let hash = editor.disk_hash().unwrap_or_default();
                editor.apply_external(merged.project, "Merge conflicted copy", hash, false);
                vec![Effect::Notice(Notice::CopyMerged {
                    copy: copy.to_owned(),
                    incoming: Box::new(IncomingNotice {
                        incoming,
                        before: ours,
                        merged: true,
                        conflicts,
                    }),
                })]
            }
            Err(e) => vec![Effect::Notice(Notice::Failed(SessionError::Copy(e)))],
        }
    }

    /// Moves a merged conflict copy into the backups, out of the shared folder.
    pub fn put_away_copy(&mut self, copy: &Path) -> Vec<Effect> {
        let (Some(data), Some(path)) = (&self.data, self.path()) else {
            return Vec::new();
        };
        match copies::put_away(data, path, copy) {
            Ok(to) => {
                self.together.offered_copies.remove(copy);
                vec![
                    Effect::Notice(Notice::CopyGone(copy.to_owned())),
                    Effect::Notice(Notice::CopyPutAway(to)),
                ]
            }
            Err(e) => vec![Effect::Notice(Notice::Failed(SessionError::PutAway(e)))],
        }
    }

    /// A normal end, or another document: the presence file goes.
    pub(super) fn leave_file(&mut self) {
        if let Some(presence) = self.together.presence.take() {
            presence.remove();
        }
        self.together.watcher = None;
    }
}

/// Who made the conflict copy `copy` of `path`, when its name says: a person or a
/// computer, never Syncthing's device id (`AIKOQ7Z` means nothing to the person reading).
fn copy_author(path: &Path, copy: &Path) -> Option<String> {
    let name = |p: &Path| p.file_name().map(|n| n.to_string_lossy().into_owned());
    match copies::recognise(&name(path)?, &name(copy)?)? {
        (copies::Service::Syncthing, _, _) => None,
        (_, who, _) => who,
    }
}

/// The name this window's person goes by in presence files.
fn my_name(together: &Together) -> String {
    match (&together.presence, &together.me) {
        (Some(presence), _) => presence.me().name.clone(),
        (None, Some(me)) => me.name.clone(),
        (None, None) => Me::current(&together.author).name,
    }
}
