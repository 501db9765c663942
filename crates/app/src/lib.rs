//! Waymark: a desktop editor for customer journey maps.
//!
//! [`ui`] is a thin egui layer over the core (`waymark-core`, re-exported here module by
//! module), and [`cli`] runs the same core without a window.

pub use waymark_core::{
    assets, compare, dates, edit, export, find, fonts, free, generate, i18n, icons, images,
    interop, io, layout, model, palette, printable, session, store, text,
};

pub mod cli;
pub mod compare_cli;
pub mod ui;
