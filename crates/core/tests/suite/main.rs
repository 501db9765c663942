//! The core's integration tests, one binary (each test binary links the whole core, so
//! one binary instead of eighteen saves most of the link time).

mod blueprint_lines;
mod channels;
mod collab;
mod compare;
mod compare_i18n;
mod edit;
mod edit_by_id;
mod emotion;
mod export;
mod golden;
#[cfg(unix)]
mod hardening;
mod hostile;
mod i18n;
mod images;
mod interop;
mod io;
mod map_links;
mod merge_props;
mod merge_rules;
mod mermaid;
mod metric_direction;
mod paged;
mod pages;
mod pptx;
mod schema;
mod store;
mod support;
mod text;
mod title_slide;
mod v2;
