//! The settings in the window: File → Settings… ([`window`], which edits a draft) and
//! what the settings change — the theme (previewed while the window is open), the
//! recovery interval, the template and font of new projects, the first export's scale and
//! background. The settings themselves (and their file) are [`crate::store::settings`].

mod window;

use crate::store::settings::{self, ExportBackground, Settings};
use crate::ui::command::{AppCommand, Commands};
use crate::ui::export::ExportSettings;
use crate::ui::frame::FrameCtx;
use crate::ui::i18n::{arg, tr, tr_args};
use crate::ui::notify::Notification;
use crate::ui::theme;
use window::{SettingsAction, SettingsWindow};

/// The Settings window.
#[derive(Default)]
pub struct SettingsPanel {
    window: SettingsWindow,
}

impl SettingsPanel {
    /// Whether the Settings window is open.
    pub fn is_open(&self) -> bool {
        self.window.open
    }

    /// File → Settings…: opens the window on `settings` (kept in `data`, if any).
    pub fn open(&mut self, settings: &Settings, data: Option<&crate::store::DataDir>) {
        let location = data.map(|d| settings::path(d).display().to_string());
        self.window.show(settings, location);
    }

    /// The settings whose theme the window shows: the draft while the window is open.
    pub fn shown<'a>(&'a self, in_force: &'a Settings) -> &'a Settings {
        if self.window.open {
            &self.window.draft
        } else {
            in_force
        }
    }
}

/// Reads the settings from the data folder; a damaged file is reported and the defaults
/// are used.
pub fn load(data: Option<&crate::store::DataDir>) -> (Settings, Option<Notification>) {
    let Some(data) = data else {
        return (Settings::default(), None);
    };
    match settings::load(data) {
        Ok(s) => (s, None),
        Err(e) => (
            Settings::default(),
            Some(Notification::error(e.to_string())),
        ),
    }
}

/// The bundled template File → New starts from.
pub fn default_template(settings: &Settings) -> &'static str {
    crate::assets::TEMPLATES
        .iter()
        .map(|(name, _)| *name)
        .find(|name| *name == settings.template)
        .unwrap_or("standard")
}

/// The Export dialog's choices for a project that has none remembered.
pub fn default_export_settings(settings: &Settings) -> ExportSettings {
    ExportSettings {
        scale: settings.export_scale,
        transparent: settings.export_background == ExportBackground::Transparent,
        ..ExportSettings::default()
    }
}

impl super::Panel for SettingsPanel {
    /// Draws the window; Save stores the draft in the data folder and hands it to the app
    /// to apply. A failed save keeps the window open with the reason.
    fn ui(&mut self, root: &mut egui::Ui, frame: &FrameCtx<'_>, out: &mut Commands) {
        let ctx = root.ctx().clone();
        let ctx = &ctx;
        match self.window.ui(ctx) {
            Some(SettingsAction::Save(chosen)) => {
                let data = frame.session.data();
                let saved = match data {
                    Some(data) => settings::save(data, &chosen).map_err(|e| e.to_string()),
                    None => Ok(()),
                };
                match saved {
                    Ok(()) => {
                        self.window.open = false;
                        out.notify(Notification::info(if data.is_some() {
                            tr("settings-saved")
                        } else {
                            tr("settings-window-only")
                        }));
                        out.push(AppCommand::ApplySettings(Box::new(chosen)));
                    }
                    Err(e) => {
                        self.window.error =
                            Some(tr_args("settings-not-saved", &[("error", arg(e))]));
                    }
                }
            }
            Some(SettingsAction::Cancel) => self.window.open = false,
            None => {}
        }
        let shown = self.shown(frame.settings);
        theme::apply(ctx, shown);
        crate::ui::i18n::set_language(shown.language.as_deref());
    }
}
