//! Messages as data.
//!
//! Every user-facing text the calculator produces — step explanations,
//! findings and their hints, date events, table titles and headers — is a
//! [`Msg`]: a [`MsgId`] naming a template, and named, typed arguments
//! ([`Arg`]). This module holds only the data, so that the law, the case
//! model and the penalty grammar can build messages without knowing any
//! language; `crate::i18n` (above the analysis) holds the catalogues and is
//! the only place that turns a message into text (`Msg::render`, `Display`).

use crate::law::rule::Rule;
use crate::penalty::{
    Confiscation, Money, PenaltyRange, PoliticalRights, Principal, PrincipalKind, Term,
};

macro_rules! message_ids {
    ($($name:ident),* $(,)?) => {
        /// One variant per message; the catalogues give its template.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum MsgId { $($name),* }

        impl MsgId {
            /// Every message, in declaration order.
            pub const ALL: &[MsgId] = &[$(MsgId::$name),*];

            /// The variant's name, a stable key for tests and tools.
            pub fn key(self) -> &'static str {
                match self { $(MsgId::$name => stringify!($name)),* }
            }
        }
    };
}

include!("ids.rs");

/// How the items of an [`Arg::List`] are joined.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sep {
    /// `a + b` / `a＋b`.
    Plus,
    /// `a, b` / `a、b`.
    Comma,
    /// `a; b` / `a；b`.
    Semicolon,
    /// The two ends of a period: `a to b` / `a至b`.
    To,
}

/// A rule, compared by id.
#[derive(Debug, Clone, Copy)]
pub struct RuleRef(pub &'static Rule);

impl PartialEq for RuleRef {
    fn eq(&self, other: &RuleRef) -> bool {
        self.0.id == other.0.id
    }
}
impl Eq for RuleRef {}

/// A typed argument, formatted per language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Arg {
    /// Text that is the same in every language (names, field paths, codes, input).
    Text(String),
    Int(i64),
    Term(Term),
    Penalty(Principal),
    Range(PenaltyRange),
    /// A date inside running text.
    Date(jiff::civil::Date),
    Money(Money),
    PoliticalRights(PoliticalRights),
    Confiscation(Confiscation),
    /// The name of a kind of principal penalty (`imprisonment`, `有期徒刑`).
    Kind(PrincipalKind),
    /// A rule's citation (with its UNVERIFIED mark).
    Cite(RuleRef),
    /// A rule's bare citation (no UNVERIFIED mark).
    Citation(RuleRef),
    /// Why an UNVERIFIED rule is not confirmed (its own words in English,
    /// the catalogue's in Chinese where it has them).
    UnverifiedWhy(RuleRef),
    /// A rule's one-line summary (the catalogue's Chinese where it has one).
    Summary(RuleRef),
    Msg(Box<Msg>),
    List(Vec<Arg>, Sep),
    /// A name from the case file in English, and in Chinese when the file gives it
    /// (`bending the law for selfish ends` / `徇私枉法罪`).
    Named {
        en: String,
        zh: Option<String>,
    },
}

impl From<String> for Arg {
    fn from(s: String) -> Arg {
        Arg::Text(s)
    }
}
impl From<&str> for Arg {
    fn from(s: &str) -> Arg {
        Arg::Text(s.to_string())
    }
}
impl From<&String> for Arg {
    fn from(s: &String) -> Arg {
        Arg::Text(s.clone())
    }
}
macro_rules! int_arg {
    ($($t:ty),*) => { $(impl From<$t> for Arg { fn from(n: $t) -> Arg { Arg::Int(n as i64) } })* };
}
int_arg!(i64, i32, u32, u64, usize);
impl From<Term> for Arg {
    fn from(t: Term) -> Arg {
        Arg::Term(t)
    }
}
impl From<Principal> for Arg {
    fn from(p: Principal) -> Arg {
        Arg::Penalty(p)
    }
}
impl From<PenaltyRange> for Arg {
    fn from(r: PenaltyRange) -> Arg {
        Arg::Range(r)
    }
}
impl From<jiff::civil::Date> for Arg {
    fn from(d: jiff::civil::Date) -> Arg {
        Arg::Date(d)
    }
}
impl From<Money> for Arg {
    fn from(m: Money) -> Arg {
        Arg::Money(m)
    }
}
impl From<&Money> for Arg {
    fn from(m: &Money) -> Arg {
        Arg::Money(m.clone())
    }
}
impl From<PoliticalRights> for Arg {
    fn from(p: PoliticalRights) -> Arg {
        Arg::PoliticalRights(p)
    }
}
impl From<Confiscation> for Arg {
    fn from(c: Confiscation) -> Arg {
        Arg::Confiscation(c)
    }
}
impl From<&'static Rule> for Arg {
    fn from(r: &'static Rule) -> Arg {
        Arg::Cite(RuleRef(r))
    }
}
impl From<Msg> for Arg {
    fn from(m: Msg) -> Arg {
        Arg::Msg(Box::new(m))
    }
}
impl From<MsgId> for Arg {
    fn from(id: MsgId) -> Arg {
        Arg::Msg(Box::new(Msg::new(id)))
    }
}

impl From<PrincipalKind> for Arg {
    fn from(k: PrincipalKind) -> Arg {
        Arg::Kind(k)
    }
}

/// A message: a catalogue template and its arguments.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Msg {
    pub id: MsgId,
    pub args: Vec<(&'static str, Arg)>,
}

impl Msg {
    /// A message without arguments yet.
    pub fn new(id: MsgId) -> Msg {
        Msg {
            id,
            args: Vec::new(),
        }
    }

    /// Adds the argument `name`.
    pub fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Msg {
        self.args.push((name, value.into()));
        self
    }

    /// The argument `name`, if given.
    pub fn arg_value(&self, name: &str) -> Option<&Arg> {
        self.args.iter().find(|(n, _)| *n == name).map(|(_, a)| a)
    }

    /// The id of the message given as argument `name`, if it is one.
    pub fn arg_msg_id(&self, name: &str) -> Option<MsgId> {
        match self.arg_value(name)? {
            Arg::Msg(m) => Some(m.id),
            _ => None,
        }
    }

    /// Text not (yet) in the catalogues, shown as is in every language.
    /// Nothing in the library uses it; `tests/i18n.rs` checks that the
    /// analysis and the input errors of the test files do not.
    pub fn untranslated(text: impl Into<String>) -> Msg {
        Msg::new(MsgId::Untranslated).arg("text", Arg::Text(text.into()))
    }
}

impl From<MsgId> for Msg {
    fn from(id: MsgId) -> Msg {
        Msg::new(id)
    }
}
