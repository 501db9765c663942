//! One full headless frame of the editor (layout cache + UI + paint + tessellation through
//! egui, no window) on generated maps: idle, fitted, zooming and while dragging a card.

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use egui::{Event, Modifiers, PointerButton, Pos2, RawInput, Rect, vec2};
use waymark::generate::generate;
use waymark::ui::WaymarkApp;

fn input(events: Vec<Event>) -> RawInput {
    RawInput {
        screen_rect: Some(Rect::from_min_size(Pos2::ZERO, vec2(1440.0, 900.0))),
        events,
        ..RawInput::default()
    }
}

fn frame(ctx: &egui::Context, app: &mut WaymarkApp, events: Vec<Event>) -> usize {
    let mut output = ctx.run_ui(input(events), |ui| app.shell_ui(ui));
    // No GPU here: the font atlas updates are dropped on purpose.
    output.textures_delta.clear();
    ctx.tessellate(output.shapes, output.pixels_per_point).len()
}

/// Ctrl (Cmd) + `key`, pressed.
fn key(key: egui::Key) -> Event {
    Event::Key {
        key,
        physical_key: None,
        pressed: true,
        repeat: false,
        modifiers: Modifiers::COMMAND,
    }
}

fn setup(cards: usize) -> (egui::Context, WaymarkApp) {
    let ctx = egui::Context::default();
    let mut app = WaymarkApp::with_project(generate(10, 10, cards, 1), None);
    for _ in 0..3 {
        frame(&ctx, &mut app, Vec::new());
    }
    // A large map's text is shaped in the background: measure frames that draw it.
    while app.text_pending() {
        std::thread::sleep(std::time::Duration::from_millis(20));
        frame(&ctx, &mut app, Vec::new());
    }
    // Work at 100% zoom, as a designer does, rather than the whole map fitted.
    frame(&ctx, &mut app, vec![key(egui::Key::Num1)]);
    frame(&ctx, &mut app, Vec::new());
    (ctx, app)
}

fn bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("frame");
    for cards in [1_000, 10_000] {
        let (ctx, mut app) = setup(cards);
        group.bench_function(BenchmarkId::new("idle", cards), |b| {
            b.iter(|| frame(&ctx, &mut app, Vec::new()))
        });

        // The worst view: the whole map fitted (Ctrl+0), every card's text on screen.
        frame(&ctx, &mut app, vec![key(egui::Key::Num0)]);
        frame(&ctx, &mut app, Vec::new());
        group.bench_function(BenchmarkId::new("idle fitted", cards), |b| {
            b.iter(|| frame(&ctx, &mut app, Vec::new()))
        });

        // Pinching in and out over the fitted map: the view changes every frame, so the
        // canvas's kept picture is made anew each time (the worst frame while navigating).
        frame(
            &ctx,
            &mut app,
            vec![Event::PointerMoved(Pos2::new(720.0, 450.0))],
        );
        let mut inwards = false;
        group.bench_function(BenchmarkId::new("zooming fitted", cards), |b| {
            b.iter(|| {
                inwards = !inwards;
                let factor = if inwards { 1.02 } else { 1.0 / 1.02 };
                frame(&ctx, &mut app, vec![Event::Zoom(factor)])
            })
        });

        // Press on a visible card, then move the pointer every frame: a drag in flight.
        let (ctx, mut app) = setup(cards);
        let visible = (1..=cards)
            .filter_map(|i| app.card_screen_rect(&format!("c-{i}").as_str().into()))
            .find(|r| r.min.x > 250.0 && r.max.x < 900.0 && r.min.y > 150.0 && r.max.y < 700.0)
            .expect("a card on screen");
        let start = visible.center();
        frame(&ctx, &mut app, vec![Event::PointerMoved(start)]);
        frame(
            &ctx,
            &mut app,
            vec![Event::PointerButton {
                pos: start,
                button: PointerButton::Primary,
                pressed: true,
                modifiers: Modifiers::NONE,
            }],
        );
        frame(
            &ctx,
            &mut app,
            vec![Event::PointerMoved(start + vec2(30.0, 30.0))],
        );
        assert!(app.canvas().is_dragging(), "the drag started");
        let mut step = 0.0f32;
        group.bench_function(BenchmarkId::new("dragging", cards), |b| {
            b.iter(|| {
                step = (step + 7.0) % 200.0;
                frame(
                    &ctx,
                    &mut app,
                    vec![Event::PointerMoved(
                        start + vec2(30.0 + step, 30.0 + step / 2.0),
                    )],
                )
            });
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
