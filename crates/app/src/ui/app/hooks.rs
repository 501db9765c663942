//! Hooks for tests and benchmarks, kept apart from the shell: the on-screen geometry the
//! end-to-end test reads (`WAYMARK_GEOMETRY_OUT`) and the start-up report
//! (`WAYMARK_EXIT_AFTER_FIRST_FRAME`).

use super::WaymarkApp;

impl WaymarkApp {
    /// Writes where cards and cells are on screen, for the end-to-end test that drives the
    /// real window with xdotool. Only when `WAYMARK_GEOMETRY_OUT` is set.
    pub(super) fn dump_geometry(&mut self) {
        let (Some((path, last)), Some(cache), Some(editor)) =
            (&mut self.geometry_out, &self.cache, &self.editor)
        else {
            return;
        };
        let Some(map) = editor.project().maps.get(self.map) else {
            return;
        };
        let t = self.canvas.view.screen_from_world();
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
        let text = serde_json::json!({
            "revision": editor.revision(),
            "zoom": self.canvas.view.zoom,
            "selected": self.canvas.selection.cards(),
            "chooser": self.dialogs.chooser_open(),
            "page": rect(egui::Rect::from_min_size(egui::Pos2::ZERO, cache.scene.size)),
            "cards": cards,
            "cells": cells,
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

/// Prints that the first frame is on screen, with the peak memory, and closes the window.
pub(super) fn report_start_up(ctx: &egui::Context) {
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
