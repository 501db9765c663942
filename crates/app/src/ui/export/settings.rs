//! What the Export dialog remembers per project (format, map, scale, background,
//! persona strip, legend, notes, stages, text, paper), and the export options, page setup
//! and kind of file those choices make.

use serde::{Deserialize, Serialize};

use crate::export::{Background, ExportKind, ExportOptions, Format, PageSetup, PageSize, TextMode};
use crate::layout::LayoutOptions;

/// The choices, as remembered for a project.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ExportSettings {
    /// `png`, `svg`, `pdf`, `pptx`, `html`, `csv` or `mmd`.
    pub format: String,
    /// PDF on paper of this size (`a4`, `a3`, `letter`, `tabloid`, `slide`); `None`: one
    /// page the map's size.
    pub paper: Option<String>,
    /// Portrait pages.
    pub portrait: bool,
    /// The whole map on one page (PDF on paper, PPTX).
    pub fit: bool,
    /// Pixels per map unit for PNG.
    pub scale: f32,
    /// Alpha 0 behind the map.
    pub transparent: bool,
    /// The persona strip above the map.
    pub persona: bool,
    /// The legend below the map.
    pub legend: bool,
    /// Open review notes: numbered markers and the list at the end.
    pub notes: bool,
    /// Glyph outlines instead of text (SVG, PDF).
    pub outlined: bool,
    /// First and last stage (0-based), or every stage.
    pub stages: Option<(usize, usize)>,
    /// Only what is visible on the canvas.
    pub visible: bool,
    /// A PPTX deck holds every map of the project (else only the chosen map).
    pub every_map: bool,
}

impl Default for ExportSettings {
    fn default() -> Self {
        Self {
            format: "png".to_owned(),
            paper: None,
            portrait: false,
            fit: false,
            scale: 2.0,
            transparent: false,
            persona: true,
            legend: true,
            notes: false,
            outlined: false,
            stages: None,
            visible: false,
            every_map: true,
        }
    }
}

impl ExportSettings {
    /// The export options these choices make; `visible` is the part of the map on screen.
    pub fn options(&self, visible: Option<egui::Rect>) -> ExportOptions {
        ExportOptions {
            format: self.kind().map_or(Format::Png, |k| match k {
                ExportKind::Image(f) => f,
                _ => Format::Png,
            }),
            scale: self.scale,
            background: if self.transparent {
                Background::Transparent
            } else {
                Background::White
            },
            text: if self.outlined {
                TextMode::Outlined
            } else {
                TextMode::Text
            },
            layout: LayoutOptions {
                persona_strip: self.persona,
                legend: self.legend,
                notes: if self.notes {
                    crate::layout::NoteMarks::Numbered
                } else {
                    crate::layout::NoteMarks::Hidden
                },
            },
            stages: if self.visible { None } else { self.stages },
            area: if self.visible { visible } else { None },
            pages: self.page_setup(),
        }
    }

    /// The paper of a paged export: PDF with a paper size, or PPTX slides.
    pub fn page_setup(&self) -> Option<PageSetup> {
        match self.kind() {
            Some(ExportKind::Image(Format::Pdf)) => {
                let size = PageSize::from_name(self.paper.as_deref()?)?;
                Some(PageSetup {
                    size,
                    portrait: self.portrait,
                    fit: self.fit,
                })
            }
            Some(ExportKind::Pptx) => Some(PageSetup {
                fit: self.fit,
                ..crate::export::pptx::SLIDES
            }),
            _ => None,
        }
    }

    /// The kind of file.
    pub fn kind(&self) -> Option<ExportKind> {
        ExportKind::from_path(std::path::Path::new(&format!("x.{}", self.format)))
    }
}
