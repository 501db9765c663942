//! The parts of a map around the grid: the persona strip above it (who, what they want,
//! what they expect) and the legend below it (what the badges on cards mean).

use emath::{Rect, pos2, vec2};

use super::ChipIcon;
use super::chips::{CHIP_HEIGHT, channel_fill, channel_label, chip, flag_fill, tag_fill};
use super::text::Shaper;
use super::{Chip, Ink, Legend, MapLayout, PersonaFace, PersonaStrip, TextLine};
use crate::fonts::FontStyle;
use crate::model::{CardFlag, Channel, ChannelRef, CustomChannel, JourneyMap, Persona, Project};
use crate::palette;

const NAME: FontStyle = FontStyle::semibold(15.0);
const ROLE: FontStyle = FontStyle::regular(12.0);
const QUOTE: FontStyle = FontStyle::regular(12.5);
const HEAD: FontStyle = FontStyle::semibold(10.5);
const ITEM: FontStyle = FontStyle::regular(12.0);
const INITIALS: FontStyle = FontStyle::semibold(22.0);
const LEGEND: FontStyle = FontStyle::semibold(11.0);

const PAD: f32 = 16.0;
const PHOTO: f32 = 64.0;
pub(super) const PERSONA_COLUMN: f32 = 300.0;
/// A persona's column when the map has several (its profile lists under the photo).
pub(super) const SHARED_PERSONA_COLUMN: f32 = 260.0;
/// The most items of each profile list a shared persona column shows.
const PROFILE_ITEMS: usize = 4;
pub(super) const GAP: f32 = 20.0;
/// The narrowest a scenario, expectations or list column of the strip gets before the
/// columns wrap to another row.
const NARROWEST_LIST: f32 = 120.0;

/// Evidence tags with a legend entry of their own.
const EVIDENCE: [&str; 3] = ["observed", "reported", "assumed"];

/// A card tag as the map shows it: Waymark's own evidence tags in the project's
/// language, any other tag as the user typed it.
pub(super) fn tag_label(measure: &Shaper<'_>, tag: &str) -> String {
    measure.catalogue().card_tag(tag)
}

/// Lays out text lines from `*y` down in `ink`, advancing `*y`.
#[allow(
    clippy::too_many_arguments,
    reason = "a flat helper reads better than a struct here"
)]
fn put(
    measure: &Shaper<'_>,
    text: &str,
    style: FontStyle,
    ink: Ink,
    x: f32,
    width: f32,
    max_lines: usize,
    y: &mut f32,
    out: &mut Vec<(TextLine, Ink)>,
) {
    let ascent = measure.ascent(style);
    for line in measure.wrap(text, style, width, max_lines).iter() {
        out.push((
            TextLine::place(line, style, ascent, x, (*y + ascent).round()),
            ink,
        ));
        *y += super::metrics::line_height(style);
    }
}

/// The strip above the grid: the map's personas (photo, name, role, quote, goals, needs
/// and frustrations), the scenario and the expectations. A single persona's lists get a
/// column each beside it; with several personas each gets a compact profile column (its
/// lists under its photo) and each photo a ring in the colour of its emotion curve.
/// `None` when there is nothing to show.
pub(super) fn persona_strip(
    project: &Project,
    map: &JourneyMap,
    measure: &Shaper<'_>,
    left: f32,
    top: f32,
    width: f32,
) -> Option<PersonaStrip> {
    let personas: Vec<(usize, &Persona)> = map
        .personas
        .iter()
        .filter_map(|id| {
            project
                .personas
                .iter()
                .enumerate()
                .find(|(_, p)| &p.id == id)
        })
        .collect();
    let mut columns: Vec<(String, Vec<String>)> = Vec::new();
    if !map.scenario.trim().is_empty() {
        columns.push((measure.tr("strip-scenario"), vec![map.scenario.clone()]));
    }
    if !map.expectations.trim().is_empty() {
        columns.push((
            measure.tr("strip-expectations"),
            vec![map.expectations.clone()],
        ));
    }
    if let [(_, p)] = personas.as_slice() {
        for (head, items) in [
            ("strip-goals", &p.goals),
            ("strip-needs", &p.needs),
            ("strip-frustrations", &p.frustrations),
        ] {
            if !items.is_empty() {
                columns.push((
                    measure.tr(head),
                    items.iter().map(|i| format!("• {i}")).collect(),
                ));
            }
        }
    }
    if personas.is_empty() && columns.is_empty() {
        return None;
    }
    let several = personas.len() > 1;
    let column = if several {
        SHARED_PERSONA_COLUMN
    } else {
        PERSONA_COLUMN
    };
    let right = left + width - PAD;
    let mut lines = Vec::new();
    let mut faces = Vec::new();
    let mut row_top = top + PAD;
    let mut bottom = row_top;
    let mut x = left + PAD;
    for &(index, p) in &personas {
        if x > left + PAD && x + column > right {
            x = left + PAD;
            row_top = bottom + 12.0;
        }
        let color = several.then(|| palette::persona(index, p.color));
        let (face, mut y) =
            persona_column(project, p, color, measure, x, row_top, column, &mut lines);
        if several {
            y = profile_lists(p, measure, x, y, column, &mut lines);
        }
        faces.push(face);
        bottom = bottom.max(y);
        x += column + GAP;
    }
    if !columns.is_empty() {
        let count = columns.len() as f32;
        if (right - x - GAP * (count - 1.0)) / count < 140.0 && x > left + PAD {
            // No room beside the personas: the columns get a row of their own.
            x = left + PAD;
            row_top = bottom + 12.0;
        }
        // As many columns in a row as fit at their narrowest (a map of one or two stages
        // is narrow), the rest in rows below.
        let room = right - x;
        let per_row = ((room + GAP) / (NARROWEST_LIST + GAP))
            .floor()
            .clamp(1.0, count);
        let column_w = ((room - GAP * (per_row - 1.0)) / per_row).max(NARROWEST_LIST.min(room));
        let first_x = x;
        for (i, (head, items)) in columns.iter().enumerate() {
            if i > 0 && i % (per_row as usize) == 0 {
                x = first_x;
                row_top = bottom + 12.0;
            }
            let mut y = row_top;
            put(
                measure,
                head,
                HEAD,
                Ink::Secondary,
                x,
                column_w,
                1,
                &mut y,
                &mut lines,
            );
            y += 3.0;
            for item in items.iter().take(6) {
                put(
                    measure,
                    item,
                    ITEM,
                    Ink::Primary,
                    x,
                    column_w,
                    3,
                    &mut y,
                    &mut lines,
                );
                y += 2.0;
            }
            bottom = bottom.max(y);
            x += column_w + GAP;
        }
    }
    Some(PersonaStrip {
        rect: Rect::from_min_max(pos2(left, top), pos2(left + width, (bottom + PAD).ceil())),
        faces,
        lines,
    })
}

/// A persona's goals, needs and frustrations from `top` down in a column of `width` at
/// `x`, each list under its heading, at most [`PROFILE_ITEMS`] items of two lines each.
/// Returns the bottom.
fn profile_lists(
    p: &Persona,
    measure: &Shaper<'_>,
    x: f32,
    top: f32,
    width: f32,
    lines: &mut Vec<(TextLine, Ink)>,
) -> f32 {
    let mut y = top;
    for (head, items) in [
        ("strip-goals", &p.goals),
        ("strip-needs", &p.needs),
        ("strip-frustrations", &p.frustrations),
    ] {
        let head = measure.tr(head);
        let items: Vec<&String> = items.iter().filter(|i| !i.trim().is_empty()).collect();
        if items.is_empty() {
            continue;
        }
        y += 8.0;
        put(
            measure,
            &head,
            HEAD,
            Ink::Secondary,
            x,
            width,
            1,
            &mut y,
            lines,
        );
        y += 2.0;
        for item in items.iter().take(PROFILE_ITEMS) {
            let item = format!("• {}", item.trim());
            put(
                measure,
                &item,
                ITEM,
                Ink::Primary,
                x,
                width,
                2,
                &mut y,
                lines,
            );
            y += 1.0;
        }
        if items.len() > PROFILE_ITEMS {
            let more = measure.catalogue().tr_args(
                "strip-more",
                &[("count", (items.len() - PROFILE_ITEMS).into())],
            );
            put(
                measure,
                &more,
                ITEM,
                Ink::Secondary,
                x,
                width,
                1,
                &mut y,
                lines,
            );
        }
    }
    y
}

/// One persona's column of the strip with its top-left at (`x`, `top`): the photo (or
/// initials), name, role and quote. Returns the face and the bottom of the column.
#[allow(
    clippy::too_many_arguments,
    reason = "a flat helper reads better than a struct here"
)]
pub(super) fn persona_column(
    project: &Project,
    p: &Persona,
    color: Option<crate::palette::Rgba>,
    measure: &Shaper<'_>,
    x: f32,
    top: f32,
    column: f32,
    lines: &mut Vec<(TextLine, Ink)>,
) -> (PersonaFace, f32) {
    let rect = Rect::from_min_size(pos2(x, top), vec2(PHOTO, PHOTO));
    let photo = p.photo.clone().filter(|id| project.images.contains_key(id));
    let mut initials = None;
    if photo.is_none() {
        let letters = initials_of(&p.name);
        let shaped = measure.line(&letters, INITIALS, f32::INFINITY);
        let ascent = measure.ascent(INITIALS);
        initials = Some(TextLine::at(
            &shaped,
            INITIALS,
            ascent,
            (rect.center().x - shaped.width / 2.0).round(),
            (rect.center().y + ascent * 0.36).round(),
        ));
    }
    let text_x = x + PHOTO + 14.0;
    let text_w = column - PHOTO - 14.0;
    let mut y = top;
    put(
        measure,
        &p.name,
        NAME,
        Ink::Primary,
        text_x,
        text_w,
        1,
        &mut y,
        lines,
    );
    if !p.role.trim().is_empty() {
        put(
            measure,
            &p.role,
            ROLE,
            Ink::Secondary,
            text_x,
            text_w,
            2,
            &mut y,
            lines,
        );
    }
    if !p.quote.trim().is_empty() {
        y += 4.0;
        let quote = crate::i18n::typography::quote(measure.catalogue(), p.quote.trim());
        put(
            measure,
            &quote,
            QUOTE,
            Ink::Primary,
            text_x,
            text_w,
            4,
            &mut y,
            lines,
        );
    }
    let face = PersonaFace {
        rect,
        photo,
        initials,
        color,
    };
    (face, y.max(rect.bottom()))
}

/// The legend below the grid: which flags, evidence tags and channels the map uses, and
/// the colours of metric values on and off target when a metric has a target. `None`
/// when there is none of these.
pub(super) fn legend(
    map: &JourneyMap,
    custom: &[CustomChannel],
    measure: &Shaper<'_>,
    left: f32,
    top: f32,
    width: f32,
) -> Option<Legend> {
    let flags: Vec<CardFlag> = CardFlag::ALL
        .into_iter()
        .filter(|f| map.cards.iter().any(|c| c.flags.contains(f)))
        .collect();
    let tags: Vec<&str> = EVIDENCE
        .into_iter()
        .filter(|t| map.cards.iter().any(|c| c.tags.iter().any(|x| x == t)))
        .collect();
    // The built-in channels in menu order, then the project's own in theirs.
    let channels: Vec<ChannelRef> = Channel::ALL
        .into_iter()
        .map(ChannelRef::Builtin)
        .chain(custom.iter().map(|c| ChannelRef::Custom(c.id.clone())))
        .filter(|ch| map.cards.iter().any(|c| c.channel.as_ref() == Some(ch)))
        .collect();
    type Entry = (String, crate::palette::Rgba, Option<ChipIcon>);
    let mut groups: Vec<(String, Vec<Entry>)> = Vec::new();
    if !flags.is_empty() {
        groups.push((
            measure.tr("legend-flags"),
            flags
                .iter()
                .map(|f| (measure.tr(f.message_id()), flag_fill(*f), None))
                .collect(),
        ));
    }
    if !tags.is_empty() {
        groups.push((
            measure.tr("legend-evidence"),
            tags.iter()
                .map(|t| (tag_label(measure, t), tag_fill(), None))
                .collect(),
        ));
    }
    if !channels.is_empty() {
        groups.push((
            measure.tr("legend-channels"),
            channels
                .iter()
                .filter_map(|c| channel_label(measure, c, custom))
                .map(|(label, icon)| (label, channel_fill(), icon))
                .collect(),
        ));
    }
    let targets = map
        .lanes
        .iter()
        .filter(|l| l.kind == crate::model::LaneKind::Metrics)
        .flat_map(|l| &l.metrics)
        .any(|m| !m.targets.is_empty());
    if targets {
        groups.push((
            measure.tr("legend-targets"),
            [(true, "legend-target-hit"), (false, "legend-target-miss")]
                .into_iter()
                .map(|(hit, id)| (measure.tr(id), crate::palette::metric_key(hit), None))
                .collect(),
        ));
    }
    if groups.is_empty() {
        return None;
    }
    let mut labels = Vec::new();
    let mut chips: Vec<Chip> = Vec::new();
    let mut x = left;
    let mut y = top;
    let right = left + width;
    for (name, entries) in groups {
        let shaped = measure.line(&name, LEGEND, f32::INFINITY);
        let w = shaped.width;
        if x > left && x + w + 120.0 > right {
            x = left;
            y += CHIP_HEIGHT + 8.0;
        }
        let ascent = measure.ascent(LEGEND);
        labels.push(TextLine::at(
            &shaped,
            LEGEND,
            ascent,
            x,
            (y + (CHIP_HEIGHT - LEGEND.size) / 2.0 + ascent * 0.92).round(),
        ));
        x += w + 8.0;
        for (label, fill, icon) in entries {
            let Some(mut c) = chip(measure, &label, fill, icon, x, y, 200.0) else {
                continue;
            };
            if x + c.rect.width() > right {
                x = left;
                y += CHIP_HEIGHT + 8.0;
                c = c.moved(pos2(x, y));
            }
            x += c.rect.width() + 5.0;
            chips.push(c);
        }
        x += 22.0;
    }
    Some(Legend {
        rect: Rect::from_min_max(pos2(left, top), pos2(right, y + CHIP_HEIGHT)),
        labels,
        chips,
    })
}

/// The page about a map that paged exports put before its map pages: the title and the
/// persona strip (every persona's profile, the scenario, the expectations), laid out
/// `width` wide by the one layout. `None` when the map has no strip to show.
pub fn layout_profile(
    project: &Project,
    map: &JourneyMap,
    engine: &crate::text::TextEngine,
    width: f32,
) -> Option<MapLayout> {
    let shaper = Shaper::for_project(engine, project);
    let margin = super::metrics::MARGIN;
    let mut out = MapLayout::default();
    let mut y = margin;
    super::build::heading(
        project,
        map,
        &shaper,
        width,
        false,
        &mut y,
        &mut out.heading,
    );
    y += 18.0;
    let strip = persona_strip(project, map, &shaper, margin, y, width)?;
    out.size = vec2(width + 2.0 * margin, strip.rect.bottom() + margin).ceil();
    // An empty grid where the strip ends: nothing of it is drawn.
    out.grid = Rect::from_min_size(pos2(margin, strip.rect.bottom()), vec2(0.0, 0.0));
    out.persona = Some(strip);
    Some(out)
}

/// The numbered list of `map`'s open review notes, as the single page's list has it,
/// `width` wide from (0, 0) down; empty when no card has open notes.
pub fn notes_lines(
    project: &Project,
    map: &JourneyMap,
    engine: &crate::text::TextEngine,
    width: f32,
) -> Vec<TextLine> {
    let shaper = Shaper::for_project(engine, project);
    let order = super::charts::note_order(map);
    let mut list = Vec::new();
    super::charts::notes_list(map, &order, &shaper, 0.0, -18.0, width, &mut list);
    list
}

/// What a persona without a photo shows in its circle: the first letters of the first two
/// words ("Maya Chen" → "MC"); a name in Chinese, Japanese or Korean script shows its
/// first word's first two characters instead, as such names are abbreviated ("相田 愛子"
/// → "相田", "김민수" → "김민").
pub(crate) fn initials_of(name: &str) -> String {
    let cjk = |c: char| crate::text::script::east_asian(c).is_some();
    let mut words = name.split_whitespace();
    match words.clone().next() {
        Some(first) if first.chars().next().is_some_and(cjk) => first.chars().take(2).collect(),
        _ => words
            .by_ref()
            .filter_map(|w| w.chars().next())
            .take(2)
            .flat_map(char::to_uppercase)
            .collect(),
    }
}

#[cfg(test)]
mod initials_tests {
    use super::initials_of;

    #[test]
    fn initials_follow_the_way_each_script_abbreviates_names() {
        assert_eq!(initials_of("Maya Chen"), "MC");
        assert_eq!(initials_of("ben"), "B");
        assert_eq!(initials_of("相田 愛子"), "相田");
        assert_eq!(initials_of("佐藤"), "佐藤");
        assert_eq!(initials_of("김민수"), "김민");
        assert_eq!(initials_of("  "), "");
        assert_eq!(initials_of("Ünal Öztürk"), "ÜÖ");
    }
}
