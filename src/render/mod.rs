//! Rendering analyses and findings for people (tables, diagnostics) and
//! programs (JSON).

pub mod csv;
pub mod diagnostic;
pub mod escape;
pub mod fit;
pub mod html;
pub mod json;
pub mod table;
pub mod templates;
pub mod timeline;
