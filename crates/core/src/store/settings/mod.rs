//! What the person using Waymark chooses, kept in the data folder: the app's settings
//! (File → Settings, here: the few things a designer chooses once, in `settings.json`) and,
//! in [`prefs`], the small choices remembered per project file (the last export settings).
//! Plain data, no window: the app turns [`Theme`] into its toolkit's theme. Values out of
//! range are brought back into range when read, and fields this version does not know are
//! kept and written back.

pub mod prefs;

use std::path::PathBuf;
use std::time::Duration;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::{DataDir, StoreError};

/// The name of the settings file in the data folder.
pub const FILE_NAME: &str = "settings.json";
/// The shortest and longest time between two recovery copies, in seconds.
pub const RECOVERY_SECONDS: std::ops::RangeInclusive<u64> = 5..=600;
/// The smallest and largest default PNG export scale.
pub const EXPORT_SCALE: std::ops::RangeInclusive<f32> = 1.0..=4.0;
/// The narrowest and widest inspector, in points (the window keeps it under half its width).
pub const INSPECTOR_WIDTH: std::ops::RangeInclusive<f32> = 240.0..=900.0;
/// The longest author name kept, in characters.
pub const MAX_AUTHOR_CHARS: usize = 200;
/// The largest settings file read (a few hundred bytes are normal).
pub const MAX_SETTINGS_BYTES: u64 = 1_000_000;

/// Light or dark window chrome. The map itself keeps its light palette either way.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Theme {
    /// Whatever the operating system uses.
    #[default]
    System,
    /// Light.
    Light,
    /// Dark.
    Dark,
}

/// What sits behind an exported map unless the Export dialog says otherwise.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ExportBackground {
    /// An opaque white page.
    #[default]
    White,
    /// Nothing (alpha 0).
    Transparent,
}

/// Everything on the Settings page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// The name written on review notes; empty until set.
    pub author: String,
    /// The bundled template File → New (Ctrl+N) starts from.
    pub template: String,
    /// The PNG scale of a project's first export.
    pub export_scale: f32,
    /// The background of a project's first export.
    pub export_background: ExportBackground,
    /// The least time between two recovery copies of unsaved work, in seconds.
    pub recovery_seconds: u64,
    /// The font family new projects are set in; `None` is the bundled Inter.
    pub map_font: Option<String>,
    /// The window's language (a BCP 47 tag the window is translated into); `None` follows
    /// the system's (`LC_ALL`, `LC_MESSAGES`, `LANG`). Maps keep their own language.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// Light or dark chrome, or the system's.
    pub theme: Theme,
    /// A dark canvas around the (still light) page when the chrome is dark.
    pub dark_canvas: bool,
    /// Files save by themselves two seconds after each change unless a file was set
    /// otherwise (File → Save automatically).
    pub save_automatically: bool,
    /// The inspector's width in points, as it was last dragged.
    pub inspector_width: f32,
    /// Fields written by a newer Waymark, kept as they were.
    #[serde(flatten)]
    pub unknown: Map<String, Value>,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            author: String::new(),
            template: "standard".to_owned(),
            export_scale: 2.0,
            export_background: ExportBackground::White,
            recovery_seconds: 30,
            map_font: None,
            language: None,
            theme: Theme::System,
            dark_canvas: true,
            save_automatically: false,
            inspector_width: 300.0,
            unknown: Map::new(),
        }
    }
}

impl Settings {
    /// The time between two recovery copies.
    pub fn recovery_interval(&self) -> Duration {
        Duration::from_secs(self.recovery_seconds)
    }

    /// The same settings with every value in range: a known template, a scale and an
    /// interval within their limits, a short single-line author, no blank font name.
    pub fn sanitized(mut self) -> Self {
        if crate::assets::template(&self.template).is_none() {
            self.template = Self::default().template;
        }
        self.export_scale = if self.export_scale.is_finite() {
            self.export_scale
                .clamp(*EXPORT_SCALE.start(), *EXPORT_SCALE.end())
        } else {
            Self::default().export_scale
        };
        self.inspector_width = if self.inspector_width.is_finite() {
            self.inspector_width
                .clamp(*INSPECTOR_WIDTH.start(), *INSPECTOR_WIDTH.end())
        } else {
            Self::default().inspector_width
        };
        self.recovery_seconds = self
            .recovery_seconds
            .clamp(*RECOVERY_SECONDS.start(), *RECOVERY_SECONDS.end());
        self.author = self
            .author
            .chars()
            .filter(|c| !c.is_control())
            .take(MAX_AUTHOR_CHARS)
            .collect::<String>()
            .trim()
            .to_owned();
        // A language tag kept only when it has the shape of one; the window shows English
        // for one it has no catalogue for.
        self.language = self
            .language
            .map(|l| l.trim().to_owned())
            .filter(|l| crate::i18n::is_valid_tag(l));
        self.map_font = self
            .map_font
            .map(|f| f.trim().to_owned())
            .filter(|f| !f.is_empty() && f != crate::fonts::FAMILY);
        self
    }
}

/// Why the settings file could not be read.
#[derive(Debug, thiserror::Error)]
#[error("cannot read the settings ({}): {reason}; the defaults are used", path.display())]
pub struct SettingsError {
    /// The settings file.
    pub path: PathBuf,
    /// What is wrong with it.
    pub reason: String,
}

/// The settings file in `dir`.
pub fn path(dir: &DataDir) -> PathBuf {
    dir.root().join(FILE_NAME)
}

/// The saved settings; the defaults when there is no file yet. A file that cannot be read
/// or understood, or is over [`MAX_SETTINGS_BYTES`], is an error (the caller shows it and
/// goes on with the defaults).
pub fn load(dir: &DataDir) -> Result<Settings, SettingsError> {
    let path = path(dir);
    let bytes = match crate::io::read_bounded(&path, MAX_SETTINGS_BYTES) {
        Ok(bytes) => bytes,
        Err(e) if e.is_not_found() => return Ok(Settings::default()),
        Err(e) => {
            return Err(SettingsError {
                path,
                reason: e.into_io().to_string(),
            });
        }
    };
    serde_json::from_slice::<Settings>(&bytes)
        .map(Settings::sanitized)
        .map_err(|e| SettingsError {
            path,
            reason: e.to_string(),
        })
}

/// Saves `settings` (brought into range first) atomically in `dir`.
pub fn save(dir: &DataDir, settings: &Settings) -> Result<(), StoreError> {
    std::fs::create_dir_all(dir.root())
        .map_err(StoreError::at("cannot create folder", dir.root()))?;
    let path = path(dir);
    let bytes = serde_json::to_vec_pretty(&settings.clone().sanitized())
        .map_err(|e| StoreError::at("cannot encode the settings", &path)(e.into()))?;
    crate::io::write_atomic(&path, &bytes)
        .map_err(|e| StoreError::at("cannot write the settings", &path)(e.into_io()))
}
