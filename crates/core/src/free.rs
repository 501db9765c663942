//! Freeing large things on another thread: a 10,000-card document, its layout or its JSON
//! form takes milliseconds to free, which would hold up a frame or a colleague's save
//! being taken in. Small ones are freed where they are (a thread costs more than that).

use std::sync::Arc;

use crate::model::Project;

/// Documents (and their layouts) with at least this many cards are freed elsewhere.
pub const MANY_CARDS: usize = 2_000;

/// Frees `thing` on a short-lived thread (here, when no thread can be started: the
/// refused closure is dropped with it).
pub fn elsewhere<T: Send + 'static>(thing: T) {
    let _ = std::thread::Builder::new()
        .name("free".to_owned())
        .spawn(move || drop(thing));
}

/// How many cards `project` holds, over all its maps.
pub fn cards_in(project: &Project) -> usize {
    project.maps.iter().map(|m| m.cards.len()).sum()
}

/// Lets go of a shared document: freed elsewhere when this is its last holder and it has
/// [`MANY_CARDS`] or more, else here (for a document still shared, only a count goes down).
pub fn document(project: Arc<Project>) {
    if Arc::strong_count(&project) == 1 && cards_in(&project) >= MANY_CARDS {
        elsewhere(project);
    }
}
