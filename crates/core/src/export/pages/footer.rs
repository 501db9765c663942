//! The paged output's footer: a rule, the project and map (and which stages, or what the
//! page holds) on the left, the page number in the map's language on the right.

use emath::pos2;

use super::{FOOTER, PAGE_MARGIN, PagePlan};
use crate::fonts::FontStyle;
use crate::layout::TextLine;
use crate::layout::scene::{Prim, Scene, Stroke};
use crate::model::{JourneyMap, Project};
use crate::palette;
use crate::text::{Shaper, TextEngine};

/// The footer's type.
const FOOTER_STYLE: FontStyle = FontStyle::regular(8.5);

/// The footer: a rule, the project and map (and which stages, or what the page holds)
/// on the left, "2 / 4" on the right.
pub(super) fn footer(
    project: &Project,
    map: &JourneyMap,
    plan: &PagePlan,
    index: usize,
    what: Option<&str>,
    scene: &mut Scene,
) {
    let shaper = Shaper::for_project(TextEngine::global(), project);
    let mut caption = format!("{} — {}", project.title, map.name);
    if let Some(what) = what {
        caption.push_str(&format!(" · {what}"));
    } else if plan.map_pages().count() > 1
        && !map.stages.is_empty()
        && let Some(planned) = plan.pages.get(index)
    {
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
}
