//! The bundled icon library: a selection of Lucide icons (ISC licence, see
//! `assets/icons/LICENSE`) kept as their SVG outlines in `assets/icons/lucide.tsv` (one a
//! line: name, tab, the SVG body on Lucide's 24 × 24 grid, tab, Lucide's search tags
//! separated by commas).
//!
//! An icon is parsed once (by usvg, which turns circles, rects, arcs and polylines into
//! paths) into straight and cubic strokes, which the layout draws as scene primitives, so
//! the canvas and every export show the same strokes (no icon font).

use std::collections::BTreeMap;
use std::sync::OnceLock;

use emath::{Pos2, pos2};

/// The bundled file.
const BUNDLE: &str = include_str!("../assets/icons/lucide.tsv");

/// The side of Lucide's grid.
pub const GRID: f32 = 24.0;

/// Lucide's stroke width on its grid.
pub const STROKE: f32 = 2.0;

/// One stroke of an icon, on the 24 × 24 grid.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Seg {
    /// A straight line.
    Line(Pos2, Pos2),
    /// A cubic Bézier curve: start, two control points, end.
    Cubic([Pos2; 4]),
}

/// Every icon's SVG body and search tags by name.
fn entries() -> &'static BTreeMap<&'static str, (&'static str, &'static str)> {
    static ENTRIES: OnceLock<BTreeMap<&'static str, (&'static str, &'static str)>> =
        OnceLock::new();
    ENTRIES.get_or_init(|| {
        BUNDLE
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| {
                let mut parts = l.split('\t');
                let name = parts.next()?;
                let body = parts.next()?;
                Some((name, (body, parts.next().unwrap_or(""))))
            })
            .collect()
    })
}

/// Every icon's name, in alphabetical order.
pub fn names() -> impl Iterator<Item = &'static str> {
    entries().keys().copied()
}

/// Whether the library has an icon called `name`.
pub fn exists(name: &str) -> bool {
    entries().contains_key(name)
}

/// The library's own copy of the name `name` (so a layout can keep it without a
/// lifetime), if the library has it.
pub fn static_name(name: &str) -> Option<&'static str> {
    entries().get_key_value(name).map(|(k, _)| *k)
}

/// The icons whose name or one of whose tags contains each word of `query`
/// (case-insensitive; words split on white space): names that start with the first word
/// first, then other names that match, then icons found by their tags ("reception" finds
/// the concierge bell). An empty query gives them all.
pub fn search(query: &str) -> Vec<&'static str> {
    let query = query.trim().to_lowercase();
    let words: Vec<&str> = query.split_whitespace().collect();
    let mut hits: Vec<(u8, &'static str)> = entries()
        .iter()
        .filter_map(|(name, (_, tags))| {
            let in_name = words.iter().all(|w| name.contains(w));
            let rank = if in_name && words.first().is_none_or(|w| name.starts_with(w)) {
                0
            } else if in_name {
                1
            } else if words
                .iter()
                .all(|w| name.contains(w) || tags.split(',').any(|t| t.contains(w)))
            {
                2
            } else {
                return None;
            };
            Some((rank, *name))
        })
        .collect();
    hits.sort();
    hits.into_iter().map(|(_, name)| name).collect()
}

/// The strokes of the icon `name`, parsed on first use; `None` for an unknown name.
pub fn strokes(name: &str) -> Option<&'static [Seg]> {
    static PARSED: OnceLock<BTreeMap<&'static str, Vec<Seg>>> = OnceLock::new();
    let parsed = PARSED.get_or_init(|| {
        entries()
            .iter()
            .map(|(name, (body, _))| (*name, parse(body)))
            .collect()
    });
    parsed.get(name).map(Vec::as_slice)
}

/// The strokes of one SVG body (empty if usvg cannot read it).
fn parse(body: &str) -> Vec<Seg> {
    let svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"24\" height=\"24\" \
         viewBox=\"0 0 24 24\" fill=\"none\" stroke=\"black\">{body}</svg>"
    );
    let Ok(tree) = resvg::usvg::Tree::from_str(&svg, &resvg::usvg::Options::default()) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    collect(tree.root(), &mut out);
    out
}

/// Appends the strokes of every path under `group`.
fn collect(group: &resvg::usvg::Group, out: &mut Vec<Seg>) {
    use resvg::tiny_skia::PathSegment;
    use resvg::usvg::Node;
    for node in group.children() {
        match node {
            Node::Group(g) => collect(g, out),
            Node::Path(path) => {
                let Some(data) = path.data().clone().transform(path.abs_transform()) else {
                    continue;
                };
                let p = |q: resvg::tiny_skia::Point| pos2(q.x, q.y);
                let (mut start, mut at) = (Pos2::ZERO, Pos2::ZERO);
                for seg in data.segments() {
                    match seg {
                        PathSegment::MoveTo(a) => {
                            start = p(a);
                            at = start;
                        }
                        PathSegment::LineTo(a) => {
                            out.push(Seg::Line(at, p(a)));
                            at = p(a);
                        }
                        PathSegment::QuadTo(c, a) => {
                            let (c, a) = (p(c), p(a));
                            let c1 = at + (c - at) * (2.0 / 3.0);
                            let c2 = a + (c - a) * (2.0 / 3.0);
                            out.push(Seg::Cubic([at, c1, c2, a]));
                            at = a;
                        }
                        PathSegment::CubicTo(c1, c2, a) => {
                            out.push(Seg::Cubic([at, p(c1), p(c2), p(a)]));
                            at = p(a);
                        }
                        PathSegment::Close => {
                            if at != start {
                                out.push(Seg::Line(at, start));
                            }
                            at = start;
                        }
                    }
                }
            }
            _ => {}
        }
    }
}
