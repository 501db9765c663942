//! The `waymark` command line and the package, run as real processes (one test binary:
//! each links the whole app, so one instead of five saves most of the link time).

mod commands;
mod merge;
mod packaging;
mod share;
mod text;
