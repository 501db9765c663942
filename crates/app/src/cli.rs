//! The command line: `waymark [FILE]` opens the editor; `new`, `export`, `import`, `check`
//! and `fmt` run without a window. Errors come back as one line for stderr; `main` escapes
//! control characters in every line it prints.

use std::path::{Path, PathBuf};

use clap::{Parser, Subcommand, ValueEnum};

use crate::export::{self, Background, ExportKind, ExportOptions, Format, TextMode};
use crate::io::{self, LoadError};
use crate::model::Project;

mod files;

/// Waymark, a desktop editor for customer journey maps.
#[derive(Debug, Parser)]
#[command(
    name = "waymark",
    version,
    about,
    args_conflicts_with_subcommands = true
)]
pub struct Cli {
    /// A command to run without opening a window.
    #[command(subcommand)]
    pub command: Option<Command>,
    /// The project file to open in the editor (default: the bundled sample).
    pub file: Option<PathBuf>,
}

/// Headless commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Write a new project from a bundled template.
    New {
        /// The file to create.
        #[arg(value_name = "FILE")]
        out: PathBuf,
        /// Template name (standard, blank, b2b, service-blueprint, ecommerce,
        /// day-in-the-life, healthcare, saas-onboarding, public-service, hotel-stay,
        /// employee-onboarding).
        #[arg(long, default_value = "standard")]
        template: String,
        /// Replace the file if it exists.
        #[arg(long)]
        force: bool,
    },
    /// Export a map as PNG, SVG, PDF (one page or paged), PPTX slides, an HTML viewer, CSV
    /// or Mermaid; the output's extension picks the format.
    #[command(after_help = EXPORT_HELP)]
    Export {
        /// The project file.
        file: PathBuf,
        /// The file to write (.png, .svg, .pdf, .pptx, .html, .csv or .mmd).
        #[arg(short, long)]
        output: PathBuf,
        /// The map to export, by id or name (default: the first; a .pptx deck holds every
        /// map unless one is named).
        #[arg(long)]
        map: Option<String>,
        /// Before and after: draw this map (by id or name) below the exported one, stages
        /// aligned by name and its new, changed or moved cards tagged.
        #[arg(long, value_name = "MAP")]
        beside: Option<String>,
        /// Pixels per map unit for PNG (0.1 to 8).
        #[arg(long, default_value_t = 1.0)]
        scale: f32,
        /// Page background.
        #[arg(long, value_enum, default_value_t = BackgroundArg::White)]
        background: BackgroundArg,
        /// Text in SVG and PDF: real text, or glyph outlines.
        #[arg(long, value_enum, default_value_t = TextArg::Text)]
        text: TextArg,
        /// Leave out the persona strip above the map.
        #[arg(long)]
        no_persona: bool,
        /// Leave out the legend below the map.
        #[arg(long)]
        no_legend: bool,
        /// Add the open review notes: numbered markers on their cards and the list at the
        /// end (on a page of its own in a PDF).
        #[arg(long)]
        include_notes: bool,
        /// Only some stages, numbered from 1: `2-4`, or one stage: `3`.
        #[arg(long)]
        stages: Option<String>,
        /// PDF on paper: cut the map into pages of this size at stage boundaries, with
        /// card text at 9 pt or more (PPTX slides are always `slide`).
        #[arg(long, value_enum)]
        page: Option<PageArg>,
        /// Portrait pages (landscape by default); implies `--page a4` when no size is given.
        #[arg(long)]
        portrait: bool,
        /// The whole map on one page of the size, however small its text becomes;
        /// implies `--page a4` when no size is given.
        #[arg(long)]
        fit: bool,
        /// The language of the labels Waymark draws (SCENARIO, Pain point, page numbers…)
        /// for this export only, a BCP 47 tag such as `ja`, `de` or `en-GB`; the
        /// project's own language by default. Messages here stay English.
        #[arg(long, value_name = "TAG")]
        lang: Option<String>,
    },
    /// Build a project from a spreadsheet grid (.csv: stages across, lanes down) or a
    /// Mermaid journey (.mmd); the extension picks the format.
    Import {
        /// The .csv or .mmd file.
        input: PathBuf,
        /// The project file to write.
        #[arg(short, long)]
        output: PathBuf,
        /// Replace the output if it exists.
        #[arg(long)]
        force: bool,
    },
    /// Validate a project file and list every problem.
    Check {
        /// The project file.
        file: PathBuf,
    },
    /// Rewrite a project file in canonical form (what Save writes), migrating an older
    /// version and keeping unknown fields exactly.
    Fmt {
        /// The project file.
        file: PathBuf,
        /// Change nothing; exit 1 when the file is not in canonical form.
        #[arg(long)]
        check: bool,
    },
    /// Write a large generated project (for benchmarks and stress tests).
    Generate {
        /// The file to create.
        out: PathBuf,
        /// Number of stages.
        #[arg(long, default_value_t = 8)]
        stages: usize,
        /// Number of lanes.
        #[arg(long, default_value_t = 8)]
        lanes: usize,
        /// Number of cards.
        #[arg(long, default_value_t = 1000)]
        cards: usize,
        /// Random seed; the same seed gives the same project.
        #[arg(long, default_value_t = 1)]
        seed: u64,
    },
    /// Compare two versions of a project: exit 0 when equal, 1 when they differ, 2 on an
    /// error.
    Diff(crate::compare_cli::DiffArgs),
    /// Merge two people's edits of a common ancestor, field by field (git's merge driver:
    /// `waymark merge %O %A %B`): exit 0 when clean, 1 when conflicts remain (recorded in
    /// the file), 2 on an error.
    Merge(crate::compare_cli::MergeArgs),
    /// Print the JSON Schema of the project file format.
    #[command(hide = true)]
    Schema,
}

/// `--background` values.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum BackgroundArg {
    /// Opaque white.
    White,
    /// Alpha 0 outside the map.
    Transparent,
}

/// `--text` values.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum TextArg {
    /// Real text in the embedded font (editable).
    Text,
    /// Glyph outlines (exact everywhere).
    Outlined,
}

/// A failed command: what to print, one line per entry, and the exit code when it is not
/// the command's usual one ([`Command::error_code`]).
#[derive(Debug)]
pub struct CliError {
    /// The lines for stderr.
    pub lines: Vec<String>,
    /// The exit code, if not the command's usual error code.
    pub code: Option<u8>,
}

impl CliError {
    pub(crate) fn one(message: impl Into<String>) -> Self {
        Self::many(vec![message.into()])
    }

    /// Several lines (every problem `check` found).
    pub fn many(lines: Vec<String>) -> Self {
        Self { lines, code: None }
    }

    /// A refusal to write a file whose permissions forbid it: exit code 2, as `merge`
    /// gives for every error (its 1 means "conflicts", `fmt --check`'s "not canonical").
    pub(crate) fn read_only(file: &Path, what: &str) -> Self {
        Self {
            lines: vec![format!(
                "{} is read-only; {what} (make it writable, or write elsewhere)",
                file.display()
            )],
            code: Some(2),
        }
    }
}

/// How a command ended: what to print on stdout and the exit code.
#[derive(Debug)]
pub struct Finished {
    /// The output.
    pub stdout: String,
    /// The exit code (0: success; `diff` and `merge` use 1 for "differ" / "conflicts").
    pub code: u8,
}

impl Command {
    /// The exit code when the command fails: 2 for `diff` and `merge` (whose 1 means
    /// "differ" / "conflicts", as for `diff` and `git merge-file`), else 1.
    pub fn error_code(&self) -> u8 {
        match self {
            Self::Diff(_) | Self::Merge(_) => 2,
            _ => 1,
        }
    }
}

/// Runs a headless command.
pub fn run(command: Command) -> Result<Finished, CliError> {
    let stdout = match command {
        Command::Diff(args) => return crate::compare_cli::diff(&args),
        Command::Merge(args) => return crate::compare_cli::merge(&args),
        other => run_plain(other)?,
    };
    Ok(Finished { stdout, code: 0 })
}

/// Runs a command that succeeds or fails. Returns what to print on stdout.
fn run_plain(command: Command) -> Result<String, CliError> {
    match command {
        Command::New {
            out,
            template,
            force,
        } => new(&out, &template, force),
        Command::Export {
            file,
            output,
            map,
            beside,
            scale,
            background,
            text,
            no_persona,
            no_legend,
            include_notes,
            stages,
            page,
            portrait,
            fit,
            lang,
        } => {
            if let Some(tag) = &lang
                && !crate::i18n::is_valid_tag(tag)
            {
                return Err(CliError::one(format!(
                    "--lang {tag:?} is not a language tag: use one such as ja, de or en-GB"
                )));
            }
            let stages = match stages.as_deref().map(parse_stages) {
                Some(Ok(range)) => Some(range),
                Some(Err(e)) => return Err(CliError::one(e)),
                None => None,
            };
            let pages = page_setup(&output, page, portrait, fit)?;
            let options = ExportOptions {
                stages,
                area: None,
                format: Format::Png,
                scale,
                background: match background {
                    BackgroundArg::White => Background::White,
                    BackgroundArg::Transparent => Background::Transparent,
                },
                text: match text {
                    TextArg::Text => TextMode::Text,
                    TextArg::Outlined => TextMode::Outlined,
                },
                layout: crate::layout::LayoutOptions {
                    persona_strip: !no_persona,
                    legend: !no_legend,
                    notes: if include_notes {
                        crate::layout::NoteMarks::Numbered
                    } else {
                        crate::layout::NoteMarks::Hidden
                    },
                },
                pages,
            };
            let maps = (map.as_deref(), beside.as_deref());
            export_file(&file, &output, maps, lang, &options)
        }
        Command::Import {
            input,
            output,
            force,
        } => import(&input, &output, force),
        Command::Check { file } => files::check(&file),
        Command::Fmt { file, check } => files::fmt(&file, check),
        Command::Generate {
            out,
            stages,
            lanes,
            cards,
            seed,
        } => {
            if stages == 0 || lanes == 0 {
                return Err(CliError::one(
                    "a map needs at least one stage and one lane: give --stages and --lanes from 1",
                ));
            }
            if cards > 1_000_000 || stages > 1000 || lanes > 1000 {
                return Err(CliError::one(
                    "that is too large: at most 1000 stages, 1000 lanes, 1,000,000 cards",
                ));
            }
            let project = crate::generate::generate(stages, lanes, cards, seed);
            io::save_path(&project, &out).map_err(|e| CliError::one(e.to_string()))?;
            Ok(format!("wrote {} ({cards} cards)\n", out.display()))
        }
        Command::Schema => Ok(io::schema_json()),
        Command::Diff(args) => crate::compare_cli::diff(&args).map(|f| f.stdout),
        Command::Merge(args) => crate::compare_cli::merge(&args).map(|f| f.stdout),
    }
}

fn load(file: &Path) -> Result<Project, CliError> {
    io::load_path(file).map_err(|e| match e {
        LoadError::Read { .. } => CliError::one(e.to_string()),
        e => CliError::one(format!("{}: {e}", file.display())),
    })
}

fn new(out: &Path, template: &str, force: bool) -> Result<String, CliError> {
    let Some(text) = crate::assets::template(template) else {
        return Err(CliError::one(format!(
            "no template named {template:?}; the templates are: {}",
            crate::assets::template_names()
        )));
    };
    if out.exists() && !force {
        return Err(CliError::one(format!(
            "{} already exists; pass --force to replace it",
            out.display()
        )));
    }
    let project = io::load_bytes(text.as_bytes()).map_err(|e| {
        CliError::one(format!(
            "internal error: template {template} is broken: {e}"
        ))
    })?;
    io::save_path(&project, out).map_err(|e| CliError::one(e.to_string()))?;
    Ok(format!(
        "wrote {} from the {template} template\n",
        out.display()
    ))
}

fn export_file(
    file: &Path,
    output: &Path,
    (map, beside): (Option<&str>, Option<&str>),
    lang: Option<String>,
    options: &ExportOptions,
) -> Result<String, CliError> {
    let Some(kind) = ExportKind::from_path(output) else {
        return Err(CliError::one(format!(
            "cannot tell the format of {}: use a .png, .svg, .pdf, .pptx, .html, .csv or .mmd file name",
            output.display()
        )));
    };
    let mut project = load(file)?;
    if lang.is_some() {
        project.language = lang;
    }
    let find = |project: &crate::model::Project, key: &str| {
        project.find_map(key).cloned().ok_or_else(|| {
            let names: Vec<String> = project
                .maps
                .iter()
                .map(|m| format!("{} ({})", m.name, m.id))
                .collect();
            CliError::one(format!(
                "no map {key:?} in {}; its maps are: {}",
                file.display(),
                names.join(", ")
            ))
        })
    };
    let mut chosen = match map {
        Some(key) => find(&project, key)?,
        None => project
            .maps
            .first()
            .cloned()
            .ok_or_else(|| CliError::one(format!("{} has no map to export", file.display())))?,
    };
    if let Some(key) = beside {
        chosen = export::stacked::stacked_map(&project, &chosen, &find(&project, key)?);
    }
    let chosen = &chosen;
    if let Some((first, _)) = options.stages
        && first >= chosen.stages.len()
    {
        // Nothing of the map would be drawn: an empty picture is not what was asked for.
        return Err(CliError::one(format!(
            "--stages: {:?} has {} stage(s), so there is no stage {}",
            chosen.name,
            chosen.stages.len(),
            first + 1
        )));
    }
    let map = map.or(beside);
    let project = project;
    // A deck holds every map of the project unless one map (or some stages) is asked for.
    let exported = if kind == ExportKind::Pptx && map.is_none() && options.stages.is_none() {
        export::pptx::write_project(&project, options, &|_| true)
    } else {
        export::export(
            &project,
            &export::ExportRequest::new(kind, chosen, *options).progress(&|_| true),
        )
    }
    .map_err(|e| CliError::one(e.to_string()))?;
    io::write_atomic(output, &exported.bytes).map_err(|e| CliError::one(e.to_string()))?;
    for note in &exported.notes {
        warn(&note.to_string());
    }
    // One map of several, chosen by default: say which, and how to export the others.
    let whole_project = matches!(kind, ExportKind::Pptx | ExportKind::Html);
    if map.is_none() && !whole_project && project.maps.len() > 1 {
        let others: Vec<&str> = project.maps[1..].iter().map(|m| m.name.as_str()).collect();
        warn(&format!(
            "{} has {} maps; this is the first, {:?}: export another with --map NAME ({})",
            file.display(),
            project.maps.len(),
            chosen.name,
            others.join(", ")
        ));
    }
    if matches!(kind, ExportKind::Image(_)) {
        // The picture is written, but say what it could not draw as the author meant.
        let engine = crate::text::TextEngine::global();
        for warning in crate::text::coverage::problems(&project, [chosen], engine) {
            warn(&warning.to_string());
        }
    }
    Ok(String::new())
}

/// What `waymark export --help` adds after the options.
const EXPORT_HELP: &str = "Formats:
  .png   a picture the map's size (--scale 2 for twice as many pixels)
  .svg   a vector picture with real text in the embedded font (--text outlined: glyph
         outlines, the same in every viewer)
  .pdf   one vector page the map's size; with --page, pages of that paper size,
         split at stage boundaries (never through a card), lane headers and title
         repeated, numbered \"2 / 4\", the personas on a first page, the legend on
         each page, the notes on last pages with --include-notes
  .pptx  a PowerPoint deck of every map (or the --map named): a title slide naming
         each persona, a divider slide per map, then 16:9 slides split like
         --page slide, built from shapes and editable text (cards, headers, curves,
         arrows), with the slide's cards in the speaker notes
  .html  one self-contained page: every map as inline SVG with pan and zoom, card
         details on click, the persona, a print stylesheet; no network needed
  .csv   the cards as a spreadsheet grid (stages across, lanes down)
  .mmd   a Mermaid journey diagram (stages as sections, cards as tasks)
Limits: an export over 500 pages or slides, 1,000 stages or lanes, or 100,000 cells
or cards is refused before anything is drawn; narrow it with --stages or --fit.
Examples:
  waymark export map.waymark -o map.pdf --page a4 --include-notes
  waymark export map.waymark -o map.pdf --page a3 --portrait --fit
  waymark export map.waymark -o deck.pptx
  waymark export map.waymark -o map.html";

/// The paper an export asks for: `--page`, `--portrait` and `--fit` checked against
/// the output's format.
fn page_setup(
    output: &Path,
    page: Option<PageArg>,
    portrait: bool,
    fit: bool,
) -> Result<Option<export::PageSetup>, CliError> {
    let kind = ExportKind::from_path(output);
    let wants = page.is_some() || portrait || fit;
    match kind {
        Some(ExportKind::Image(Format::Pdf)) if wants => Ok(Some(export::PageSetup {
            size: page.map_or(export::PageSize::A4, PageArg::size),
            portrait,
            fit,
        })),
        Some(ExportKind::Pptx) => {
            if portrait || page.is_some_and(|p| p != PageArg::Slide) {
                return Err(CliError::one(
                    "PPTX slides are 16:9 landscape: leave out --page and --portrait",
                ));
            }
            Ok(fit.then_some(export::PageSetup {
                size: export::PageSize::Slide,
                portrait: false,
                fit,
            }))
        }
        _ if wants => Err(CliError::one(
            "--page, --portrait and --fit apply to .pdf and .pptx exports",
        )),
        _ => Ok(None),
    }
}

/// `--page`: the paper sizes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum PageArg {
    /// 297 × 210 mm.
    A4,
    /// 420 × 297 mm.
    A3,
    /// 11 × 8.5 in.
    Letter,
    /// 17 × 11 in.
    Tabloid,
    /// 16:9, 13.33 × 7.5 in.
    Slide,
}

impl PageArg {
    fn size(self) -> export::PageSize {
        match self {
            PageArg::A4 => export::PageSize::A4,
            PageArg::A3 => export::PageSize::A3,
            PageArg::Letter => export::PageSize::Letter,
            PageArg::Tabloid => export::PageSize::Tabloid,
            PageArg::Slide => export::PageSize::Slide,
        }
    }
}

/// `"2-4"` → (1, 3); `"3"` → (2, 2): 1-based and inclusive in, 0-based out.
fn parse_stages(text: &str) -> Result<(usize, usize), String> {
    let bad = || format!("--stages {text:?}: give stage numbers from 1, like 2-4 or 3");
    let (a, b) = text.split_once('-').unwrap_or((text, text));
    let a: usize = a.trim().parse().map_err(|_| bad())?;
    let b: usize = b.trim().parse().map_err(|_| bad())?;
    if a == 0 || b < a {
        return Err(bad());
    }
    Ok((a - 1, b - 1))
}

fn import(input: &Path, output: &Path, force: bool) -> Result<String, CliError> {
    if output.exists() && !force {
        return Err(CliError::one(format!(
            "{} already exists; pass --force to replace it",
            output.display()
        )));
    }
    let crate::interop::Imported { project, notes } = crate::interop::import_file_with_notes(input)
        .map_err(|e| CliError::one(format!("{}: {e}", input.display())))?;
    io::save_path(&project, output).map_err(|e| CliError::one(e.to_string()))?;
    for note in &notes {
        warn(&format!("{}: {note}", input.display()));
    }
    let cards: usize = project.maps.iter().map(|m| m.cards.len()).sum();
    Ok(format!("wrote {} ({cards} cards)\n", output.display()))
}

/// Prints a warning line on stderr, its control characters escaped.
fn warn(text: &str) {
    eprintln!(
        "waymark: warning: {}",
        crate::printable::escape_controls(text)
    );
}
