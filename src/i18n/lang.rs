//! The output languages, and the catalogue of each.

use super::{en, zh};
use crate::message::{Msg, MsgId};

/// An output language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    /// English, the default.
    #[default]
    En,
    /// Chinese (simplified), as Chinese courts and lawyers write it.
    Zh,
}

impl Lang {
    /// The catalogue template of `id` in this language.
    pub fn template(self, id: MsgId) -> &'static str {
        match self {
            Lang::En => en::template(id),
            Lang::Zh => zh::template(id),
        }
    }

    /// A message without arguments, such as a table header.
    pub fn label(self, id: MsgId) -> String {
        Msg::new(id).render(self)
    }
}
