//! The inspector with nothing selected: the map (name, state, scenario, expectations,
//! personas), each persona's profile, the project title and the map font.

use super::text_field;
use crate::edit::Action;
use crate::edit::ops::MapInfo;
use crate::model::{JourneyMap, MapState, Persona, Project};
use crate::ui::Edit;
use crate::ui::command::{Commands, FileRequest, PickImage, UICommand};
use crate::ui::i18n::{arg, tr, tr_args};

/// Where the "Map name" field finds that it should take the keyboard (Map → Rename map).
fn focus_name_id() -> egui::Id {
    egui::Id::unique("waymark-focus-map-name")
}

/// Puts the caret in the "Map name" field next frame, its text selected.
pub fn focus_name(ctx: &egui::Context) {
    ctx.data_mut(|d| d.insert_temp(focus_name_id(), true));
}

/// Draws the map's settings, its persona, the project title and the map font;
/// `guessed_language` is what "Automatic" takes the project's language to be.
pub fn map_ui(
    ui: &mut egui::Ui,
    project: &Project,
    map: &JourneyMap,
    guessed_language: &'static str,
    out: &mut Commands,
) {
    ui.heading(tr("group-map"));
    ui.add_space(4.0);
    ui.weak(tr_args(
        "inspector-map-counts",
        &[
            ("stages", map.stages.len().into()),
            ("lanes", map.lanes.len().into()),
            ("cards", map.cards.len().into()),
        ],
    ));
    ui.add_space(8.0);
    let mut info = MapInfo::of(map);
    let key = |field: &str| format!("map/{}/{field}", map.id);
    let focus = ui.data_mut(|d| d.remove_temp::<bool>(focus_name_id()).unwrap_or(false));
    if super::text_field_focused(ui, tr("inspector-map-name"), &mut info.name, focus, out) {
        out.edit(Edit::merged(
            Action::UpdateMapInfo(info.clone()),
            key("name"),
        ));
    }
    ui.horizontal(|ui| {
        for (state, label) in [
            (MapState::Current, tr("inspector-current-state")),
            (MapState::Future, tr("inspector-future-state")),
        ] {
            if ui.selectable_label(info.state == state, label).clicked() && info.state != state {
                info.state = state;
                out.edit(Edit::new(Action::UpdateMapInfo(info.clone())));
            }
        }
    });
    ui.add_space(6.0);
    if text_field(ui, tr("inspector-scenario"), &mut info.scenario, true, out) {
        out.edit(Edit::merged(
            Action::UpdateMapInfo(info.clone()),
            key("scenario"),
        ));
    }
    if text_field(
        ui,
        tr("inspector-expectations"),
        &mut info.expectations,
        true,
        out,
    ) {
        out.edit(Edit::merged(
            Action::UpdateMapInfo(info.clone()),
            key("expectations"),
        ));
    }
    super::personas::map_personas_ui(ui, project, &info, out);
    ui.add_space(6.0);
    ui.horizontal_wrapped(|ui| {
        for command in [
            UICommand::StartFutureState,
            UICommand::AddMap,
            UICommand::DuplicateMap,
        ] {
            super::command_button(ui, command, command.info().label, out);
        }
        let delete = UICommand::DeleteMap;
        if ui
            .add_enabled(
                project.maps.len() > 1,
                egui::Button::new(delete.info().label),
            )
            .on_hover_text(delete.info().tooltip)
            .clicked()
        {
            out.run(delete);
        }
    });
    ui.separator();
    ui.heading(tr("inspector-project"));
    ui.add_space(6.0);
    let mut title = project.title.clone();
    if text_field(ui, tr("inspector-project-title"), &mut title, false, out) {
        out.edit(Edit::merged(
            Action::SetTitle(title),
            "project/title".to_owned(),
        ));
    }
    font_ui(ui, project, out);
    ui.separator();
    language_ui(ui, project, guessed_language, out);
    ui.separator();
    super::channels::channels_ui(ui, project, out);
    for (index, p) in map
        .personas
        .iter()
        .filter_map(|id| project.persona(id))
        .enumerate()
    {
        ui.separator();
        persona_ui(ui, project, p, index, map.personas.len() > 1, out);
    }
}

/// The project's font family: Inter or any installed family, with a notice when the
/// chosen one is missing on this computer.
fn font_ui(ui: &mut egui::Ui, project: &Project, out: &mut Commands) {
    let engine = crate::text::TextEngine::global();
    if let Some(family) =
        crate::ui::font_picker::font_picker(ui, tr("inspector-map-font"), project.font.as_deref())
    {
        out.edit(Edit::new(Action::SetFont(family)));
    }
    if let Some(missing) = crate::text::coverage::missing_family(project, engine) {
        ui.colored_label(
            ui.visuals().warn_fg_color,
            tr_args("inspector-font-missing", &[("name", arg(missing))]),
        );
    }
}

/// The maps' language: the labels Waymark draws on them (SCENARIO, Pain point, page
/// numbers…) and how it writes quotes, lists, numbers and dates. "Automatic" guesses it
/// from the text; a tag Waymark has no catalogue for stays in the file as it is.
fn language_ui(ui: &mut egui::Ui, project: &Project, guessed: &'static str, out: &mut Commands) {
    use crate::i18n::{LANGUAGES, language_name};
    ui.heading(tr("inspector-map-language"));
    ui.weak(tr("inspector-map-language-what"));
    ui.add_space(4.0);
    let automatic = tr_args(
        "inspector-language-automatic",
        &[("name", arg(language_name(guessed)))],
    );
    let shown = project
        .language
        .as_deref()
        .map_or_else(|| automatic.clone(), |t| language_name(t).to_owned());
    let mut language = project.language.clone();
    let combo = egui::ComboBox::from_id_salt("map-language")
        .selected_text(shown)
        .width(ui.available_width() - 8.0)
        .show_ui(ui, |ui| {
            crate::ui::choice(ui, &mut language, None, &automatic);
            for l in LANGUAGES {
                crate::ui::choice(ui, &mut language, Some(l.tag.to_owned()), l.name);
            }
        });
    combo.response.widget_info(|| {
        egui::WidgetInfo::labeled(egui::Role::ComboBox, true, tr("inspector-map-language"))
    });
    if language != project.language {
        out.edit(Edit::new(Action::SetLanguage(language)));
    }
}

/// A persona's profile: name, role, quote, goals, needs, frustrations, photo, and (when
/// the map has several) the colour of its curve.
fn persona_ui(
    ui: &mut egui::Ui,
    project: &Project,
    persona: &Persona,
    index: usize,
    several: bool,
    out: &mut Commands,
) {
    ui.heading(if several && index == 0 {
        tr_args("inspector-persona-lead", &[("name", arg(&persona.name))])
    } else {
        tr_args("inspector-persona", &[("name", arg(&persona.name))])
    });
    ui.add_space(6.0);
    let mut p = persona.clone();
    let key = |field: &str| format!("persona/{}/{field}", persona.id);
    if text_field(ui, tr("inspector-name"), &mut p.name, false, out) {
        out.edit(Edit::merged(Action::UpdatePersona(p.clone()), key("name")));
    }
    if text_field(ui, tr("inspector-role"), &mut p.role, false, out) {
        out.edit(Edit::merged(Action::UpdatePersona(p.clone()), key("role")));
    }
    if text_field(ui, tr("inspector-quote"), &mut p.quote, true, out) {
        out.edit(Edit::merged(Action::UpdatePersona(p.clone()), key("quote")));
    }
    for (label, field) in [
        (tr("inspector-goals"), "goals"),
        (tr("inspector-needs"), "needs"),
        (tr("inspector-frustrations"), "frustrations"),
    ] {
        let list = match field {
            "goals" => &mut p.goals,
            "needs" => &mut p.needs,
            _ => &mut p.frustrations,
        };
        let mut text = list.join("\n");
        if text_field(ui, label, &mut text, true, out) {
            *list = text
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .map(str::to_owned)
                .collect();
            out.edit(Edit::merged(Action::UpdatePersona(p.clone()), key(field)));
        }
    }
    if several {
        let at = project
            .personas
            .iter()
            .position(|q| q.id == p.id)
            .unwrap_or(0);
        if let Some(color) = super::personas::curve_color_ui(ui, at, p.color) {
            p.color = color;
            out.edit(Edit::new(Action::UpdatePersona(p.clone())));
        }
    }
    ui.horizontal(|ui| {
        let label = if p.photo.is_some() {
            tr("inspector-change-photo")
        } else {
            tr("inspector-add-photo")
        };
        if ui.button(label).clicked() {
            out.file(FileRequest::PickImage(PickImage::PersonaPhoto(
                p.id.clone(),
            )));
        }
        if p.photo.is_some() && ui.button(tr("inspector-remove-photo")).clicked() {
            out.edit(Edit::new(Action::SetPersonaPhoto {
                persona: p.id.clone(),
                image: None,
            }));
        }
        if ui
            .button(tr("inspector-delete-persona"))
            .on_hover_text(tr("inspector-delete-persona-tip"))
            .clicked()
        {
            out.edit(Edit::new(Action::DeletePersona(p.id.clone())));
        }
    });
}
