//! Waymark's core: everything but the window.
//!
//! [`model`] is the document; [`io`] reads and writes project files; [`edit`] changes the
//! document through undoable actions; [`text`] shapes and wraps every string once;
//! [`layout`] places everything and builds the scene every renderer draws; [`export`]
//! writes SVG, PNG and PDF from that scene; [`interop`] speaks CSV and Mermaid; [`store`]
//! keeps recent files, backups, recovery copies and settings; [`dates`] writes and reads
//! dates and says how long ago something was; [`session`] is one open document's life
//! (open, save, reload, close, recovery) as the window lives it. Nothing here depends on
//! egui, eframe
//! or winit: the editor (the `waymark` crate) is a thin layer over this crate.

pub mod assets;
pub mod compare;
pub mod dates;
pub mod edit;
pub mod export;
pub mod find;
pub mod fonts;
pub mod free;
pub mod generate;
pub mod i18n;
pub mod icons;
pub mod images;
pub mod interop;
pub mod io;
pub mod layout;
pub mod model;
pub mod palette;
pub mod printable;
pub mod session;
pub mod store;
pub mod text;
