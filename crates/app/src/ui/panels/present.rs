//! Presentation mode (View → Present, F5): the window goes full screen and shows the
//! stages that use the screen best (two or three on a wide screen) at a time, their
//! cards as large as the screen allows (the emotion lane
//! is left out there), with the whole map's stage headers and emotion curve underneath
//! and the current stage highlighted on them. → ↓ Space
//! Page Down step forward (past the last stage, into the next map), ← ↑ Page Up step
//! back, Home and End jump, + and − show more or fewer stages at once, Escape returns
//! to editing. The stage is laid out by the one layout (`export::pages::map_part`) and
//! painted with the canvas's painter, so it looks as the map does everywhere else.

use crate::ui::i18n::{arg, tr, tr_args};
use egui::emath::TSTransform;
use egui::{Color32, Key, Rect, pos2, vec2};

use crate::export::pages::map_part;
use crate::layout::{self, LayoutOptions, scene::Scene};
use crate::model::{JourneyMap, Project};
use crate::ui::command::{AppCommand, Commands};
use crate::ui::convert::color;
use crate::ui::frame::FrameCtx;
use crate::ui::paint::Textures;

/// Where a presentation is.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Presentation {
    /// The map shown (index into the project's maps).
    pub map: usize,
    /// The first stage shown.
    pub stage: usize,
    /// How many stages are shown at once (1 to 4).
    pub per_view: usize,
    /// `per_view` follows the screen (two or three stages on a wide one) until + or −
    /// sets it.
    pub auto: bool,
}

/// The scenes of what is on screen, made once per position and document revision.
struct Slides {
    key: (u64, usize, usize, usize),
    /// The stages shown, laid out alone.
    main: Scene,
    /// The whole map, for the strip along the bottom.
    whole: layout::MapLayout,
    whole_scene: Scene,
}

const PRESENT_LAYOUT: LayoutOptions = LayoutOptions {
    persona_strip: false,
    legend: false,
    notes: crate::layout::NoteMarks::Hidden,
};

/// A step through the presentation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Step {
    Next,
    Previous,
    First,
    Last,
    More,
    Fewer,
    End,
}

impl Presentation {
    /// Moves one step through `project`'s maps; false when there is nowhere to go.
    fn step(&mut self, project: &Project, step: Step) -> bool {
        let stages = |m: usize| project.maps.get(m).map_or(0, |m| m.stages.len());
        match step {
            Step::Next => {
                if self.stage + self.per_view < stages(self.map) {
                    self.stage += self.per_view;
                } else if self.map + 1 < project.maps.len() {
                    self.map += 1;
                    self.stage = 0;
                } else {
                    return false;
                }
            }
            Step::Previous => {
                if self.stage > 0 {
                    self.stage = self.stage.saturating_sub(self.per_view);
                } else if self.map > 0 {
                    self.map -= 1;
                    let n = stages(self.map);
                    self.stage = n.saturating_sub(1) / self.per_view * self.per_view;
                } else {
                    return false;
                }
            }
            Step::First => self.stage = 0,
            Step::Last => {
                self.stage = stages(self.map).saturating_sub(1) / self.per_view * self.per_view;
            }
            Step::More => {
                self.auto = false;
                self.per_view = (self.per_view + 1).min(4);
            }
            Step::Fewer => {
                self.auto = false;
                self.per_view = self.per_view.saturating_sub(1).max(1);
            }
            Step::End => return false,
        }
        true
    }

    /// The stages on screen, first and last (inclusive).
    fn range(&self, map: &JourneyMap) -> (usize, usize) {
        let last = map.stages.len().saturating_sub(1);
        let first = self.stage.min(last);
        (first, (first + self.per_view - 1).min(last))
    }

    /// What the screen says it shows, for people and for screen readers.
    fn caption(&self, map: &JourneyMap) -> String {
        let (first, last) = self.range(map);
        let name = |i: usize| map.stages.get(i).map_or("", |s| s.name.as_str());
        let n = map.stages.len();
        if first == last {
            tr_args(
                "present-stage",
                &[
                    ("n", (first + 1).into()),
                    ("total", n.into()),
                    ("name", arg(name(first))),
                ],
            )
        } else {
            tr_args(
                "present-stages",
                &[
                    ("n", (first + 1).into()),
                    ("last", (last + 1).into()),
                    ("total", n.into()),
                    ("name", arg(name(first))),
                    ("lastname", arg(name(last))),
                ],
            )
        }
    }
}

/// Presentation mode, when on.
#[derive(Default)]
pub struct Presenter {
    presenting: Option<Presentation>,
    /// What it shows, laid out.
    slides: Option<Slides>,
}

impl Presenter {
    /// Whether the presentation is on.
    pub fn is_on(&self) -> bool {
        self.presenting.is_some()
    }

    /// Starts presenting map `map` of the project from its stage `stage`, full screen.
    pub fn start(&mut self, ctx: &egui::Context, map: usize, stage: usize) {
        self.presenting = Some(Presentation {
            map,
            stage,
            per_view: 1,
            auto: true,
        });
        ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(true));
    }

    /// Leaves presentation mode on the map last shown.
    fn stop(&mut self, ctx: &egui::Context, out: &mut Commands) {
        if let Some(p) = self.presenting.take() {
            out.push(AppCommand::ShowMap(p.map));
        }
        self.slides = None;
        ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(false));
    }

    /// Draws the presentation over the whole window and handles its keys. Returns false
    /// when there is no presentation.
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        frame: &FrameCtx<'_>,
        textures: &mut Textures,
        out: &mut Commands,
    ) -> bool {
        let ctx = ui.ctx().clone();
        let (Some(mut p), Some(editor)) = (self.presenting.clone(), frame.session.editor()) else {
            return false;
        };
        let project = editor.project();
        let revision = editor.revision();
        if project.maps.get(p.map).is_none() {
            self.stop(&ctx, out);
            return false;
        }
        // Every step pressed this frame, in order (keys pressed faster than frames, or
        // held down, all count).
        let mut steps: Vec<Step> = ctx.input_mut(|i| {
            let mut out = Vec::new();
            i.events.retain(|event| {
                if let egui::Event::Key {
                    key,
                    pressed: true,
                    modifiers,
                    ..
                } = event
                    && (modifiers.is_none() || *key == Key::Plus)
                    && let Some(step) = step_for(*key)
                {
                    out.push(step);
                    return false;
                }
                true
            });
            out
        });
        let mut clicked = None;
        let mut moved = false;
        egui::CentralPanel::default()
            .frame(egui::Frame::new().fill(color(crate::palette::PAGE)))
            .show(ui, |ui| {
                let full = ui.max_rect();
                let map = &project.maps[p.map];
                let strip_h = (full.height() * 0.2).clamp(90.0, 200.0);
                let bar_h = 44.0;
                let main = Rect::from_min_max(
                    full.min + vec2(24.0, 16.0),
                    pos2(full.max.x - 24.0, full.max.y - strip_h - bar_h - 8.0),
                );
                if p.auto
                    && let Some(slides) = &self.slides
                    && slides.key.1 == p.map
                {
                    let fits = stages_that_fit(&slides.whole, main, map.stages.len());
                    if fits != p.per_view {
                        p.per_view = fits;
                        moved = true;
                    }
                }
                let key = (revision, p.map, p.stage, p.per_view);
                if self.slides.as_ref().is_none_or(|s| s.key != key) {
                    self.slides = Some(slides(project, map, &p, key));
                }
                let Some(slides) = &self.slides else { return };
                textures.sync(ui.ctx(), &project.images, revision);
                paint_fitted(ui, &slides.main, main, MAX_ZOOM, textures);
                let strip = Rect::from_min_max(
                    pos2(full.min.x + 24.0, main.max.y + 8.0),
                    pos2(full.max.x - 24.0, full.max.y - bar_h),
                );
                curve_strip(ui, slides, p.range(map), strip, textures);
                let bar = Rect::from_min_max(pos2(full.min.x, full.max.y - bar_h), full.max);
                ui.scope_builder(
                    egui::UiBuilder::new().max_rect(bar.shrink2(vec2(24.0, 6.0))),
                    |ui| {
                        ui.horizontal_centered(|ui| {
                            let caption = format!("{} · {}", map.name, p.caption(map));
                            ui.label(
                                egui::RichText::new(caption)
                                    .size(15.0)
                                    .color(color(crate::palette::INK)),
                            );
                            ui.with_layout(
                                egui::Layout::right_to_left(egui::Align::Center),
                                |ui| {
                                    if ui
                                        .button(tr("present-end"))
                                        .on_hover_text(tr("present-end-key"))
                                        .clicked()
                                    {
                                        clicked = Some(Step::End);
                                    }
                                    if ui
                                        .button(tr("present-next"))
                                        .on_hover_text(tr("present-next-keys"))
                                        .clicked()
                                    {
                                        clicked = Some(Step::Next);
                                    }
                                    if ui
                                        .button(tr("present-previous"))
                                        .on_hover_text("←")
                                        .clicked()
                                    {
                                        clicked = Some(Step::Previous);
                                    }
                                    ui.label(
                                        egui::RichText::new(tr("present-per-view"))
                                            .size(12.0)
                                            .color(color(crate::palette::INK_MUTED)),
                                    );
                                },
                            );
                        });
                    },
                );
            });
        steps.extend(clicked);
        for step in steps {
            if step == Step::End {
                self.stop(&ctx, out);
                return true;
            }
            moved |= p.step(project, step);
        }
        if moved {
            self.presenting = Some(p);
        }
        true
    }
}

/// The step a key asks for.
fn step_for(key: Key) -> Option<Step> {
    Some(match key {
        Key::ArrowRight | Key::ArrowDown | Key::Space | Key::PageDown => Step::Next,
        Key::ArrowLeft | Key::ArrowUp | Key::PageUp | Key::Backspace => Step::Previous,
        Key::Home => Step::First,
        Key::End => Step::Last,
        Key::Plus | Key::Equals => Step::More,
        Key::Minus => Step::Fewer,
        Key::Escape | Key::F5 => Step::End,
        _ => return None,
    })
}

/// The most zoom a presentation shows stages at.
const MAX_ZOOM: f32 = 2.4;

/// How many stages (of `stages`) to show at once in `rect` so that they use the screen:
/// as many as fit across at the zoom the height allows (the map's lanes but its emotion
/// lanes, which the strip below shows), two or three on a wide screen.
fn stages_that_fit(whole: &layout::MapLayout, rect: Rect, stages: usize) -> usize {
    let emotion = whole
        .curves
        .iter()
        .map(|c| c.lane)
        .collect::<std::collections::HashSet<_>>();
    let lanes: f32 = whole
        .lanes
        .iter()
        .filter(|l| !emotion.contains(&l.lane))
        .map(|l| l.rect.height())
        .sum();
    let header = whole.stages.first().map_or(56.0, |s| s.rect.height());
    let zoom = (rect.height() / (lanes + header + 4.0).max(1.0)).min(MAX_ZOOM);
    let across = (rect.width() / zoom - layout::metrics::LANE_HEADER_WIDTH - 4.0)
        / layout::metrics::STAGE_WIDTH;
    let mut n = (across.floor().max(1.0) as usize).clamp(1, 4);
    if rect.width() >= rect.height() * 1.3 {
        n = n.clamp(2, 3);
    }
    n.min(stages.max(1))
}

/// Lays out what a position shows: its stages alone, and the whole map.
fn slides(
    project: &Project,
    map: &JourneyMap,
    p: &Presentation,
    key: (u64, usize, usize, usize),
) -> Slides {
    let engine = crate::text::TextEngine::global();
    let range = p.range(map);
    let mut part = map_part(map, range, (0, map.lanes.len().saturating_sub(1)));
    // The emotion lanes are shown by the strip below, across the whole map; without them
    // (and without the title, which the caption names) the stage's cards are larger.
    let emotion = |l: &crate::model::Lane| l.kind == crate::model::LaneKind::Emotion;
    if part.lanes.iter().any(|l| !emotion(l)) {
        part.lanes.retain(|l| !emotion(l));
        let lanes: Vec<_> = part.lanes.iter().map(|l| l.id.clone()).collect();
        part.cards.retain(|c| lanes.contains(&c.lane));
        let cards: Vec<_> = part.cards.iter().map(|c| c.id.clone()).collect();
        part.links
            .retain(|l| cards.contains(&l.from) && cards.contains(&l.to));
    }
    let layout = layout::layout_map_with(project, &part, engine, &PRESENT_LAYOUT);
    let mut main = layout::scene::build(&layout);
    main.crop(layout.grid.expand(2.0));
    let whole = layout::layout_map_with(project, map, engine, &PRESENT_LAYOUT);
    let whole_scene = layout::scene::build(&whole);
    Slides {
        key,
        main,
        whole,
        whole_scene,
    }
}

/// Paints `scene` as large as fits in `rect` (at most `max_zoom`), centred.
fn paint_fitted(
    ui: &egui::Ui,
    scene: &Scene,
    rect: Rect,
    max_zoom: f32,
    textures: &Textures,
) -> TSTransform {
    let size = scene.size;
    let zoom = (rect.width() / size.x.max(1.0))
        .min(rect.height() / size.y.max(1.0))
        .min(max_zoom);
    let offset = rect.center() - vec2(size.x, size.y) * zoom / 2.0;
    let t = TSTransform::new(offset.to_vec2(), zoom);
    let painter = ui.painter_at(rect);
    for prim in scene.all() {
        crate::ui::paint::paint_prim(&painter, t, prim, textures);
    }
    t
}

/// The strip along the bottom: the whole map's stage headers and emotion lane (or just
/// the headers when there is none), the current stages highlighted, the rest dimmed.
fn curve_strip(
    ui: &egui::Ui,
    slides: &Slides,
    (first, last): (usize, usize),
    rect: Rect,
    textures: &Textures,
) {
    let whole = &slides.whole;
    let (Some(head), Some(tail)) = (whole.stages.first(), whole.stages.last()) else {
        return;
    };
    let emotion = whole.curves.first().and_then(|c| whole.lanes.get(c.lane));
    let top = head.rect.top();
    let bottom = emotion.map_or(head.rect.bottom(), |lane| lane.rect.bottom());
    // The strip shows the grid from the lane headers' right edge: stage columns only.
    let area = Rect::from_min_max(pos2(head.rect.left(), top), pos2(tail.rect.right(), bottom));
    let mut scene = slides.whole_scene.clone();
    // Stage headers stay; the rows between them and the emotion lane are cut out by
    // painting only those two bands.
    scene.crop(area);
    let shown_height = head.rect.height() + emotion.map_or(0.0, |lane| lane.rect.height());
    let zoom = (rect.width() / area.width().max(1.0)).min(rect.height() / shown_height.max(1.0));
    let size = area.size() * zoom;
    let origin = pos2(rect.center().x - size.x / 2.0, rect.top());
    let t = TSTransform::new(origin.to_vec2(), zoom);
    let band = |y0: f32, y1: f32| {
        Rect::from_min_max(t * pos2(0.0, y0 - top), t * pos2(area.width(), y1 - top))
    };
    let header_band = band(head.rect.top(), head.rect.bottom());
    let mut bands = vec![header_band];
    if let Some(lane) = emotion {
        // The emotion lane, drawn right under the headers.
        let lane_band = band(lane.rect.top(), lane.rect.bottom());
        bands.push(lane_band);
    }
    let mut y = rect.top();
    for b in &bands {
        let shift = vec2(0.0, y - b.top());
        let clip = b.translate(shift).intersect(rect);
        let painter = ui.painter_at(clip);
        let moved = TSTransform::from_translation(shift) * t;
        for prim in scene.all() {
            crate::ui::paint::paint_prim(&painter, moved, prim, textures);
        }
        y += b.height();
    }
    let used = Rect::from_min_max(pos2(origin.x, rect.top()), pos2(origin.x + size.x, y));
    let painter = ui.painter_at(used.expand(4.0));
    let col = |i: usize| {
        whole.stages.get(i).map(|s| {
            let x0 = origin.x + (s.rect.left() - area.left()) * zoom;
            let x1 = origin.x + (s.rect.right() - area.left()) * zoom;
            (x0, x1)
        })
    };
    let dim = Color32::from_rgba_unmultiplied(255, 255, 255, 170);
    for i in 0..whole.stages.len() {
        if (first..=last).contains(&i) {
            continue;
        }
        if let Some((x0, x1)) = col(i) {
            painter.rect_filled(Rect::from_x_y_ranges(x0..=x1, used.y_range()), 0.0, dim);
        }
    }
    if let (Some((x0, _)), Some((_, x1))) = (col(first), col(last)) {
        let accent = whole
            .stages
            .get(first)
            .map_or(crate::palette::LINK, |s| s.accent);
        painter.rect_stroke(
            Rect::from_x_y_ranges(x0..=x1, used.y_range()).shrink(1.0),
            6.0,
            egui::Stroke::new(3.0, color(accent)),
            egui::StrokeKind::Inside,
        );
    }
}
