//! The primitives of the things on the grid: a card (its box or text or emotion face,
//! chips, picture, title and body lines), a chip, an arrow and its label, an emotion face.
//! Shared by the scene and the canvas (a dragged card's ghost, an arrow's label).

use emath::{Pos2, Rect, pos2, vec2};

use super::{Prim, Stroke, icons, rect, text};
use crate::layout::metrics::{CARD_RADIUS, FACE_RADIUS};
use crate::layout::{CardBox, CardLook, MapLayout};
use crate::palette::{self, Rgba};

/// A badge: a pill with its label.
pub(super) fn chip_prims(p: &mut Vec<Prim>, chip: &crate::layout::Chip) {
    rect(
        p,
        chip.rect,
        chip.rect.height() / 2.0,
        Some(chip.fill),
        Some(Stroke::new(1.0, palette::CARD_EDGE)),
    );
    if let Some(which) = chip.icon {
        let size = crate::layout::chips::CHIP_ICON;
        let icon = Rect::from_min_size(
            pos2(chip.rect.left() + 7.0, chip.rect.center().y - size / 2.0),
            emath::vec2(size, size),
        );
        match which {
            crate::layout::ChipIcon::Channel(channel) => {
                icons::channel_icon(p, channel, icon, palette::INK_MUTED);
            }
            crate::layout::ChipIcon::Library(name) => {
                icons::library_icon(p, name, icon, palette::INK_MUTED);
            }
        }
    }
    text(p, &chip.label, palette::INK_MUTED);
}

/// The primitives of one card, moved by `offset` (the canvas draws a dragged card's ghost
/// with the same function).
pub fn card_prims(p: &mut Vec<Prim>, layout: &MapLayout, card: &CardBox, offset: emath::Vec2) {
    let start = p.len();
    match card.look {
        CardLook::Card => {
            rect(
                p,
                card.rect.translate(vec2(0.0, 1.5)),
                CARD_RADIUS,
                Some(palette::CARD_SHADOW),
                None,
            );
            rect(
                p,
                card.rect,
                CARD_RADIUS,
                Some(card.fill),
                Some(Stroke::new(1.0, palette::CARD_EDGE)),
            );
        }
        CardLook::Text => {}
        CardLook::EmotionPoint => {
            if let Some(point) = layout
                .curves
                .iter()
                .flat_map(|c| &c.points)
                .find(|pt| pt.card == card.card)
            {
                face(p, point.center, point.score, card.fill);
            }
        }
    }
    for chip in &card.chips {
        chip_prims(p, chip);
    }
    if let Some(frame) = card.picture {
        rect(
            p,
            frame,
            4.0,
            Some(palette::PICTURE_BACKING),
            Some(Stroke::new(1.0, palette::CARD_EDGE)),
        );
        if let Some(image) = &card.image {
            p.push(Prim::Image {
                rect: frame.shrink(2.0),
                image: image.clone(),
            });
        }
    }
    if let Some((frame, name)) = card.icon {
        icons::library_icon(p, name, frame, palette::INK);
    }
    let caption = card.look == CardLook::EmotionPoint;
    for line in &card.title {
        if caption {
            // A halo keeps captions readable where the curve passes behind them.
            rect(
                p,
                line.rect().expand2(vec2(3.0, 0.0)),
                3.0,
                Some(palette::PAGE.with_alpha(215)),
                None,
            );
        }
        text(
            p,
            line,
            if caption {
                palette::INK_MUTED
            } else {
                palette::INK
            },
        );
    }
    for line in &card.body {
        text(p, line, palette::INK_MUTED);
    }
    if offset != emath::Vec2::ZERO {
        for prim in &mut p[start..] {
            prim.translate(offset);
        }
    }
}

pub(super) fn link_prims(p: &mut Vec<Prim>, link: &crate::layout::LinkPath) {
    let [a, b, c, d] = link.bezier;
    let dir = (d - c).normalized();
    let back = d - dir * 9.0;
    let side = vec2(-dir.y, dir.x) * 4.5;
    p.push(Prim::Bezier {
        points: [a, b, c, back],
        stroke: Stroke::new(1.75, palette::LINK),
    });
    p.push(Prim::Polygon {
        points: vec![d, back + side, back - side],
        fill: palette::LINK,
    });
}

/// An arrow's label on a page-coloured pill (the canvas draws it again over a selected
/// arrow's highlight).
pub fn link_label_prims(p: &mut Vec<Prim>, link: &crate::layout::LinkPath) {
    for line in &link.label {
        rect(
            p,
            line.rect().expand2(vec2(4.0, 1.0)),
            3.0,
            Some(palette::PAGE),
            None,
        );
        text(p, line, palette::LINK);
    }
}

/// A face marker: a coloured disc with eyes and a mouth that smiles or frowns.
fn face(p: &mut Vec<Prim>, center: Pos2, score: Option<i8>, fill: Rgba) {
    let r = FACE_RADIUS;
    match score {
        Some(_) => p.push(Prim::Circle {
            center,
            radius: r,
            fill: Some(fill),
            stroke: Some(Stroke::new(2.0, palette::PAGE)),
        }),
        None => p.push(Prim::Circle {
            center,
            radius: r,
            fill: Some(palette::PAGE),
            stroke: Some(Stroke::new(2.0, palette::INK_FAINT)),
        }),
    }
    let ink = if score.is_some() {
        palette::INK
    } else {
        palette::INK_FAINT
    };
    for dx in [-3.6, 3.6] {
        p.push(Prim::Circle {
            center: center + vec2(dx, -2.8),
            radius: 1.3,
            fill: Some(ink),
            stroke: None,
        });
    }
    let bend = f32::from(score.unwrap_or(0)) * 1.6;
    let left = center + vec2(-4.6, 3.4 - bend * 0.35);
    let right = center + vec2(4.6, 3.4 - bend * 0.35);
    p.push(Prim::Bezier {
        points: [
            left,
            left + vec2(2.0, bend),
            right + vec2(-2.0, bend),
            right,
        ],
        stroke: Stroke::new(1.4, ink),
    });
}
