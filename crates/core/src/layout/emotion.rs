//! The emotion lane: a face per card at its score, the lead's curve through the scored
//! faces (a card without a score keeps a hollow face at 0 and leaves a gap in the curve),
//! the other personas' curves (see [`super::charts::persona_curves`]), and each caption
//! where it covers no curve, face, legend or other caption: beside its face when there is
//! room, else in rows below the plot, under its face, the lane growing to hold them.

use emath::{Pos2, Rect, Vec2, pos2, vec2};

use super::metrics::{CAPTION, EMOTION_PLOT, FACE_RADIUS, STAGE_WIDTH, line_height};
use super::text::Shaper;
use super::{CardBox, CardLook, EmotionCurve, EmotionPoint, MapLayout, TextLine, curve};
use crate::model::{Card, JourneyMap, Project};
use crate::palette;
use crate::text::ShapedLine;

/// Height of the strip above the plot: room for a face at the top score, and with several
/// personas for their legend above it too.
const ABOVE_PLOT: f32 = 22.0;
const ABOVE_PLOT_WITH_LEGEND: f32 = 40.0;
/// The lane's height below the plot when every caption fits beside its face.
const BELOW_PLOT: f32 = 48.0;
/// Gap between a face and its caption.
const CAPTION_GAP: f32 = 5.0;

/// A face waiting for its caption.
struct Face {
    card: usize,
    cell: usize,
    center: Pos2,
    score: Option<i8>,
    lines: std::sync::Arc<[ShapedLine]>,
    /// The caption's size: its widest line by its lines' height.
    size: Vec2,
    /// Every other caption of a dense lane prefers the place above its face.
    above_first: bool,
}

/// Lays out emotion lane `lane` of `map` at `top` (`cards` per stage); returns its height.
#[allow(
    clippy::too_many_arguments,
    reason = "the lane's place in the layout being built, passed explicitly"
)]
pub(super) fn emotion_lane(
    project: &Project,
    map: &JourneyMap,
    lane: usize,
    cards: &[Vec<(usize, &Card)>],
    top: f32,
    stage_left: &dyn Fn(usize) -> f32,
    measure: &Shaper<'_>,
    first_cell: usize,
    out: &mut MapLayout,
) -> f32 {
    let above = if map.personas.len() >= 2 {
        ABOVE_PLOT_WITH_LEGEND
    } else {
        ABOVE_PLOT
    };
    let plot = Rect::from_min_max(
        pos2(stage_left(0), top + above),
        pos2(
            stage_left(map.stages.len().max(1)),
            top + above + EMOTION_PLOT,
        ),
    );
    // A dense lane (three or more points in a stage) gives each caption twice its share
    // of the width and puts every other one above its face.
    let dense = cards.iter().any(|c| c.len() >= 3);
    let mut faces = Vec::new();
    for (s, cell_cards) in cards.iter().enumerate() {
        let k = cell_cards.len() as f32;
        for (i, &(card_index, card)) in cell_cards.iter().enumerate() {
            let x = stage_left(s) + STAGE_WIDTH * (i as f32 + 0.5) / k;
            let score = card.emotion;
            let center = pos2(
                x.round(),
                curve::y_of_score(plot, f32::from(score.unwrap_or(0))).round(),
            );
            let share = if dense { 2.0 / k } else { 1.0 / k };
            let width = (STAGE_WIDTH * share - 12.0).clamp(40.0, 170.0);
            let lines = measure.wrap(&card.title, CAPTION, width, 2);
            let widest = lines.iter().map(|l| l.width).fold(0.0, f32::max);
            faces.push(Face {
                card: card_index,
                cell: first_cell + s,
                center,
                score,
                size: vec2(widest, line_height(CAPTION) * lines.len() as f32),
                lines,
                above_first: dense && faces.len() % 2 == 1,
            });
        }
    }
    let points: Vec<EmotionPoint> = faces
        .iter()
        .map(|f| EmotionPoint {
            card: f.card,
            center: f.center,
            score: f.score,
        })
        .collect();
    let mut lead = EmotionCurve {
        lane,
        plot,
        segments: curve::smooth_runs(&points, plot),
        points,
        color: palette::CURVE,
        persona: 0,
    };
    let (curves_at, keys_at) = (out.curves.len(), out.curve_keys.len());
    super::charts::persona_curves(project, map, cards, &mut lead, measure, out);

    // What a caption must keep clear of: every curve of the lane, every face and marker,
    // the legend.
    let mut taken = Obstacles::default();
    for k in &out.curve_keys[keys_at..] {
        taken.add_rect(k.label.rect().union(Rect::from_two_pos(k.from, k.to)));
    }
    let curves: Vec<&EmotionCurve> = std::iter::once(&lead)
        .chain(out.curves[curves_at..].iter())
        .collect();
    for c in &curves {
        let radius = if c.persona == 0 { FACE_RADIUS } else { 6.0 };
        for p in &c.points {
            taken.add_rect(Rect::from_center_size(p.center, Vec2::splat(radius * 2.0)));
        }
    }
    for piece in curves
        .iter()
        .flat_map(|c| c.segments.iter())
        .flat_map(polyline)
    {
        taken.add_stroke(piece);
    }

    let ascent = measure.ascent(CAPTION);
    let lh = line_height(CAPTION);
    let default_bottom = plot.bottom() + BELOW_PLOT;
    // A caption stays over the plot's width (never over the lane's header).
    let inside = |r: Rect| {
        let dx =
            (plot.left() + 2.0 - r.left()).max(0.0) - (r.right() - plot.right() + 2.0).max(0.0);
        r.translate(vec2(dx, 0.0))
    };
    let band_top = plot.bottom() + FACE_RADIUS + CAPTION_GAP;
    let row_pitch = 2.0 * lh + 4.0;
    let mut lowest = default_bottom;
    let mut placed = Vec::with_capacity(faces.len());
    // Beside the face where it is clear, within the lane's usual height.
    for face in &faces {
        let size = face.size;
        let below = |k: f32| face.center.y + FACE_RADIUS + CAPTION_GAP + k * lh;
        let above = |k: f32| face.center.y - FACE_RADIUS - CAPTION_GAP - size.y - k * lh;
        // Below or above the face, centred, then nudged aside, then a line further off.
        let mut spots = Vec::new();
        for k in [0.0, 1.0, 2.0] {
            for dx in [0.0, -size.x / 3.0, size.x / 3.0] {
                let pair = [below(k), above(k)];
                let order = if face.above_first { [1, 0] } else { [0, 1] };
                spots.extend(order.map(|i| (dx, pair[i])));
            }
        }
        let spot = spots
            .into_iter()
            .map(|(dx, y)| {
                inside(Rect::from_min_size(
                    pos2(face.center.x - size.x / 2.0 + dx, y),
                    size,
                ))
            })
            .filter(|r| r.top() >= top + 2.0 && r.bottom() <= default_bottom - 2.0)
            .find(|r| taken.clear(*r));
        if let Some(r) = spot {
            taken.add_rect(r);
        }
        placed.push(spot.map(|r| (r, true)));
    }
    // The rest in rows below the plot, under their faces.
    for (face, spot) in faces.iter().zip(&mut placed) {
        if spot.is_some() {
            continue;
        }
        let size = face.size;
        // A lane too dense for every caption (faces a few pixels apart) keeps the lane
        // readable: past the last row a caption is left out (the card keeps its title).
        let Some(r) = (0..MAX_ROWS)
            .map(|row| {
                let y = band_top + row as f32 * row_pitch;
                inside(Rect::from_min_size(
                    pos2(face.center.x - size.x / 2.0, y),
                    size,
                ))
            })
            .find(|r| taken.clear(*r))
        else {
            continue;
        };
        lowest = lowest.max(r.bottom() + 8.0);
        taken.add_rect(r);
        *spot = Some((r, false));
    }

    for (face, spot) in faces.iter().zip(placed) {
        let marker = Rect::from_center_size(face.center, Vec2::splat(FACE_RADIUS * 2.0));
        let mut caption = Vec::new();
        let mut rect = marker;
        if let Some((r, beside)) = spot {
            let mut ly = r.top();
            for text in face.lines.iter() {
                let x = (r.center().x - text.width / 2.0).round();
                caption.push(TextLine::at(
                    text,
                    CAPTION,
                    ascent,
                    x,
                    (ly + ascent).round(),
                ));
                ly += lh;
            }
            // A caption beside its face is part of the card; one in the rows below is
            // not (a tall box would cover its neighbours' faces).
            if beside {
                rect = caption.iter().fold(marker, |r, l| r.union(l.rect()));
            }
        }
        out.cards.push(CardBox {
            card: face.card,
            cell: face.cell,
            rect,
            look: CardLook::EmotionPoint,
            fill: palette::emotion(face.score.unwrap_or(0)),
            chips: Vec::new(),
            title: caption,
            body: Vec::new(),
            picture: None,
            image: None,
            opens: None,
            icon: None,
        });
    }
    // The lead's curve comes first among its lane's, so its faces are found first.
    out.curves.insert(curves_at, lead);
    (lowest - top).ceil()
}

/// The most rows of captions below the plot.
const MAX_ROWS: usize = 6;

/// What captions must keep clear of, filed by column so a caption is checked against its
/// neighbours only (a dense lane has thousands of faces).
#[derive(Default)]
struct Obstacles {
    rects: hashbrown::HashMap<i32, Vec<Rect>>,
    strokes: hashbrown::HashMap<i32, Vec<[Pos2; 2]>>,
    /// The lowest point of any stroke: a box below it meets none.
    strokes_bottom: f32,
}

/// The width of one column of [`Obstacles`] (about a short caption's).
const COLUMN: f32 = 24.0;

fn columns(left: f32, right: f32) -> std::ops::RangeInclusive<i32> {
    ((left / COLUMN).floor() as i32)..=((right / COLUMN).floor() as i32)
}

impl Obstacles {
    fn add_rect(&mut self, r: Rect) {
        for c in columns(r.left(), r.right()) {
            self.rects.entry(c).or_default().push(r);
        }
    }

    fn add_stroke(&mut self, piece: [Pos2; 2]) {
        self.strokes_bottom = self.strokes_bottom.max(piece[0].y).max(piece[1].y);
        for c in columns(piece[0].x.min(piece[1].x), piece[0].x.max(piece[1].x)) {
            self.strokes.entry(c).or_default().push(piece);
        }
    }

    /// Whether `r` (with a margin) covers nothing filed.
    fn clear(&self, r: Rect) -> bool {
        let r = r.expand(2.0);
        let near_strokes = r.top() <= self.strokes_bottom;
        columns(r.left(), r.right()).all(|c| {
            let rects = self.rects.get(&c).map_or(&[][..], Vec::as_slice);
            if rects.iter().any(|t| t.intersects(r)) {
                return false;
            }
            let strokes = self.strokes.get(&c).map_or(&[][..], Vec::as_slice);
            !near_strokes || !strokes.iter().any(|s| crosses(*s, r))
        })
    }
}

/// A Bézier segment as a few straight pieces (enough to tell whether it crosses a box).
fn polyline(seg: &[Pos2; 4]) -> Vec<[Pos2; 2]> {
    const STEPS: usize = 16;
    let at = |i: usize| super::links::bezier_point(seg, i as f32 / STEPS as f32);
    (0..STEPS).map(|i| [at(i), at(i + 1)]).collect()
}

/// Whether the straight piece `s` passes through the box `r` (Liang–Barsky clipping).
fn crosses([a, b]: [Pos2; 2], r: Rect) -> bool {
    if r.contains(a) || r.contains(b) {
        return true;
    }
    let d = b - a;
    let (mut t0, mut t1) = (0.0_f32, 1.0_f32);
    for (p, q) in [
        (-d.x, a.x - r.left()),
        (d.x, r.right() - a.x),
        (-d.y, a.y - r.top()),
        (d.y, r.bottom() - a.y),
    ] {
        if p == 0.0 {
            if q < 0.0 {
                return false;
            }
            continue;
        }
        let t = q / p;
        if p < 0.0 {
            t0 = t0.max(t);
        } else {
            t1 = t1.min(t);
        }
        if t0 > t1 {
            return false;
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::crosses;
    use emath::{Rect, pos2};

    #[test]
    fn a_piece_crosses_a_box_it_passes_through_and_not_one_beside_it() {
        let r = Rect::from_min_max(pos2(10.0, 10.0), pos2(20.0, 20.0));
        assert!(crosses([pos2(0.0, 15.0), pos2(30.0, 15.0)], r));
        assert!(crosses([pos2(15.0, 0.0), pos2(15.0, 30.0)], r));
        assert!(crosses([pos2(12.0, 12.0), pos2(50.0, 50.0)], r));
        assert!(!crosses([pos2(0.0, 0.0), pos2(30.0, 5.0)], r));
        assert!(!crosses([pos2(0.0, 25.0), pos2(5.0, 0.0)], r));
        assert!(!crosses([pos2(21.0, 0.0), pos2(21.0, 30.0)], r));
    }
}
