//! Paged output: a map cut into printed pages or slides. [`plan_pages`] decides which
//! stages (and, for a tall map, which lanes) go on each page so that card text prints at
//! no less than [`MIN_TEXT_PT`]; [`page_scene`] draws one page as an ordinary [`Scene`] in
//! points: the part of the map laid out again by the one layout (its title, stage headers
//! and lane-header column repeated), scaled onto the page, with a footer carrying the map
//! and the page number ("2 / 4"). The paged PDF, the PPTX slides and the Export dialog's
//! preview all draw these scenes. A page always ends at a stage or lane boundary, so no
//! card is ever cut.

use std::sync::Arc;

use emath::{Pos2, Rect, Vec2, pos2, vec2};

use crate::fonts::FontStyle;
use crate::layout::scene::{Prim, Scene, Stroke};
use crate::layout::{self, LayoutOptions, TextLine, metrics};
use crate::model::{JourneyMap, Project};
use crate::palette;
use crate::text::{Shaper, TextEngine};

/// The smallest size card text may print at, in points (card bodies, the smallest card
/// text, decide the scale).
pub const MIN_TEXT_PT: f32 = 9.0;
/// Blank border around a page's content, in points.
pub const PAGE_MARGIN: f32 = 24.0;
/// Height of the footer band (map name, page number), in points.
const FOOTER: f32 = 18.0;
/// The largest a map is drawn on a page: a two-stage map does not become a poster.
const MAX_SCALE: f32 = 1.5;
/// The footer's text style.
const FOOTER_STYLE: FontStyle = FontStyle::regular(8.5);

/// A paper or slide size.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum PageSize {
    /// ISO A4, 297 × 210 mm.
    #[default]
    A4,
    /// ISO A3, 420 × 297 mm.
    A3,
    /// US Letter, 11 × 8.5 in.
    Letter,
    /// US Tabloid (ledger), 17 × 11 in.
    Tabloid,
    /// A 16:9 slide, 13.333 × 7.5 in (PowerPoint's widescreen).
    Slide,
}

impl PageSize {
    /// Every size, in the order menus list them.
    pub const ALL: [PageSize; 5] = [
        PageSize::A4,
        PageSize::A3,
        PageSize::Letter,
        PageSize::Tabloid,
        PageSize::Slide,
    ];

    /// The name the command line takes (`a4`, `a3`, `letter`, `tabloid`, `slide`).
    pub fn name(self) -> &'static str {
        match self {
            PageSize::A4 => "a4",
            PageSize::A3 => "a3",
            PageSize::Letter => "letter",
            PageSize::Tabloid => "tabloid",
            PageSize::Slide => "slide",
        }
    }

    /// A label for people ("A4", "Slide 16:9").
    pub fn label(self) -> &'static str {
        match self {
            PageSize::A4 => "A4",
            PageSize::A3 => "A3",
            PageSize::Letter => "Letter",
            PageSize::Tabloid => "Tabloid",
            PageSize::Slide => "Slide 16:9",
        }
    }

    /// The size called `name` (case-insensitive).
    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL
            .into_iter()
            .find(|s| s.name().eq_ignore_ascii_case(name.trim()))
    }

    /// Width and height in points, landscape.
    pub fn landscape(self) -> Vec2 {
        match self {
            PageSize::A4 => vec2(842.0, 595.0),
            PageSize::A3 => vec2(1191.0, 842.0),
            PageSize::Letter => vec2(792.0, 612.0),
            PageSize::Tabloid => vec2(1224.0, 792.0),
            PageSize::Slide => vec2(960.0, 540.0),
        }
    }
}

/// How to cut a map into pages.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PageSetup {
    /// The paper.
    pub size: PageSize,
    /// Portrait instead of landscape.
    pub portrait: bool,
    /// The whole map on one page, however small its text becomes.
    pub fit: bool,
}

impl PageSetup {
    /// The page's width and height in points.
    pub fn page(&self) -> Vec2 {
        let s = self.size.landscape();
        if self.portrait { vec2(s.y, s.x) } else { s }
    }
}

/// One page of a plan: which stages and lanes it shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlannedPage {
    /// First and last stage index (inclusive).
    pub stages: (usize, usize),
    /// First and last lane index (inclusive).
    pub lanes: (usize, usize),
}

/// Which part of a map goes on each page, and how large it is drawn.
#[derive(Clone, Debug, PartialEq)]
pub struct PagePlan {
    /// The setup the plan was made for.
    pub setup: PageSetup,
    /// Page size in points.
    pub page: Vec2,
    /// Points per map unit, the same on every page.
    pub scale: f32,
    /// The pages, in reading order (stages left to right; a tall map's lane bands first).
    pub pages: Vec<PlannedPage>,
    /// Pages before the first one in the document (a deck's title slide): the footers
    /// count them, so page numbers match the reader's.
    pub pages_before: usize,
}

impl PagePlan {
    /// The size card body text prints at, in points.
    pub fn body_text_pt(&self) -> f32 {
        metrics::CARD_BODY.size * self.scale
    }

    /// Card text is at least [`MIN_TEXT_PT`] (always true without `fit`, unless a single
    /// stage or lane is too large for the page).
    pub fn legible(&self) -> bool {
        self.body_text_pt() >= MIN_TEXT_PT - 0.05
    }
}

/// `map` with only the stages `stages` and lanes `lanes` (inclusive ranges) and what
/// sits in them.
pub fn map_part(map: &JourneyMap, stages: (usize, usize), lanes: (usize, usize)) -> JourneyMap {
    let mut part = super::stage_range(map, stages.0, stages.1);
    let keep: Vec<_> = map
        .lanes
        .iter()
        .enumerate()
        .filter(|(i, _)| (lanes.0..=lanes.1).contains(i))
        .map(|(_, l)| l.id.clone())
        .collect();
    part.lanes.retain(|l| keep.contains(&l.id));
    part.cards.retain(|c| keep.contains(&c.lane));
    let cards: std::collections::HashSet<_> = part.cards.iter().map(|c| c.id.clone()).collect();
    part.links
        .retain(|l| cards.contains(&l.from) && cards.contains(&l.to));
    part
}

/// How a page lays out a part of the map: the heading names the persona and scenario,
/// no persona strip or legend.
const PAGE_LAYOUT: LayoutOptions = LayoutOptions {
    persona_strip: false,
    legend: false,
    notes: crate::layout::NoteMarks::Hidden,
};

/// The laid-out part's scene, cropped to the title and grid (the layout's own margin
/// is replaced by the page's).
fn part_scene(project: &Project, part: &JourneyMap) -> Scene {
    let layout = layout::layout_map_with(project, part, TextEngine::global(), &PAGE_LAYOUT);
    let mut scene = layout::scene::build(&layout);
    let inset = metrics::MARGIN - 2.0;
    scene.crop(Rect::from_min_max(
        pos2(inset, inset),
        (scene.size - vec2(inset, inset)).to_pos2(),
    ));
    scene
}

/// The area a page's map may fill, in points.
fn content_area(page: Vec2) -> Rect {
    Rect::from_min_max(
        pos2(PAGE_MARGIN, PAGE_MARGIN),
        pos2(page.x - PAGE_MARGIN, page.y - PAGE_MARGIN - FOOTER),
    )
}

/// Splits `0..n` into `groups` runs of nearly equal length.
fn balanced(n: usize, groups: usize) -> Vec<(usize, usize)> {
    let groups = groups.clamp(1, n.max(1));
    let mut out = Vec::with_capacity(groups);
    let mut start = 0;
    for g in 0..groups {
        let len = n / groups + usize::from(g < n % groups);
        if len == 0 {
            continue;
        }
        out.push((start, start + len - 1));
        start += len;
    }
    if out.is_empty() {
        out.push((0, 0));
    }
    out
}

/// Plans the pages of `map`: the most stages a page can hold with card text at
/// [`MIN_TEXT_PT`] or more, groups of nearly equal size, and, when a group is too tall
/// for the page at that size, lanes in bands as well. With `setup.fit`, one page.
pub fn plan_pages(project: &Project, map: &JourneyMap, setup: PageSetup) -> PagePlan {
    let page = setup.page();
    let area = content_area(page).size();
    let stage_count = map.stages.len();
    let lane_count = map.lanes.len();
    let all_lanes = (0, lane_count.saturating_sub(1));
    let all_stages = (0, stage_count.saturating_sub(1));
    let fits = |size: Vec2| (area.x / size.x.max(1.0)).min(area.y / size.y.max(1.0));
    if setup.fit || stage_count == 0 || lane_count == 0 {
        let size = part_scene(project, map).size;
        return PagePlan {
            setup,
            page,
            scale: fits(size).min(MAX_SCALE),
            pages: vec![PlannedPage {
                stages: all_stages,
                lanes: all_lanes,
            }],
            pages_before: 0,
        };
    }
    let min_scale = MIN_TEXT_PT / metrics::CARD_BODY.size;
    // Width does not depend on the content: the lane column plus the stage columns.
    let one = part_scene(project, &map_part(map, (0, 0), all_lanes))
        .size
        .x;
    let per_stage = metrics::STAGE_WIDTH;
    let fixed = one - per_stage;
    let per_page = (((area.x / min_scale - fixed) / per_stage).floor() as usize).max(1);
    let groups = balanced(stage_count, stage_count.div_ceil(per_page));

    let mut pages = Vec::new();
    let mut scale = MAX_SCALE;
    for &stages in &groups {
        let layout = layout::layout_map_with(
            project,
            &super::stage_range(map, stages.0, stages.1),
            TextEngine::global(),
            &PAGE_LAYOUT,
        );
        let whole = part_scene(project, &super::stage_range(map, stages.0, stages.1)).size;
        let heights: Vec<f32> = layout.lanes.iter().map(|l| l.rect.height()).collect();
        let lanes_total: f32 = heights.iter().sum();
        let overhead = whole.y - lanes_total;
        let room = area.y / min_scale - overhead;
        // Lanes in bands that each fit `room` (a lane taller than that is a band alone).
        let mut bands = Vec::new();
        let (mut start, mut used) = (0, 0.0);
        for (i, h) in heights.iter().enumerate() {
            if i > start && used + h > room {
                bands.push((start, i - 1));
                start = i;
                used = 0.0;
            }
            used += h;
        }
        bands.push((start, lane_count - 1));
        for lanes in bands {
            let height = overhead + heights[lanes.0..=lanes.1].iter().sum::<f32>();
            scale = scale.min(fits(vec2(whole.x, height)));
            pages.push(PlannedPage { stages, lanes });
        }
    }
    PagePlan {
        setup,
        page,
        scale,
        pages,
        pages_before: 0,
    }
}

/// Page `index` of `plan` as a scene in points: white page, the map part, the footer.
pub fn page_scene(project: &Project, map: &JourneyMap, plan: &PagePlan, index: usize) -> Scene {
    let Some(planned) = plan.pages.get(index) else {
        return Scene {
            size: plan.page,
            ..Scene::default()
        };
    };
    let part = if planned.stages == (0, map.stages.len().saturating_sub(1))
        && planned.lanes == (0, map.lanes.len().saturating_sub(1))
    {
        super::pinned_colours(map)
    } else {
        map_part(map, planned.stages, planned.lanes)
    };
    let mut scene = part_scene(project, &part);
    let area = content_area(plan.page);
    // Centred across the page, from the top: a page with fewer stages than the others
    // sits in the middle, at the same size.
    let spare = (area.width() - scene.size.x * plan.scale).max(0.0);
    transform(
        &mut scene,
        plan.scale,
        area.min.to_vec2() + vec2(spare / 2.0, 0.0),
    );
    scene.size = plan.page;
    let shaper = Shaper::for_project(TextEngine::global(), project);
    let mut caption = format!("{} — {}", project.title, map.name);
    if plan.pages.len() > 1 && !map.stages.is_empty() {
        let name = |i: usize| map.stages.get(i).map_or("", |s| s.name.as_str());
        let (first, last) = planned.stages;
        if first == last {
            caption.push_str(&format!(" · {}", name(first)));
        } else {
            caption.push_str(&format!(" · {} – {}", name(first), name(last)));
        }
    }
    let number = shaper.catalogue().tr_args(
        "page-footer",
        &[
            ("page", (plan.pages_before + index + 1).into()),
            ("pages", (plan.pages_before + plan.pages.len()).into()),
        ],
    );
    let baseline = plan.page.y - PAGE_MARGIN - 2.0;
    let rule = plan.page.y - PAGE_MARGIN - FOOTER + 4.0;
    scene.corner.push(Prim::Line {
        from: pos2(PAGE_MARGIN, rule),
        to: pos2(plan.page.x - PAGE_MARGIN, rule),
        stroke: Stroke::new(0.75, palette::GRID),
        dashed: false,
    });
    let ascent = shaper.ascent(FOOTER_STYLE);
    let right = plan.page.x - PAGE_MARGIN;
    let number_line = shaper.line(&number, FOOTER_STYLE, f32::INFINITY);
    let number_width = number_line.width;
    scene.corner.push(Prim::Text {
        line: TextLine::at(
            &number_line,
            FOOTER_STYLE,
            ascent,
            right - number_width,
            baseline,
        ),
        color: palette::INK_MUTED,
    });
    let room = (right - number_width - 24.0 - PAGE_MARGIN).max(40.0);
    if let Some(line) = shaper.wrap(&caption, FOOTER_STYLE, room, 1).first() {
        scene.corner.push(Prim::Text {
            line: TextLine::place(line, FOOTER_STYLE, ascent, PAGE_MARGIN, baseline),
            color: palette::INK_MUTED,
        });
    }
    scene
}

/// Every page of `plan`.
pub fn page_scenes(project: &Project, map: &JourneyMap, plan: &PagePlan) -> Vec<Scene> {
    (0..plan.pages.len())
        .map(|i| page_scene(project, map, plan, i))
        .collect()
}

/// Scales every primitive of `scene` by `k` about the origin, then moves it by `offset`.
pub fn transform(scene: &mut Scene, k: f32, offset: Vec2) {
    for layer in [
        &mut scene.background,
        &mut scene.content,
        &mut scene.lane_headers,
        &mut scene.stage_headers,
        &mut scene.corner,
    ] {
        for prim in layer.iter_mut() {
            scale_prim(prim, k);
            prim.translate(offset);
        }
    }
    scene.size *= k;
}

fn scale_pos(p: &mut Pos2, k: f32) {
    *p = (p.to_vec2() * k).to_pos2();
}

fn scale_rect(r: &mut Rect, k: f32) {
    *r = Rect::from_min_max(
        (r.min.to_vec2() * k).to_pos2(),
        (r.max.to_vec2() * k).to_pos2(),
    );
}

fn scale_stroke(s: &mut Stroke, k: f32) {
    s.width *= k;
}

/// Scales one primitive about the origin: geometry, stroke widths, text and its glyphs.
fn scale_prim(prim: &mut Prim, k: f32) {
    match prim {
        Prim::Rect {
            rect,
            radius,
            stroke,
            ..
        } => {
            scale_rect(rect, k);
            *radius *= k;
            if let Some(s) = stroke {
                scale_stroke(s, k);
            }
        }
        Prim::Circle {
            center,
            radius,
            stroke,
            ..
        } => {
            scale_pos(center, k);
            *radius *= k;
            if let Some(s) = stroke {
                scale_stroke(s, k);
            }
        }
        Prim::Line {
            from, to, stroke, ..
        } => {
            scale_pos(from, k);
            scale_pos(to, k);
            scale_stroke(stroke, k);
        }
        Prim::Bezier { points, stroke } => {
            points.iter_mut().for_each(|p| scale_pos(p, k));
            scale_stroke(stroke, k);
        }
        Prim::Polygon { points, .. } => points.iter_mut().for_each(|p| scale_pos(p, k)),
        Prim::Text { line, .. } => scale_line(line, k),
        Prim::Image { rect, .. } => scale_rect(rect, k),
    }
}

/// Scales a placed line: its box, its style and every glyph of every run.
pub fn scale_line(line: &mut TextLine, k: f32) {
    scale_pos(&mut line.baseline_left, k);
    line.width *= k;
    line.ascent *= k;
    line.style.size *= k;
    let runs: Vec<_> = line
        .runs
        .iter()
        .map(|run| {
            let mut run = run.clone();
            run.size *= k;
            for g in &mut run.glyphs {
                g.x *= k;
                g.y *= k;
                g.advance *= k;
            }
            run
        })
        .collect();
    line.runs = Arc::from(runs);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn balanced_groups_cover_every_stage_once() {
        assert_eq!(balanced(12, 4), vec![(0, 2), (3, 5), (6, 8), (9, 11)]);
        assert_eq!(balanced(10, 3), vec![(0, 3), (4, 6), (7, 9)]);
        assert_eq!(balanced(1, 3), vec![(0, 0)]);
    }

    #[test]
    fn sizes_have_names_and_portrait_swaps_sides() {
        assert_eq!(PageSize::from_name("A4"), Some(PageSize::A4));
        assert_eq!(PageSize::from_name("legal"), None);
        let setup = PageSetup {
            portrait: true,
            ..PageSetup::default()
        };
        assert_eq!(setup.page(), vec2(595.0, 842.0));
    }
}
