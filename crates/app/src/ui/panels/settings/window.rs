//! The Settings window (File → Settings…): author name, new projects (template, map
//! font), export defaults, recovery interval and appearance. It edits a draft; the theme
//! is previewed while it is open, and Save hands the draft to the app, which stores it in
//! the data folder ([`crate::store::settings`]) and applies it. Cancel puts things back.

use crate::store::settings::{
    EXPORT_SCALE, ExportBackground, MAX_AUTHOR_CHARS, RECOVERY_SECONDS, Settings, Theme,
};

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
        egui::Window::new("Settings")
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
                    let save = egui::Button::new("Save").fill(ui.visuals().selection.bg_fill);
                    if ui.add(save).clicked() {
                        action = Some(SettingsAction::Save(self.draft.clone().sanitized()));
                    }
                    if ui.button("Cancel").clicked() {
                        action = Some(SettingsAction::Cancel);
                    }
                });
                if let Some(location) = &self.location {
                    ui.add_space(6.0);
                    ui.small(format!("Kept in {location}")).on_hover_text(
                        "The data folder also holds recent files, backups and recovery copies",
                    );
                }
            });
        if !open || escape {
            action = Some(SettingsAction::Cancel);
        }
        action
    }

    fn fields_ui(&mut self, ui: &mut egui::Ui) {
        let s = &mut self.draft;
        section(ui, "You");
        ui.label("Your name (on review notes)");
        let name = ui.add(
            egui::TextEdit::singleline(&mut s.author)
                .char_limit(MAX_AUTHOR_CHARS)
                .hint_text("e.g. Maya Chen")
                .desired_width(f32::INFINITY),
        );
        name.widget_info(|| egui::WidgetInfo::labeled(egui::Role::TextInput, true, "Your name"));

        section(ui, "New projects");
        ui.label("Template for File → New");
        let combo = egui::ComboBox::from_id_salt("settings-template")
            .selected_text(crate::ui::words::template_title(&s.template))
            .width(ui.available_width() - 8.0)
            .show_ui(ui, |ui| {
                for (name, _) in crate::assets::TEMPLATES {
                    let title = crate::ui::words::template_title(name);
                    crate::ui::choice(ui, &mut s.template, (*name).to_owned(), title);
                }
            });
        combo
            .response
            .widget_info(|| egui::WidgetInfo::labeled(egui::Role::ComboBox, true, "Template"));
        ui.add_space(4.0);
        if let Some(font) =
            crate::ui::font_picker::font_picker(ui, "Default map font", s.map_font.as_deref())
        {
            s.map_font = font;
        }

        section(ui, "Export");
        ui.horizontal(|ui| {
            ui.label("PNG scale");
            ui.add(
                egui::Slider::new(&mut s.export_scale, EXPORT_SCALE)
                    .step_by(0.5)
                    .fixed_decimals(1)
                    .suffix("×"),
            );
        });
        ui.horizontal(|ui| {
            ui.label("Background");
            ui.radio_value(&mut s.export_background, ExportBackground::White, "White");
            ui.radio_value(
                &mut s.export_background,
                ExportBackground::Transparent,
                "Transparent",
            );
        });
        ui.small("A project's first export starts from these; the Export dialog remembers each project's own choices.");

        section(ui, "Never losing work");
        ui.horizontal(|ui| {
            ui.label("Recovery copy of unsaved work every");
            let seconds = ui.add(
                egui::DragValue::new(&mut s.recovery_seconds)
                    .range(RECOVERY_SECONDS)
                    .suffix(" s"),
            );
            seconds.widget_info(|| {
                egui::WidgetInfo::labeled(egui::Role::SpinButton, true, "Recovery interval")
            });
        });
        ui.checkbox(
            &mut s.save_automatically,
            "Save files automatically (2 s after each change)",
        );
        ui.small("Each file can be set otherwise with File → Save automatically; colleagues in a shared folder then see your changes within seconds.");

        section(ui, "Appearance");
        ui.horizontal(|ui| {
            ui.label("Theme");
            for (theme, label) in [
                (Theme::System, "System"),
                (Theme::Light, "Light"),
                (Theme::Dark, "Dark"),
            ] {
                ui.selectable_value(&mut s.theme, theme, label);
            }
        });
        ui.checkbox(
            &mut s.dark_canvas,
            "Dark canvas around the map in dark mode",
        );
        ui.small("The map itself stays light: it is the document, and exports look like it.");
    }
}

/// A section heading with a little space above it.
fn section(ui: &mut egui::Ui, title: &str) {
    ui.add_space(10.0);
    ui.strong(title);
    ui.add_space(2.0);
}
