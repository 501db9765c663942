//! Hooks for tests and benchmarks, built only with the `test-hooks` feature (the shipped
//! binary reads no such variables): the on-screen geometry the end-to-end test reads
//! (`WAYMARK_GEOMETRY_OUT`), the start-up report (`WAYMARK_EXIT_AFTER_FIRST_FRAME`) and
//! its baseline, a bare window with nothing of Waymark in it (`WAYMARK_BLANK_WINDOW`).
//! Their names and output formats are fixed: scripts outside the repository drive the
//! window with them.

use std::path::PathBuf;

use super::view::MapView;
use crate::session::Session;
use crate::ui::files::Dialogs;
use crate::ui::notify::{Level, NoteAction, Notification, Notifications};

/// Whether the environment asks for the bare window instead of the editor.
pub(crate) fn blank_window_asked() -> bool {
    std::env::var_os("WAYMARK_BLANK_WINDOW").is_some()
}

/// The start-up bench's baseline: the same eframe window (`options`: size, renderer) with
/// an empty panel, reporting its first frame as the editor does.
/// What it costs is the platform's (window system, OpenGL driver, eframe), not Waymark's.
pub(crate) fn run_blank_window(options: eframe::NativeOptions) -> Result<(), String> {
    struct Blank(u32);
    impl eframe::App for Blank {
        fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
            if self.0 >= 1 {
                report_start_up(ui.ctx());
                return;
            }
            self.0 += 1;
            egui::CentralPanel::default().show(ui, |_| {});
            ui.ctx().request_repaint();
        }
    }
    eframe::run_native("Waymark", options, Box::new(|_| Ok(Box::new(Blank(0)))))
        .map_err(|e| format!("cannot open a window: {e}"))
}

/// The hooks asked for by the environment.
#[derive(Default)]
pub(super) struct Hooks {
    /// Where to write on-screen geometry, and what was written last.
    geometry_out: Option<(PathBuf, String)>,
    /// Report and quit once the first full frame has been presented.
    exit_after_first_frame: bool,
    frames_drawn: u32,
}

impl Hooks {
    /// The hooks the environment asks for.
    pub fn from_env() -> Self {
        Self {
            geometry_out: std::env::var_os("WAYMARK_GEOMETRY_OUT")
                .map(|p| (PathBuf::from(p), String::new())),
            exit_after_first_frame: std::env::var_os("WAYMARK_EXIT_AFTER_FIRST_FRAME").is_some(),
            frames_drawn: 0,
        }
    }

    /// Before a frame: once the first full frame is on screen, report and close (true:
    /// draw nothing more).
    pub fn before_frame(&mut self, ctx: &egui::Context) -> bool {
        if self.exit_after_first_frame {
            if self.frames_drawn >= 1 {
                report_start_up(ctx);
                return true;
            }
            ctx.request_repaint();
        }
        self.frames_drawn = self.frames_drawn.saturating_add(1);
        false
    }

    /// After a frame: writes where cards and cells are on screen, what the notices say
    /// and where their buttons are, and the merge conflicts the document holds, for the
    /// end-to-end test that drives the real window with xdotool.
    pub fn after_frame(
        &mut self,
        session: &Session,
        view: &MapView,
        dialogs: &Dialogs,
        notifications: &Notifications,
        conflicts_panel: Option<egui::Rect>,
    ) {
        let (Some((path, last)), Some(cache), Some(editor)) =
            (&mut self.geometry_out, &view.cache, session.editor())
        else {
            return;
        };
        let Some(map) = editor.project().maps.get(view.map) else {
            return;
        };
        let t = view.canvas.view.screen_from_world();
        let rect = |r: egui::Rect| {
            let r = t * r;
            [r.min.x, r.min.y, r.max.x, r.max.y]
        };
        let cards: serde_json::Map<String, serde_json::Value> = cache
            .layout
            .cards
            .iter()
            .filter_map(|b| {
                map.cards
                    .get(b.card)
                    .map(|c| (c.id.to_string(), serde_json::json!(rect(b.rect))))
            })
            .collect();
        let cells: Vec<serde_json::Value> = cache
            .layout
            .cells
            .iter()
            .filter_map(|c| {
                let (lane, stage) = (map.lanes.get(c.lane)?, map.stages.get(c.stage)?);
                Some(
                    serde_json::json!({ "lane": lane.id, "stage": stage.id, "rect": rect(c.rect) }),
                )
            })
            .collect();
        let titles: serde_json::Map<String, serde_json::Value> = map
            .cards
            .iter()
            .map(|c| (c.id.to_string(), c.title.clone().into()))
            .collect();
        let words = crate::ui::i18n::compare_words();
        let conflicts: Vec<serde_json::Value> = editor
            .project()
            .conflicts
            .iter()
            .flat_map(|c| &c.items)
            .map(|c| {
                serde_json::json!({
                    "id": c.id,
                    "target": c.target,
                    "field": c.field,
                    "text": crate::compare::describe_conflict_in(c, editor.project(), words),
                })
            })
            .collect();
        let buttons = notifications.buttons();
        let text = serde_json::json!({
            "revision": editor.revision(),
            "zoom": view.canvas.view.zoom,
            "selected": view.selection.cards(),
            "chooser": dialogs.chooser_open(),
            "dirty": editor.is_dirty(),
            "others": session.others().iter().map(|v| v.name.as_str()).collect::<Vec<_>>(),
            "page": rect(egui::Rect::from_min_size(egui::Pos2::ZERO, cache.scene.size)),
            "cards": cards,
            "titles": titles,
            "cells": cells,
            "banner": note_json(notifications.banner(), buttons.banner.map(rect_of)),
            "toast": note_json(notifications.toast(), buttons.toast.map(rect_of)),
            "conflicts": conflicts,
            "conflicts_panel": conflicts_panel.is_some(),
            "conflicts_panel_rect": conflicts_panel.map(rect_of),
        })
        .to_string();
        if &text != last {
            if let Err(e) = crate::io::write_atomic(path, text.as_bytes()) {
                log::warn!("cannot write geometry: {e}");
            }
            *last = text;
        }
    }
}

/// A window rectangle as `[left, top, right, bottom]`.
fn rect_of(r: egui::Rect) -> [f32; 4] {
    [r.min.x, r.min.y, r.max.x, r.max.y]
}

/// A notice as the hook reports it: its level, text, action and the action's button.
fn note_json(note: Option<&Notification>, button: Option<[f32; 4]>) -> serde_json::Value {
    let Some(note) = note else {
        return serde_json::Value::Null;
    };
    let level = match note.level {
        Level::Info => "info",
        Level::Warning => "warning",
        Level::Error => "error",
    };
    let action = note.action.as_ref().map(|a| match a {
        NoteAction::Undo => "undo",
        NoteAction::ShowCard(_) => "show-card",
        NoteAction::SaveAs => "save-as",
        NoteAction::ShowIncoming => "show-incoming",
        NoteAction::MergeCopy(_) => "merge-copy",
        NoteAction::PutAwayCopy(_) => "put-away-copy",
        NoteAction::SaveAutomatically => "save-automatically",
    });
    serde_json::json!({ "level": level, "text": note.text, "action": action, "button": button })
}

/// Prints that the first frame is on screen, with the peak memory, and closes the window.
fn report_start_up(ctx: &egui::Context) {
    use std::io::Write as _;
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let peak = status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .map_or("0", |v| v.trim().trim_end_matches("kB").trim())
        .to_owned();
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "first-frame");
    let _ = writeln!(out, "peak-rss-kb {peak}");
    let _ = out.flush();
    ctx.send_viewport_cmd(egui::ViewportCommand::Close);
}
