//! Taking a colleague's save in, on a worker thread: their version loaded (nothing is
//! unsaved here) or merged with the work here, what came in worded for the notice, and
//! the map on screen laid out again for the result — so that the window's thread only
//! swaps the document and its picture in (a 10,000-card map's layout would hold a frame
//! up for tens of milliseconds).

use std::collections::HashSet;
use std::sync::Arc;
use std::sync::mpsc::Receiver;

use crate::compare::{self, Incoming, MergeError};
use crate::io::Opened;
use crate::layout::MapLayout;
use crate::layout::scene::Scene;
use crate::model::{MapId, Project};

/// A colleague's save being taken in on a worker thread.
pub(super) struct Job {
    pub done: Receiver<Taken>,
    /// The document revision the work started from: a change here meanwhile means the
    /// merge is done again with it.
    pub revision: u64,
    /// The colleague's save, its project taken out into `theirs_project`.
    pub theirs: Box<Opened>,
    /// Their project, shared with the worker.
    pub theirs_project: Arc<Project>,
}

/// What the worker made of a colleague's save.
pub(super) struct Taken {
    /// The document with their save taken in.
    pub project: Result<Project, MergeError>,
    /// What changed here, for the notice.
    pub incoming: Incoming,
    /// The document the work started from (the one here, while its revision holds).
    pub before: Arc<Project>,
    /// The map on screen laid out for `project`.
    pub view: Option<PreparedView>,
}

/// A map laid out, with its scene, for a document the window is about to show.
#[derive(Debug)]
pub struct PreparedView {
    /// The map laid out.
    pub map: MapId,
    /// Its layout ([`crate::layout::layout_map`]).
    pub layout: MapLayout,
    /// The layout's scene ([`crate::layout::scene::build`]).
    pub scene: Scene,
}

/// What the worker is given.
pub(super) struct Work {
    /// The document here.
    pub ours: Arc<Project>,
    /// Whether it has unsaved changes.
    pub dirty: bool,
    /// The version last read or written here, when known.
    pub base: Option<Arc<Project>>,
    /// The colleague's save.
    pub theirs: Arc<Project>,
    /// Who most likely saved it.
    pub who: Option<String>,
    /// The index of the map on screen.
    pub shown: usize,
}

/// Takes `work.theirs` in (see the module's comment).
pub(super) fn take_in(work: Work) -> Taken {
    let Work {
        ours,
        dirty,
        base,
        theirs,
        who,
        shown,
    } = work;
    let who = who.as_deref();
    let nothing = || compare::incoming(&ours, &ours, who);
    // What came in is what they changed since the version both started from (a change of
    // theirs that conflicts with one here is news too); without that version, what the
    // merge changed here.
    let (incoming, project) = match (dirty, base) {
        (false, _) => (
            compare::incoming(&ours, &theirs, who),
            Ok(Arc::unwrap_or_clone(theirs)),
        ),
        (true, Some(base)) => {
            let merged = compare::merge(&base, &ours, &theirs);
            let incoming = match &merged {
                Ok(_) => compare::incoming(&base, &theirs, who),
                Err(_) => nothing(),
            };
            (incoming, merged)
        }
        (true, None) => {
            let merged = compare::merge_two_way(&ours, &theirs);
            let incoming = match &merged {
                Ok(after) => compare::incoming(&ours, after, who),
                Err(_) => nothing(),
            };
            (incoming, merged)
        }
    };
    let view = project.as_ref().ok().and_then(|project| {
        let map = project.maps.get(shown)?;
        let engine = crate::text::TextEngine::global();
        let layout =
            crate::layout::sparing_a_core(|| crate::layout::layout_map(project, map, engine));
        let scene = crate::layout::scene::build(&layout);
        Some(PreparedView {
            map: map.id.clone(),
            layout,
            scene,
        })
    });
    Taken {
        project,
        incoming,
        before: ours,
        view,
    }
}

/// What a colleague's save (or a conflict copy) brought in, for the window to say.
#[derive(Debug)]
pub struct IncomingNotice {
    /// The changes, counted and listed, with who made them when known.
    pub incoming: Incoming,
    /// The document as it was before (to compare with, from "Show"), shared with the
    /// undo history.
    pub before: Arc<Project>,
    /// The work here was merged with it (not just loaded).
    pub merged: bool,
    /// How many new merge conflicts it left.
    pub conflicts: usize,
}

/// Names the sides of the conflicts a merge added to `after` (those `before` did not
/// hold): ours by `me`, theirs by `them` when known.
pub(super) fn name_sides(after: &mut Project, before: &Project, me: &str, them: Option<&str>) {
    let old: HashSet<&str> = before
        .conflicts
        .iter()
        .flat_map(|c| &c.items)
        .map(|c| c.id.as_str())
        .collect();
    for item in after.conflicts.iter_mut().flat_map(|c| &mut c.items) {
        if !old.contains(item.id.as_str()) && item.ours_by.is_none() {
            item.ours_by = Some(me.to_owned());
            item.theirs_by = them.map(str::to_owned);
        }
    }
}

/// How many more merge conflicts `after` holds than `before`.
pub(super) fn new_conflicts(before: &Project, after: &Project) -> usize {
    let count = |p: &Project| p.conflicts.as_ref().map_or(0, |c| c.items.len());
    count(after).saturating_sub(count(before))
}
