//! Help: the shortcut sheet (F1, Ctrl+/, ?) listing every command of the registry with
//! its keys, and the About box with the version and where backups and recovery copies
//! are kept.

use crate::ui::command::{Commands, UICommand, registry::format_shortcut};
use crate::ui::frame::FrameCtx;
use crate::ui::i18n::{arg, tr, tr_args};

/// Which help window is open.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HelpWindow {
    /// The shortcut sheet.
    Shortcuts,
    /// The version and where Waymark keeps its files.
    About,
}

/// The help windows.
#[derive(Default)]
pub struct Help {
    /// The one shown, if any.
    pub open: Option<HelpWindow>,
}

/// Every key of `command`, as the platform writes them, joined with "or" (in the
/// window's language).
pub fn keys_text(ctx: &egui::Context, command: UICommand) -> String {
    command
        .info()
        .shortcuts
        .iter()
        .map(|s| format_shortcut(ctx, s))
        .collect::<Vec<_>>()
        .join(tr("keys-or"))
}

/// The sheet's sections, in menu order.
impl super::Panel for Help {
    /// The open help window, if any.
    fn ui(&mut self, root: &mut egui::Ui, frame: &FrameCtx<'_>, _out: &mut Commands) {
        let ctx = root.ctx().clone();
        let ctx = &ctx;
        let Some(which) = self.open else {
            return;
        };
        let mut open = true;
        match which {
            HelpWindow::Shortcuts => {
                egui::Window::new(tr("shortcuts-title"))
                    .open(&mut open)
                    .collapsible(false)
                    .default_size(egui::vec2(600.0, 560.0))
                    .anchor(egui::Align2::CENTER_CENTER, egui::Vec2::ZERO)
                    .show(ctx, |ui| {
                        ui.weak(tr("shortcuts-mouse"));
                        ui.add_space(6.0);
                        egui::ScrollArea::vertical()
                            .auto_shrink([false, false])
                            .show(ui, shortcut_grid);
                    });
            }
            HelpWindow::About => {
                let folder = frame.session.data().map(|d| d.root().to_path_buf());
                egui::Window::new(tr("cmd-about"))
                    .open(&mut open)
                    .collapsible(false)
                    .resizable(false)
                    .anchor(egui::Align2::CENTER_CENTER, egui::Vec2::ZERO)
                    .show(ctx, |ui| {
                        ui.heading(tr_args(
                            "about-version",
                            &[("version", arg(env!("CARGO_PKG_VERSION")))],
                        ));
                        ui.label(tr("about-what"));
                        ui.add_space(8.0);
                        match folder {
                            Some(folder) => {
                                ui.label(tr("about-backups"));
                                ui.monospace(folder.join("backups").display().to_string());
                                ui.label(tr("about-recovery"));
                                ui.monospace(folder.join("recovery").display().to_string());
                                ui.label(tr("about-data"));
                                ui.monospace(folder.display().to_string());
                            }
                            None => {
                                ui.label(tr("about-no-data"));
                            }
                        }
                    });
            }
        }
        let escape = ctx.input(|i| i.key_pressed(egui::Key::Escape));
        if !open || escape {
            self.open = None;
        }
    }
}

/// Every command and its keys in one grid, so that the columns line up across the
/// sections (a grid per section sized each on its own).
fn shortcut_grid(ui: &mut egui::Ui) {
    // Each command's row read once a frame, not once per section.
    let infos: Vec<_> = UICommand::ALL.into_iter().map(|c| (c, c.info())).collect();
    egui::Grid::new("shortcuts")
        .num_columns(2)
        .min_col_width(220.0)
        .spacing([24.0, 4.0])
        .striped(true)
        .show(ui, |ui| {
            for (i, group) in UICommand::groups().into_iter().enumerate() {
                if i > 0 {
                    // A blank row between sections (a grid takes no spacing of its own).
                    ui.label("");
                    ui.end_row();
                }
                ui.strong(group);
                ui.end_row();
                for (command, info) in infos.iter().filter(|(_, i)| i.group == group) {
                    let command = *command;
                    ui.label(info.label).on_hover_text(info.tooltip);
                    let keys = keys_text(ui.ctx(), command);
                    if keys.is_empty() {
                        ui.weak(tr("shortcuts-menu-only"));
                    } else {
                        ui.monospace(keys);
                    }
                    ui.end_row();
                }
            }
        });
}
