//! The bundled text of the StGB: its snapshot day, and the in-force start
//! recorded for every rule (see the module docs of `law::de`).

use jiff::civil::{Date, date};

/// The first day the rules are recorded in force (see the module docs).
pub const IN_FORCE: Date = date(1975, 1, 1);
/// The day of the bundled text.
pub const SNAPSHOT: Date = date(2022, 3, 26);
/// The verification note of every StGB rule.
pub const SNAPSHOT_NOTE: &str = "law/de/stgb-excerpt.md (consolidated text, snapshot of 2022-03-26); the in-force start 1975-01-01 is not verified";
