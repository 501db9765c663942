//! Every colour the map is drawn with, shared by the canvas and the exporters so that an
//! export looks exactly like the screen.

use crate::model::HexColor;

/// An sRGB colour with straight (not premultiplied) alpha.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Rgba {
    /// Red.
    pub r: u8,
    /// Green.
    pub g: u8,
    /// Blue.
    pub b: u8,
    /// Alpha, 255 = opaque.
    pub a: u8,
}

impl Rgba {
    /// An opaque colour.
    pub const fn rgb(r: u8, g: u8, b: u8) -> Self {
        Self { r, g, b, a: 255 }
    }

    /// The same colour with another alpha.
    pub const fn with_alpha(self, a: u8) -> Self {
        Self { a, ..self }
    }

    /// `#RRGGBB` (alpha is written separately in SVG).
    pub fn hex(self) -> String {
        format!("#{:02X}{:02X}{:02X}", self.r, self.g, self.b)
    }

    /// Mixes `self` toward `other` by `t` (0 = self, 1 = other).
    pub fn mix(self, other: Rgba, t: f32) -> Rgba {
        let lerp = |a: u8, b: u8| (f32::from(a) + (f32::from(b) - f32::from(a)) * t).round() as u8;
        Rgba {
            r: lerp(self.r, other.r),
            g: lerp(self.g, other.g),
            b: lerp(self.b, other.b),
            a: lerp(self.a, other.a),
        }
    }
}

impl From<HexColor> for Rgba {
    fn from(c: HexColor) -> Self {
        Rgba::rgb(c.r, c.g, c.b)
    }
}

/// The page behind the map in exports and on the canvas.
pub const PAGE: Rgba = Rgba::rgb(0xFF, 0xFF, 0xFF);
/// The canvas around the page.
pub const DESK: Rgba = Rgba::rgb(0xEE, 0xEF, 0xF2);
/// The canvas around the page in dark mode, when the settings ask for a dark canvas (the
/// page and the map stay light).
pub const DESK_DARK: Rgba = Rgba::rgb(0x22, 0x24, 0x29);
/// Main text.
pub const INK: Rgba = Rgba::rgb(0x1F, 0x23, 0x2B);
/// Secondary text.
pub const INK_MUTED: Rgba = Rgba::rgb(0x5C, 0x63, 0x70);
/// Faint text (captions, hints).
pub const INK_FAINT: Rgba = Rgba::rgb(0x8A, 0x90, 0x9C);
/// Lines between cells.
pub const GRID: Rgba = Rgba::rgb(0xE3, 0xE5, 0xEA);
/// Lane header background.
pub const LANE_HEADER: Rgba = Rgba::rgb(0xF5, 0xF6, 0xF8);
/// Every other lane's background.
pub const LANE_STRIPE: Rgba = Rgba::rgb(0xFA, 0xFB, 0xFC);
/// Card outline.
pub const CARD_EDGE: Rgba = Rgba::rgb(0x1F, 0x23, 0x2B).with_alpha(28);
/// Card drop shadow.
pub const CARD_SHADOW: Rgba = Rgba::rgb(0x1F, 0x23, 0x2B).with_alpha(18);
/// Emotion-curve stroke.
pub const CURVE: Rgba = Rgba::rgb(0x4B, 0x55, 0x63);
/// Links between cards.
pub const LINK: Rgba = Rgba::rgb(0x6D, 0x5B, 0xD0);
/// Cards the find bar found, outlined on the canvas (a marker yellow that stays apart
/// from the selection blue).
pub const FOUND: Rgba = Rgba::rgb(0xf5, 0xb3, 0x00);
/// Compare view: a card this version added (outline and badge, canvas only).
pub const DIFF_ADDED: Rgba = Rgba::rgb(0x1E, 0x9E, 0x5A);
/// Compare view: a card whose fields changed.
pub const DIFF_CHANGED: Rgba = Rgba::rgb(0xD9, 0x7A, 0x00);
/// Compare view: a card the other version has and this one does not (the list only).
pub const DIFF_REMOVED: Rgba = Rgba::rgb(0xC6, 0x28, 0x28);
/// Compare view: a card that moved to another cell or place in its cell.
pub const DIFF_MOVED: Rgba = Rgba::rgb(0x7A, 0x4F, 0xD6);
/// Selection outline (canvas only).
pub const SELECTION: Rgba = Rgba::rgb(0x2F, 0x6F, 0xEB);
/// The page's drop shadow on the desk.
pub const PAGE_SHADOW: Rgba = Rgba::rgb(0, 0, 0).with_alpha(20);
/// Messages in the window: a warning (read-only file).
pub const MESSAGE_WARNING: Rgba = Rgba::rgb(0x8A, 0x5A, 0x00);
/// Messages in the window: an error.
pub const MESSAGE_ERROR: Rgba = Rgba::rgb(0xB4, 0x23, 0x18);
/// Messages in the window: something went well.
pub const MESSAGE_OK: Rgba = Rgba::rgb(0x1F, 0x6F, 0x3A);
/// [`MESSAGE_WARNING`] on the dark chrome.
pub const MESSAGE_WARNING_ON_DARK: Rgba = Rgba::rgb(0xF2, 0xC1, 0x4E);
/// [`MESSAGE_ERROR`] on the dark chrome.
pub const MESSAGE_ERROR_ON_DARK: Rgba = Rgba::rgb(0xFF, 0x8A, 0x80);
/// [`MESSAGE_OK`] on the dark chrome.
pub const MESSAGE_OK_ON_DARK: Rgba = Rgba::rgb(0x7B, 0xD8, 0x8F);
/// Fill of an evidence-tag chip.
pub const TAG_FILL: Rgba = Rgba::rgb(0xFF, 0xFF, 0xFF).with_alpha(140);
/// Fill of the chip naming the map a card opens (a light tint of the arrows' violet).
pub const MAP_LINK_FILL: Rgba = Rgba::rgb(0xE4, 0xDF, 0xF8);
/// Fill of a channel chip.
pub const CHANNEL_FILL: Rgba = Rgba::rgb(0xFF, 0xFF, 0xFF).with_alpha(200);
/// Backing of a storyboard picture's frame.
pub const PICTURE_BACKING: Rgba = Rgba::rgb(0xFF, 0xFF, 0xFF).with_alpha(170);

/// Fill of a flag chip (and its legend entry).
pub fn flag_fill(flag: crate::model::CardFlag) -> Rgba {
    use crate::model::CardFlag;
    match flag {
        CardFlag::PainPoint => Rgba::rgb(0xFF, 0xC9, 0xC9),
        CardFlag::Opportunity => Rgba::rgb(0xC8, 0xF0, 0xD4),
        CardFlag::MomentOfTruth => Rgba::rgb(0xFF, 0xE3, 0x9B),
    }
}

/// Stage header accents, in stage order (cycled).
const STAGE_ACCENTS: [Rgba; 6] = [
    Rgba::rgb(0x5B, 0x8D, 0xEF),
    Rgba::rgb(0x8E, 0x6B, 0xE8),
    Rgba::rgb(0xE0, 0x6C, 0x9F),
    Rgba::rgb(0xF0, 0x8C, 0x4A),
    Rgba::rgb(0x3F, 0xB0, 0x8A),
    Rgba::rgb(0x3A, 0xA8, 0xC4),
];

/// Soft card fills, cycled by lane.
const CARD_FILLS: [Rgba; 6] = [
    Rgba::rgb(0xDC, 0xE9, 0xFF),
    Rgba::rgb(0xFF, 0xEF, 0xC2),
    Rgba::rgb(0xE6, 0xDF, 0xFF),
    Rgba::rgb(0xFF, 0xDE, 0xDE),
    Rgba::rgb(0xD6, 0xF3, 0xE4),
    Rgba::rgb(0xFF, 0xE4, 0xCC),
];

/// The accent colour of the stage at `index` (or its own colour).
pub fn stage_accent(index: usize, own: Option<HexColor>) -> Rgba {
    own.map_or(STAGE_ACCENTS[index % STAGE_ACCENTS.len()], Rgba::from)
}

/// The default card fill of the lane at `index` (or its own colour).
pub fn lane_fill(index: usize, own: Option<HexColor>) -> Rgba {
    own.map_or(CARD_FILLS[index % CARD_FILLS.len()], Rgba::from)
}

/// The colour of an emotion score, from red (−2) through grey (0) to green (+2).
pub fn emotion(score: i8) -> Rgba {
    match score {
        i8::MIN..=-2 => Rgba::rgb(0xE5, 0x48, 0x4D),
        -1 => Rgba::rgb(0xF0, 0x8C, 0x4A),
        0 => Rgba::rgb(0xB8, 0xA9, 0x3A),
        1 => Rgba::rgb(0x6C, 0xBF, 0x5A),
        2..=i8::MAX => Rgba::rgb(0x2E, 0xA0, 0x5F),
    }
}

/// The named colours offered for cards, stages and lanes.
pub const SWATCHES: [(&str, HexColor); 8] = [
    ("Blue", HexColor::new(0xDC, 0xE9, 0xFF)),
    ("Yellow", HexColor::new(0xFF, 0xF1, 0xBF)),
    ("Purple", HexColor::new(0xE6, 0xDF, 0xFF)),
    ("Red", HexColor::new(0xFF, 0xD9, 0xD9)),
    ("Green", HexColor::new(0xD4, 0xF2, 0xDF)),
    ("Orange", HexColor::new(0xFF, 0xE4, 0xCC)),
    ("Grey", HexColor::new(0xEC, 0xEE, 0xF2)),
    ("White", HexColor::new(0xFF, 0xFF, 0xFF)),
];

/// Curve colours for the personas of a map, in order (strong enough on white for a 2.5 px
/// line, told apart by people with the common colour-vision deficiencies).
const PERSONA_COLORS: [Rgba; 6] = [
    Rgba::rgb(0x2F, 0x6F, 0xEB),
    Rgba::rgb(0xD9, 0x5D, 0x0E),
    Rgba::rgb(0x8E, 0x44, 0xAD),
    Rgba::rgb(0x0F, 0x8A, 0x7E),
    Rgba::rgb(0xC2, 0x18, 0x5B),
    Rgba::rgb(0x6B, 0x70, 0x1F),
];

/// The curve colour of the persona at `index` in the project (or its own colour).
pub fn persona(index: usize, own: Option<HexColor>) -> Rgba {
    own.map_or(PERSONA_COLORS[index % PERSONA_COLORS.len()], Rgba::from)
}

/// A service blueprint's line (a line lane's dashed rule).
pub const BLUEPRINT_LINE: Rgba = Rgba::rgb(0x5C, 0x63, 0x70);
/// Metric bars and lines.
pub const METRIC: Rgba = Rgba::rgb(0x3E, 0x7C, 0xB1);
/// A metric's target marker (neutral: the value's colour says whether it hits).
pub const METRIC_TARGET: Rgba = Rgba::rgb(0x3A, 0x40, 0x4C);
/// A metric value on the good side of its target (text on white: contrast 5:1).
pub const METRIC_HIT: Rgba = Rgba::rgb(0x1B, 0x7F, 0x45);
/// A metric value on the bad side of its target (text on white: contrast 5.9:1).
pub const METRIC_MISS: Rgba = Rgba::rgb(0xC0, 0x2B, 0x1F);

/// The colour of a metric value's bar or point: [`METRIC_HIT`] or [`METRIC_MISS`] by
/// whether it is on the good side of its target, [`METRIC`] without a target.
pub fn metric_mark(hit: Option<bool>) -> Rgba {
    match hit {
        Some(true) => METRIC_HIT,
        Some(false) => METRIC_MISS,
        None => METRIC,
    }
}

/// The fill of a bar: [`metric_mark`] lightened.
pub fn metric_bar(hit: Option<bool>) -> Rgba {
    metric_mark(hit).mix(PAGE, 0.3)
}

/// The fill of a hit or miss entry in the legend: [`metric_mark`] lightened further, so
/// that its label reads on it.
pub fn metric_key(hit: bool) -> Rgba {
    metric_mark(Some(hit)).mix(PAGE, 0.72)
}

/// The colour of a metric value's label: [`METRIC_HIT`] or [`METRIC_MISS`], [`INK`]
/// without a target.
pub fn metric_label(hit: Option<bool>) -> Rgba {
    match hit {
        None => INK,
        some => metric_mark(some),
    }
}
/// The open-notes badge on a card.
pub const NOTE_BADGE: Rgba = Rgba::rgb(0xE0, 0x8A, 0x00);
