//! Help: the shortcut sheet (F1, Ctrl+/, ?) listing every command of the registry with
//! its keys, and the About box with the version and where backups and recovery copies
//! are kept.

use crate::ui::command::{Commands, UICommand};
use crate::ui::frame::FrameCtx;

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

/// Every key of `command`, as the platform writes them, joined with "or".
pub fn keys_text(ctx: &egui::Context, command: UICommand) -> String {
    command
        .info()
        .shortcuts
        .iter()
        .map(|s| ctx.format_shortcut(s))
        .collect::<Vec<_>>()
        .join(" or ")
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
                egui::Window::new("Keyboard shortcuts")
                    .open(&mut open)
                    .collapsible(false)
                    .default_size(egui::vec2(560.0, 560.0))
                    .anchor(egui::Align2::CENTER_CENTER, egui::Vec2::ZERO)
                    .show(ctx, |ui| {
                        ui.weak("Mouse: drag cards between cells, Alt-drag from a card to draw an arrow, double-click a cell to add a card or a header to rename it, right-click for a menu. Scroll or middle-drag to pan, Ctrl+wheel to zoom.");
                        ui.add_space(6.0);
                        egui::ScrollArea::vertical().auto_shrink([false, false]).show(ui, |ui| {
                            for group in UICommand::GROUPS {
                                ui.add_space(4.0);
                                ui.strong(group);
                                egui::Grid::new(("shortcuts", group))
                                    .num_columns(2)
                                    .min_col_width(200.0)
                                    .spacing([24.0, 4.0])
                                    .striped(true)
                                    .show(ui, |ui| {
                                        for command in UICommand::ALL
                                            .into_iter()
                                            .filter(|c| c.info().group == group)
                                        {
                                            ui.label(command.info().label)
                                                .on_hover_text(command.info().tooltip);
                                            let keys = keys_text(ui.ctx(), command);
                                            if keys.is_empty() {
                                                ui.weak("menu only");
                                            } else {
                                                ui.monospace(keys);
                                            }
                                            ui.end_row();
                                        }
                                    });
                            }
                        });
                    });
            }
            HelpWindow::About => {
                let folder = frame.session.data().map(|d| d.root().to_path_buf());
                egui::Window::new("About Waymark")
                    .open(&mut open)
                    .collapsible(false)
                    .resizable(false)
                    .anchor(egui::Align2::CENTER_CENTER, egui::Vec2::ZERO)
                    .show(ctx, |ui| {
                        ui.heading(format!("Waymark {}", env!("CARGO_PKG_VERSION")));
                        ui.label("A desktop editor for customer journey maps.");
                        ui.add_space(8.0);
                        match folder {
                            Some(folder) => {
                                ui.label("Backups (the last versions of each saved file):");
                                ui.monospace(folder.join("backups").display().to_string());
                                ui.label("Recovery copies of unsaved work:");
                                ui.monospace(folder.join("recovery").display().to_string());
                                ui.label("Recent files and settings:");
                                ui.monospace(folder.display().to_string());
                            }
                            None => {
                                ui.label("This window keeps no backups or recovery copies (no data folder).");
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
