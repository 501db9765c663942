//! A metrics lane in the inspector: its KPIs, each with a name, unit (a custom one named),
//! direction (higher or lower is better), chart (bars, line, funnel) and a value and target per stage; adding, reordering and deleting metrics; and
//! importing values from a CSV of stage, metric, value.

use super::text_field;
use crate::edit::Action;
use crate::model::{Better, JourneyMap, Lane, Metric, MetricChart, MetricId, MetricUnit, StageId};
use crate::ui::Edit;
use crate::ui::command::{Commands, FileRequest};
use crate::ui::i18n::tr;
use crate::ui::words::Word as _;

/// The metrics of `lane` (index `index` in `map`).
pub fn metrics_ui(ui: &mut egui::Ui, map: &JourneyMap, lane: &Lane, out: &mut Commands) {
    ui.label(
        egui::RichText::new(tr("lane-kind-metrics"))
            .small()
            .strong(),
    );
    if lane.metrics.is_empty() {
        ui.weak(tr("inspector-no-metrics"));
    }
    ui.horizontal_wrapped(|ui| {
        if ui.button(tr("inspector-add-metric")).clicked() {
            let mut l = lane.clone();
            l.metrics.push(Metric {
                id: crate::edit::ids::new_metric_id(lane),
                name: tr("inspector-new-metric").to_owned(),
                ..Metric::default()
            });
            out.edit(Edit::new(Action::UpdateHeader(crate::model::Header::Lane(
                l,
            ))));
        }
        if ui
            .button(tr("inspector-import-csv"))
            .on_hover_text(tr("inspector-import-csv-tip"))
            .clicked()
        {
            out.file(FileRequest::ImportMetrics(Some(lane.id.clone())));
        }
    });
    for (i, metric) in lane.metrics.iter().enumerate() {
        let frame = egui::Frame::group(ui.style()).inner_margin(6.0);
        frame.show(ui, |ui| {
            ui.set_width(ui.available_width());
            metric_ui(ui, map, lane, i, metric, out);
        });
    }
    ui.add_space(6.0);
}

fn metric_ui(
    ui: &mut egui::Ui,
    map: &JourneyMap,
    lane: &Lane,
    i: usize,
    metric: &Metric,
    out: &mut Commands,
) {
    let key = |field: &str| format!("lane/{}/metric/{}/{field}", lane.id, metric.id);
    let update = |m: Metric| {
        let mut l = lane.clone();
        l.metrics[i] = m;
        Action::UpdateHeader(crate::model::Header::Lane(l))
    };
    let mut m = metric.clone();
    if text_field(ui, tr("inspector-metric-name"), &mut m.name, false, out) {
        out.edit(Edit::merged(update(m.clone()), key("name")));
    }
    ui.horizontal(|ui| {
        let mut unit = m.unit;
        egui::ComboBox::from_id_salt(("metric-unit", &metric.id))
            .selected_text(unit.word())
            .show_ui(ui, |ui| {
                for u in MetricUnit::ALL {
                    crate::ui::choice(ui, &mut unit, u, u.word());
                }
            });
        let mut chart = m.chart;
        egui::ComboBox::from_id_salt(("metric-chart", &metric.id))
            .selected_text(chart.word())
            .show_ui(ui, |ui| {
                for c in MetricChart::ALL {
                    crate::ui::choice(ui, &mut chart, c, c.word());
                }
            });
        if unit != m.unit || chart != m.chart {
            m.unit = unit;
            m.chart = chart;
            out.edit(Edit::new(update(m.clone())));
        }
    });
    if m.unit == MetricUnit::Custom
        && text_field(
            ui,
            tr("inspector-custom-unit"),
            &mut m.custom_unit,
            false,
            out,
        )
    {
        out.edit(Edit::merged(update(m.clone()), key("custom_unit")));
    }
    let mut better = m.better;
    egui::ComboBox::from_id_salt(("metric-better", &metric.id))
        .selected_text(better.word())
        .show_ui(ui, |ui| {
            for b in Better::ALL {
                crate::ui::choice(ui, &mut better, b, b.word());
            }
        })
        .response
        .on_hover_text(tr("inspector-better-tip"));
    if better != m.better {
        m.better = better;
        out.edit(Edit::new(update(m.clone())));
    }
    egui::Grid::new(("metric-values", &metric.id))
        .num_columns(3)
        .spacing([6.0, 4.0])
        .show(ui, |ui| {
            ui.weak(tr("inspector-stage"));
            ui.weak(tr("inspector-value"));
            ui.weak(tr("inspector-target"));
            ui.end_row();
            for stage in &map.stages {
                ui.label(&stage.name);
                for targets in [false, true] {
                    let values = if targets {
                        &mut m.targets
                    } else {
                        &mut m.values
                    };
                    let field = if targets { "target" } else { "value" };
                    if number_field(ui, &stage.id, values, (&metric.id, field)) {
                        out.edit(Edit::merged(
                            update(m.clone()),
                            key(&format!("{field}/{}", stage.id)),
                        ));
                    }
                }
                ui.end_row();
            }
        });
    ui.horizontal(|ui| {
        if i > 0 && ui.small_button(tr("cmd-move-up")).clicked() {
            let mut l = lane.clone();
            l.metrics.swap(i - 1, i);
            out.edit(Edit::new(Action::UpdateHeader(crate::model::Header::Lane(
                l,
            ))));
        }
        if i + 1 < lane.metrics.len() && ui.small_button(tr("cmd-move-down")).clicked() {
            let mut l = lane.clone();
            l.metrics.swap(i, i + 1);
            out.edit(Edit::new(Action::UpdateHeader(crate::model::Header::Lane(
                l,
            ))));
        }
        if ui.small_button(tr("inspector-delete-metric")).clicked() {
            let mut l = lane.clone();
            l.metrics.remove(i);
            out.edit(Edit::new(Action::UpdateHeader(crate::model::Header::Lane(
                l,
            ))));
        }
    });
}

/// A number field for `values[stage]`: empty clears it. `true` when the value changed.
/// While typing, the text is kept as typed (so `1.` or `-` may stand for a moment).
fn number_field(
    ui: &mut egui::Ui,
    stage: &StageId,
    values: &mut std::collections::BTreeMap<StageId, f64>,
    salt: (&MetricId, &str),
) -> bool {
    let id = egui::Id::unique(("metric-field", salt, stage));
    let shown = values
        .get(stage)
        .map(|v| format!("{v}"))
        .unwrap_or_default();
    let mut text: String = ui.data(|d| d.get_temp(id)).unwrap_or_else(|| shown.clone());
    let response = ui.add(egui::TextEdit::singleline(&mut text).desired_width(64.0));
    let mut changed = false;
    if response.changed() {
        let trimmed = text.trim();
        if trimmed.is_empty() {
            changed = values.remove(stage).is_some();
        } else if let Ok(v) = trimmed.replace(',', ".").parse::<f64>()
            && v.is_finite()
            && values.get(stage) != Some(&v)
        {
            values.insert(stage.clone(), v);
            changed = true;
        }
    }
    if response.has_focus() {
        ui.data_mut(|d| d.insert_temp(id, text));
    } else {
        ui.data_mut(|d| d.remove::<String>(id));
    }
    changed
}
