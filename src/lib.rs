//! Waymark: a desktop editor for customer journey maps.
//!
//! The core — [`model`], [`io`], [`edit`], [`store`], [`text`], [`layout`], [`export`] — knows no window; [`ui`] is a thin
//! egui layer over it, and [`cli`] runs the same core without a window.

pub mod assets;
pub mod cli;
pub mod edit;
pub mod export;
pub mod fonts;
pub mod generate;
pub mod images;
pub mod interop;
pub mod io;
pub mod layout;
pub mod model;
pub mod palette;
pub mod store;
pub mod text;
pub mod ui;
