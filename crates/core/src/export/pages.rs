//! Paged output: a map cut into printed pages or slides. [`plan_pages`] decides which
//! stages (and, for a tall map, which lanes) go on each page so that card text prints at
//! no less than [`MIN_TEXT_PT`]; [`page_scene`] draws one page as an ordinary [`Scene`] in
//! points: the part of the map laid out again by the one layout (its title, stage headers
//! and lane-header column repeated), scaled onto the page, with a footer carrying the map
//! and the page number ("2 / 4"). The paged PDF, the PPTX slides and the Export dialog's
//! preview all draw these scenes. A page always ends at a stage or lane boundary, so no
//! card is ever cut; curves, arrows and metric lines that cross it are drawn to the edge
//! on both pages ([`edges`]).
//!
//! Paged output carries what the single page carries: a first page with every persona's
//! profile (the persona strip), the legend under each page's map, and the numbered
//! review notes on last pages of their own ([`extra`]).

mod edges;
mod extra;
pub(crate) use extra::notes_text;
mod footer;
mod scale;

use emath::{Rect, Vec2, pos2, vec2};

use crate::layout::scene::Scene;
use crate::layout::{self, LayoutOptions, MapLayout, NoteMarks, metrics};
use crate::model::{JourneyMap, Project};
use crate::text::{Shaper, TextEngine};

pub use scale::{scale_line, transform};

/// The smallest size card text may print at, in points (card bodies, the smallest card
/// text, decide the scale).
pub const MIN_TEXT_PT: f32 = 9.0;
/// Blank border around a page's content, in points.
pub const PAGE_MARGIN: f32 = 24.0;
/// Height of the footer band (map name, page number), in points.
const FOOTER: f32 = 18.0;
/// The largest a map is drawn on a page: a two-stage map does not become a poster.
const MAX_SCALE: f32 = 1.5;

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

/// What a page of a plan shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum PageKind {
    /// Part of the map: the stages and lanes of its [`PlannedPage`].
    #[default]
    Map,
    /// The persona strip (every persona's profile, the scenario, the expectations),
    /// before the map pages.
    Profile,
    /// Lines `first..=last` of the numbered review notes list, after the map pages.
    Notes {
        /// The first line of the list on this page.
        first: usize,
        /// The last line.
        last: usize,
    },
}

/// One page of a plan: which stages and lanes it shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlannedPage {
    /// First and last stage index (inclusive); every stage for pages that are not
    /// [`PageKind::Map`].
    pub stages: (usize, usize),
    /// First and last lane index (inclusive).
    pub lanes: (usize, usize),
    /// Part of the map, the personas or the notes.
    pub kind: PageKind,
}

/// Which part of a map goes on each page, and how large it is drawn.
#[derive(Clone, Debug, PartialEq)]
pub struct PagePlan {
    /// The setup the plan was made for.
    pub setup: PageSetup,
    /// Page size in points.
    pub page: Vec2,
    /// Points per map unit, the same on every map page that can hold its part with
    /// card text at [`MIN_TEXT_PT`]; a page of one lane or stage too large for that gets
    /// a smaller scale of its own ([`PagePlan::page_scale`]).
    pub scale: f32,
    /// Points per map unit of each page (by index into `pages`).
    pub page_scales: Vec<f32>,
    /// The pages, in reading order (stages left to right; a tall map's lane bands first).
    pub pages: Vec<PlannedPage>,
    /// Pages before the first one in the document (a deck's title slide): the footers
    /// count them, so page numbers match the reader's.
    pub pages_before: usize,
    /// What the pages carry besides the grid (persona strip, legend, notes).
    pub layout: LayoutOptions,
    /// Points per map unit on the profile and notes pages.
    pub extra_scale: f32,
}

impl PagePlan {
    /// The pages that show part of the map.
    pub fn map_pages(&self) -> impl Iterator<Item = &PlannedPage> {
        self.pages.iter().filter(|p| p.kind == PageKind::Map)
    }

    /// Points per map unit of page `index`.
    pub fn page_scale(&self, index: usize) -> f32 {
        self.page_scales.get(index).copied().unwrap_or(self.scale)
    }

    /// The size card body text prints at, in points (on the page where it is smallest).
    pub fn body_text_pt(&self) -> f32 {
        let smallest = self.page_scales.iter().copied().fold(self.scale, f32::min);
        metrics::CARD_BODY.size * smallest
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

/// How a page lays out a part of the map: the heading names the persona and scenario;
/// the persona strip only when the whole map is on one page (it has a page of its own
/// otherwise); the part's legend and numbered note markers as asked (the notes list
/// goes on pages of its own).
fn part_options(options: &LayoutOptions, whole: bool) -> LayoutOptions {
    LayoutOptions {
        persona_strip: options.persona_strip && whole,
        legend: options.legend,
        notes: match options.notes {
            NoteMarks::Numbered => NoteMarks::Numbered,
            _ => NoteMarks::Hidden,
        },
    }
}

/// A laid-out part of a map.
struct Part {
    layout: MapLayout,
    scene: Scene,
}

/// The laid-out part's scene, cropped to the title and grid (and what is asked around
/// it, but not the notes list); the layout's own margin is replaced by the page's.
fn part_scene(project: &Project, part: &JourneyMap, options: &LayoutOptions) -> Part {
    let layout = layout::layout_map_with(project, part, TextEngine::global(), options);
    let mut scene = layout::scene::build(&layout);
    let inset = metrics::MARGIN - 2.0;
    let bottom = layout
        .notes_top
        .map_or(scene.size.y - inset, |at| at.min(scene.size.y - inset));
    scene.crop(Rect::from_min_max(
        pos2(inset, inset),
        pos2(scene.size.x - inset, bottom),
    ));
    Part { layout, scene }
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

/// What [`plan_pages`] puts on pages: the persona strip and the legend, no notes.
pub const PAGE_EXTRAS: LayoutOptions = LayoutOptions {
    persona_strip: true,
    legend: true,
    notes: NoteMarks::Hidden,
};

/// Plans the pages of `map` with the persona strip and the legend (see
/// [`plan_pages_with`]).
pub fn plan_pages(project: &Project, map: &JourneyMap, setup: PageSetup) -> PagePlan {
    plan_pages_with(project, map, setup, &PAGE_EXTRAS)
}

/// The smallest scale at which card text prints at [`MIN_TEXT_PT`].
fn min_scale() -> f32 {
    MIN_TEXT_PT / metrics::CARD_BODY.size
}

/// Plans the pages of `map`: the most stages a page can hold with card text at
/// [`MIN_TEXT_PT`] or more, groups of nearly equal size, and, when a group is too tall
/// for the page at that size, lanes in bands of nearly equal height as well. With
/// `setup.fit`, the map on one page. `options` says what else the pages carry: a first
/// page with the persona strip (on the map's page with `fit`), the legend under each
/// page's map, and the open review notes on last pages.
pub fn plan_pages_with(
    project: &Project,
    map: &JourneyMap,
    setup: PageSetup,
    options: &LayoutOptions,
) -> PagePlan {
    let page = setup.page();
    let area = content_area(page).size();
    let stage_count = map.stages.len();
    let lane_count = map.lanes.len();
    let all_lanes = (0, lane_count.saturating_sub(1));
    let all_stages = (0, stage_count.saturating_sub(1));
    let fits = |size: Vec2| (area.x / size.x.max(1.0)).min(area.y / size.y.max(1.0));
    let map_page = |stages, lanes| PlannedPage {
        stages,
        lanes,
        kind: PageKind::Map,
    };
    let mut plan = PagePlan {
        setup,
        page,
        scale: MAX_SCALE,
        pages: Vec::new(),
        page_scales: Vec::new(),
        pages_before: 0,
        layout: *options,
        extra_scale: 1.0,
    };
    if setup.fit || stage_count == 0 || lane_count == 0 {
        let size = part_scene(project, map, &part_options(options, true))
            .scene
            .size;
        plan.scale = fits(size).min(MAX_SCALE);
        plan.page_scales = vec![plan.scale];
        plan.pages.push(map_page(all_stages, all_lanes));
        extra::add_pages(project, map, &mut plan, false);
        return plan;
    }
    let part_layout = part_options(options, false);
    let min_scale = min_scale();
    // Width does not depend on the content: the lane column plus the stage columns.
    let one = part_scene(project, &map_part(map, (0, 0), all_lanes), &part_layout)
        .scene
        .size
        .x;
    let per_stage = metrics::STAGE_WIDTH;
    let fixed = one - per_stage;
    let per_page = (((area.x / min_scale - fixed) / per_stage).floor() as usize).max(1);
    let groups = balanced(stage_count, stage_count.div_ceil(per_page));

    let mut scale = MAX_SCALE;
    // Each page's own scale when it cannot hold its part at card text of MIN_TEXT_PT.
    let mut own: Vec<Option<f32>> = Vec::new();
    for &stages in &groups {
        let part = super::stage_range(map, stages.0, stages.1);
        let laid = part_scene(project, &part, &part_layout);
        let whole = laid.scene.size;
        let heights: Vec<f32> = laid.layout.lanes.iter().map(|l| l.rect.height()).collect();
        let lanes_total: f32 = heights.iter().sum();
        let overhead = whole.y - lanes_total;
        let room = area.y / min_scale - overhead;
        for lanes in bands(&heights, room) {
            let height = overhead + heights[lanes.0..=lanes.1].iter().sum::<f32>();
            let fit = fits(vec2(whole.x, height));
            if fit >= min_scale - 0.001 {
                scale = scale.min(fit);
                own.push(None);
            } else {
                own.push(Some(fit));
            }
            plan.pages.push(map_page(stages, lanes));
        }
    }
    if own.iter().all(Option::is_some) {
        scale = own.iter().flatten().copied().fold(MAX_SCALE, f32::min);
    }
    plan.scale = scale;
    plan.page_scales = own.into_iter().map(|s| s.unwrap_or(scale)).collect();
    extra::add_pages(project, map, &mut plan, options.persona_strip);
    plan
}

/// Lanes (their heights) in bands that each fit `room`: as few bands as greedy filling
/// needs, then evened out so that no band is a thin strip when a better balance fits
/// (a lane taller than `room` is a band alone).
fn bands(heights: &[f32], room: f32) -> Vec<(usize, usize)> {
    let fill = |limit: f32| {
        let mut out = Vec::new();
        let (mut start, mut used) = (0, 0.0);
        for (i, h) in heights.iter().enumerate() {
            if i > start && used + h > limit {
                out.push((start, i - 1));
                start = i;
                used = 0.0;
            }
            used += h;
        }
        out.push((start, heights.len().saturating_sub(1)));
        out
    };
    let greedy = fill(room);
    let count = greedy.len();
    if count < 2 {
        return greedy;
    }
    // The smallest band height that still needs no more bands than greedy filling.
    let tallest = heights.iter().copied().fold(0.0_f32, f32::max);
    let (mut low, mut high) = (
        tallest.max(heights.iter().sum::<f32>() / count as f32),
        room,
    );
    if low >= high {
        return greedy;
    }
    for _ in 0..24 {
        let mid = (low + high) / 2.0;
        if fill(mid).len() <= count {
            high = mid;
        } else {
            low = mid;
        }
    }
    let even = fill(high);
    if even.len() <= count { even } else { greedy }
}

/// Page `index` of `plan` as a scene in points: white page, the map part (or the
/// profile, or the notes), the footer.
pub fn page_scene(project: &Project, map: &JourneyMap, plan: &PagePlan, index: usize) -> Scene {
    let Some(planned) = plan.pages.get(index) else {
        return Scene {
            size: plan.page,
            ..Scene::default()
        };
    };
    let area = content_area(plan.page);
    let (mut scene, what) = match planned.kind {
        PageKind::Profile => (
            extra::profile_scene(project, map, plan, area),
            Some(project.catalogue().tr("page-personas")),
        ),
        PageKind::Notes { first, last } => (
            extra::notes_scene(project, map, plan, area, (first, last)),
            Some(project.catalogue().tr("notes-heading")),
        ),
        PageKind::Map => (
            map_page_scene(project, map, plan, planned, plan.page_scale(index), area),
            None,
        ),
    };
    scene.size = plan.page;
    footer::footer(project, map, plan, index, what.as_deref(), &mut scene);
    scene
}

/// A map page's scene: the part laid out, its crossing lines drawn to its edges, scaled
/// onto the page.
fn map_page_scene(
    project: &Project,
    map: &JourneyMap,
    plan: &PagePlan,
    planned: &PlannedPage,
    k: f32,
    area: Rect,
) -> Scene {
    let whole = planned.stages == (0, map.stages.len().saturating_sub(1))
        && planned.lanes == (0, map.lanes.len().saturating_sub(1));
    let part = if whole {
        super::pinned_colours(map)
    } else {
        map_part(map, planned.stages, planned.lanes)
    };
    let options = part_options(&plan.layout, whole);
    let mut laid = part_scene(project, &part, &options);
    if options.notes == NoteMarks::Numbered && !whole {
        // The part numbers its notes as the whole map's list does.
        let numbers: std::collections::HashMap<_, _> = layout::note_order(map)
            .into_iter()
            .enumerate()
            .filter_map(|(n, i)| Some((map.cards.get(i)?.id.clone(), n + 1)))
            .collect();
        let shaper = Shaper::for_project(TextEngine::global(), project);
        layout::renumber_notes(&mut laid.layout, &part, &numbers, &shaper);
        let size = laid.scene.size;
        laid = Part {
            scene: layout::scene::build(&laid.layout),
            layout: laid.layout,
        };
        let inset = metrics::MARGIN - 2.0;
        laid.scene
            .crop(Rect::from_min_size(pos2(inset, inset), size));
    }
    if !whole {
        edges::draw_to_edges(project, map, planned, &options, &mut laid);
    }
    let mut scene = laid.scene;
    // Centred across the page, from the top: a page with fewer stages than the others
    // sits in the middle, at the same size.
    let spare = (area.width() - scene.size.x * k).max(0.0);
    transform(&mut scene, k, area.min.to_vec2() + vec2(spare / 2.0, 0.0));
    scene
}

/// Every page of `plan`.
pub fn page_scenes(project: &Project, map: &JourneyMap, plan: &PagePlan) -> Vec<Scene> {
    (0..plan.pages.len())
        .map(|i| page_scene(project, map, plan, i))
        .collect()
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
    fn lane_bands_are_even_not_a_thin_last_strip() {
        // Greedy filling makes 400 + 30: the same two bands, evened out.
        let heights = [100.0, 100.0, 100.0, 100.0, 30.0];
        let even = bands(&heights, 420.0);
        assert_eq!(even.len(), 2);
        let sum = |(a, b): (usize, usize)| heights[a..=b].iter().sum::<f32>();
        assert!(even.iter().all(|b| sum(*b) >= 130.0), "{even:?}");
        // A lane taller than the room is a band alone; one band stays one.
        assert_eq!(
            bands(&[50.0, 500.0, 50.0], 200.0),
            vec![(0, 0), (1, 1), (2, 2)]
        );
        assert_eq!(bands(&[50.0, 50.0], 200.0), vec![(0, 1)]);
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
