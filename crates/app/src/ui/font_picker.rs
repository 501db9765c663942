//! The font family picker: the bundled Inter or any installed family, narrowed by a search
//! field. The inspector's Map font and the settings' default map font both use it.

use crate::ui::i18n::{arg, tr, tr_args};

/// A combo box labelled `label` (also its accessible name) showing `current` (`None` is the
/// bundled Inter). Returns the family picked this frame, if any (`Some(None)`: Inter).
pub fn font_picker(
    ui: &mut egui::Ui,
    label: &str,
    current: Option<&str>,
) -> Option<Option<String>> {
    static FAMILIES: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    let engine = crate::text::TextEngine::global();
    let bundled = tr_args("font-bundled", &[("name", arg(crate::fonts::FAMILY))]);
    let shown = current.map_or_else(|| bundled.clone(), str::to_owned);
    let mut picked = None;
    ui.label(label);
    let filter_id = ui.make_persistent_id((label, "font-filter"));
    let combo = egui::ComboBox::from_id_salt((label, "font"))
        .selected_text(shown)
        .width(ui.available_width() - 8.0)
        .height(320.0)
        .show_ui(ui, |ui| {
            // Type to narrow the list of installed families.
            let mut filter: String = ui.data_mut(|d| d.get_temp(filter_id).unwrap_or_default());
            let search = ui.add(
                egui::TextEdit::singleline(&mut filter)
                    .hint_text(tr("font-search"))
                    .desired_width(f32::INFINITY),
            );
            search.widget_info(|| {
                egui::WidgetInfo::labeled(egui::Role::SearchInput, true, tr("font-search"))
            });
            if !search.has_focus() && filter.is_empty() {
                search.request_focus();
            }
            ui.data_mut(|d| d.insert_temp(filter_id, filter.clone()));
            let needle = filter.trim().to_lowercase();
            ui.separator();
            if needle.is_empty() && ui.selectable_label(current.is_none(), &bundled).clicked() {
                picked = Some(None);
            }
            for family in FAMILIES.get_or_init(|| engine.families()) {
                if family == crate::fonts::FAMILY
                    || (!needle.is_empty() && !family.to_lowercase().contains(&needle))
                {
                    continue;
                }
                let is_current = current == Some(family.as_str());
                let item = ui.selectable_label(is_current, family);
                if is_current {
                    crate::ui::scroll_to_current(ui, &item);
                }
                if item.clicked() {
                    picked = Some(Some(family.clone()));
                }
            }
        });
    combo
        .response
        .widget_info(|| egui::WidgetInfo::labeled(egui::Role::ComboBox, true, label));
    picked
}
