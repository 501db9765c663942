//! Geometry of a journey map: where every header, cell, card, text line, curve point and
//! link is, in world pixels (1 world px = 1 screen point at 100% zoom).
//!
//! [`layout_map`] is the single source of geometry. The canvas paints it (through
//! [`scene`]), hit-testing queries it, and the SVG/PNG exporters write the same [`scene`],
//! so an export is exactly what is on screen.

mod build;
mod card;
mod cells;
pub use cells::sparing_a_core;
mod charts;
mod chips;
mod curve;
mod drop;
mod emotion;
mod extras;
mod links;
pub mod metrics;
pub mod nav;
mod personas;
mod rules;
pub mod scene;
pub mod text;

use emath::{Pos2, Rect, Vec2};

use crate::fonts::FontStyle;
use crate::palette::Rgba;

pub use build::{layout_map, layout_map_estimated, layout_map_with};
pub use charts::{
    CurveKey, METRIC_ROW, MetricBar, MetricRow, NoteBadge, note_order, renumber_notes,
};
pub use drop::{DropSpot, index_for_boundary};
pub use extras::{layout_profile, notes_lines};
pub use links::{MIN_ARROW, bezier_point};
pub use personas::layout_personas;
pub use text::Shaper;

/// One line of text, already wrapped, placed by its baseline.
#[derive(Clone, Debug, PartialEq)]
pub struct TextLine {
    /// The characters of the line (cleaned of control characters), shared with the text
    /// engine's cache.
    pub text: std::sync::Arc<str>,
    /// Left end of the baseline.
    pub baseline_left: Pos2,
    /// Font size and weight.
    pub style: FontStyle,
    /// Measured advance width.
    pub width: f32,
    /// Distance from the top of the line box to the baseline.
    pub ascent: f32,
    /// The paragraph runs right to left (the SVG text mode writes `direction="rtl"`).
    pub rtl: bool,
    /// The shaped glyphs, positioned from `baseline_left`: what every renderer draws.
    pub runs: std::sync::Arc<[crate::text::GlyphRun]>,
    /// Some character is drawn as the missing glyph ([`crate::text::ShapedLine::missing`]).
    pub missing: bool,
}

impl TextLine {
    /// The box the line occupies (baseline minus ascent to baseline plus a descent).
    pub fn rect(&self) -> Rect {
        Rect::from_min_size(
            Pos2::new(self.baseline_left.x, self.baseline_left.y - self.ascent),
            Vec2::new(self.width, self.style.size * 1.25),
        )
    }
}

/// A stage (column) header.
#[derive(Clone, Debug, PartialEq)]
pub struct StageHeader {
    /// Index into the map's stages.
    pub stage: usize,
    /// The header box.
    pub rect: Rect,
    /// Accent colour of the stage.
    pub accent: Rgba,
    /// Name lines, then description lines.
    pub lines: Vec<TextLine>,
}

/// A lane (row) header.
#[derive(Clone, Debug, PartialEq)]
pub struct LaneHeader {
    /// Index into the map's lanes.
    pub lane: usize,
    /// The header box.
    pub rect: Rect,
    /// Name lines, then a kind hint for special lanes.
    pub lines: Vec<TextLine>,
}

/// One cell of the grid.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Cell {
    /// Index into the map's stages.
    pub stage: usize,
    /// Index into the map's lanes.
    pub lane: usize,
    /// The cell box.
    pub rect: Rect,
    /// Whether cards may be dropped here (not in a metrics or a line lane).
    pub takes_cards: bool,
}

/// A service blueprint's line: a line lane's dashed rule across every stage (its label is
/// the lane's header).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rule {
    /// Index into the map's lanes.
    pub lane: usize,
    /// Its left end (where the first stage begins).
    pub from: Pos2,
    /// Its right end (where the last stage ends).
    pub to: Pos2,
}

/// How a card is drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CardLook {
    /// A coloured card with a shadow.
    Card,
    /// Plain text in a text lane.
    Text,
    /// A point of an emotion curve with its caption.
    EmotionPoint,
}

/// The icon before a chip's label: a built-in channel's own drawing or an icon of the
/// bundled library (see [`crate::icons`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChipIcon {
    /// A built-in channel's icon.
    Channel(crate::model::Channel),
    /// A library icon, by name.
    Library(&'static str),
}

/// A small rounded label on a card: channel, flag or tag.
#[derive(Clone, Debug, PartialEq)]
pub struct Chip {
    /// The chip box.
    pub rect: Rect,
    /// Fill colour.
    pub fill: Rgba,
    /// A channel's icon before the label.
    pub icon: Option<ChipIcon>,
    /// The label, centred in the box.
    pub label: TextLine,
}

impl Chip {
    /// The same chip with its top-left corner at `to`.
    pub fn moved(mut self, to: Pos2) -> Self {
        let offset = to - self.rect.min;
        self.rect = self.rect.translate(offset);
        self.label.baseline_left += offset;
        self
    }
}

/// A card placed in its cell.
#[derive(Clone, Debug, PartialEq)]
pub struct CardBox {
    /// Index into the map's cards.
    pub card: usize,
    /// Index of the cell in [`MapLayout::cells`].
    pub cell: usize,
    /// The card box (for emotion points: the marker and its caption).
    pub rect: Rect,
    /// How it is drawn.
    pub look: CardLook,
    /// Fill colour (cards) or marker colour (emotion points).
    pub fill: Rgba,
    /// Channel, flag and tag labels.
    pub chips: Vec<Chip>,
    /// Title lines.
    pub title: Vec<TextLine>,
    /// Body lines.
    pub body: Vec<TextLine>,
    /// The picture frame of a storyboard card.
    pub picture: Option<Rect>,
    /// The picture shown in the frame.
    pub image: Option<crate::model::ImageId>,
    /// The chip naming the map the card opens (Ctrl+click opens it), when it opens one.
    pub opens: Option<Rect>,
    /// The card's library icon before its title: where, and which.
    pub icon: Option<(Rect, &'static str)>,
}

impl CardBox {
    /// The same card `dy` pixels lower, with everything drawn in it.
    pub fn moved_down(mut self, dy: f32) -> Self {
        if dy == 0.0 {
            return self;
        }
        let by = Vec2::new(0.0, dy);
        self.rect = self.rect.translate(by);
        for chip in &mut self.chips {
            chip.rect = chip.rect.translate(by);
            chip.label.baseline_left += by;
        }
        for line in self.title.iter_mut().chain(&mut self.body) {
            line.baseline_left += by;
        }
        for r in [&mut self.picture, &mut self.opens].into_iter().flatten() {
            *r = r.translate(by);
        }
        if let Some((r, _)) = &mut self.icon {
            *r = r.translate(by);
        }
        self
    }
}

/// One point of an emotion curve.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct EmotionPoint {
    /// Index into the map's cards.
    pub card: usize,
    /// Centre of the face marker.
    pub center: Pos2,
    /// The score, `None` when the card has none yet (drawn at 0, hollow).
    pub score: Option<i8>,
}

/// The curve of one emotion lane.
#[derive(Clone, Debug, PartialEq)]
pub struct EmotionCurve {
    /// Index into the map's lanes.
    pub lane: usize,
    /// The area the scores span; `y_of_score(2)` is its top.
    pub plot: Rect,
    /// The points, left to right.
    pub points: Vec<EmotionPoint>,
    /// Cubic Bézier segments through the points.
    pub segments: Vec<[Pos2; 4]>,
    /// The curve's colour (the persona's, when the map has several).
    pub color: Rgba,
    /// Whose curve: the index in the map's personas (0: the lead's, or the map's only).
    pub persona: usize,
}

impl EmotionCurve {
    /// The y coordinate of a score inside the plot.
    pub fn y_of_score(&self, score: f32) -> f32 {
        curve::y_of_score(self.plot, score)
    }

    /// The nearest whole score to a y coordinate, clamped to the scale.
    pub fn score_at_y(&self, y: f32) -> i8 {
        curve::score_at_y(self.plot, y)
    }
}

/// An arrow between two cards.
#[derive(Clone, Debug, PartialEq)]
pub struct LinkPath {
    /// Index into the map's links.
    pub link: usize,
    /// Cubic Bézier from the source card's edge to the target card's edge.
    pub bezier: [Pos2; 4],
    /// Label lines, centred on the middle of the arrow.
    pub label: Vec<TextLine>,
}

/// How a line of text is inked (its weight comes from its font style).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ink {
    /// Names, headlines and body text.
    Primary,
    /// Captions and secondary text.
    Secondary,
}

/// The persona strip above the grid.
#[derive(Clone, Debug, PartialEq)]
pub struct PersonaStrip {
    /// The whole strip.
    pub rect: Rect,
    /// One photo (or initials) per persona of the map.
    pub faces: Vec<PersonaFace>,
    /// Every line of text, with its ink.
    pub lines: Vec<(TextLine, Ink)>,
}

/// A persona's photo or initials in the persona strip.
#[derive(Clone, Debug, PartialEq)]
pub struct PersonaFace {
    /// Where the photo (or the initials) goes.
    pub rect: Rect,
    /// The persona's photo.
    pub photo: Option<crate::model::ImageId>,
    /// Initials shown instead of a photo.
    pub initials: Option<TextLine>,
    /// The colour of the persona's curve, when the map has several personas.
    pub color: Option<Rgba>,
}

/// The legend below the grid.
#[derive(Clone, Debug, PartialEq)]
pub struct Legend {
    /// Its extent.
    pub rect: Rect,
    /// Group names ("Flags", "Evidence", "Channels").
    pub labels: Vec<TextLine>,
    /// One chip per badge used, drawn as on the cards.
    pub chips: Vec<Chip>,
}

/// How review notes show on the map.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum NoteMarks {
    /// Not at all (exports, unless asked).
    Hidden,
    /// A badge with the open count on each card that has open notes (the canvas).
    #[default]
    Badges,
    /// A numbered marker on each such card and the list of open notes below the map
    /// (exports with "Include notes").
    Numbered,
}

/// What to include around the grid.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LayoutOptions {
    /// The persona strip above the grid.
    pub persona_strip: bool,
    /// The legend below the grid.
    pub legend: bool,
    /// How review notes show.
    pub notes: NoteMarks,
}

impl Default for LayoutOptions {
    fn default() -> Self {
        Self {
            persona_strip: true,
            legend: true,
            notes: NoteMarks::Badges,
        }
    }
}

/// Everything drawn for one map, in world pixels.
#[derive(Clone, Debug, PartialEq)]
pub struct MapLayout {
    /// The whole page, origin at (0, 0).
    pub size: Vec2,
    /// Title, subtitle and scenario above the grid.
    pub heading: Vec<TextLine>,
    /// The grid (headers and cells).
    pub grid: Rect,
    /// Stage headers, in stage order.
    pub stages: Vec<StageHeader>,
    /// Lane headers, in lane order.
    pub lanes: Vec<LaneHeader>,
    /// Cells, lane by lane (`lane * stages + stage`).
    pub cells: Vec<Cell>,
    /// Cards in drawing order.
    pub cards: Vec<CardBox>,
    /// One curve per emotion lane.
    pub curves: Vec<EmotionCurve>,
    /// Arrows between cards.
    pub links: Vec<LinkPath>,
    /// The persona strip, if shown.
    pub persona: Option<PersonaStrip>,
    /// The legend, if shown.
    pub legend: Option<Legend>,
    /// The charts of the metrics lanes, one row per metric.
    pub metric_rows: Vec<MetricRow>,
    /// The dashed rules of the map's line lanes (a service blueprint's lines).
    pub rules: Vec<Rule>,
    /// The legend of the persona curves (empty unless a map has several personas).
    pub curve_keys: Vec<CurveKey>,
    /// Open-notes badges (or numbered markers) on cards.
    pub note_badges: Vec<NoteBadge>,
    /// The numbered list of open notes below the map (exports with notes).
    pub notes_list: Vec<TextLine>,
    /// Where the notes list starts (`None` without one): a PDF puts it on its own page.
    pub notes_top: Option<f32>,
}

/// How far `p` is from the segment `a`–`b`.
fn distance_to_segment(p: Pos2, a: Pos2, b: Pos2) -> f32 {
    let ab = b - a;
    let t = if ab.length_sq() > 0.0 {
        ((p - a).dot(ab) / ab.length_sq()).clamp(0.0, 1.0)
    } else {
        0.0
    };
    (a + ab * t).distance(p)
}

/// What is under a point.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Hit {
    /// A card (index into the map's cards).
    Card(usize),
    /// A stage header.
    Stage(usize),
    /// A lane header.
    Lane(usize),
    /// An empty spot in a cell.
    Cell {
        /// Stage index.
        stage: usize,
        /// Lane index.
        lane: usize,
    },
}

impl Default for MapLayout {
    fn default() -> Self {
        Self {
            size: Vec2::ZERO,
            heading: Vec::new(),
            grid: Rect::NOTHING,
            stages: Vec::new(),
            lanes: Vec::new(),
            cells: Vec::new(),
            cards: Vec::new(),
            curves: Vec::new(),
            links: Vec::new(),
            persona: None,
            legend: None,
            metric_rows: Vec::new(),
            rules: Vec::new(),
            curve_keys: Vec::new(),
            note_badges: Vec::new(),
            notes_list: Vec::new(),
            notes_top: None,
        }
    }
}

impl MapLayout {
    /// What is at `pos_in_world`, topmost first.
    pub fn hit(&self, pos_in_world: Pos2) -> Option<Hit> {
        if let Some(card) = self
            .cards
            .iter()
            .rev()
            .find(|c| c.rect.contains(pos_in_world))
        {
            return Some(Hit::Card(card.card));
        }
        if let Some(h) = self.stages.iter().find(|h| h.rect.contains(pos_in_world)) {
            return Some(Hit::Stage(h.stage));
        }
        if let Some(h) = self.lanes.iter().find(|h| h.rect.contains(pos_in_world)) {
            return Some(Hit::Lane(h.lane));
        }
        self.cells
            .iter()
            .find(|c| c.rect.contains(pos_in_world))
            .map(|c| Hit::Cell {
                stage: c.stage,
                lane: c.lane,
            })
    }

    /// The arrow (index into the map's links) passing within `tolerance` of
    /// `pos_in_world`, or whose label is under it; the nearest if several are.
    pub fn hit_link(&self, pos_in_world: Pos2, tolerance: f32) -> Option<usize> {
        self.links
            .iter()
            .filter_map(|l| {
                if l.label
                    .iter()
                    .any(|t| t.rect().expand(2.0).contains(pos_in_world))
                {
                    return Some((0.0, l.link));
                }
                let steps = 24;
                let distance = (0..steps)
                    .map(|i| {
                        let a = links::bezier_point(&l.bezier, i as f32 / steps as f32);
                        let b = links::bezier_point(&l.bezier, (i + 1) as f32 / steps as f32);
                        distance_to_segment(pos_in_world, a, b)
                    })
                    .fold(f32::INFINITY, f32::min);
                (distance <= tolerance).then_some((distance, l.link))
            })
            .min_by(|a, b| a.0.total_cmp(&b.0))
            .map(|(_, link)| link)
    }

    /// The box of a card by its index in the map.
    pub fn card_box(&self, card: usize) -> Option<&CardBox> {
        self.cards.iter().find(|c| c.card == card)
    }
}
