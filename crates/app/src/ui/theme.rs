//! Light and dark chrome. The window follows the system's theme unless the settings choose
//! one; the map keeps its own light palette (it is the document, and exports look like
//! it), with an optional dark canvas around the page in dark mode.
//!
//! egui picks the system's theme from the window system. winit reports it on Windows and
//! macOS but not on Linux, so there the theme is read from the desktop portal's
//! `org.freedesktop.appearance color-scheme` setting (GNOME, KDE and others) on a
//! background thread, which also follows later changes, and handed to egui through
//! [`fill_system_theme`].

use std::sync::atomic::{AtomicU8, Ordering};

use crate::palette::{self, Rgba};
use crate::store::settings::{Settings, Theme};

/// The system theme found outside winit: 0 unknown, 1 light, 2 dark.
static DETECTED: AtomicU8 = AtomicU8::new(0);

fn dark_canvas_id() -> egui::Id {
    egui::Id::unique("waymark-dark-canvas")
}

/// The egui theme preference of a setting.
pub fn preference(theme: Theme) -> egui::ThemePreference {
    match theme {
        Theme::System => egui::ThemePreference::System,
        Theme::Light => egui::ThemePreference::Light,
        Theme::Dark => egui::ThemePreference::Dark,
    }
}

/// Applies the theme and the canvas choice of `settings` (from the next frame on). When
/// the system's theme cannot be told, the chrome is light, like the map.
pub fn apply(ctx: &egui::Context, settings: &Settings) {
    let preference = preference(settings.theme);
    let changed =
        ctx.options(|o| o.theme_preference != preference || o.fallback_theme != egui::Theme::Light);
    if changed {
        ctx.options_mut(|o| {
            o.fallback_theme = egui::Theme::Light;
            o.theme_preference = preference;
        });
        ctx.request_repaint();
    }
    ctx.data_mut(|d| d.insert_temp(dark_canvas_id(), settings.dark_canvas));
}

/// The colour of the canvas around the page: dark in dark mode when the settings ask
/// for it, else the light desk.
pub fn desk(ui: &egui::Ui) -> egui::Color32 {
    let dark_canvas = ui.data(|d| d.get_temp(dark_canvas_id()).unwrap_or(false));
    let rgba = if ui.visuals().dark_mode && dark_canvas {
        palette::DESK_DARK
    } else {
        palette::DESK
    };
    super::convert::color(rgba)
}

/// What a message across the top of the window says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Message {
    /// Something went wrong.
    Error,
    /// Something went well.
    Ok,
    /// Something to know (a read-only file).
    Warning,
}

/// The text colour of a message, legible on the light or the dark chrome.
pub fn message(ui: &egui::Ui, kind: Message) -> egui::Color32 {
    let dark = ui.visuals().dark_mode;
    let rgba: Rgba = match (kind, dark) {
        (Message::Error, false) => palette::MESSAGE_ERROR,
        (Message::Error, true) => palette::MESSAGE_ERROR_ON_DARK,
        (Message::Ok, false) => palette::MESSAGE_OK,
        (Message::Ok, true) => palette::MESSAGE_OK_ON_DARK,
        (Message::Warning, false) => palette::MESSAGE_WARNING,
        (Message::Warning, true) => palette::MESSAGE_WARNING_ON_DARK,
    };
    super::convert::color(rgba)
}

/// The system theme found outside winit, if any.
pub fn detected() -> Option<egui::Theme> {
    match DETECTED.load(Ordering::Relaxed) {
        1 => Some(egui::Theme::Light),
        2 => Some(egui::Theme::Dark),
        _ => None,
    }
}

fn set_detected(theme: Option<egui::Theme>) -> bool {
    let value = match theme {
        None => 0,
        Some(egui::Theme::Light) => 1,
        Some(egui::Theme::Dark) => 2,
    };
    DETECTED.swap(value, Ordering::Relaxed) != value
}

/// Gives egui the system theme found outside winit when winit reports none (before each
/// frame).
pub fn fill_system_theme(raw_input: &mut egui::RawInput) {
    if raw_input.system_theme.is_none() {
        raw_input.system_theme = detected();
    }
}

/// Starts following the system's theme where winit cannot (Linux and other free desktops):
/// `GTK_THEME=…:dark` first, then the desktop portal, read and watched on a thread that
/// repaints `ctx` when the theme changes. Does nothing elsewhere.
pub fn watch_system_theme(ctx: &egui::Context) {
    if std::env::var("GTK_THEME").is_ok_and(|t| t.to_ascii_lowercase().ends_with(":dark")) {
        set_detected(Some(egui::Theme::Dark));
    }
    #[cfg(all(unix, not(target_os = "macos")))]
    {
        let ctx = ctx.clone();
        let spawned = std::thread::Builder::new()
            .name("system-theme".to_owned())
            .spawn(move || {
                if let Err(e) = portal::watch(&ctx) {
                    log::info!("the desktop portal gives no colour scheme: {e}");
                }
            });
        if let Err(e) = spawned {
            log::warn!("cannot watch the system theme: {e}");
        }
    }
    #[cfg(not(all(unix, not(target_os = "macos"))))]
    let _ = ctx;
}

/// The freedesktop settings portal (`org.freedesktop.portal.Settings`).
#[cfg(all(unix, not(target_os = "macos")))]
mod portal {
    use zbus::zvariant::{OwnedValue, Value};

    const DESTINATION: &str = "org.freedesktop.portal.Desktop";
    const PATH: &str = "/org/freedesktop/portal/desktop";
    const INTERFACE: &str = "org.freedesktop.portal.Settings";
    const NAMESPACE: &str = "org.freedesktop.appearance";
    const KEY: &str = "color-scheme";

    /// `color-scheme`: 1 prefers dark, 2 prefers light, 0 has no preference.
    fn theme(value: &Value<'_>) -> Option<egui::Theme> {
        match value {
            Value::U32(1) => Some(egui::Theme::Dark),
            Value::U32(2) => Some(egui::Theme::Light),
            // `Read` wraps the value in one more variant than `ReadOne`.
            Value::Value(inner) => theme(inner),
            _ => None,
        }
    }

    /// Reads the colour scheme, then follows its changes until the bus goes away.
    pub(super) fn watch(ctx: &egui::Context) -> zbus::Result<()> {
        let connection = zbus::blocking::Connection::session()?;
        let proxy = zbus::blocking::proxy::Builder::<zbus::blocking::Proxy<'_>>::new(&connection)
            .destination(DESTINATION)?
            .path(PATH)?
            .interface(INTERFACE)?
            .cache_properties(zbus::proxy::CacheProperties::No)
            .build()?;
        // Subscribe first, so that a change between the read and the subscription counts.
        let changes = proxy.receive_signal("SettingChanged")?;
        let reply = proxy.call_method("Read", &(NAMESPACE, KEY))?;
        let value: OwnedValue = reply.body().deserialize()?;
        if super::set_detected(theme(&value)) {
            ctx.request_repaint();
        }
        for signal in changes {
            let Ok((namespace, key, value)) =
                signal.body().deserialize::<(String, String, OwnedValue)>()
            else {
                continue;
            };
            if namespace == NAMESPACE && key == KEY && super::set_detected(theme(&value)) {
                ctx.request_repaint();
            }
        }
        Ok(())
    }
}
