//! Format version 2's geometry: the charts of a metrics lane (bars, a line or a funnel per
//! metric, values labelled, targets marked), the extra emotion curves of a map with several
//! personas and their legend, and review-note badges and the numbered notes list.

use emath::{Pos2, Rect, pos2, vec2};

use super::metrics::{CAPTION, LANE_HINT, STAGE_WIDTH, line_height};
use super::text::{Shaper, place};
use super::{EmotionCurve, EmotionPoint, MapLayout, NoteMarks, TextLine, curve};
use crate::fonts::FontStyle;
use crate::model::{
    Better, Card, JourneyMap, Lane, MAX_METRIC_VALUE, MetricChart, MetricUnit, Project,
};
use crate::palette::{self, Rgba};

/// Height of one metric's row in a metrics lane.
pub const METRIC_ROW: f32 = 118.0;
/// Width of a bar.
const BAR_WIDTH: f32 = 44.0;
/// Metric names above their rows.
const METRIC_NAME: FontStyle = FontStyle::semibold(11.5);
/// Value labels.
const VALUE: FontStyle = FontStyle::semibold(11.0);
/// Funnel drop-off labels.
const DROP: FontStyle = FontStyle::regular(10.5);
/// Badge numbers.
const BADGE: FontStyle = FontStyle::semibold(10.0);
/// The notes list.
const NOTE_HEAD: FontStyle = FontStyle::semibold(12.0);
const NOTE_TEXT: FontStyle = FontStyle::regular(11.5);

/// One metric's chart across the stages.
#[derive(Clone, Debug, PartialEq)]
pub struct MetricRow {
    /// Index into the map's lanes.
    pub lane: usize,
    /// Index into the lane's metrics.
    pub metric: usize,
    /// How it is drawn.
    pub chart: MetricChart,
    /// The plot area (value 0 at its bottom, the largest value at its top).
    pub plot: Rect,
    /// The name and unit above the plot.
    pub label: Vec<TextLine>,
    /// One bar (or point) per stage with a value.
    pub bars: Vec<MetricBar>,
    /// Funnel drop-offs between consecutive stages, centred on the gutter.
    pub drops: Vec<TextLine>,
}

/// One stage's value in a metric row.
#[derive(Clone, Debug, PartialEq)]
pub struct MetricBar {
    /// Index into the map's stages.
    pub stage: usize,
    /// The bar (for a line chart: a point's square, centred on the value).
    pub rect: Rect,
    /// The value written above it.
    pub label: TextLine,
    /// The target's y, when the stage has one.
    pub target: Option<f32>,
    /// Whether the value is on the good side of the target: at or above it, or at or
    /// below it for a metric where lower is better (`None` without a target: no
    /// judgement).
    pub met: Option<bool>,
}

/// One entry of the persona-curve legend.
#[derive(Clone, Debug, PartialEq)]
pub struct CurveKey {
    /// The sample stroke, left to right.
    pub from: Pos2,
    /// Its end.
    pub to: Pos2,
    /// The curve colour.
    pub color: Rgba,
    /// The persona's name.
    pub label: TextLine,
    /// Whose curve: the index in the map's personas (its marker's shape).
    pub persona: usize,
}

/// A card's open-notes badge.
#[derive(Clone, Debug, PartialEq)]
pub struct NoteBadge {
    /// Index into the map's cards.
    pub card: usize,
    /// The badge's centre (on the card's top-right corner).
    pub center: Pos2,
    /// The open count, or the card's number in the notes list.
    pub label: TextLine,
}

/// Lays out a metrics lane from `top`; returns its height.
pub(super) fn metrics_lane(
    map: &JourneyMap,
    lane_index: usize,
    lane: &Lane,
    top: f32,
    stage_left: &dyn Fn(usize) -> f32,
    measure: &Shaper<'_>,
    out: &mut MapLayout,
) -> f32 {
    let left = stage_left(0);
    if lane.metrics.is_empty() {
        let mut y = top + 14.0;
        let mut lines = Vec::new();
        place(
            measure,
            &measure.tr("metric-empty"),
            LANE_HINT,
            left + 14.0,
            (STAGE_WIDTH * map.stages.len().max(1) as f32 - 28.0).max(120.0),
            2,
            &mut y,
            &mut lines,
        );
        out.metric_rows.push(MetricRow {
            lane: lane_index,
            metric: usize::MAX,
            chart: MetricChart::Bars,
            plot: Rect::NOTHING,
            label: lines,
            bars: Vec::new(),
            drops: Vec::new(),
        });
        return super::metrics::MIN_LANE_HEIGHT;
    }
    let mut y = top;
    for (m, metric) in lane.metrics.iter().enumerate() {
        let mut label = Vec::new();
        let mut ly = y + 8.0;
        let unit = match (metric.unit, metric.unit.message_id()) {
            (MetricUnit::Percent, _) => " (%)".to_owned(),
            (MetricUnit::Custom, _) if !metric.custom_unit.trim().is_empty() => {
                format!(" ({})", metric.custom_unit.trim())
            }
            (_, Some(id)) => format!(" ({})", measure.tr(id)),
            (_, None) => String::new(),
        };
        let mut name = format!("{}{unit}", metric.name);
        if !metric.targets.is_empty() {
            name = format!("{name}  ·  ┈ {}", measure.tr("metric-target"));
        }
        if metric.better == Better::Lower {
            name = format!("{name}  ·  ↓ {}", measure.tr("metric-lower-better"));
        }
        place(
            measure,
            &name,
            METRIC_NAME,
            left + 10.0,
            STAGE_WIDTH * map.stages.len().max(1) as f32 - 20.0,
            1,
            &mut ly,
            &mut label,
        );
        // Room above the plot for the highest value's label, clear of the name.
        let plot = Rect::from_min_max(
            pos2(left, y + 8.0 + line_height(METRIC_NAME) + 25.0),
            pos2(stage_left(map.stages.len().max(1)), y + METRIC_ROW - 8.0),
        );
        // Charts draw values within ±MAX_METRIC_VALUE (a file may hold ±1.8e308, whose
        // span overflows): larger ones are drawn at that bound, labelled as they are.
        let drawn = |v: f64| v.clamp(-MAX_METRIC_VALUE, MAX_METRIC_VALUE);
        let values = || {
            metric
                .values
                .values()
                .chain(metric.targets.values())
                .map(|v| drawn(*v))
        };
        let mut high = values().fold(0.0_f64, f64::max);
        if metric.unit == MetricUnit::Percent {
            high = high.max(100.0);
        }
        // Bars start at zero; a line shows its ups and downs (from a little under its
        // lowest value), as line charts of KPIs usually do.
        let low = match metric.chart {
            MetricChart::Line => {
                let top = values().fold(f64::MIN, f64::max);
                let bottom = values().fold(f64::MAX, f64::min);
                if top > bottom {
                    bottom - (top - bottom) * 0.25
                } else {
                    0.0
                }
            }
            _ => 0.0,
        };
        let high = match metric.chart {
            MetricChart::Line => values().fold(f64::MIN, f64::max),
            _ => high,
        };
        let span = if high > low { high - low } else { 1.0 };
        let y_of = |v: f64| plot.bottom() - ((v - low).max(0.0) / span) as f32 * plot.height();
        let mut bars = Vec::new();
        for (s, stage) in map.stages.iter().enumerate() {
            let Some(&value) = metric.values.get(&stage.id) else {
                continue;
            };
            let cx = stage_left(s) + STAGE_WIDTH / 2.0;
            let vy = y_of(drawn(value)).round();
            let rect = match metric.chart {
                MetricChart::Line => Rect::from_center_size(pos2(cx, vy), vec2(8.0, 8.0)),
                _ => Rect::from_min_max(
                    pos2(cx - BAR_WIDTH / 2.0, vy.min(plot.bottom() - 1.0)),
                    pos2(cx + BAR_WIDTH / 2.0, plot.bottom()),
                ),
            };
            let text =
                crate::i18n::typography::number(measure.catalogue(), &metric.unit.format(value));
            let shaped = measure.line(&text, VALUE, STAGE_WIDTH);
            let ascent = measure.ascent(VALUE);
            let target = metric.targets.get(&stage.id).copied();
            // The label sits on the bar (or point), or on the target's mark when that
            // would cross it (the plot leaves room above the highest of either).
            let mut above = rect.top();
            if let Some(ty) = target.map(|t| y_of(drawn(t)).round()) {
                let band = line_height(VALUE) + 6.0;
                if ty < above && ty > above - band {
                    above = ty - 1.0;
                }
            }
            let label_y = above - 4.0 - (line_height(VALUE) - ascent);
            let label = TextLine::at(
                &shaped,
                VALUE,
                ascent,
                (cx - shaped.width / 2.0).round(),
                label_y.round(),
            );
            bars.push(MetricBar {
                stage: s,
                rect,
                label,
                target: target.map(|t| y_of(drawn(t)).round() + 0.5),
                met: target.map(|t| metric.better.hits(value, t)),
            });
        }
        let mut drops = Vec::new();
        if metric.chart == MetricChart::Funnel {
            for pair in bars.windows(2) {
                let (a, b) = (&pair[0], &pair[1]);
                let (Some(va), Some(vb)) = (
                    metric.values.get(&map.stages[a.stage].id),
                    metric.values.get(&map.stages[b.stage].id),
                ) else {
                    continue;
                };
                if b.stage != a.stage + 1 {
                    continue;
                }
                let Some(text) = crate::model::percent_change(*va, *vb) else {
                    continue;
                };
                let shaped = measure.line(&text, DROP, STAGE_WIDTH);
                let ascent = measure.ascent(DROP);
                let gx = stage_left(b.stage);
                drops.push(TextLine::at(
                    &shaped,
                    DROP,
                    ascent,
                    (gx - shaped.width / 2.0).round(),
                    (plot.bottom() - plot.height() * 0.35).round(),
                ));
            }
        }
        out.metric_rows.push(MetricRow {
            lane: lane_index,
            metric: m,
            chart: metric.chart,
            plot,
            label,
            bars,
            drops,
        });
        y += METRIC_ROW;
    }
    (y - top + 6.0).max(super::metrics::MIN_LANE_HEIGHT).ceil()
}

/// The curves of the second and later personas of the emotion lane `lane` (the lead's is
/// `lead`), and the legend naming every persona's curve.
pub(super) fn persona_curves(
    project: &Project,
    map: &JourneyMap,
    cards: &[Vec<(usize, &Card)>],
    lead: &mut EmotionCurve,
    measure: &Shaper<'_>,
    out: &mut MapLayout,
) {
    let colors: Vec<(Rgba, String)> = map
        .personas
        .iter()
        .filter_map(|id| {
            let (i, p) = project
                .personas
                .iter()
                .enumerate()
                .find(|(_, p)| &p.id == id)?;
            Some((palette::persona(i, p.color), p.name.clone()))
        })
        .collect();
    if colors.len() < 2 || colors.len() != map.personas.len() {
        return;
    }
    lead.color = colors[0].0;
    let x_of: std::collections::HashMap<usize, f32> =
        lead.points.iter().map(|p| (p.card, p.center.x)).collect();
    for (k, (color, _)) in colors.iter().enumerate().skip(1) {
        // A card this persona has not scored leaves a gap in the curve.
        let mut points = Vec::new();
        for &(card_index, card) in cards.iter().flatten() {
            let Some(&x) = x_of.get(&card_index) else {
                continue;
            };
            let score = card.score_of(map, k);
            let y = curve::y_of_score(lead.plot, f32::from(score.unwrap_or(0))).round();
            points.push(EmotionPoint {
                card: card_index,
                center: pos2(x, y),
                score,
            });
        }
        let segments = curve::smooth_runs(&points, lead.plot);
        points.retain(|p| p.score.is_some());
        out.curves.push(EmotionCurve {
            lane: lead.lane,
            plot: lead.plot,
            points,
            segments,
            color: *color,
            persona: k,
        });
    }
    // The legend, in the strip above the plot, left to right.
    let mut x = lead.plot.left() + 12.0;
    let ascent = measure.ascent(CAPTION);
    // Clear of a face at the top score (the lane leaves room for both).
    let baseline = (lead.plot.top() - super::metrics::FACE_RADIUS - 5.0).round();
    for (persona, (color, name)) in colors.into_iter().enumerate() {
        let shaped = measure.line(&name, CAPTION, 160.0);
        let from = pos2(x, baseline - 4.0);
        let to = pos2(x + 18.0, baseline - 4.0);
        let label = TextLine::at(&shaped, CAPTION, ascent, (x + 24.0).round(), baseline);
        x += 24.0 + shaped.width + 16.0;
        out.curve_keys.push(CurveKey {
            from,
            to,
            color,
            label,
            persona,
        });
    }
}

/// The cards of `map` with open notes, in the order the notes list numbers them: stage
/// by stage, lane by lane, in card order within a cell (cards in a missing stage or lane
/// last). Part of a map keeps the whole map's numbers through this order.
pub fn note_order(map: &JourneyMap) -> Vec<usize> {
    let mut cards: Vec<(usize, usize, usize)> = map
        .cards
        .iter()
        .enumerate()
        .filter(|(_, c)| c.open_notes() > 0)
        .map(|(i, c)| {
            let stage = map.stages.iter().position(|s| s.id == c.stage);
            let lane = map.lanes.iter().position(|l| l.id == c.lane);
            (stage.unwrap_or(usize::MAX), lane.unwrap_or(usize::MAX), i)
        })
        .collect();
    cards.sort_unstable();
    cards.into_iter().map(|(_, _, i)| i).collect()
}

/// A badge on `rect`'s top-right corner saying `text`.
fn badge(measure: &Shaper<'_>, card: usize, rect: Rect, text: &str) -> NoteBadge {
    let ascent = measure.ascent(BADGE);
    let shaped = measure.line(text, BADGE, 60.0);
    let center = pos2(rect.right() - 4.0, rect.top() + 4.0);
    NoteBadge {
        card,
        center,
        label: TextLine::at(
            &shaped,
            BADGE,
            ascent,
            (center.x - shaped.width / 2.0).round(),
            (center.y + ascent * 0.36).round(),
        ),
    }
}

/// Open-notes badges on the cards; with [`NoteMarks::Numbered`], numbers instead of
/// counts and the list of open notes from `top` down. Returns the list's bottom.
pub(super) fn notes(
    map: &JourneyMap,
    marks: NoteMarks,
    measure: &Shaper<'_>,
    left: f32,
    top: f32,
    width: f32,
    out: &mut MapLayout,
) -> f32 {
    if marks == NoteMarks::Hidden {
        return top;
    }
    let order = note_order(map);
    for (n, &card) in order.iter().enumerate() {
        let (Some(c), Some(b)) = (
            map.cards.get(card),
            out.cards.iter().find(|b| b.card == card),
        ) else {
            continue;
        };
        let text = match marks {
            NoteMarks::Numbered => (n + 1).to_string(),
            _ => c.open_notes().to_string(),
        };
        let made = badge(measure, card, b.rect, &text);
        out.note_badges.push(made);
    }
    if marks != NoteMarks::Numbered {
        return top;
    }
    let mut list = Vec::new();
    let y = notes_list(map, &order, measure, left, top, width, &mut list);
    out.notes_list = list;
    y
}

/// The numbered list of the open notes of `order`'s cards (see [`note_order`]), `width`
/// wide from (`left`, `top`) down, into `list`. Returns its bottom.
pub(super) fn notes_list(
    map: &JourneyMap,
    order: &[usize],
    measure: &Shaper<'_>,
    left: f32,
    top: f32,
    width: f32,
    list: &mut Vec<TextLine>,
) -> f32 {
    let mut y = top;
    for (n, &card) in order.iter().enumerate() {
        let Some(c) = map.cards.get(card) else {
            continue;
        };
        if list.is_empty() {
            y += 18.0;
            place(
                measure,
                &measure.tr("notes-heading"),
                NOTE_HEAD,
                left,
                width,
                1,
                &mut y,
                list,
            );
            y += 4.0;
        }
        for note in c.notes.iter().filter(|n| !n.resolved) {
            let head = format!(
                "{}. {} — {}{}{}",
                n + 1,
                c.title.lines().next().unwrap_or_default(),
                note.author,
                measure.tr("list-separator"),
                crate::i18n::typography::date(measure.catalogue(), &note.date)
            );
            place(measure, &head, NOTE_HEAD, left, width, 2, &mut y, list);
            place(
                measure,
                &note.text,
                NOTE_TEXT,
                left + 16.0,
                width - 16.0,
                6,
                &mut y,
                list,
            );
            for reply in &note.replies {
                let text = format!("↳ {}: {}", reply.author, reply.text);
                place(
                    measure,
                    &text,
                    NOTE_TEXT,
                    left + 16.0,
                    width - 16.0,
                    4,
                    &mut y,
                    list,
                );
            }
            y += 6.0;
        }
    }
    y
}

/// Gives the note badges of `layout`, a layout of `part` (a part of a map), the numbers
/// `numbers` gives their cards in the whole map's list (by card id).
pub fn renumber_notes(
    layout: &mut MapLayout,
    part: &JourneyMap,
    numbers: &std::collections::HashMap<crate::model::CardId, usize>,
    measure: &Shaper<'_>,
) {
    let badges = std::mem::take(&mut layout.note_badges);
    for old in badges {
        let (Some(c), Some(b)) = (
            part.cards.get(old.card),
            layout.cards.iter().find(|b| b.card == old.card),
        ) else {
            continue;
        };
        let Some(n) = numbers.get(&c.id) else {
            continue;
        };
        let made = badge(measure, old.card, b.rect, &n.to_string());
        layout.note_badges.push(made);
    }
}
