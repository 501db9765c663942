//! What crosses a page's edge: an emotion curve's segment, an arrow or a metric line
//! from the last stage of one page to the first of the next. The page's part is laid
//! out again with its neighbouring stages (by the one layout); the lines of that layout
//! that cross the part's left or right edge are cut at the edge and drawn on the page,
//! so each of the two pages carries its half, drawn to its edge.

use emath::{Pos2, pos2};

use super::{Part, PlannedPage, map_part};
use crate::layout::scene::{Prim, Scene};
use crate::layout::{self, LayoutOptions, MapLayout, metrics};
use crate::model::{JourneyMap, Project};
use crate::text::TextEngine;

/// Adds to `part` (the page's laid-out part, its scene cropped by the page's inset) the
/// pieces of lines that cross its edges into the neighbouring stages.
pub(super) fn draw_to_edges(
    project: &Project,
    map: &JourneyMap,
    planned: &PlannedPage,
    options: &LayoutOptions,
    part: &mut Part,
) {
    let (first, last) = planned.stages;
    let left = first > 0;
    let right = last + 1 < map.stages.len();
    if !left && !right {
        return;
    }
    let wide = map_part(
        map,
        (first - usize::from(left), last + usize::from(right)),
        planned.lanes,
    );
    let laid = layout::layout_map_with(project, &wide, TextEngine::global(), options);
    let scene = layout::scene::build(&laid);
    let w = metrics::STAGE_WIDTH;
    let columns = (last - first + 1) as f32;
    let lo = metrics::MARGIN + metrics::LANE_HEADER_WIDTH + if left { w } else { 0.0 };
    let hi = lo + w * columns;
    let inset = metrics::MARGIN - 2.0;
    let shift_x = if left { -w } else { 0.0 } - inset;
    let to_page = |p: Pos2| {
        let dy = lane_shift(&laid, &part.layout, p.y);
        pos2(p.x + shift_x, p.y + dy - inset)
    };
    let mut ends = Vec::new();
    let mut added = Vec::new();
    for prim in &scene.content {
        match prim {
            Prim::Bezier { points, stroke } => {
                let Some(cut) = clip_bezier(points, lo, hi, left, right) else {
                    continue;
                };
                ends.push(points[3]);
                added.push(Prim::Bezier {
                    points: cut.map(to_page),
                    stroke: *stroke,
                });
            }
            Prim::Line {
                from,
                to,
                stroke,
                dashed,
            } if from.distance(*to) < 1.5 * w => {
                let Some([a, b]) = clip_line([*from, *to], lo, hi, left, right) else {
                    continue;
                };
                added.push(Prim::Line {
                    from: to_page(a),
                    to: to_page(b),
                    stroke: *stroke,
                    dashed: *dashed,
                });
            }
            _ => {}
        }
    }
    // The heads of arrows that come in from a neighbouring stage.
    for prim in &scene.content {
        if let Prim::Polygon { points, fill } = prim
            && let [tip, a, b] = points.as_slice()
            && (lo..=hi).contains(&tip.x)
            && ends
                .iter()
                .any(|e| e.distance(pos2((a.x + b.x) / 2.0, (a.y + b.y) / 2.0)) < 0.5)
        {
            added.push(Prim::Polygon {
                points: points.iter().map(|p| to_page(*p)).collect(),
                fill: *fill,
            });
        }
    }
    push_under_headers(&mut part.scene, added);
}

/// Adds `prims` to the content layer (under the headers).
fn push_under_headers(scene: &mut Scene, prims: Vec<Prim>) {
    scene.content.extend(prims);
}

/// How far a point at `y` in the wide layout moves to sit in the same place of its lane
/// in the page's layout.
fn lane_shift(wide: &MapLayout, page: &MapLayout, y: f32) -> f32 {
    let lane = wide
        .lanes
        .iter()
        .position(|l| y < l.rect.bottom())
        .unwrap_or(wide.lanes.len().saturating_sub(1));
    match (wide.lanes.get(lane), page.lanes.get(lane)) {
        (Some(a), Some(b)) => b.rect.top() - a.rect.top(),
        _ => page.grid.top() - wide.grid.top(),
    }
}

/// The part of segment `s` between `lo` and `hi` when it crosses an edge that has a
/// neighbour (`left`: `lo`, `right`: `hi`); `None` when it crosses neither.
fn clip_line(s: [Pos2; 2], lo: f32, hi: f32, left: bool, right: bool) -> Option<[Pos2; 2]> {
    let [mut a, mut b] = s;
    if a.x > b.x {
        std::mem::swap(&mut a, &mut b);
    }
    let crosses_lo = left && a.x < lo && b.x > lo;
    let crosses_hi = right && a.x < hi && b.x > hi;
    if !crosses_lo && !crosses_hi {
        return None;
    }
    let at = |x: f32| {
        let t = (x - a.x) / (b.x - a.x);
        a + (b - a) * t
    };
    let start = if crosses_lo { at(lo) } else { a };
    let end = if crosses_hi { at(hi) } else { b };
    Some([start, end])
}

/// The part of Bézier `b` between `lo` and `hi` when its ends lie on both sides of an
/// edge that has a neighbour; `None` otherwise.
fn clip_bezier(b: &[Pos2; 4], lo: f32, hi: f32, left: bool, right: bool) -> Option<[Pos2; 4]> {
    let (start, end) = (b[0].x, b[3].x);
    let crosses = |edge: f32| (start < edge) != (end < edge);
    let crosses_lo = left && crosses(lo);
    let crosses_hi = right && crosses(hi);
    if !crosses_lo && !crosses_hi {
        return None;
    }
    // The parameter where x passes `edge` (the ends lie on both sides of it).
    let find = |edge: f32| {
        let (mut t0, mut t1) = (0.0_f32, 1.0_f32);
        for _ in 0..32 {
            let mid = (t0 + t1) / 2.0;
            if (bezier_x(b, mid) < edge) == (start < edge) {
                t0 = mid;
            } else {
                t1 = mid;
            }
        }
        (t0 + t1) / 2.0
    };
    let mut range = (0.0, 1.0);
    for (edge, on) in [(lo, crosses_lo), (hi, crosses_hi)] {
        if !on {
            continue;
        }
        let t = find(edge);
        // Keep the side of the crossing that lies between the edges.
        let inside_after = {
            let probe = bezier_x(b, (t + 0.01).min(1.0));
            (lo..=hi).contains(&probe)
        };
        if inside_after {
            range.0 = f32::max(range.0, t);
        } else {
            range.1 = f32::min(range.1, t);
        }
    }
    (range.0 < range.1).then(|| sub_bezier(b, range.0, range.1))
}

/// The x of Bézier `b` at parameter `t`.
fn bezier_x(b: &[Pos2; 4], t: f32) -> f32 {
    let u = 1.0 - t;
    u * u * u * b[0].x + 3.0 * u * u * t * b[1].x + 3.0 * u * t * t * b[2].x + t * t * t * b[3].x
}

/// The piece of `b` from parameter `t0` to `t1` (de Casteljau).
fn sub_bezier(b: &[Pos2; 4], t0: f32, t1: f32) -> [Pos2; 4] {
    let split = |b: [Pos2; 4], t: f32| -> ([Pos2; 4], [Pos2; 4]) {
        let lerp = |p: Pos2, q: Pos2| p + (q - p) * t;
        let ab = lerp(b[0], b[1]);
        let bc = lerp(b[1], b[2]);
        let cd = lerp(b[2], b[3]);
        let abc = lerp(ab, bc);
        let bcd = lerp(bc, cd);
        let m = lerp(abc, bcd);
        ([b[0], ab, abc, m], [m, bcd, cd, b[3]])
    };
    let (_, tail) = split(*b, t0);
    if t0 >= 1.0 {
        return tail;
    }
    let u = (t1 - t0) / (1.0 - t0);
    split(tail, u.clamp(0.0, 1.0)).0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bezier_across_an_edge_is_cut_there() {
        let b = [
            pos2(0.0, 0.0),
            pos2(30.0, 10.0),
            pos2(70.0, 10.0),
            pos2(100.0, 0.0),
        ];
        let cut = clip_bezier(&b, 40.0, 200.0, true, false).expect("crosses");
        assert!((cut[0].x - 40.0).abs() < 0.01, "{cut:?}");
        assert_eq!(cut[3], b[3]);
        let other = clip_bezier(&b, -100.0, 40.0, false, true).expect("crosses");
        assert_eq!(other[0], b[0]);
        assert!((other[3].x - 40.0).abs() < 0.01, "{other:?}");
        assert!(clip_bezier(&b, -100.0, 400.0, true, true).is_none());
    }
}
