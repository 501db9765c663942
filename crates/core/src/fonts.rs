//! The bundled typeface (Inter, SIL OFL 1.1, see `assets/fonts/OFL.txt`), shared by the
//! layout's text measurement, the canvas and the exporters so that every one of them sets
//! text in the same font.

/// Inter Regular (OpenType/CFF).
pub const INTER_REGULAR: &[u8] = include_bytes!("../assets/fonts/Inter-Regular.otf");
/// Inter SemiBold (OpenType/CFF).
pub const INTER_SEMIBOLD: &[u8] = include_bytes!("../assets/fonts/Inter-SemiBold.otf");
/// The family name both files carry, as named in exported SVG.
pub const FAMILY: &str = "Inter";

/// The two weights the map uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Weight {
    /// Body text (400).
    Regular,
    /// Headings and card titles (600).
    SemiBold,
}

impl Weight {
    /// The CSS/SVG numeric weight.
    pub fn css(self) -> u16 {
        match self {
            Weight::Regular => 400,
            Weight::SemiBold => 600,
        }
    }

    /// The font file of this weight.
    pub fn bytes(self) -> &'static [u8] {
        match self {
            Weight::Regular => INTER_REGULAR,
            Weight::SemiBold => INTER_SEMIBOLD,
        }
    }
}

/// A font size in world pixels and a weight.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct FontStyle {
    /// Size in world pixels (1 world px = 1 screen point at 100% zoom).
    pub size: f32,
    /// Regular or semi-bold.
    pub weight: Weight,
}

impl FontStyle {
    /// A regular style of `size`.
    pub const fn regular(size: f32) -> Self {
        Self {
            size,
            weight: Weight::Regular,
        }
    }

    /// A semi-bold style of `size`.
    pub const fn semibold(size: f32) -> Self {
        Self {
            size,
            weight: Weight::SemiBold,
        }
    }
}
