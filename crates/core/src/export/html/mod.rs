//! HTML export: one self-contained file to share a project with people who do not have
//! Waymark. Every map is inline SVG (text as glyph outlines defined once and placed with
//! `<use>`, so it looks the same in every browser with no font, and each line also as
//! invisible real text over its glyphs, so the browser's Find and screen readers see
//! it), under tabs; pan and zoom with the mouse, the keyboard or
//! buttons; a click on a card (or Enter on it) shows its body, tags, owner, metric,
//! flags and channel; a persona panel; a print stylesheet that prints each map on its
//! own page. The CSS and script are inline and fixed (`viewer.css`, `viewer.js`); the
//! project's text reaches the page only escaped: as XML text and attributes in the
//! markup, and as JSON with `<`, `>`, `&` and the line separators written as `\uXXXX`
//! inside a `type="application/json"` block, which the script reads with `JSON.parse`
//! and shows with `textContent`. Nothing refers to anything outside the file.
//!
//! `#card=M-C` in the address (map and card index from 0) opens on that card's
//! details: a link to one card.

use crate::model::ChannelRef;
use std::fmt::Write as _;

use serde_json::{Value, json};

use super::svg::escape;
use super::{Background, ExportError, ExportOptions, Exported};
use crate::layout;
use crate::model::{JourneyMap, Project};

const CSS: &str = include_str!("viewer.css");
const SCRIPT: &str = include_str!("viewer.js");

/// Writes `project` as one HTML page, with `map` as the tab it opens on.
pub fn write_html(
    project: &Project,
    map: &JourneyMap,
    options: &ExportOptions,
) -> Result<Exported, ExportError> {
    let mut notes = Vec::new();
    let first = project
        .maps
        .iter()
        .position(|m| m.id == map.id)
        .unwrap_or(0);
    let tr = project.catalogue();
    let t = |id: &str| escape(&tr.tr(id));
    let mut s = String::with_capacity(256 * 1024);
    let _ = write!(
        s,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"generator\" content=\"Waymark\">\n<title>{}</title>\n<style>\n{CSS}</style>\n</head>\n<body>\n",
        escape(&project.language_tag()),
        escape(&project.title)
    );
    let _ = write!(
        s,
        "<header class=\"bar\"><h1>{}</h1><nav class=\"tabs\" role=\"tablist\" aria-label=\"{}\">",
        escape(&project.title),
        t("viewer-maps")
    );
    for (i, m) in project.maps.iter().enumerate() {
        let _ = write!(
            s,
            "<button role=\"tab\" class=\"tab\" id=\"tab-{i}\" data-map=\"{i}\" aria-selected=\"{}\">{}</button>",
            i == first,
            escape(&m.name)
        );
    }
    let (zoom_out, fit_map, zoom_in) = (
        t("viewer-zoom-out"),
        t("viewer-fit-map"),
        t("viewer-zoom-in"),
    );
    let (fit, persona, print) = (t("viewer-fit"), t("viewer-persona"), t("viewer-print"));
    let _ = write!(
        s,
        "</nav><div class=\"tools\"><button id=\"zoom-out\" title=\"{zoom_out} (−)\" aria-label=\"{zoom_out}\">−</button><button id=\"zoom-fit\" title=\"{fit_map} (0)\" aria-label=\"{fit_map}\">{fit}</button><button id=\"zoom-in\" title=\"{zoom_in} (+)\" aria-label=\"{zoom_in}\">+</button><button id=\"persona-toggle\" aria-expanded=\"true\" aria-controls=\"persona\">{persona}</button><button id=\"print\" title=\"{print}\">{print}</button></div></header>\n<main>\n"
    );
    let mut data = Vec::with_capacity(project.maps.len());
    for (i, m) in project.maps.iter().enumerate() {
        let layout = layout::layout_map(project, m, crate::text::TextEngine::global());
        let scene = layout::scene::build(&layout);
        let pictures = super::pictures::prepare(project, &scene, 2.0);
        if !pictures.left_out.is_empty() {
            notes.extend(super::left_out_note(&pictures.left_out));
        }
        let svg = super::write_svg_viewer(
            &scene,
            &format!("{} — {}", project.title, m.name),
            options.background,
            &pictures.ready,
        );
        let _ = write!(
            s,
            "<section class=\"map\" id=\"map-{i}\" data-map=\"{i}\" role=\"tabpanel\" aria-labelledby=\"tab-{i}\"{}>\n<div class=\"viewport\" tabindex=\"0\" aria-label=\"{} ({})\"><div class=\"stage\">",
            if i == first { "" } else { " hidden" },
            escape(&m.name),
            t("viewer-pan-zoom")
        );
        s.push_str(&inline_svg(&svg, &hit_areas(i, m, &layout)));
        s.push_str("</div></div>\n</section>\n");
        data.push(map_data(project, m));
    }
    if options.background == Background::Transparent {
        notes.push(super::notes::ExportNote::HtmlOnWhite);
    }
    let _ = write!(
        s,
        "</main>\n<aside id=\"persona\" class=\"panel persona\" aria-label=\"{persona}\"></aside>\n<aside id=\"details\" class=\"panel details\" aria-live=\"polite\" hidden><button class=\"close\" aria-label=\"{}\">×</button><div class=\"body\"></div></aside>\n",
        t("viewer-close")
    );
    let labels: serde_json::Map<String, Value> = [
        ("scenario", "viewer-scenario"),
        ("goals", "viewer-goals"),
        ("needs", "viewer-needs"),
        ("frustrations", "viewer-frustrations"),
        ("details", "viewer-details"),
        ("marked", "viewer-marked-as"),
        ("tags", "viewer-tags"),
        ("owner", "viewer-owner"),
        ("metric", "viewer-metric"),
        ("emotion", "viewer-emotion"),
        ("opens", "viewer-opens"),
    ]
    .into_iter()
    .map(|(k, id)| (k.to_owned(), Value::from(tr.tr(id))))
    .collect();
    let json = script_json(&json!({ "first": first, "maps": data, "labels": labels }));
    let _ = write!(
        s,
        "<script type=\"application/json\" id=\"waymark-data\">{json}</script>\n<script>\n{SCRIPT}</script>\n</body>\n</html>\n"
    );
    Ok(Exported {
        bytes: s.into_bytes(),
        notes,
    })
}

/// The SVG document as an element for HTML: no XML declaration, no namespace
/// declarations (HTML gives inline SVG its namespace), the card hit areas on top.
fn inline_svg(svg: &str, hits: &str) -> String {
    let body = svg
        .strip_prefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .unwrap_or(svg);
    let body = body
        .replacen(" xmlns=\"http://www.w3.org/2000/svg\"", "", 1)
        .replacen(" xmlns:xlink=\"http://www.w3.org/1999/xlink\"", "", 1);
    match body.rfind("</svg>") {
        Some(end) => format!("{}<g class=\"hits\">{hits}</g></svg>", &body[..end]),
        None => body,
    }
}

/// One transparent, focusable rectangle per card, named by its title, that the script
/// listens on.
fn hit_areas(map: usize, m: &JourneyMap, layout: &layout::MapLayout) -> String {
    let mut s = String::new();
    for b in &layout.cards {
        let Some(card) = m.cards.get(b.card) else {
            continue;
        };
        let r = b.rect;
        let _ = write!(
            s,
            "<rect class=\"hit\" data-map=\"{map}\" data-card=\"{}\" x=\"{:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"{:.1}\" rx=\"6\" tabindex=\"0\" role=\"button\" aria-label=\"{}\"><title>{}</title></rect>",
            b.card,
            r.left(),
            r.top(),
            r.width(),
            r.height(),
            escape(&card.title),
            escape(&card.title)
        );
    }
    s
}

/// What the script shows of a map: every persona of it and, per card, where it sits and what
/// it says.
fn map_data(project: &Project, m: &JourneyMap) -> Value {
    let tr = project.catalogue();
    let stage_name = |id: &crate::model::StageId| {
        m.stages
            .iter()
            .find(|s| &s.id == id)
            .map_or("", |s| s.name.as_str())
    };
    let lane_name = |id: &crate::model::LaneId| {
        m.lanes
            .iter()
            .find(|l| &l.id == id)
            .map_or("", |l| l.name.as_str())
    };
    let cards: Vec<Value> = m
        .cards
        .iter()
        .map(|c| {
            json!({
                "title": c.title,
                "body": c.body,
                "stage": stage_name(&c.stage),
                "lane": lane_name(&c.lane),
                "tags": c.tags.iter().map(|t| tr.card_tag(t)).collect::<Vec<_>>(),
                "flags": c.flags.iter().map(|f| tr.tr(f.message_id())).collect::<Vec<_>>(),
                "channel": c.channel.as_ref().and_then(|ch| match ch {
                    ChannelRef::Builtin(b) => Some(tr.tr(b.message_id())),
                    ChannelRef::Custom(_) => ch.custom(&project.channels).map(|x| x.name.clone()),
                }),
                "owner": c.owner,
                "metric": c.metric,
                "emotion": c.emotion,
                // The map the card opens, by its index among the viewer's maps.
                "opens": c.opens.as_ref().and_then(|id| {
                    project.maps.iter().position(|x| &x.id == id && x.id != m.id)
                }),
            })
        })
        .collect();
    let personas: Vec<Value> = m
        .personas
        .iter()
        .filter_map(|id| project.persona(id))
        .map(|p| {
            json!({
                "name": p.name,
                "role": p.role,
                "quote": p.quote,
                "quoted": crate::i18n::typography::quote(tr, p.quote.trim()),
                "goals": p.goals,
                "needs": p.needs,
                "frustrations": p.frustrations,
            })
        })
        .collect();
    json!({
        "name": m.name,
        "scenario": m.scenario,
        "personas": personas,
        "cards": cards,
    })
}

/// JSON fit to sit inside a `<script>` element: no `<`, `>` or `&` (so no `</script>`
/// or `<!--` can appear) and no U+2028/U+2029.
fn script_json(value: &Value) -> String {
    let text = value.to_string();
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn script_json_cannot_close_the_script() {
        let s = script_json(&json!({ "t": "</script><img src=x onerror=alert(1)>&\u{2028}" }));
        assert!(!s.contains('<') && !s.contains('>') && !s.contains('&'));
        let back: Value = serde_json::from_str(&s).expect("still JSON");
        assert_eq!(back["t"], "</script><img src=x onerror=alert(1)>&\u{2028}");
    }
}
