//! The emotion scale and the smooth curve through its points.

use emath::{Pos2, Rect};

use crate::model::EMOTION_RANGE;

const TOP: f32 = *EMOTION_RANGE.end() as f32;
const SPAN: f32 = (*EMOTION_RANGE.end() - *EMOTION_RANGE.start()) as f32;

/// The y of a score inside `plot` (top = highest score).
pub fn y_of_score(plot: Rect, score: f32) -> f32 {
    plot.top() + (TOP - score) / SPAN * plot.height()
}

/// The nearest whole score at `y`, clamped to the scale.
pub fn score_at_y(plot: Rect, y: f32) -> i8 {
    let score = TOP - (y - plot.top()) / plot.height().max(1.0) * SPAN;
    (score.round() as i8).clamp(*EMOTION_RANGE.start(), *EMOTION_RANGE.end())
}

/// The curve through `points` (left to right): one Catmull-Rom spline through each run
/// of scored points, a point without a score leaving a gap; control points kept inside
/// `plot`'s height so the curve never leaves it.
pub fn smooth_runs(points: &[super::EmotionPoint], plot: Rect) -> Vec<[Pos2; 4]> {
    let mut segments = Vec::new();
    for run in points.split(|p| p.score.is_none()) {
        let centers: Vec<Pos2> = run.iter().map(|p| p.center).collect();
        segments.extend(
            smooth(&centers)
                .into_iter()
                .map(|seg| seg.map(|p| Pos2::new(p.x, p.y.clamp(plot.top(), plot.bottom())))),
        );
    }
    segments
}

/// Cubic Bézier segments of a Catmull-Rom spline through `points` (left to right).
pub fn smooth(points: &[Pos2]) -> Vec<[Pos2; 4]> {
    let n = points.len();
    (1..n)
        .map(|i| {
            let p0 = points[i.saturating_sub(2)];
            let p1 = points[i - 1];
            let p2 = points[i];
            let p3 = points[(i + 1).min(n - 1)];
            [p1, p1 + (p2 - p0) / 6.0, p2 - (p3 - p1) / 6.0, p2]
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use emath::pos2;

    #[test]
    fn scores_map_to_y_and_back() {
        let plot = Rect::from_min_max(pos2(0.0, 100.0), pos2(10.0, 200.0));
        assert_eq!(y_of_score(plot, 2.0), 100.0);
        assert_eq!(y_of_score(plot, -2.0), 200.0);
        for score in EMOTION_RANGE {
            assert_eq!(score_at_y(plot, y_of_score(plot, f32::from(score))), score);
        }
        assert_eq!(score_at_y(plot, -500.0), 2);
        assert_eq!(score_at_y(plot, 900.0), -2);
    }

    #[test]
    fn curve_passes_through_every_point() {
        let pts = [
            pos2(0.0, 0.0),
            pos2(10.0, 5.0),
            pos2(20.0, -3.0),
            pos2(30.0, 2.0),
        ];
        let segs = smooth(&pts);
        assert_eq!(segs.len(), 3);
        for (i, seg) in segs.iter().enumerate() {
            assert_eq!(seg[0], pts[i]);
            assert_eq!(seg[3], pts[i + 1]);
        }
        assert!(smooth(&pts[..1]).is_empty());
    }
}
