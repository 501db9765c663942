//! What `waymark check` says about the project's own channels beyond the load rules: a
//! card naming a channel the project does not have (a problem: the file opens, the card
//! shows no channel chip), and a channel or card whose icon the library does not have (a
//! warning: it shows without an icon).

use super::Problem;
use crate::model::{ChannelRef, Project};

/// Cards whose channel names a project channel the project does not have (a hand edit,
/// or a merge of a card against a deleted channel).
pub fn broken_channels(project: &Project) -> Vec<Problem> {
    let mut problems = Vec::new();
    for map in &project.maps {
        for card in &map.cards {
            let Some(channel @ ChannelRef::Custom(id)) = &card.channel else {
                continue;
            };
            if channel.custom(&project.channels).is_some() {
                continue;
            }
            let title: String = card.title.chars().take(60).collect();
            problems.push(Problem {
                location: format!("map {:?} ({}), card {}", map.name, map.id, card.id),
                message: format!(
                    "“{title}” is on channel {:?}, which is neither a built-in channel nor one of the project's: pick another channel",
                    id.as_str().chars().take(60).collect::<String>()
                ),
            });
        }
    }
    problems
}

/// Project channels and cards whose icon the bundled library does not have (they show
/// with no icon), each naming the icon.
pub fn unknown_icons(project: &Project) -> Vec<Problem> {
    let unknown = |icon: &str| !icon.is_empty() && !crate::icons::exists(icon);
    let message = |icon: &str, what: &str| {
        format!(
            "the icon {:?} is not in the icon library; the {what} shows without one",
            icon.chars().take(100).collect::<String>()
        )
    };
    let channels = project
        .channels
        .iter()
        .filter(|c| unknown(&c.icon))
        .map(|c| Problem {
            location: format!("channel {:?} ({})", c.name, c.id),
            message: message(&c.icon, "channel"),
        });
    let cards = project.maps.iter().flat_map(|map| {
        map.cards
            .iter()
            .filter(|c| unknown(&c.icon))
            .map(move |c| Problem {
                location: format!("map {:?} ({}), card {}", map.name, map.id, c.id),
                message: message(&c.icon, "card"),
            })
    });
    channels.chain(cards).collect()
}
