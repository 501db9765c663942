//! `waymark diff` and `waymark merge`: compare two versions, or merge two people's edits of
//! a common ancestor (git's merge driver: `waymark merge %O %A %B`).
//!
//! Like `diff` and `git merge-file`, they exit 0 when the versions are equal or the merge
//! is clean, 1 when they differ or conflicts remain, and 2 on an error.

use std::path::{Path, PathBuf};

use clap::Args;

use crate::cli::{CliError, Finished};
use crate::compare::{self, Change};
use crate::io::{self, LoadError};
use crate::model::{JourneyMap, Project};

/// `waymark diff` arguments.
#[derive(Debug, Args)]
pub struct DiffArgs {
    /// The earlier version.
    pub a: PathBuf,
    /// The later version.
    pub b: PathBuf,
    /// Compare one map, by id or name (in each file); by default every map.
    #[arg(long)]
    pub map: Option<String>,
    /// Print the changes as JSON (`{"equal": …, "changes": […]}`).
    #[arg(long)]
    pub json: bool,
}

/// `waymark merge` arguments.
#[derive(Debug, Args)]
pub struct MergeArgs {
    /// The common ancestor (git's %O).
    pub base: PathBuf,
    /// Our version (git's %A); the merge is written here unless `-o` says otherwise.
    pub ours: PathBuf,
    /// Their version (git's %B).
    pub theirs: PathBuf,
    /// Where to write the merged project (default: OURS).
    #[arg(short, long)]
    pub output: Option<PathBuf>,
}

/// Compares two files; exit 0 when equal, 1 when they differ.
pub fn diff(args: &DiffArgs) -> Result<Finished, CliError> {
    let (a, b) = (load(&args.a)?, load(&args.b)?);
    let changes = match &args.map {
        Some(which) => {
            let pick = |p: &Project, file: &Path| -> Result<JourneyMap, CliError> {
                p.find_map(which)
                    .cloned()
                    .ok_or_else(|| CliError::one(format!("{}: no map {which:?}", file.display())))
            };
            compare::diff_maps_in(&a, &pick(&a, &args.a)?, &b, &pick(&b, &args.b)?)
        }
        None => compare::diff_projects(&a, &b),
    };
    let stdout = if args.json {
        let doc = serde_json::json!({ "equal": changes.is_empty(), "changes": changes });
        let mut text = serde_json::to_string_pretty(&doc)
            .map_err(|e| CliError::one(format!("could not write JSON: {e}")))?;
        text.push('\n');
        text
    } else {
        readable(&changes)
    };
    Ok(Finished {
        stdout,
        code: u8::from(!changes.is_empty()),
    })
}

/// The changes as lines, grouped under the map they are in.
fn readable(changes: &[Change]) -> String {
    let mut out = String::new();
    let mut map: Option<&str> = None;
    for change in changes {
        let here = change.map.as_deref();
        if here != map {
            if let Some(name) = here {
                out.push_str(&format!("map \"{name}\":\n"));
            }
            map = here;
        }
        let indent = if map.is_some() { "  " } else { "" };
        out.push_str(&format!("{indent}{}\n", compare::describe(change)));
    }
    out
}

/// Merges three files; writes the result; exit 0 when clean, 1 with conflicts.
pub fn merge(args: &MergeArgs) -> Result<Finished, CliError> {
    let out = args.output.as_ref().unwrap_or(&args.ours);
    if io::is_read_only_file(out) {
        return Err(CliError::read_only(out, "nothing was merged"));
    }
    let base = load(&args.base)?;
    let ours = load(&args.ours)?;
    let theirs = load(&args.theirs)?;
    let merged = compare::merge(&base, &ours, &theirs).map_err(|e| CliError::one(e.to_string()))?;
    io::save_path(&merged, out).map_err(|e| CliError::one(e.to_string()))?;
    let conflicts = merged.conflicts.as_ref().map_or(&[][..], |c| &c.items[..]);
    if conflicts.is_empty() {
        return Ok(Finished {
            stdout: format!("merged into {}\n", out.display()),
            code: 0,
        });
    }
    let mut stdout = format!(
        "merged into {} with {} conflict{} (ours kept; open it in Waymark to pick a side):\n",
        out.display(),
        conflicts.len(),
        if conflicts.len() == 1 { "" } else { "s" }
    );
    for c in conflicts {
        stdout.push_str(&format!("  {}\n", compare::describe_conflict(c, &merged)));
    }
    Ok(Finished { stdout, code: 1 })
}

fn load(file: &Path) -> Result<Project, CliError> {
    io::load_path(file).map_err(|e| match e {
        LoadError::Read { .. } => CliError::one(e.to_string()),
        LoadError::Invalid(problems) => CliError::one(format!(
            "{}: {}",
            file.display(),
            problems
                .first()
                .map(ToString::to_string)
                .unwrap_or_default()
        )),
        e => CliError::one(format!("{}: {e}", file.display())),
    })
}
