//! Key presses to commands: which presses match a command's shortcuts (Shift+digit by the
//! key's place, "?" whatever Shift), where they may fire (never a plain key while typing),
//! and taking them out of egui's input so nothing else acts on them.

use egui::{Key, KeyboardShortcut, Modifiers};

use super::registry::{Scope, UICommand};

/// Whether a plain key (no Ctrl/⌘) would type text: those never fire in a text field.
fn types_text(shortcut: &KeyboardShortcut) -> bool {
    !shortcut.modifiers.command
        && !shortcut.modifiers.ctrl
        && !matches!(
            shortcut.logical_key,
            Key::F1 | Key::F2 | Key::F3 | Key::F10 | Key::Menu | Key::Escape
        )
}

/// Keys typed with Shift on common layouts ("?", "+"): Shift is ignored for them.
fn shift_is_part_of(key: Key) -> bool {
    matches!(
        key,
        Key::Questionmark | Key::Plus | Key::Exclamationmark | Key::Colon | Key::Pipe
    )
}

/// Whether a key press matches `shortcut`: the same key (by its character, or by its
/// place for Shift+digit, which types "!" or "\"" on different layouts) and modifiers.
fn matches(shortcut: &KeyboardShortcut, key: Key, physical: Option<Key>, m: Modifiers) -> bool {
    let wanted = shortcut.modifiers;
    let same_key = key == shortcut.logical_key || physical == Some(shortcut.logical_key);
    same_key
        && m.alt == wanted.alt
        && (m.shift == wanted.shift || shift_is_part_of(shortcut.logical_key))
        && m.cmd_ctrl_matches(wanted)
}

/// Where the keyboard is, for deciding which shortcuts apply.
#[derive(Clone, Copy, Debug)]
pub struct KeyFocus {
    /// A text field has the focus.
    pub typing: bool,
    /// The canvas has the focus, or nothing has.
    pub canvas: bool,
}

/// Takes the key presses of this frame that are shortcuts of commands `enabled` says may
/// run, and returns those commands in the order pressed.
pub fn take_pressed(
    input: &mut egui::InputState,
    focus: KeyFocus,
    enabled: impl Fn(UICommand) -> bool,
) -> Vec<UICommand> {
    let mut pressed = Vec::new();
    input.events.retain(|event| {
        let egui::Event::Key {
            key,
            physical_key,
            pressed: true,
            modifiers,
            ..
        } = event
        else {
            return true;
        };
        let hit = UICommand::ALL.into_iter().find(|command| {
            let info = command.info();
            let allowed = match info.scope {
                Scope::Anywhere => true,
                Scope::NotTyping => !focus.typing,
                Scope::Canvas => !focus.typing && focus.canvas,
            };
            allowed
                && info.shortcuts.iter().any(|s| {
                    matches(s, *key, *physical_key, *modifiers) && !(focus.typing && types_text(s))
                })
        });
        match hit {
            Some(command) if enabled(command) => {
                pressed.push(command);
                false
            }
            _ => true,
        }
    });
    pressed
}

#[cfg(test)]
mod tests {
    use super::*;

    const NONE: Modifiers = Modifiers::NONE;
    const SHIFT: Modifiers = Modifiers::SHIFT;
    const ALT: Modifiers = Modifiers::ALT;

    fn key(modifiers: Modifiers, key: Key) -> KeyboardShortcut {
        KeyboardShortcut::new(modifiers, key)
    }

    #[test]
    fn every_command_is_listed_once_and_no_two_share_a_key() {
        let mut seen = std::collections::HashSet::new();
        for command in UICommand::ALL {
            assert!(seen.insert(command), "{command:?} twice");
        }
        let keys: Vec<_> = UICommand::ALL
            .iter()
            .flat_map(|c| c.info().shortcuts.iter().map(move |s| (*c, *s)))
            .collect();
        for (i, (a, ka)) in keys.iter().enumerate() {
            for (b, kb) in &keys[i + 1..] {
                assert!(
                    !matches(ka, kb.logical_key, None, kb.modifiers),
                    "{a:?} and {b:?} share {ka:?}"
                );
            }
        }
    }

    #[test]
    fn shift_digit_matches_by_place_and_plain_keys_need_plain_modifiers() {
        let fit = key(SHIFT, Key::Num1);
        assert!(matches(&fit, Key::Exclamationmark, Some(Key::Num1), SHIFT));
        assert!(!matches(&fit, Key::Num1, Some(Key::Num1), NONE));
        let tab = key(NONE, Key::Tab);
        assert!(!matches(&tab, Key::Tab, None, SHIFT));
        let right = key(NONE, Key::ArrowRight);
        assert!(!matches(&right, Key::ArrowRight, None, ALT));
        let help = key(NONE, Key::Questionmark);
        assert!(matches(&help, Key::Questionmark, Some(Key::Slash), SHIFT));
    }
}
