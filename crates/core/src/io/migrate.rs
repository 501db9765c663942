//! Step-by-step upgrades of older files, applied to the raw JSON before it is typed.
//!
//! `STEPS[i]` turns a version `i + 1` document into version `i + 2`. Version 1 is the
//! first format, so there are no steps yet; each future format change adds one here,
//! together with a frozen fixture of the old version under `tests/fixtures/`.

use serde_json::Value;

use super::{CURRENT_VERSION, LoadError};

type Step = fn(&mut Value) -> Result<(), LoadError>;

const STEPS: &[Step] = &[];

/// Upgrades `raw` from `version` to [`CURRENT_VERSION`] in place.
pub(super) fn to_current(raw: &mut Value, version: u64) -> Result<(), LoadError> {
    debug_assert_eq!(STEPS.len() as u64 + 1, CURRENT_VERSION);
    let first = usize::try_from(version.saturating_sub(1)).unwrap_or(usize::MAX);
    for step in STEPS.iter().skip(first) {
        step(raw)?;
    }
    Ok(())
}
