//! Arrows between linked cards: from the nearest sides, and between cards too close for
//! a readable arrow (neighbouring lanes of one stage) a loop through the gutter beside
//! them; each label placed where it covers no card when it can, never over the two cards
//! it joins.

use emath::{Pos2, Rect, pos2, vec2};

use super::metrics::{CAPTION, line_height};
use super::text::{Shaper, place};
use super::{LinkPath, MapLayout};
use crate::model::JourneyMap;

/// The shortest arrow drawn straight between two cards; closer cards get a loop.
pub const MIN_ARROW: f32 = 24.0;
/// How far a loop reaches out beside the cards.
const LOOP_REACH: f32 = 26.0;

/// Arrows between linked cards, from the nearest sides.
pub(super) fn links(map: &JourneyMap, measure: &Shaper<'_>, out: &mut MapLayout) {
    for (index, link) in map.links.iter().enumerate() {
        let (Some(from), Some(to)) = (map.card_index(&link.from), map.card_index(&link.to)) else {
            continue;
        };
        let (Some(a), Some(b)) = (out.card_box(from), out.card_box(to)) else {
            continue;
        };
        let (a, b) = (a.rect, b.rect);
        let path = straight(a, b)
            .filter(|bezier| (bezier[3] - bezier[0]).length() >= MIN_ARROW)
            .map(|bezier| {
                let label = if link.label.trim().is_empty() {
                    Vec::new()
                } else {
                    clear_label(measure, &link.label, &bezier, out)
                };
                (bezier, label)
            })
            .unwrap_or_else(|| looped(measure, &link.label, a, b, out));
        out.links.push(LinkPath {
            link: index,
            bezier: path.0,
            label: path.1,
        });
    }
}

/// The arrow from the side of `a` facing `b` to the side of `b` facing `a`; `None` when
/// the boxes overlap.
fn straight(a: Rect, b: Rect) -> Option<[Pos2; 4]> {
    let (start, end, dir) = if b.left() >= a.right() {
        (
            pos2(a.right(), a.center().y),
            pos2(b.left(), b.center().y),
            vec2(1.0, 0.0),
        )
    } else if b.right() <= a.left() {
        (
            pos2(a.left(), a.center().y),
            pos2(b.right(), b.center().y),
            vec2(-1.0, 0.0),
        )
    } else if b.top() >= a.bottom() {
        (
            pos2(a.center().x, a.bottom()),
            pos2(b.center().x, b.top()),
            vec2(0.0, 1.0),
        )
    } else if b.bottom() <= a.top() {
        (
            pos2(a.center().x, a.top()),
            pos2(b.center().x, b.bottom()),
            vec2(0.0, -1.0),
        )
    } else {
        return None;
    };
    let reach = ((end - start).length() * 0.4).max(MIN_ARROW);
    Some([start, start + dir * reach, end - dir * reach, end])
}

/// Cards too close for a straight arrow: a loop out of the right side of `a` into the
/// right side of `b` through the gutter (or the left side, when its label covers no card
/// there and would on the right or would leave the grid), the label beside the loop's
/// turn.
fn looped(
    measure: &Shaper<'_>,
    text: &str,
    a: Rect,
    b: Rect,
    out: &MapLayout,
) -> ([Pos2; 4], Vec<super::TextLine>) {
    // Near the facing edges, so the loop is short but never a stub.
    let (ya, yb) = if b.center().y >= a.center().y {
        (
            (a.bottom() - 12.0).max(a.center().y),
            (b.top() + 12.0).min(b.center().y),
        )
    } else {
        (
            (a.top() + 12.0).min(a.center().y),
            (b.bottom() - 12.0).max(b.center().y),
        )
    };
    let side = |sign: f32| {
        let edge = |r: Rect| if sign > 0.0 { r.right() } else { r.left() };
        let x = if sign > 0.0 {
            edge(a).max(edge(b))
        } else {
            edge(a).min(edge(b))
        };
        let (start, end) = (pos2(edge(a), ya), pos2(edge(b), yb));
        let out_x = x + sign * LOOP_REACH;
        let bezier = [start, pos2(out_x, ya), pos2(out_x, yb), end];
        let mut lines = Vec::new();
        if !text.trim().is_empty() {
            let turn = bezier_point(&bezier, 0.5);
            let lh = line_height(CAPTION);
            let mut y = turn.y - lh / 2.0;
            place(measure, text, CAPTION, 0.0, 140.0, 2, &mut y, &mut lines);
            let height = lh * lines.len() as f32;
            for line in &mut lines {
                let left = if sign > 0.0 {
                    turn.x + 6.0
                } else {
                    turn.x - 6.0 - line.width
                };
                line.baseline_left.x = left.round();
                line.baseline_left.y -= (height - lh) / 2.0;
            }
        }
        (bezier, lines)
    };
    let right = side(1.0);
    // Past the grid's right edge (cards of the last stage): the left side if it is clear;
    // otherwise the page grows to hold the loop and its label (see `build`).
    let past_the_grid = label_bounds(&right.1).right().max(right.0[1].x) > out.grid.right();
    if covers_a_card(&right.1, out) || past_the_grid {
        let left = side(-1.0);
        let inside =
            label_bounds(&left.1).left() >= out.grid.left() + super::metrics::LANE_HEADER_WIDTH;
        if !covers_a_card(&left.1, out) && inside {
            return left;
        }
    }
    right
}

fn label_bounds(lines: &[super::TextLine]) -> Rect {
    lines
        .iter()
        .fold(Rect::NOTHING, |r, l| r.union(l.rect()))
        .expand2(vec2(4.0, 1.0))
}

fn covers_a_card(lines: &[super::TextLine], out: &MapLayout) -> bool {
    !lines.is_empty()
        && out
            .cards
            .iter()
            .any(|c| c.rect.intersects(label_bounds(lines)))
}

/// An arrow's label, placed along the arrow where it covers no card: the middle if that
/// is clear, else the nearest clear spot further along or back, above or below the line.
fn clear_label(
    measure: &Shaper<'_>,
    text: &str,
    bezier: &[Pos2; 4],
    out: &MapLayout,
) -> Vec<super::TextLine> {
    let at = |t: f32, dy: f32| {
        let mid = bezier_point(bezier, t);
        let mut lines = Vec::new();
        let mut y = mid.y - line_height(CAPTION) - 2.0 + dy;
        place(measure, text, CAPTION, mid.x, 160.0, 2, &mut y, &mut lines);
        for line in &mut lines {
            line.baseline_left.x = (mid.x - line.width / 2.0).round();
        }
        lines
    };
    let h = line_height(CAPTION) + 4.0;
    for t in [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8] {
        for dy in [0.0, h, -h] {
            let lines = at(t, dy);
            if !covers_a_card(&lines, out) {
                return lines;
            }
        }
    }
    at(0.5, 0.0)
}

/// The point at `t` (0–1) along a cubic Bézier.
pub fn bezier_point(b: &[Pos2; 4], t: f32) -> Pos2 {
    let u = 1.0 - t;
    let v = b[0].to_vec2() * (u * u * u)
        + b[1].to_vec2() * (3.0 * u * u * t)
        + b[2].to_vec2() * (3.0 * u * t * t)
        + b[3].to_vec2() * (t * t * t);
    v.to_pos2()
}

#[cfg(test)]
mod tests {
    use super::{MIN_ARROW, bezier_point};
    use crate::layout::layout_map;
    use crate::model::Link;
    use crate::text::TextEngine;

    /// The arrow's length along its curve.
    fn length(b: &[emath::Pos2; 4]) -> f32 {
        (0..32)
            .map(|i| {
                let t = |i: usize| bezier_point(b, i as f32 / 32.0);
                (t(i + 1) - t(i)).length()
            })
            .sum()
    }

    #[test]
    fn a_map_of_one_stage_keeps_its_strip_and_arrows_on_the_page() {
        let project = crate::io::load_bytes(crate::assets::SAMPLE.as_bytes()).expect("sample");
        let whole = &project.maps[0];
        for stage in 0..whole.stages.len() {
            let map = crate::export::stage_range(whole, stage, stage);
            let layout = layout_map(&project, &map, TextEngine::global());
            let page = emath::Rect::from_min_size(emath::Pos2::ZERO, layout.size);
            let strip = layout.persona.as_ref().expect("the sample's strip");
            for (line, _) in &strip.lines {
                assert!(
                    line.rect().right() <= strip.rect.right(),
                    "stage {stage}: {:?} leaves the strip",
                    line.text
                );
            }
            for path in &layout.links {
                for line in &path.label {
                    assert!(
                        page.contains_rect(line.rect()),
                        "stage {stage}: label off the page"
                    );
                }
                assert!(
                    path.bezier.iter().all(|p| page.contains(*p)),
                    "stage {stage}"
                );
            }
        }
    }

    #[test]
    fn arrows_between_neighbouring_lanes_are_readable_and_labels_clear_their_cards() {
        let mut project =
            crate::io::load_bytes(crate::assets::SAMPLE.as_bytes()).expect("the sample");
        // Besides the sample's two pain point → opportunity arrows: a card to the one
        // right below it in the next lane, and the other way up, both labelled.
        let map = &mut project.maps[0];
        for (from, to) in [("c-a1", "c-t1"), ("c-h2", "c-t2")] {
            map.links.push(Link {
                from: from.into(),
                to: to.into(),
                label: "leads to".into(),
                extra: Default::default(),
            });
        }
        let map = &project.maps[0];
        let layout = layout_map(&project, map, TextEngine::global());
        assert_eq!(layout.links.len(), map.links.len());
        for path in &layout.links {
            let link = &map.links[path.link];
            assert!(
                length(&path.bezier) >= MIN_ARROW,
                "{} → {}: {:.1} px",
                link.from,
                link.to,
                length(&path.bezier)
            );
            let label = path
                .label
                .iter()
                .fold(emath::Rect::NOTHING, |r, l| r.union(l.rect()));
            assert!(
                !path.label.is_empty(),
                "{} → {} has its label",
                link.from,
                link.to
            );
            for end in [&link.from, &link.to] {
                let card = map.card_index(end).and_then(|i| layout.card_box(i));
                let card = card.expect("laid out").rect;
                assert!(
                    !card.intersects(label.shrink(0.5)),
                    "the label of {} → {} covers {end}",
                    link.from,
                    link.to
                );
            }
        }
    }
}
