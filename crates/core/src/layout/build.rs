//! Computes a [`MapLayout`] from a map and a text measure.

use emath::{Rect, pos2, vec2};

use super::text::{Shaper, place};
use super::{Cell, LaneHeader, LayoutOptions, MapLayout, StageHeader, TextLine};
use crate::model::{JourneyMap, LaneKind, Project};
use crate::palette;
use crate::text::TextEngine;

use super::metrics::*;

/// The widest the numbered notes list below a map is laid out.
const NOTES_WIDTH: f32 = 720.0;

/// Lays out `map` (a map of `project`) with text shaped by `engine`, with the persona
/// strip and the legend.
pub fn layout_map(project: &Project, map: &JourneyMap, engine: &TextEngine) -> MapLayout {
    layout_map_with(project, map, engine, &LayoutOptions::default())
}

/// Lays out `map` like [`layout_map`], with the lines of text `engine` has not shaped
/// before estimated instead of shaped (see [`Shaper::estimating`]): a large map's first
/// layout, shown while its text is shaped in the background. Estimated lines have no
/// glyphs; the rest is about where the real layout puts it.
pub fn layout_map_estimated(project: &Project, map: &JourneyMap, engine: &TextEngine) -> MapLayout {
    let shaper = Shaper::for_project(engine, project).estimating();
    layout_with(project, map, &shaper, &LayoutOptions::default())
}

/// Lays out `map` with what `options` asks for around the grid.
pub fn layout_map_with(
    project: &Project,
    map: &JourneyMap,
    engine: &TextEngine,
    options: &LayoutOptions,
) -> MapLayout {
    layout_with(project, map, &Shaper::for_project(engine, project), options)
}

fn layout_with(
    project: &Project,
    map: &JourneyMap,
    measure: &Shaper<'_>,
    options: &LayoutOptions,
) -> MapLayout {
    let mut out = MapLayout::default();
    out.cards.reserve(map.cards.len());
    out.cells.reserve(map.lanes.len() * map.stages.len());
    let grid_width = LANE_HEADER_WIDTH + STAGE_WIDTH * map.stages.len().max(1) as f32;
    let mut y = MARGIN;
    heading(
        project,
        map,
        measure,
        grid_width,
        !options.persona_strip,
        &mut y,
        &mut out.heading,
    );
    y += 18.0;
    if options.persona_strip
        && let Some(strip) =
            super::extras::persona_strip(project, map, measure, MARGIN, y, grid_width)
    {
        y = strip.rect.bottom() + 18.0;
        out.persona = Some(strip);
    }
    let grid_top = y;
    let grid_left = MARGIN;
    let stage_left = |i: usize| grid_left + LANE_HEADER_WIDTH + STAGE_WIDTH * i as f32;

    // Stage headers: one shared height, enough for the tallest.
    let mut header_lines: Vec<Vec<TextLine>> = Vec::with_capacity(map.stages.len());
    let mut header_height: f32 = 56.0;
    for (i, stage) in map.stages.iter().enumerate() {
        let mut lines = Vec::new();
        let mut ly = grid_top + 16.0;
        let x = stage_left(i) + 14.0;
        let width = STAGE_WIDTH - 28.0;
        place(
            measure,
            &stage.name,
            STAGE_NAME,
            x,
            width,
            2,
            &mut ly,
            &mut lines,
        );
        if !stage.description.trim().is_empty() {
            ly += 2.0;
            place(
                measure,
                &stage.description,
                STAGE_DESC,
                x,
                width,
                3,
                &mut ly,
                &mut lines,
            );
        }
        header_height = header_height.max(ly - grid_top + 12.0);
        header_lines.push(lines);
    }
    for (i, (stage, lines)) in map.stages.iter().zip(header_lines).enumerate() {
        out.stages.push(StageHeader {
            stage: i,
            rect: Rect::from_min_size(
                pos2(stage_left(i), grid_top),
                vec2(STAGE_WIDTH, header_height),
            ),
            accent: palette::stage_accent(i, stage.color),
            lines,
        });
    }

    // Lanes, top to bottom; each as tall as its tallest cell.
    let mut lane_top = grid_top + header_height;
    let stage_count = map.stages.len();
    let cells_cards = super::cells::cards_by_cell(map);
    // The card lanes are laid out first (on every core), each as if it were the first,
    // and moved down into place below.
    let first_lane_top = lane_top;
    let mut card_lanes = super::cells::card_lanes(
        project,
        map,
        &cells_cards,
        first_lane_top,
        &stage_left,
        measure,
    );
    for (lane_index, (lane, lane_cards)) in map.lanes.iter().zip(&cells_cards).enumerate() {
        let first_cell = out.cells.len();
        let mut rule_name = None;
        let height = if lane.kind == LaneKind::Line {
            let (height, lines) = super::rules::rule_lane(
                lane_index,
                &lane.name,
                lane_top,
                grid_left,
                (stage_left(0), stage_left(stage_count.max(1))),
                measure,
                &mut out,
            );
            rule_name = Some(lines);
            height
        } else if lane.kind == LaneKind::Metrics {
            super::charts::metrics_lane(
                map,
                lane_index,
                lane,
                lane_top,
                &stage_left,
                measure,
                &mut out,
            )
        } else if lane.kind == LaneKind::Emotion {
            super::emotion::emotion_lane(
                project,
                map,
                lane_index,
                lane_cards,
                lane_top,
                &stage_left,
                measure,
                first_cell,
                &mut out,
            )
        } else if let Some(cards) = card_lanes[lane_index].take() {
            let height = cards.height;
            cards.place_at(lane_top - first_lane_top, &mut out);
            height
        } else {
            MIN_LANE_HEIGHT
        };
        for s in 0..stage_count {
            out.cells.push(Cell {
                stage: s,
                lane: lane_index,
                rect: Rect::from_min_size(pos2(stage_left(s), lane_top), vec2(STAGE_WIDTH, height)),
                takes_cards: lane.kind.shows_cards(),
            });
        }
        let mut lines = rule_name.unwrap_or_default();
        let mut ly = lane_top + 14.0;
        let x = grid_left + 16.0;
        if lines.is_empty() {
            place(
                measure,
                &lane.name,
                LANE_NAME,
                x,
                LANE_HEADER_WIDTH - 30.0,
                3,
                &mut ly,
                &mut lines,
            );
        }
        if !matches!(lane.kind, LaneKind::Cards | LaneKind::Line) {
            place(
                measure,
                &measure.tr(lane.kind.message_id()),
                LANE_HINT,
                x,
                LANE_HEADER_WIDTH - 30.0,
                1,
                &mut ly,
                &mut lines,
            );
        }
        out.lanes.push(LaneHeader {
            lane: lane_index,
            rect: Rect::from_min_size(pos2(grid_left, lane_top), vec2(LANE_HEADER_WIDTH, height)),
            lines,
        });
        lane_top += height;
    }

    out.grid = Rect::from_min_max(
        pos2(grid_left, grid_top),
        pos2(grid_left + grid_width, lane_top),
    );
    super::links::links(map, measure, &mut out);
    let mut bottom = lane_top;
    if options.legend
        && let Some(legend) = super::extras::legend(
            map,
            &project.channels,
            measure,
            grid_left,
            lane_top + 18.0,
            grid_width,
        )
    {
        bottom = legend.rect.bottom();
        out.legend = Some(legend);
    }
    // The notes list keeps to a readable measure, however wide the map.
    let notes_bottom = super::charts::notes(
        map,
        options.notes,
        measure,
        grid_left,
        bottom + 8.0,
        grid_width.min(NOTES_WIDTH),
        &mut out,
    );
    if !out.notes_list.is_empty() {
        out.notes_top = Some(bottom + 8.0);
        bottom = notes_bottom;
    }
    // An arrow's loop and label may reach past the grid's right edge (a map of one stage).
    let links_right = out
        .links
        .iter()
        .flat_map(|l| {
            l.bezier
                .iter()
                .map(|p| p.x)
                .chain(l.label.iter().map(|t| t.rect().right()))
        })
        .fold(grid_left + grid_width, f32::max);
    out.size = vec2(links_right + MARGIN, bottom + MARGIN).ceil();
    out
}

/// Title, map name with persona, and the scenario.
pub(super) fn heading(
    project: &Project,
    map: &JourneyMap,
    measure: &Shaper<'_>,
    width: f32,
    with_persona: bool,
    y: &mut f32,
    lines: &mut Vec<TextLine>,
) {
    place(measure, &project.title, TITLE, MARGIN, width, 2, y, lines);
    let mut subtitle = map.name.clone();
    let personas: Vec<_> = map
        .personas
        .iter()
        .filter_map(|id| project.persona(id))
        .filter(|_| with_persona)
        .collect();
    if let [persona] = personas.as_slice() {
        subtitle.push_str(" · ");
        subtitle.push_str(&persona.name);
        if !persona.role.trim().is_empty() {
            subtitle.push_str(&measure.tr("list-separator"));
            subtitle.push_str(&persona.role);
        }
    } else if !personas.is_empty() {
        subtitle.push_str(" · ");
        let names: Vec<&str> = personas.iter().map(|p| p.name.as_str()).collect();
        subtitle.push_str(&crate::i18n::typography::join(measure.catalogue(), &names));
    }
    *y += 4.0;
    place(measure, &subtitle, SUBTITLE, MARGIN, width, 2, y, lines);
    if with_persona && !map.scenario.trim().is_empty() {
        place(measure, &map.scenario, SCENARIO, MARGIN, width, 3, y, lines);
    }
}
