//! The starter case file written by `sentencing new`: every commonly used
//! field, commented, with values that validate as they stand.

use super::model::JurisdictionId;

/// A commented starter case file for a jurisdiction.
pub fn starter(jurisdiction: JurisdictionId) -> &'static str {
    crate::law::jurisdiction(jurisdiction).starter()
}
