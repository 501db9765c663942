//! Dates and times, through `jiff` (the version the app's logger already builds): the
//! RFC 3339 dates of review notes, the moments the data folder stamps (backups, recovery
//! copies), and the one way Waymark says how long ago something was (a recovery copy in
//! the window's offer, a backup in Compare with…).

use std::path::Path;

use jiff::{SignedDuration, Timestamp};

/// Milliseconds since the Unix epoch, now (0 on a clock set before 1970).
pub fn now_millis() -> u64 {
    u64::try_from(Timestamp::now().as_millisecond()).unwrap_or(0)
}

/// `secs` since 1970 as an RFC 3339 date-time in UTC to the second
/// (`2026-11-24T06:30:00Z`), the form a review note's `date` takes.
pub fn rfc3339(secs: u64) -> String {
    let at = i64::try_from(secs)
        .ok()
        .and_then(|s| Timestamp::from_second(s).ok())
        .unwrap_or(Timestamp::MAX);
    at.strftime("%Y-%m-%dT%H:%M:%SZ").to_string()
}

/// The current time as an RFC 3339 date-time in UTC, to the second (for a note's `date`).
pub fn now_rfc3339() -> String {
    rfc3339(u64::try_from(Timestamp::now().as_second()).unwrap_or(0))
}

/// When the file at `path` was last changed, in milliseconds since the Unix epoch.
pub fn modified_millis(path: &Path) -> Option<u64> {
    let modified = std::fs::metadata(path).and_then(|m| m.modified()).ok()?;
    let at = Timestamp::try_from(modified).ok()?;
    u64::try_from(at.as_millisecond()).ok()
}

/// `secs` since 1970 as the local time of day, `10:02` (UTC where the time zone is
/// unknown): when someone opened a file, in the window's status bar.
pub fn local_time(secs: u64) -> String {
    let Some(at) = i64::try_from(secs)
        .ok()
        .and_then(|s| Timestamp::from_second(s).ok())
    else {
        return String::new();
    };
    at.to_zoned(jiff::tz::TimeZone::system())
        .strftime("%H:%M")
        .to_string()
}

/// How long before `now` the moment `then` was (both in milliseconds since the Unix
/// epoch), in words: `less than a minute ago`, `a minute ago`, `5 minutes ago`,
/// `an hour ago`, `3 hours ago`, `yesterday`, `4 days ago`. A moment after `now` (a clock
/// that moved back) is `less than a minute ago`.
pub fn ago(then: u64, now: u64) -> String {
    let to_time = |ms: u64| {
        i64::try_from(ms)
            .ok()
            .and_then(|ms| Timestamp::from_millisecond(ms).ok())
            .unwrap_or(Timestamp::MAX)
    };
    let elapsed = to_time(now).duration_since(to_time(then));
    let seconds = elapsed.max(SignedDuration::ZERO).as_secs();
    match seconds {
        0..60 => "less than a minute ago".to_owned(),
        60..120 => "a minute ago".to_owned(),
        120..3600 => format!("{} minutes ago", seconds / 60),
        3600..7200 => "an hour ago".to_owned(),
        7200..86_400 => format!("{} hours ago", seconds / 3600),
        86_400..172_800 => "yesterday".to_owned(),
        _ => format!("{} days ago", seconds / 86_400),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_rfc3339() {
        assert_eq!(rfc3339(0), "1970-01-01T00:00:00Z");
        assert_eq!(rfc3339(1_795_500_000), "2026-11-24T06:00:00Z");
        assert_eq!(rfc3339(951_782_400), "2000-02-29T00:00:00Z");
        assert!(
            rfc3339(u64::MAX).starts_with("9999-12-"),
            "the latest jiff can write"
        );
        let now = now_rfc3339();
        assert_eq!(now.len(), 20, "{now}");
        assert!(now.ends_with('Z') && now.as_bytes()[10] == b'T', "{now}");
    }

    #[test]
    fn how_long_ago_in_words() {
        let now = 1_795_500_000_000;
        let minute = 60_000;
        for (before, words) in [
            (0, "less than a minute ago"),
            (59_999, "less than a minute ago"),
            (minute, "a minute ago"),
            (5 * minute, "5 minutes ago"),
            (60 * minute, "an hour ago"),
            (3 * 60 * minute, "3 hours ago"),
            (25 * 60 * minute, "yesterday"),
            (4 * 24 * 60 * minute, "4 days ago"),
        ] {
            assert_eq!(ago(now - before, now), words, "{before} ms before");
        }
        assert_eq!(ago(now + minute, now), "less than a minute ago");
        assert_eq!(ago(0, u64::MAX), ago(0, u64::MAX));
    }
}
