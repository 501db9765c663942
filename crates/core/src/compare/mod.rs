//! Comparing and merging versions of a project, keyed by ids (DESIGN.md §3: every thing in
//! a file has a stable id, so two versions line up without guessing).
//!
//! - [`diff`] lists what changed from one version to another ([`diff_projects`],
//!   [`diff_maps`]) as [`Change`]s; [`describe`] says each in words that name things
//!   rather than ids.
//! - [`merge`] joins two people's edits of a common ancestor field by field
//!   ([`merge()`]); what it cannot settle is recorded in the file's `conflicts` section
//!   ([`crate::model::MergeConflicts`]).
//! - [`resolve`] settles one recorded conflict by picking a side ([`resolve()`]).
//!
//! The rules for the hard cases are in `docs/file-format.md` ("Merging").

pub mod describe;
pub mod diff;
pub mod merge;
mod order;
mod pairs;
pub mod resolve;
mod scores;
mod twins;
mod value;
mod words;

pub use describe::{describe, describe_conflict};
pub use diff::{Change, ChangeOp, Place, diff_maps, diff_maps_in, diff_projects};
pub use merge::{MergeError, merge};
pub use resolve::{ResolveError, resolve};
