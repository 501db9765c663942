//! The egui layer: a thin shell over the core. Each frame reads the document through a
//! read-only [`frame::FrameCtx`]; the panels, menus, keys and the canvas push what they
//! want done into one queue ([`command::Commands`]), which the shell applies after the
//! frame through the document session ([`crate::session`]).
//!
//! `shell/` is the window ([`WaymarkApp`]); `panels/` the side panels and windows, each a
//! type owning its state; `export/` the Export dialog and its worker; `canvas/` the map;
//! `command/` the command registry, key handling and the queue; `notify.rs` the typed
//! notifications and where they show.

mod canvas;
pub mod command;
mod convert;
mod export;
mod file_chooser;
mod file_errors;
mod files;
mod font_picker;
mod frame;
mod glyphs;
pub mod i18n;
mod icon_picker;
mod notify;
mod paint;
mod panels;
mod problems;
mod shell;
pub mod theme;
mod words;

use std::path::PathBuf;

pub use canvas::{CanvasState, CanvasView};
pub use command::{CommandInfo, Scope, UICommand};
pub use files::Logger;
pub use shell::{AppOptions, WaymarkApp};

use crate::edit::Action;
use crate::model::{CardId, HeaderId, LaneId, StageId};

/// What is selected on the canvas (view state, not saved).
#[derive(Clone, Debug, Default, PartialEq)]
pub enum Selection {
    /// Nothing.
    #[default]
    None,
    /// One or more cards.
    Cards(Vec<CardId>),
    /// A stage (column).
    Stage(StageId),
    /// A lane (row).
    Lane(LaneId),
    /// An arrow, named by the cards it joins.
    Link {
        /// The card it starts at.
        from: CardId,
        /// The card it points to.
        to: CardId,
    },
    /// An empty cell (where Paste and New card go).
    Cell {
        /// Lane.
        lane: LaneId,
        /// Stage.
        stage: StageId,
    },
}

impl Selection {
    /// Whether `id` is a selected card.
    pub fn has_card(&self, id: &CardId) -> bool {
        matches!(self, Selection::Cards(ids) if ids.contains(id))
    }

    /// Adds or removes a card from a card selection.
    pub fn toggle_card(&mut self, id: &CardId) {
        match self {
            Selection::Cards(ids) if ids.contains(id) => ids.retain(|c| c != id),
            Selection::Cards(ids) => ids.push(id.clone()),
            _ => *self = Selection::Cards(vec![id.clone()]),
        }
        if matches!(self, Selection::Cards(ids) if ids.is_empty()) {
            *self = Selection::None;
        }
    }

    /// A stage or lane header, selected.
    pub fn of_header(header: &HeaderId) -> Self {
        match header {
            HeaderId::Stage(id) => Selection::Stage(id.clone()),
            HeaderId::Lane(id) => Selection::Lane(id.clone()),
        }
    }

    /// The selected stage or lane, if a header is selected.
    pub fn header(&self) -> Option<HeaderId> {
        match self {
            Selection::Stage(id) => Some(HeaderId::Stage(id.clone())),
            Selection::Lane(id) => Some(HeaderId::Lane(id.clone())),
            _ => None,
        }
    }

    /// The selected cards (empty unless cards are selected).
    pub fn cards(&self) -> &[CardId] {
        match self {
            Selection::Cards(ids) => ids,
            _ => &[],
        }
    }
}

/// What to do after an edit is applied.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum AfterEdit {
    /// Nothing.
    #[default]
    Nothing,
    /// Select the cards the edit created.
    SelectCreated,
    /// Select the created card and edit its title in place.
    EditCreated,
    /// Show the map the edit created.
    ShowCreatedMap,
}

/// A change the UI asks for during a frame, applied after it.
#[derive(Clone, Debug, PartialEq)]
pub struct Edit {
    /// The change.
    pub action: Action,
    /// Consecutive edits with the same key form one undo step (a typing burst).
    pub merge: Option<String>,
    /// Follow-up in the UI.
    pub then: AfterEdit,
}

impl Edit {
    /// A plain edit.
    pub fn new(action: Action) -> Self {
        Self {
            action,
            merge: None,
            then: AfterEdit::Nothing,
        }
    }

    /// An edit with a follow-up.
    pub fn then(action: Action, then: AfterEdit) -> Self {
        Self {
            action,
            merge: None,
            then,
        }
    }

    /// An edit that merges with the previous one of the same key.
    pub fn merged(action: Action, key: String) -> Self {
        Self {
            action,
            merge: Some(key),
            then: AfterEdit::Nothing,
        }
    }
}

/// The desktop application id: the launcher's file name (`packaging/linux/`), the window's
/// Wayland app id and X11 class, and the AppStream id, so the desktop ties them together.
pub const APP_ID: &str = "io.github.waymark.Waymark";

/// Opens the editor window on `file`, or on the bundled sample when `None`.
pub fn run(file: Option<PathBuf>) -> Result<(), String> {
    let mut viewport = egui::ViewportBuilder::default()
        .with_title("Waymark")
        .with_app_id(APP_ID)
        .with_inner_size([1280.0, 800.0])
        .with_min_inner_size([640.0, 400.0]);
    if let Ok(icon) =
        eframe::icon_data::from_png_bytes(include_bytes!("../../../../icons/waymark-256.png"))
    {
        viewport = viewport.with_icon(icon);
    }
    let options = eframe::NativeOptions {
        viewport,
        ..Default::default()
    };
    #[cfg(feature = "test-hooks")]
    if shell::hooks::blank_window_asked() {
        return shell::hooks::run_blank_window(options);
    }
    eframe::run_native(
        "Waymark",
        options,
        Box::new(move |cc| {
            theme::watch_system_theme(&cc.egui_ctx);
            Ok(Box::new(WaymarkApp::open(file)))
        }),
    )
    .map_err(|e| format!("cannot open a window: {e}"))
}

/// Fonts and the default theme (the system's, light when it cannot be told), for the real
/// window and for tests alike; the app then applies its settings' theme.
pub fn setup_context(ctx: &egui::Context) {
    install_fonts(ctx);
    theme::apply(ctx, &crate::store::settings::Settings::default());
}

/// The egui family of each bundled weight.
pub fn font_family(weight: crate::fonts::Weight) -> egui::FontFamily {
    match weight {
        crate::fonts::Weight::Regular => egui::FontFamily::Name(REGULAR.into()),
        crate::fonts::Weight::SemiBold => egui::FontFamily::Name(SEMIBOLD.into()),
    }
}

const REGULAR: &str = "Inter";
const SEMIBOLD: &str = "Inter SemiBold";

/// Registers the bundled font with egui: for the map (by name) and for the UI chrome.
pub fn install_fonts(ctx: &egui::Context) {
    ctx.set_fonts(font_definitions());
    ctx.add_font_provider(std::sync::Arc::new(engine_fallback));
}

/// The window's fonts: Inter first, then egui's own as fallbacks (Ubuntu-Light, its icons,
/// and its monochrome emoji fonts NotoEmoji-Regular and emoji-icon-font), in every family
/// the chrome uses. Emoji none of them has (🛒) come from the system through the text
/// engine (see [`install_fonts`]).
pub fn font_definitions() -> egui::FontDefinitions {
    use std::sync::Arc;
    let mut fonts = egui::FontDefinitions::default();
    fonts.font_data.insert(
        REGULAR.to_owned(),
        Arc::new(egui::FontData::from_static(crate::fonts::INTER_REGULAR)),
    );
    fonts.font_data.insert(
        SEMIBOLD.to_owned(),
        Arc::new(egui::FontData::from_static(crate::fonts::INTER_SEMIBOLD)),
    );
    let fallbacks = fonts
        .families
        .get(&egui::FontFamily::Proportional)
        .cloned()
        .unwrap_or_default();
    for name in [REGULAR, SEMIBOLD] {
        let mut chain = vec![name.to_owned()];
        chain.extend(fallbacks.iter().cloned());
        fonts
            .families
            .insert(egui::FontFamily::Name(name.into()), chain);
    }
    if let Some(proportional) = fonts.families.get_mut(&egui::FontFamily::Proportional) {
        proportional.insert(0, REGULAR.to_owned());
    }
    fonts
}

/// Finds a font for text Inter lacks (in the inspector and text fields) through the same
/// text engine that lays out the map, so the chrome and the canvas agree on fonts.
fn engine_fallback(request: &egui::epaint::text::FallbackRequest<'_>) -> Option<egui::FontInsert> {
    use std::sync::Arc;
    let lines = crate::text::TextEngine::global().wrap(
        request.cluster,
        crate::fonts::FontStyle::regular(13.0),
        None,
        None,
        f32::INFINITY,
        1,
    );
    // egui draws outlines and, with epaint's `color_fonts`, colour glyphs (CBDT, sbix,
    // COLR): a colour emoji font serves as well as an outline one.
    let run = lines
        .first()?
        .runs
        .iter()
        .find(|r| !r.glyphs.is_empty() && r.glyphs.iter().all(|g| g.id != 0))
        .filter(|r| {
            crate::text::glyph::with_font(r, |font| {
                use skrifa::MetadataProvider as _;
                let (outlines, colour) = (font.outline_glyphs(), font.color_glyphs());
                let strikes = font.bitmap_strikes();
                r.glyphs.iter().all(|g| {
                    let id = skrifa::GlyphId::new(g.id);
                    outlines.get(id).is_some()
                        || colour.get(id).is_some()
                        || strikes
                            .glyph_for_size(skrifa::instance::Size::unscaled(), id)
                            .is_some()
                })
            })
            .unwrap_or(false)
        })?;
    let face = crate::text::face(run.font)?;
    let data = egui::FontData::from_blob(Arc::new(face.data.data.clone()), face.index());
    Some(egui::FontInsert::new(
        &format!("{} ({})", face.family, run.font.0),
        data,
        Vec::new(),
    ))
}

/// A small button showing `icon`, announced to screen readers and tests as `label`, with
/// `label` as its tooltip.
pub fn icon_button(ui: &mut egui::Ui, icon: &str, label: &str) -> egui::Response {
    let response = ui.add(egui::Button::new(icon).min_size(egui::vec2(24.0, 22.0)));
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, label));
    response.on_hover_text(label)
}

/// One choice of a dropdown: like [`egui::Ui::selectable_value`], and when it is the
/// current value it is scrolled into view as the dropdown opens, so the list never opens
/// at an old scroll position with the current value out of sight.
pub fn choice<T: PartialEq>(
    ui: &mut egui::Ui,
    current: &mut T,
    value: T,
    label: impl Into<egui::WidgetText>,
) -> egui::Response {
    let selected = *current == value;
    let response = ui.selectable_value(current, value, label);
    if selected {
        scroll_to_current(ui, &response);
    }
    response
}

/// Scrolls `response` (a dropdown's current value) into view during the first frames the
/// dropdown is open.
pub fn scroll_to_current(ui: &egui::Ui, response: &egui::Response) {
    let key = ui.scope_id().with("waymark-opened-at");
    let now = ui.ctx().cumulative_frame_nr();
    let (opened, last) = ui
        .data(|d| d.get_temp::<(u64, u64)>(key))
        .unwrap_or((now, now));
    // Not drawn in the frame before: the dropdown has just opened.
    let opened = if last + 1 < now { now } else { opened };
    if now.saturating_sub(opened) <= 2 {
        response.scroll_to_me(Some(egui::Align::Center));
    }
    ui.data_mut(|d| d.insert_temp(key, (opened, now)));
}

/// Gives the text field of `response` the keyboard with all of `text` selected, so typing
/// replaces it (Find reopened, Rename map).
pub fn focus_selecting_all(ui: &egui::Ui, response: &egui::Response, text: &str) {
    response.request_focus();
    let mut state = egui::text_edit::TextEditState::load(ui.ctx(), response.id).unwrap_or_default();
    state
        .cursor
        .set_char_range(Some(egui::text::CCursorRange::select_all_str(text)));
    state.store(ui.ctx(), response.id);
}
