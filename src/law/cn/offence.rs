//! An offence as a message argument, named as the case file names it.

use crate::message::Arg;

/// An offence named in English and, when the file gives it, in Chinese.
pub(crate) fn offence_arg(en: &str, zh: &Option<String>) -> Arg {
    Arg::Named {
        en: en.to_string(),
        zh: zh.clone(),
    }
}
