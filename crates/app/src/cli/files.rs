//! `waymark fmt` and `waymark check`: a file rewritten in canonical form (or told it is
//! not), and a file checked for what a window would refuse or cannot show.

use std::path::Path;

use super::CliError;
use crate::io::{self, LoadError};

/// `waymark fmt FILE` (`--check`: only say whether it is canonical).
pub(super) fn fmt(file: &Path, check_only: bool) -> Result<String, CliError> {
    let bytes = io::read_limited(file).map_err(|e| match e {
        LoadError::Read { .. } => CliError::one(e.to_string()),
        e => CliError::one(format!("{}: {e}", file.display())),
    })?;
    let project = io::load_bytes(&bytes).map_err(|e| match e {
        LoadError::Invalid(problems) => CliError::many(
            problems
                .iter()
                .map(|p| format!("{}: {p}", file.display()))
                .collect(),
        ),
        e => CliError::one(format!("{}: {e}", file.display())),
    })?;
    let canonical = io::to_bytes(&project).map_err(|e| CliError::one(e.to_string()))?;
    if canonical == bytes {
        return Ok(String::new());
    }
    if check_only {
        return Err(CliError::one(format!(
            "{} is not in canonical form; `waymark fmt {}` rewrites it",
            file.display(),
            file.display()
        )));
    }
    if io::is_read_only_file(file) {
        return Err(CliError::read_only(file, "fmt leaves it as it is"));
    }
    io::write_atomic(file, &canonical).map_err(|e| CliError::one(e.to_string()))?;
    Ok(format!("formatted {}\n", file.display()))
}

/// `waymark check FILE`: the problems a window would show, one line each.
pub(super) fn check(file: &Path) -> Result<String, CliError> {
    match io::load_path(file) {
        Ok(project) => {
            let engine = crate::text::TextEngine::global();
            let problems: Vec<String> =
                crate::text::coverage::problems(&project, &project.maps, engine)
                    .iter()
                    .map(ToString::to_string)
                    .chain(crate::images::problems(&project, &project.maps, true))
                    .chain(io::hidden_cards(&project).iter().map(ToString::to_string))
                    .chain(
                        io::broken_map_links(&project)
                            .iter()
                            .map(ToString::to_string),
                    )
                    .chain(
                        io::broken_channels(&project)
                            .iter()
                            .map(ToString::to_string),
                    )
                    .chain(project.conflicts.iter().flat_map(|c| &c.items).map(|c| {
                        format!(
                            "unresolved merge conflict: {}",
                            crate::compare::describe_conflict(c, &project)
                        )
                    }))
                    .map(|p| format!("{}: {p}", file.display()))
                    .collect();
            // Warnings (an icon the library lacks) are printed but do not fail the check.
            let warnings: Vec<String> = io::unknown_icons(&project)
                .iter()
                .map(|w| format!("{}: warning: {w}", file.display()))
                .collect();
            if !problems.is_empty() {
                return Err(CliError::many(
                    problems.into_iter().chain(warnings).collect(),
                ));
            }
            let cards: usize = project.maps.iter().map(|m| m.cards.len()).sum();
            let mut out: String = warnings.iter().map(|w| format!("{w}\n")).collect();
            let count = |n: usize, one: &str, many: &str| {
                format!("{n} {}", if n == 1 { one } else { many })
            };
            out.push_str(&format!(
                "{}: ok ({}, {})\n",
                file.display(),
                count(project.maps.len(), "map", "maps"),
                count(cards, "card", "cards")
            ));
            Ok(out)
        }
        Err(LoadError::Invalid(problems)) => Err(CliError::many(
            problems
                .iter()
                .map(|p| format!("{}: {p}", file.display()))
                .collect(),
        )),
        Err(e @ LoadError::Read { .. }) => Err(CliError::one(e.to_string())),
        Err(e) => Err(CliError::one(format!("{}: {e}", file.display()))),
    }
}
