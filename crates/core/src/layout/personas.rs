//! The personas of a title or divider slide: every persona of the maps as the persona
//! strip draws them (photo or initials, name, role, quote), in rows, without the strip's
//! panel and lists.

use emath::{Rect, pos2};

use super::PersonaStrip;
use super::extras::{GAP, PERSONA_COLUMN, SHARED_PERSONA_COLUMN, persona_column};
use super::text::Shaper;
use crate::model::{Persona, Project};
use crate::palette;

/// The narrowest a persona's column gets to fit one more in a row.
const NARROWEST_COLUMN: f32 = 240.0;

/// Every persona of `ids` (each once, in order) as the persona strip draws them, side by
/// side from (`left`, `top`) in rows `width` wide: the photo (or the initials, in the
/// persona's colour when there are several), name, role and quote; no panel and no
/// lists. A title slide shows them so. Rows that would end below `bottom` are left out:
/// `None` when not even one row fits; otherwise the strip and how many personas it left
/// out.
pub fn layout_personas(
    project: &Project,
    ids: &[crate::model::PersonaId],
    engine: &crate::text::TextEngine,
    (left, top): (f32, f32),
    width: f32,
    bottom: f32,
) -> Option<(PersonaStrip, usize)> {
    let measure = Shaper::for_project(engine, project);
    let mut personas: Vec<(usize, &Persona)> = Vec::new();
    for id in ids {
        if personas.iter().any(|(_, p)| &p.id == id) {
            continue;
        }
        if let Some(found) = project
            .personas
            .iter()
            .enumerate()
            .find(|(_, p)| &p.id == id)
        {
            personas.push(found);
        }
    }
    let several = personas.len() > 1;
    // As many columns of the strip's width as fit, narrowed a little (to
    // `NARROWEST_COLUMN`) when that fits one more persona in a row.
    let column = if several {
        let fits = |w: f32| ((width + GAP) / (w + GAP)).floor().max(1.0);
        let across = fits(NARROWEST_COLUMN).min(personas.len() as f32);
        SHARED_PERSONA_COLUMN.min((width - GAP * (across - 1.0)) / across)
    } else {
        PERSONA_COLUMN
    };
    let right = left + width;
    let (mut lines, mut faces) = (Vec::new(), Vec::new());
    let (mut x, mut row_top, mut row_bottom, mut end) = (left, top, top, top);
    let mut shown = 0;
    for &(index, p) in &personas {
        if x > left && x + column > right {
            // The next row starts below this one: keep it only when it fits.
            if row_bottom > bottom {
                break;
            }
            end = row_bottom;
            x = left;
            row_top = row_bottom + 12.0;
        }
        let color = several.then(|| palette::persona(index, p.color));
        let mut row = Vec::new();
        let (face, y) = persona_column(project, p, color, &measure, x, row_top, column, &mut row);
        if y > bottom {
            break;
        }
        lines.extend(row);
        faces.push(face);
        shown += 1;
        row_bottom = row_bottom.max(y);
        end = end.max(y);
        x += column + GAP;
    }
    if shown == 0 {
        return None;
    }
    let strip = PersonaStrip {
        rect: Rect::from_min_max(pos2(left, top), pos2(right, end.ceil())),
        faces,
        lines,
    };
    Some((strip, personas.len() - shown))
}
