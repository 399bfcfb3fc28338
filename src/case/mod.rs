//! The case file: its format, how it is read, and the validated model.
//!
//! Reading happens in two stages: [`raw`] mirrors the YAML (unknown fields
//! are errors), [`convert`] checks every value and builds the domain types of
//! [`model`]. Only the domain types reach the law.

mod convert;
mod dates;
mod field_path;
mod load;
mod model;
pub mod raw;
pub mod schema;
mod tags;
mod template;
mod text_schemas;

pub use convert::parse_article;
pub use dates::{DateError, parse_date, parse_offence_period};
pub use field_path::FieldPath;
pub use load::{
    DEFAULT_MAX_FILE_BYTES, LoadedFile, ReadError, load_bytes, load_bytes_limited, load_file,
    load_str, parse_raw,
};
pub use model::*;
pub use template::starter;
