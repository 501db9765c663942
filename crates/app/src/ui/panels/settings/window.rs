//! The Settings window (File → Settings…): author name, new projects (template, map
//! font), export defaults, recovery interval and appearance. It edits a draft; the theme
//! is previewed while it is open, and Save hands the draft to the app, which stores it in
//! the data folder ([`crate::store::settings`]) and applies it. Cancel puts things back.

use crate::store::settings::{
    EXPORT_SCALE, ExportBackground, MAX_AUTHOR_CHARS, RECOVERY_SECONDS, Settings, Theme,
};
use crate::ui::i18n::{arg, tr, tr_args};

/// What the window asks the app to do.
#[derive(Debug, PartialEq)]
pub enum SettingsAction {
    /// Store and apply these settings.
    Save(Settings),
    /// Forget the draft; the saved settings stay.
    Cancel,
}

/// The window's state: whether it is shown, the draft, and a problem to show in it.
#[derive(Default)]
pub struct SettingsWindow {
    /// Whether it is shown.
    pub open: bool,
    /// The settings being edited.
    pub draft: Settings,
    /// Why the last Save failed, shown in the window until the next try.
    pub error: Option<String>,
    /// Where the settings are kept, shown at the bottom.
    pub location: Option<String>,
}

impl SettingsWindow {
    /// Shows the window on a copy of `settings`.
    pub fn show(&mut self, settings: &Settings, location: Option<String>) {
        self.open = true;
        self.draft = settings.clone();
        self.error = None;
        self.location = location;
    }

    /// Draws the window when it is open; returns Save or Cancel when one is chosen.
    pub fn ui(&mut self, ctx: &egui::Context) -> Option<SettingsAction> {
        if !self.open {
            return None;
        }
        // Escape closes an open list (template, font) first, then the window.
        let escape =
            ctx.input(|i| i.key_pressed(egui::Key::Escape)) && !egui::Popup::is_any_open(ctx);
        let mut action = None;
        let mut open = true;
        egui::Window::new(tr("settings-title"))
            .open(&mut open)
            .collapsible(false)
            .resizable(false)
            .default_width(420.0)
            .anchor(egui::Align2::CENTER_CENTER, egui::Vec2::ZERO)
            .show(ctx, |ui| {
                ui.set_width(420.0);
                self.fields_ui(ui);
                if let Some(error) = &self.error {
                    ui.add_space(6.0);
                    ui.colored_label(
                        super::theme::message(ui, super::theme::Message::Error),
                        error,
                    );
                }
                ui.add_space(10.0);
                ui.horizontal(|ui| {
                    let save =
                        egui::Button::new(tr("cmd-save")).fill(ui.visuals().selection.bg_fill);
                    if ui.add(save).clicked() {
                        action = Some(SettingsAction::Save(self.draft.clone().sanitized()));
                    }
                    if ui.button(tr("answer-cancel")).clicked() {
                        action = Some(SettingsAction::Cancel);
                    }
                });
                if let Some(location) = &self.location {
                    ui.add_space(6.0);
                    ui.small(tr_args("settings-kept-in", &[("path", arg(location))]))
                        .on_hover_text(tr("settings-kept-in-tip"));
                }
            });
        if !open || escape {
            action = Some(SettingsAction::Cancel);
        }
        action
    }

    fn fields_ui(&mut self, ui: &mut egui::Ui) {
        let s = &mut self.draft;
        language_ui(ui, s);

        section(ui, tr("settings-you"));
        ui.label(tr("settings-your-name"));
        let name = ui.add(
            egui::TextEdit::singleline(&mut s.author)
                .char_limit(MAX_AUTHOR_CHARS)
                .hint_text(tr("settings-your-name-hint"))
                .desired_width(f32::INFINITY),
        );
        name.widget_info(|| {
            egui::WidgetInfo::labeled(egui::Role::TextInput, true, tr("settings-your-name-short"))
        });

        section(ui, tr("settings-new-projects"));
        ui.label(tr("settings-template-for-new"));
        let combo = egui::ComboBox::from_id_salt("settings-template")
            .selected_text(crate::ui::words::template_title(&s.template))
            .width(ui.available_width() - 8.0)
            .show_ui(ui, |ui| {
                for (name, _) in crate::assets::TEMPLATES {
                    let title = crate::ui::words::template_title(name);
                    crate::ui::choice(ui, &mut s.template, (*name).to_owned(), title);
                }
            });
        combo.response.widget_info(|| {
            egui::WidgetInfo::labeled(egui::Role::ComboBox, true, tr("settings-template"))
        });
        ui.add_space(4.0);
        if let Some(font) = crate::ui::font_picker::font_picker(
            ui,
            tr("settings-default-map-font"),
            s.map_font.as_deref(),
        ) {
            s.map_font = font;
        }

        section(ui, tr("settings-export"));
        ui.horizontal(|ui| {
            ui.label(tr("settings-png-scale"));
            ui.add(
                egui::Slider::new(&mut s.export_scale, EXPORT_SCALE)
                    .step_by(0.5)
                    .fixed_decimals(1)
                    .suffix("×"),
            );
        });
        ui.horizontal(|ui| {
            ui.label(tr("settings-background"));
            ui.radio_value(
                &mut s.export_background,
                ExportBackground::White,
                tr("colour-white"),
            );
            ui.radio_value(
                &mut s.export_background,
                ExportBackground::Transparent,
                tr("settings-transparent"),
            );
        });
        ui.small(tr("settings-export-note"));

        section(ui, tr("settings-never-losing-work"));
        ui.horizontal(|ui| {
            ui.label(tr("settings-recovery-every"));
            let seconds = ui.add(
                egui::DragValue::new(&mut s.recovery_seconds)
                    .range(RECOVERY_SECONDS)
                    .suffix(tr("settings-seconds-suffix")),
            );
            seconds.widget_info(|| {
                egui::WidgetInfo::labeled(
                    egui::Role::SpinButton,
                    true,
                    tr("settings-recovery-interval"),
                )
            });
        });
        ui.checkbox(&mut s.save_automatically, tr("settings-save-automatically"));
        ui.small(tr("settings-save-automatically-note"));

        section(ui, tr("settings-appearance"));
        ui.horizontal(|ui| {
            ui.label(tr("settings-theme"));
            for (theme, label) in [
                (Theme::System, tr("settings-system")),
                (Theme::Light, tr("settings-light")),
                (Theme::Dark, tr("settings-dark")),
            ] {
                ui.selectable_value(&mut s.theme, theme, label);
            }
        });
        ui.checkbox(&mut s.dark_canvas, tr("settings-dark-canvas"));
        ui.small(tr("settings-map-stays-light"));
    }
}

/// The window's language: System (the computer's) or each language the window is
/// translated into, by its own name. It applies at once (previewed while the window is
/// open, like the theme).
fn language_ui(ui: &mut egui::Ui, s: &mut Settings) {
    section(ui, tr("settings-language"));
    let system = tr_args(
        "settings-language-system",
        &[(
            "name",
            arg(crate::i18n::language_name(crate::ui::i18n::resolve(None))),
        )],
    );
    let shown = s.language.as_deref().map_or_else(
        || system.clone(),
        |t| crate::i18n::language_name(t).to_owned(),
    );
    let combo = egui::ComboBox::from_id_salt("settings-language")
        .selected_text(shown)
        .width(ui.available_width() - 8.0)
        .show_ui(ui, |ui| {
            crate::ui::choice(ui, &mut s.language, None, &system);
            for l in crate::ui::i18n::window_languages() {
                crate::ui::choice(ui, &mut s.language, Some(l.tag.to_owned()), l.name);
            }
        });
    combo.response.widget_info(|| {
        egui::WidgetInfo::labeled(egui::Role::ComboBox, true, tr("settings-language"))
    });
    ui.small(tr("settings-language-note"));
}

/// A section heading with a little space above it.
fn section(ui: &mut egui::Ui, title: &str) {
    ui.add_space(10.0);
    ui.strong(title);
    ui.add_space(2.0);
}
