//! The command palette (Ctrl+K, Ctrl+Shift+P): type a few letters of any command, see
//! its shortcut, run it with Enter or a click. The arrows choose; Escape closes.

use crate::ui::i18n::{arg, tr, tr_args};
use egui::Key;

use crate::ui::command::{AppCommand, Commands, UICommand};
use crate::ui::frame::FrameCtx;

/// What the palette holds while it is open.
#[derive(Default)]
struct Search {
    query: String,
    chosen: usize,
    focused: bool,
}

/// The command palette.
#[derive(Default)]
pub struct Palette {
    open: Option<Search>,
}

/// How well `query` matches `text` as a fuzzy subsequence (higher is better); `None` when
/// some letter of the query is missing. Letters at word starts and in runs score more.
pub fn fuzzy_score(query: &str, text: &str) -> Option<i32> {
    let text: Vec<char> = text.to_lowercase().chars().collect();
    let mut score = 0;
    let mut at = 0;
    let mut previous: Option<usize> = None;
    for q in query.to_lowercase().chars().filter(|c| !c.is_whitespace()) {
        let found = text[at..].iter().position(|&c| c == q)? + at;
        let word_start = found == 0 || !text[found - 1].is_alphanumeric();
        score += 1;
        if word_start {
            score += 8;
        }
        if previous.is_some_and(|p| p + 1 == found) {
            score += 5;
        }
        // Letters far apart match weakly.
        score -= (found - at).min(10) as i32 / 3;
        previous = Some(found);
        at = found + 1;
    }
    // What was typed is how the name begins: the best match there is.
    let typed: String = query.to_lowercase().split_whitespace().collect();
    let start: String = text.iter().filter(|c| !c.is_whitespace()).collect();
    if !typed.is_empty() && start.starts_with(&typed) {
        score += 15;
    }
    Some(score)
}

/// One line of the palette: a registry command, or a map of the project to go to.
#[derive(Clone, Debug, PartialEq)]
enum Choice {
    Command(UICommand),
    /// Go to the map at this index, named so.
    Map(usize, String),
}

impl Choice {
    /// What the line says, and its shortcut text.
    fn text(&self, ctx: &egui::Context) -> (String, String) {
        match self {
            Self::Command(c) => {
                let info = c.info();
                (
                    format!("{}: {}", info.group, info.label),
                    c.shortcut_text(ctx),
                )
            }
            Self::Map(_, name) => (
                tr_args("palette-go-to-map", &[("name", arg(name))]),
                String::new(),
            ),
        }
    }

    fn tooltip(&self) -> &'static str {
        match self {
            Self::Command(c) => c.info().tooltip,
            Self::Map(..) => tr("palette-go-to-map-tip"),
        }
    }
}

/// The commands (and the other maps, as "Go to …") matching the palette's query, best
/// first.
fn matches_of(query: &str, maps: &[(usize, String)]) -> Vec<Choice> {
    let commands = UICommand::ALL.into_iter().filter_map(|c| {
        let info = c.info();
        let text = format!("{} {}", info.group, info.label);
        // The menu's name counts only when typed as a word of its own ("file sa"), so
        // "fut" does not find File: Save automatically through the F of File.
        let score = fuzzy_score(query, info.label).map(|s| s + 4).or_else(|| {
            query
                .trim()
                .contains(char::is_whitespace)
                .then(|| fuzzy_score(query, &text))
                .flatten()
        })?;
        Some((score, Choice::Command(c)))
    });
    let maps = maps.iter().filter_map(|(index, name)| {
        let score = fuzzy_score(query, name).map(|s| s + 4).or_else(|| {
            let words = tr_args("palette-go-to-map-words", &[("name", arg(name))]);
            fuzzy_score(query, &words)
        })?;
        Some((score, Choice::Map(*index, name.clone())))
    });
    let mut scored: Vec<(i32, usize, Choice)> = commands
        .chain(maps)
        .enumerate()
        .map(|(order, (score, choice))| (score, order, choice))
        .collect();
    scored.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    scored.into_iter().map(|(_, _, c)| c).collect()
}

impl Palette {
    /// Opens the palette with an empty query.
    pub fn open(&mut self) {
        self.open = Some(Search::default());
    }

    /// Whether it is open.
    pub fn is_open(&self) -> bool {
        self.open.is_some()
    }
}

impl super::Panel for Palette {
    /// The palette window, while open; a choice becomes a command run after the frame.
    fn ui(&mut self, root: &mut egui::Ui, frame: &FrameCtx<'_>, out: &mut Commands) {
        let ctx = root.ctx().clone();
        let ctx = &ctx;
        let Some(palette) = &mut self.open else {
            return;
        };
        // The other maps of the project, to go to by name.
        let maps: Vec<(usize, String)> = frame
            .session
            .editor()
            .map(|e| {
                let shown = frame.doc.as_ref().map(|d| d.map_index);
                e.project()
                    .maps
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| Some(*i) != shown)
                    .map(|(i, m)| (i, m.name.clone()))
                    .collect()
            })
            .unwrap_or_default();
        let matches = matches_of(&palette.query, &maps);
        let mut close = false;
        let mut run = None;
        egui::Window::new(tr("palette-title"))
            .title_bar(false)
            .anchor(egui::Align2::CENTER_TOP, egui::vec2(0.0, 72.0))
            .default_width(460.0)
            .resizable(false)
            .show(ctx, |ui| {
                let response = ui.add(
                    egui::TextEdit::singleline(&mut palette.query)
                        .hint_text(tr("palette-hint"))
                        .desired_width(f32::INFINITY),
                );
                response.widget_info(|| {
                    egui::WidgetInfo::labeled(egui::Role::SearchInput, true, tr("palette-search"))
                });
                if !palette.focused {
                    response.request_focus();
                    palette.focused = true;
                }
                if response.changed() {
                    palette.chosen = 0;
                }
                let (up, down, enter, escape) = ui.input_mut(|i| {
                    (
                        i.consume_key(egui::Modifiers::NONE, Key::ArrowUp),
                        i.consume_key(egui::Modifiers::NONE, Key::ArrowDown),
                        i.key_pressed(Key::Enter),
                        i.key_pressed(Key::Escape),
                    )
                });
                let last = matches.len().saturating_sub(1);
                if up {
                    palette.chosen = palette.chosen.saturating_sub(1);
                }
                if down {
                    palette.chosen = (palette.chosen + 1).min(last);
                }
                if escape {
                    close = true;
                }
                if enter && let Some(choice) = matches.get(palette.chosen) {
                    run = Some(choice.clone());
                }
                ui.separator();
                egui::ScrollArea::vertical()
                    .max_height(360.0)
                    .show(ui, |ui| {
                        if matches.is_empty() {
                            ui.weak(tr("palette-no-match"));
                        }
                        for (i, choice) in matches.iter().enumerate() {
                            let (text, keys) = choice.text(ui.ctx());
                            let button = egui::Button::selectable(i == palette.chosen, text)
                                .shortcut_text(keys);
                            let item = ui.add_sized([ui.available_width(), 22.0], button);
                            let item = item.on_hover_text(choice.tooltip());
                            if i == palette.chosen && (up || down) {
                                item.scroll_to_me(None);
                            }
                            if item.clicked() {
                                run = Some(choice.clone());
                            }
                        }
                    });
            });
        match run {
            Some(Choice::Command(command)) => {
                out.run(command);
                close = true;
            }
            Some(Choice::Map(index, _)) => {
                out.push(AppCommand::ShowMap(index));
                close = true;
            }
            None => {}
        }
        if close {
            self.open = None;
            ctx.memory_mut(|m| m.request_focus(crate::ui::canvas::canvas_id()));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::fuzzy_score;

    #[test]
    fn a_menus_name_counts_only_as_a_word_of_its_own() {
        let found = |q: &str| -> Vec<String> {
            super::matches_of(q, &[])
                .into_iter()
                .filter_map(|c| match c {
                    super::Choice::Command(c) => Some(c.info().label.to_owned()),
                    super::Choice::Map(..) => None,
                })
                .collect()
        };
        let fut = found("fut");
        assert_eq!(fut.first().map(String::as_str), Some("Start future state"));
        assert!(!fut.iter().any(|l| l == "Save automatically"), "{fut:?}");
        assert!(found("file sa").iter().any(|l| l == "Save automatically"));
    }

    #[test]
    fn letters_in_order_match_and_word_starts_win() {
        assert!(fuzzy_score("zts", "Zoom to selection").is_some());
        assert!(fuzzy_score("stz", "Zoom to selection").is_none());
        assert!(fuzzy_score("", "Anything").is_some());
        let exact = fuzzy_score("save", "Save").expect("match");
        let scattered = fuzzy_score("save", "Select all cards via e").expect("match");
        assert!(exact > scattered, "{exact} vs {scattered}");
    }
}
