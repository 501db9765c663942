//! The conflict copies sync services leave beside a file when two saves collide, and
//! merging one back into the file.
//!
//! Each service names its copy in its own way (checked against each one's documentation
//! or, where it has none, its users' reports), for `plan.waymark`:
//!
//! | service | copy | source |
//! |---|---|---|
//! | Dropbox | `plan (Aiko's conflicted copy 2026-12-03).waymark` | Dropbox Help, "What's a conflicted copy?": the name "appended with 'conflicted copy,' the name of the person or computer responsible, and the date" |
//! | Nextcloud (and ownCloud) | `plan (conflicted copy 2026-12-03 101530).waymark` | Nextcloud user manual, Desktop client → Conflicts: `mydata (conflicted copy 2018-04-10 093612).txt` |
//! | Syncthing | `plan.sync-conflict-20261203-101530-ABCDEFG.waymark` | Syncthing FAQ, "What if there is a conflict?": `<filename>.sync-conflict-<date>-<time>-<modifiedBy>.<ext>` (modifiedBy: the first 7 characters of a device id) |
//! | OneDrive | `plan-DESKTOP-7K2QF.waymark`, `plan-DESKTOP-7K2QF-1.waymark` | OneDrive keeps both versions and adds the computer's name (Windows computer names are upper case, at most 15 characters); no page of Microsoft's spells the pattern |
//! | Google Drive | `plan (1).waymark` | Drive for desktop keeps the other version as a numbered copy; undocumented, from users' reports (the same name a browser gives a second download) |
//!
//! A copy is only ever *offered*: merging it is the person's choice, so a false match
//! (a `plan (1).waymark` someone saved on purpose) costs a question, never data.
//!
//! Merging a copy ([`merge_copy`]) finds their common ancestor among Waymark's backups
//! of the file (the backup closest to both versions), merges three ways with
//! [`crate::compare::merge`], or, with no backup, two ways with
//! [`crate::compare::merge_two_way`] (adds, never deletes, and records what differs as
//! conflicts). [`put_away`] then moves the copy into the file's backups.

use std::path::{Path, PathBuf};

use super::{DataDir, StoreError, backup};
use crate::compare::{self, Change, MergeError};
use crate::io::{self, LoadError};
use crate::model::Project;

/// The most entries of a folder looked at for copies.
pub const MAX_ENTRIES: usize = 10_000;

/// The sync service whose naming a copy follows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Service {
    /// `name (Aiko's conflicted copy 2026-12-03).ext`.
    Dropbox,
    /// `name (conflicted copy 2026-12-03 101530).ext`.
    Nextcloud,
    /// `name.sync-conflict-20261203-101530-ABCDEFG.ext`.
    Syncthing,
    /// `name-HOSTNAME.ext`, `name-HOSTNAME-1.ext`.
    OneDrive,
    /// `name (1).ext`.
    GoogleDrive,
}

impl Service {
    /// The service's name.
    pub fn label(self) -> &'static str {
        match self {
            Self::Dropbox => "Dropbox",
            Self::Nextcloud => "Nextcloud",
            Self::Syncthing => "Syncthing",
            Self::OneDrive => "OneDrive",
            Self::GoogleDrive => "Google Drive",
        }
    }
}

/// A conflict copy of a file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConflictCopy {
    /// The copy.
    pub path: PathBuf,
    /// Whose naming it follows.
    pub service: Service,
    /// Who made it, when the name says: a person (Dropbox), a computer (OneDrive) or a
    /// device id (Syncthing).
    pub who: Option<String>,
    /// When, as the name says it (`2026-12-03`, `2026-12-03 10:15:30`).
    pub when: Option<String>,
}

impl ConflictCopy {
    /// How to offer it: `Merge Aiko's conflicted copy`, `Merge the Syncthing copy from
    /// 2026-12-03 10:15:30`.
    pub fn offer(&self) -> String {
        match (&self.who, self.service) {
            (Some(who), Service::Dropbox) => format!("Merge {who}'s conflicted copy"),
            (Some(who), Service::OneDrive) => format!("Merge the copy from {who}"),
            _ => match &self.when {
                Some(when) => format!("Merge the {} copy from {when}", self.service.label()),
                None => format!("Merge the {} copy", self.service.label()),
            },
        }
    }
}

/// Whether the file name `name` is a conflict copy of `original` (a file name), and if
/// so whose and when.
pub fn recognise(original: &str, name: &str) -> Option<(Service, Option<String>, Option<String>)> {
    if name == original {
        return None;
    }
    let (stem, ext) = match original.rsplit_once('.') {
        Some((s, e)) if !s.is_empty() => (s, format!(".{e}")),
        _ => (original, String::new()),
    };
    let middle = name.strip_prefix(stem)?.strip_suffix(ext.as_str())?;
    if let Some(inner) = middle.strip_prefix(" (").and_then(|m| m.strip_suffix(')')) {
        return in_brackets(inner);
    }
    if let Some(rest) = middle.strip_prefix(".sync-conflict-") {
        return syncthing(rest);
    }
    onedrive(middle.strip_prefix('-')?)
}

/// `Aiko's conflicted copy 2026-12-03`, `conflicted copy 2026-12-03 101530`, `1`.
fn in_brackets(inner: &str) -> Option<(Service, Option<String>, Option<String>)> {
    if !inner.is_empty() && inner.chars().all(|c| c.is_ascii_digit()) {
        return Some((Service::GoogleDrive, None, None));
    }
    let at = inner.find("conflicted copy")?;
    let (before, after) = (
        inner[..at].trim(),
        inner[at + "conflicted copy".len()..].trim(),
    );
    // A Dropbox copy made twice the same day ends in ` (1)`.
    let after = match after.rsplit_once(" (") {
        Some((a, n)) if n.trim_end_matches(')').chars().all(|c| c.is_ascii_digit()) => a,
        _ => after,
    };
    let words: Vec<&str> = after.split_whitespace().collect();
    let date_at = words.iter().position(|w| is_date(w));
    let when = date_at.map(|i| {
        let mut when = words[i].to_owned();
        if let Some(time) = words.get(i + 1).and_then(|t| clock(t)) {
            when.push(' ');
            when.push_str(&time);
        }
        when
    });
    let possessive = before
        .strip_suffix("'s")
        .or_else(|| before.strip_suffix("’s"))
        .map(str::trim)
        .filter(|w| !w.is_empty());
    match possessive {
        Some(who) => Some((Service::Dropbox, Some(who.to_owned()), when)),
        None => {
            // Newer Nextcloud clients put the user between "copy" and the date.
            let who = date_at
                .map(|i| words[..i].join(" "))
                .filter(|w| !w.is_empty());
            Some((Service::Nextcloud, who, when))
        }
    }
}

/// `20261203-101530-ABCDEFG`.
fn syncthing(rest: &str) -> Option<(Service, Option<String>, Option<String>)> {
    let mut parts = rest.splitn(3, '-');
    let (date, time) = (parts.next()?, parts.next()?);
    let device = parts.next().filter(|d| !d.is_empty());
    if date.len() != 8 || !date.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let when = format!("{}-{}-{}", &date[..4], &date[4..6], &date[6..]);
    let when = match clock(time) {
        Some(t) => format!("{when} {t}"),
        None => when,
    };
    Some((Service::Syncthing, device.map(str::to_owned), Some(when)))
}

/// `DESKTOP-7K2QF` or `DESKTOP-7K2QF-1`: a Windows computer name (upper case letters,
/// digits and `-`, at most 15 characters, at least one letter) and perhaps a number.
fn onedrive(rest: &str) -> Option<(Service, Option<String>, Option<String>)> {
    let host = match rest.rsplit_once('-') {
        Some((h, n)) if !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()) && !h.is_empty() => {
            h
        }
        _ => rest,
    };
    let ok = (1..=15).contains(&host.len())
        && host
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '-')
        && host.chars().any(|c| c.is_ascii_uppercase());
    ok.then(|| (Service::OneDrive, Some(host.to_owned()), None))
}

fn is_date(w: &str) -> bool {
    let b = w.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && w.chars()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
}

/// `101530` as `10:15:30`.
fn clock(t: &str) -> Option<String> {
    (t.len() == 6 && t.chars().all(|c| c.is_ascii_digit()))
        .then(|| format!("{}:{}:{}", &t[..2], &t[2..4], &t[4..]))
}

/// The conflict copies of `path` in its folder, by name. At most [`MAX_ENTRIES`] entries
/// of the folder are looked at.
pub fn find(path: &Path) -> Vec<ConflictCopy> {
    let Some(original) = path.file_name().map(|n| n.to_string_lossy().into_owned()) else {
        return Vec::new();
    };
    let folder = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let Ok(entries) = std::fs::read_dir(folder) else {
        return Vec::new();
    };
    let mut copies: Vec<ConflictCopy> = entries
        .take(MAX_ENTRIES)
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
        .filter_map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            let (service, who, when) = recognise(&original, &name)?;
            Some(ConflictCopy {
                path: e.path(),
                service,
                who,
                when,
            })
        })
        .collect();
    copies.sort_by(|a, b| a.path.cmp(&b.path));
    copies
}

/// Why a copy could not be merged. Nothing was changed.
#[derive(Debug, thiserror::Error)]
pub enum CopyError {
    /// The copy does not read as a project.
    #[error("{}: {source}", path.display())]
    Unreadable {
        /// The copy.
        path: PathBuf,
        /// Why.
        source: LoadError,
    },
    /// The merge failed.
    #[error(transparent)]
    Merge(#[from] MergeError),
}

/// The common ancestor a merge used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Ancestor {
    /// A backup of the file in the data folder.
    Backup(PathBuf),
    /// None was found: the two versions were merged two ways.
    None,
}

/// A conflict copy merged into a document.
#[derive(Debug)]
pub struct CopyMerge {
    /// The merged project (its conflicts, if any, in its `conflicts` section).
    pub project: Project,
    /// The ancestor the merge used.
    pub ancestor: Ancestor,
    /// What the merge changed in `ours`.
    pub changes: Vec<Change>,
}

/// Merges the conflict copy `copy` of the file `path` into `ours` (the open document),
/// with the best ancestor among the file's backups in `data` (see the module docs).
pub fn merge_copy(
    path: &Path,
    ours: &Project,
    copy: &Path,
    data: Option<&DataDir>,
) -> Result<CopyMerge, CopyError> {
    let theirs = io::load_path(copy).map_err(|source| CopyError::Unreadable {
        path: copy.to_owned(),
        source,
    })?;
    let ancestor = data.and_then(|d| best_ancestor(&backup::list(d, path), ours, &theirs));
    let (project, ancestor) = match ancestor {
        Some((base_path, base)) => (
            compare::merge(&base, ours, &theirs)?,
            Ancestor::Backup(base_path),
        ),
        None => (compare::merge_two_way(ours, &theirs)?, Ancestor::None),
    };
    let changes = compare::diff_projects(ours, &project);
    Ok(CopyMerge {
        project,
        ancestor,
        changes,
    })
}

/// The backup closest to both versions: the fewest changes from it to each, counted by
/// [`compare::diff_projects`]. Backups that do not read are skipped.
pub fn best_ancestor(
    backups: &[PathBuf],
    ours: &Project,
    theirs: &Project,
) -> Option<(PathBuf, Project)> {
    backups
        .iter()
        .take(backup::KEEP * 2)
        .filter_map(|p| Some((p.clone(), io::load_path(p).ok()?)))
        .min_by_key(|(_, b)| {
            compare::diff_projects(b, ours).len() + compare::diff_projects(b, theirs).len()
        })
}

/// Moves the merged copy `copy` of `path` into the file's backups in `data` (where
/// Compare with… finds it) and removes it from the folder; returns where it went.
pub fn put_away(data: &DataDir, path: &Path, copy: &Path) -> Result<PathBuf, StoreError> {
    let bytes = io::read_bounded(copy, io::MAX_FILE_BYTES)
        .map_err(|e| StoreError::at("cannot read the copy", copy)(e.into_io()))?;
    let kept = backup::back_up(data, path, &bytes)?;
    std::fs::remove_file(copy).map_err(StoreError::at("cannot remove the copy", copy))?;
    Ok(kept)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seen(name: &str) -> Option<(Service, Option<String>, Option<String>)> {
        recognise("plan.waymark", name)
    }

    #[test]
    fn each_services_copy_is_recognised_with_who_and_when() {
        assert_eq!(
            seen("plan (Aiko's conflicted copy 2026-12-03).waymark"),
            Some((
                Service::Dropbox,
                Some("Aiko".into()),
                Some("2026-12-03".into())
            ))
        );
        assert_eq!(
            seen("plan (Aiko Tanaka's conflicted copy 2026-12-03 (1)).waymark"),
            Some((
                Service::Dropbox,
                Some("Aiko Tanaka".into()),
                Some("2026-12-03".into())
            ))
        );
        assert_eq!(
            seen("plan (conflicted copy 2026-12-03 101530).waymark"),
            Some((Service::Nextcloud, None, Some("2026-12-03 10:15:30".into())))
        );
        assert_eq!(
            seen("plan.sync-conflict-20261203-101530-ABCDEFG.waymark"),
            Some((
                Service::Syncthing,
                Some("ABCDEFG".into()),
                Some("2026-12-03 10:15:30".into())
            ))
        );
        assert_eq!(
            seen("plan-DESKTOP-7K2QF.waymark"),
            Some((Service::OneDrive, Some("DESKTOP-7K2QF".into()), None))
        );
        assert_eq!(
            seen("plan-LAPTOP-1.waymark"),
            Some((Service::OneDrive, Some("LAPTOP".into()), None))
        );
        assert_eq!(
            seen("plan (1).waymark"),
            Some((Service::GoogleDrive, None, None))
        );
    }

    #[test]
    fn other_files_are_not_copies() {
        for name in [
            "plan.waymark",
            "plan-v2.waymark",
            "plan (final).waymark",
            "plan (1).json",
            "other (Aiko's conflicted copy 2026-12-03).waymark",
            "plan.sync-conflict-2026.waymark",
            "plan-ABCDEFGHIJKLMNOP.waymark",
        ] {
            assert_eq!(seen(name), None, "{name}");
        }
    }
}
