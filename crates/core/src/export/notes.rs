//! What an export could not show or write as it is, as data: pictures left out, card
//! text printing small, texts a CSV grid or a Mermaid journey holds otherwise. The window
//! words each note in its own language; `Display` gives the English the command line
//! prints (scripts read it, so it stays as it was).

use std::fmt;

/// One note of a finished export (see [`super::Exported::notes`]).
#[derive(Debug, Clone, PartialEq)]
pub enum ExportNote {
    /// Pictures the export left out: each one's id and, in brackets, why (the decoder's
    /// own words).
    PicturesLeftOut(Vec<String>),
    /// Paged output whose card text prints under the legible size.
    SmallText {
        /// The size card text prints at, in points.
        pt: f32,
        /// The smallest size that reads well, in points.
        min_pt: f32,
        /// Whether the pages were fitted (`--fit`), which shrinks the text.
        fit: bool,
    },
    /// A text a Mermaid journey writes otherwise than it is.
    Rewritten {
        /// Which text.
        what: Thing,
        /// The text as it is (at most 80 characters, then `…`).
        text: String,
        /// The text as written (likewise shortened).
        written: String,
        /// Why Mermaid cannot hold it as it is.
        why: Why,
    },
    /// More rewritten texts than one export lists.
    MoreRewritten(usize),
    /// Cards a Mermaid journey leaves out: those of lanes other than its task lane and
    /// the emotion lane.
    MermaidLeftOut {
        /// How many cards.
        cards: usize,
        /// The name of the lane written as tasks (empty when there is none).
        lane: String,
    },
    /// The HTML viewer was asked for a transparent background: it draws its maps on
    /// white.
    HtmlOnWhite,
    /// Texts a CSV grid wrote as one line of words (a cell holds one card per line).
    CsvOneLine {
        /// How many texts.
        count: usize,
        /// The first few of them.
        first: Vec<Thing>,
    },
}

/// Which text of a map a note is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Thing {
    /// The map's title.
    Title,
    /// The map's scenario.
    Scenario,
    /// The stage with this id.
    Stage(String),
    /// The lane with this id.
    Lane(String),
    /// The card with this id.
    Card(String),
    /// The persona with this id.
    Persona(String),
}

/// Why a Mermaid journey holds a text otherwise than it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Why {
    /// A title cannot hold `#`, `;`, `%%` or line breaks.
    Title,
    /// The `accDescr` block ends at `}`, and each line is trimmed.
    Scenario,
    /// A section name cannot hold `# ; : %%` or line breaks; `<br>` is a line break.
    Section,
    /// A task name cannot hold `# ; : %%` or line breaks.
    Task,
    /// An actor cannot hold `, : # ; %%`, line breaks or runs of spaces.
    Actor,
    /// Another persona's name is written the same, so they read back as one.
    ActorTwin,
}

impl fmt::Display for Thing {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Title => f.write_str("the title"),
            Self::Scenario => f.write_str("the scenario"),
            Self::Stage(id) => write!(f, "stage {id}"),
            Self::Lane(id) => write!(f, "lane {id}"),
            Self::Card(id) => write!(f, "card {id}"),
            Self::Persona(id) => write!(f, "persona {id}"),
        }
    }
}

impl fmt::Display for Why {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Title => "a Mermaid title cannot hold # ; %% or line breaks",
            Self::Scenario => "Mermaid's accDescr block ends at }, and each line is trimmed",
            Self::Section => {
                "a Mermaid section name cannot hold # ; : %% or line breaks, a <br> in it is a line break, and Waymark reads the lines after the first as the stage's description"
            }
            Self::Task => "a Mermaid task name cannot hold # ; : %% or line breaks",
            Self::Actor => "a Mermaid actor cannot hold , : # ; %% line breaks or runs of spaces",
            Self::ActorTwin => {
                "another persona's name is written the same, and they read back as one"
            }
        })
    }
}

impl fmt::Display for ExportNote {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::PicturesLeftOut(names) => write!(
                f,
                "left out {} picture(s) that cannot be shown: {}",
                names.len(),
                names.join("; ")
            ),
            Self::SmallText { pt, min_pt, fit } => write!(
                f,
                "card text prints at {pt:.1} pt, under {min_pt} pt: try a larger page{}",
                if *fit { " or leave out --fit" } else { "" }
            ),
            Self::Rewritten {
                what,
                text,
                written,
                why,
            } => write!(f, "{what} “{text}” is written as “{written}” ({why})"),
            Self::MoreRewritten(more) => {
                write!(f, "and {more} more text(s) Mermaid cannot hold as they are")
            }
            Self::MermaidLeftOut { cards, lane } => write!(
                f,
                "{cards} card(s) in lanes other than “{lane}” and the emotion lane are left out: a Mermaid journey holds one lane of tasks"
            ),
            Self::HtmlOnWhite => f.write_str("the HTML viewer draws its maps on white"),
            Self::CsvOneLine { count, first } => {
                let more = count.saturating_sub(first.len());
                let more = if more > 0 {
                    format!(" and {more} more")
                } else {
                    String::new()
                };
                let first: Vec<String> = first.iter().map(ToString::to_string).collect();
                write!(
                    f,
                    "{count} text(s) with a line break, space at an end or no text were written as one line of words (a cell holds one card per line): {}{more}",
                    first.join(", ")
                )
            }
        }
    }
}
