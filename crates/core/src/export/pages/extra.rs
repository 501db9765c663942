//! The pages of a paged export that are not part of the grid: the profile page before
//! the map pages (the persona strip: every persona's profile, the scenario, the
//! expectations) and the review notes on last pages, both laid out by the one layout
//! at the page's width and at their natural size (or smaller, to fit a page).

use emath::{Rect, Vec2, pos2, vec2};

use super::{PageKind, PagePlan, PlannedPage, content_area, transform};
use crate::layout::scene::{Prim, Scene};
use crate::layout::{self, NoteMarks, metrics};
use crate::model::{JourneyMap, Project};
use crate::palette;
use crate::text::TextEngine;

/// What the page's crop leaves of the layout's margin on each side, in map units.
const EDGE: f32 = 2.0;

/// Adds the profile page (with `profile`, first) and the notes pages (last) that
/// `plan.layout` asks for.
pub(super) fn add_pages(project: &Project, map: &JourneyMap, plan: &mut PagePlan, profile: bool) {
    let area = content_area(plan.page);
    plan.extra_scale = 1.0;
    let every = PlannedPage {
        stages: (0, map.stages.len().saturating_sub(1)),
        lanes: (0, map.lanes.len().saturating_sub(1)),
        kind: PageKind::Profile,
    };
    if profile && profile_layout(project, map, area.size(), plan.extra_scale).is_some() {
        plan.pages.insert(0, every.clone());
        plan.page_scales.insert(0, plan.extra_scale);
    }
    if plan.layout.notes != NoteMarks::Numbered {
        return;
    }
    let lines = notes(project, map, area.size(), plan.extra_scale);
    let room = area.height() / plan.extra_scale;
    let mut first = 0;
    let mut top = lines.first().map_or(0.0, |l| l.rect().top());
    for (i, line) in lines.iter().enumerate() {
        let r = line.rect();
        if i > first && r.bottom() - top > room {
            plan.pages.push(PlannedPage {
                kind: PageKind::Notes { first, last: i - 1 },
                ..every.clone()
            });
            plan.page_scales.push(plan.extra_scale);
            first = i;
            top = r.top();
        }
    }
    if !lines.is_empty() {
        plan.pages.push(PlannedPage {
            kind: PageKind::Notes {
                first,
                last: lines.len() - 1,
            },
            ..every
        });
        plan.page_scales.push(plan.extra_scale);
    }
}

/// The text of lines `first..=last` of the notes list as a notes page of `plan` shows it
/// (a deck's speaker notes for that slide).
pub(crate) fn notes_text(
    project: &Project,
    map: &JourneyMap,
    plan: &PagePlan,
    (first, last): (usize, usize),
) -> Vec<String> {
    let area = content_area(plan.page);
    let lines = notes(project, map, area.size(), plan.extra_scale);
    lines
        .get(first..=last.min(lines.len().saturating_sub(1)))
        .unwrap_or_default()
        .iter()
        .map(|l| l.text.to_string())
        .collect()
}

/// The notes list laid out to the width of a page's area at `scale`.
fn notes(project: &Project, map: &JourneyMap, area: Vec2, scale: f32) -> Vec<layout::TextLine> {
    layout::notes_lines(project, map, TextEngine::global(), area.x / scale)
}

/// The profile laid out to the width of a page's area at `scale`, as a scene cropped
/// to its content.
fn profile_layout(project: &Project, map: &JourneyMap, area: Vec2, scale: f32) -> Option<Scene> {
    let width = area.x / scale - 2.0 * EDGE;
    let laid = layout::layout_profile(project, map, TextEngine::global(), width)?;
    let mut scene = layout::scene::build(&laid);
    // The profile has no grid: leave out its (empty) outline.
    scene
        .background
        .retain(|p| !matches!(p, Prim::Rect { rect, .. } if *rect == laid.grid));
    let inset = metrics::MARGIN - EDGE;
    scene.crop(Rect::from_min_max(
        pos2(inset, inset),
        (scene.size - vec2(inset, inset)).to_pos2(),
    ));
    Some(scene)
}

/// The profile page's content: at the plan's scale for extra pages, or smaller when the
/// strip is taller than the page.
pub(super) fn profile_scene(
    project: &Project,
    map: &JourneyMap,
    plan: &PagePlan,
    area: Rect,
) -> Scene {
    let mut scale = plan.extra_scale;
    let mut scene = None;
    for _ in 0..3 {
        let Some(laid) = profile_layout(project, map, area.size(), scale) else {
            break;
        };
        let tall = laid.size.y * scale > area.height() + 0.5;
        let next = area.height() / laid.size.y.max(1.0);
        scene = Some(laid);
        if !tall {
            break;
        }
        scale = next.min(scale * 0.95);
    }
    let Some(mut scene) = scene else {
        return Scene::default();
    };
    let k = scale.min(area.height() / scene.size.y.max(1.0));
    transform(&mut scene, k, area.min.to_vec2());
    scene
}

/// A notes page's content: lines `first..=last` of the list, from the top of the area.
pub(super) fn notes_scene(
    project: &Project,
    map: &JourneyMap,
    plan: &PagePlan,
    area: Rect,
    (first, last): (usize, usize),
) -> Scene {
    let lines = notes(project, map, area.size(), plan.extra_scale);
    let Some(top) = lines.get(first).map(|l| l.rect().top()) else {
        return Scene::default();
    };
    let mut scene = Scene {
        size: vec2(
            area.width() / plan.extra_scale,
            area.height() / plan.extra_scale,
        ),
        ..Scene::default()
    };
    for line in lines.iter().take(last + 1).skip(first) {
        let mut prim = Prim::Text {
            line: line.clone(),
            color: palette::INK,
        };
        prim.translate(vec2(0.0, -top));
        scene.content.push(prim);
    }
    transform(&mut scene, plan.extra_scale, area.min.to_vec2());
    scene
}
