//! The settings in the window: read from the data folder at start, File → Settings…, and
//! what they change — the theme, the recovery interval, the template and font of new
//! projects, the first export's scale and background. The settings themselves (and their
//! file) are [`crate::store::settings`]; the window is [`crate::ui::settings`].

use super::{Banner, WaymarkApp};
use crate::model::Project;
use crate::store::settings::{self, ExportBackground, Settings};
use crate::ui::export_dialog::ExportSettings;
use crate::ui::settings::{SettingsAction, SettingsWindow};
use crate::ui::theme;

/// The settings in force and the Settings window.
#[derive(Default)]
pub(super) struct Preferences {
    pub(super) settings: Settings,
    pub(super) window: SettingsWindow,
}

impl WaymarkApp {
    /// Reads the settings from the data folder; a damaged file is shown and the defaults
    /// are used.
    pub(super) fn load_settings(&mut self) {
        let Some(data) = &self.data else { return };
        match settings::load(data) {
            Ok(s) => self.preferences.settings = s,
            Err(e) => {
                self.banner = Some(Banner {
                    text: e.to_string(),
                    error: true,
                });
            }
        }
    }

    /// The settings in force.
    pub fn settings(&self) -> &Settings {
        &self.preferences.settings
    }

    /// Whether the Settings window is open.
    pub fn settings_open(&self) -> bool {
        self.preferences.window.open
    }

    /// File → Settings…: opens the Settings window on the settings in force.
    pub fn open_settings(&mut self) {
        let location = self
            .data
            .as_ref()
            .map(|d| settings::path(d).display().to_string());
        self.preferences
            .window
            .show(&self.preferences.settings, location);
    }

    /// Applies the theme of the settings in force (or, while the window is open, of its
    /// draft, as a preview).
    pub(super) fn apply_theme(&self, ctx: &egui::Context) {
        let window = &self.preferences.window;
        let shown = if window.open {
            &window.draft
        } else {
            &self.preferences.settings
        };
        theme::apply(ctx, shown);
    }

    /// Draws the Settings window; saves and applies what it asks. A failed save keeps the
    /// window open with the reason.
    pub(super) fn settings_ui(&mut self, ctx: &egui::Context) {
        match self.preferences.window.ui(ctx) {
            Some(SettingsAction::Save(chosen)) => {
                let saved = match &self.data {
                    Some(data) => settings::save(data, &chosen).map_err(|e| e.to_string()),
                    None => Ok(()),
                };
                match saved {
                    Ok(()) => {
                        self.autosave_every = chosen.recovery_interval();
                        self.preferences.settings = chosen;
                        self.preferences.window.open = false;
                        self.status = if self.data.is_some() {
                            "Settings saved".to_owned()
                        } else {
                            "Settings apply to this window only (no data folder)".to_owned()
                        };
                    }
                    Err(e) => {
                        self.preferences.window.error =
                            Some(format!("The settings were not saved: {e}"));
                    }
                }
            }
            Some(SettingsAction::Cancel) => self.preferences.window.open = false,
            None => {}
        }
        self.apply_theme(ctx);
    }

    /// The bundled template File → New starts from.
    pub(super) fn default_template(&self) -> &'static str {
        crate::assets::TEMPLATES
            .iter()
            .map(|(name, _)| *name)
            .find(|name| *name == self.preferences.settings.template)
            .unwrap_or("standard")
    }

    /// Sets a new project in the default map font, if the settings choose one.
    pub(super) fn use_default_font(&self, project: &mut Project) {
        if project.font.is_none() {
            project.font.clone_from(&self.preferences.settings.map_font);
        }
    }

    /// The Export dialog's choices for a project that has none remembered.
    pub(super) fn default_export_settings(&self) -> ExportSettings {
        let s = &self.preferences.settings;
        ExportSettings {
            scale: s.export_scale,
            transparent: s.export_background == ExportBackground::Transparent,
            ..ExportSettings::default()
        }
    }
}
