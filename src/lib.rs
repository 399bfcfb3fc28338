//! `sentencing` reads court cases from YAML files and explains how the
//! sentences combine, whether the combined figure is lawful, and when the
//! person can be paroled or commuted — every figure with the article of law
//! it comes from and the arithmetic behind it.
//!
//! The library does no printing and never exits the process; the binary in
//! `src/main.rs` is a thin shell around [`cli::run`].

// Hostile input must never crash the library: no unwrap/expect/panic and no
// slice indexing outside tests. Exceptions are `#[allow]`ed where they are
// provably sound, with the reason next to them.
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::indexing_slicing
    )
)]

pub mod analysis;
pub mod batch;
pub mod calendar;
pub mod case;
pub mod finding;
pub mod i18n;
pub mod import;
pub mod law;
pub mod message;
pub mod new_file;
pub mod penalty;
pub mod render;
pub mod text;
