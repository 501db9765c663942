//! Freeing large things on another thread: a 10,000-card document, its layout or its JSON
//! form takes milliseconds to free, which would hold up a frame or a colleague's save
//! being taken in.

/// Frees `thing` on a short-lived thread (here, when no thread can be started: the
/// refused closure is dropped with it).
pub fn elsewhere<T: Send + 'static>(thing: T) {
    let _ = std::thread::Builder::new()
        .name("free".to_owned())
        .spawn(move || drop(thing));
}
