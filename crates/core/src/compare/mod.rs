//! Comparing and merging versions of a project, keyed by ids (DESIGN.md §3: every thing in
//! a file has a stable id, so two versions line up without guessing).
//!
//! - [`diff`] lists what changed from one version to another ([`diff_projects`],
//!   [`diff_maps`]) as [`Change`]s; [`describe`] says each in words that name things
//!   rather than ids.
//!   The words come from a compare catalogue ([`crate::i18n::Catalogue::compare`]):
//!   English for the command line, the window's language in the window ([`describe_in`]).
//! - [`merge`] joins two people's edits of a common ancestor field by field
//!   ([`merge()`]); what it cannot settle is recorded in the file's `conflicts` section
//!   ([`crate::model::MergeConflicts`]).
//! - [`resolve`] settles one recorded conflict by picking a side ([`resolve()`]).
//! - [`incoming`] sums up what a merge or reload brought in, for a notice
//!   ("Aiko: 3 cards changed, 1 added").
//!
//! The rules for the hard cases are in `docs/file-format.md` ("Merging").

pub mod describe;
pub mod diff;
pub mod incoming;
pub mod merge;
mod order;
mod pairs;
pub mod resolve;
mod scores;
mod twins;
mod value;
mod words;

pub use describe::{describe, describe_conflict, describe_conflict_in, describe_in, thing_word};
pub use diff::{Change, ChangeOp, Place, diff_maps, diff_maps_in, diff_maps_worded, diff_projects};
pub use incoming::{Count, Incoming, incoming};
pub use merge::{MergeError, merge, merge_two_way};
pub use resolve::{ResolveError, resolve};
