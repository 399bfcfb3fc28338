//! The whole penalty text of a count or a decided sentence (CN): the
//! principal penalty, its suspension (缓刑) and the supplementary penalties
//! written after it, merged with the separate `political_rights`, `fine`
//! and `confiscation` fields. Also the CN-only defendant fields of the
//! suspension (`criminal_group_leader`, `suspension_revoked`).

use super::{Converter, span, sub_span};
use crate::case::JurisdictionId;
use crate::case::field_path::FieldPath;
use crate::case::model::{Located, Revocation, RevocationGround};
use crate::case::raw::{RawDefendant, SpannedText};
use crate::finding::Span;
use crate::message::{Msg, MsgId};
use crate::penalty::{Confiscation, Money, PoliticalRights, Principal, Term};
use std::fmt;

/// A penalty text read in full, every part located in the file.
pub(super) struct FullPenalty {
    pub penalty: Located<Principal>,
    pub probation: Option<Located<Term>>,
    pub political_rights: Option<Located<PoliticalRights>>,
    pub fine: Option<Located<Money>>,
    pub confiscation: Option<Located<Confiscation>>,
    pub expulsion: bool,
}

impl Converter {
    /// Reads the `penalty` of a count or decided sentence with the
    /// jurisdiction's full grammar (only China reads more than a principal
    /// penalty).
    pub(super) fn penalty_text(
        &mut self,
        v: &SpannedText,
        field: &(impl fmt::Display + ?Sized),
    ) -> Option<FullPenalty> {
        let text = &v.value.0;
        let parsed = match self.jurisdiction {
            Some(j) => crate::law::jurisdiction(j).parse_penalty_text(text),
            None => crate::penalty::parse_penalty(text).map(|p| crate::penalty::PenaltyText {
                principal: p,
                probation: None,
                political_rights: None,
                fine: None,
                confiscation: None,
                expulsion: None,
            }),
        };
        match parsed {
            Ok(t) => {
                let whole = span(v);
                let at = |offset: usize, len: usize| sub_span(whole, text, offset, len);
                Some(FullPenalty {
                    penalty: Located::new(t.principal, whole),
                    probation: t
                        .probation
                        .map(|p| Located::new(p.value, at(p.offset, p.len))),
                    political_rights: t
                        .political_rights
                        .map(|p| Located::new(p.value, at(p.offset, p.len))),
                    fine: t.fine.map(|p| Located::new(p.value, at(p.offset, p.len))),
                    confiscation: t
                        .confiscation
                        .map(|p| Located::new(p.value, at(p.offset, p.len))),
                    expulsion: t.expulsion.is_some(),
                })
            }
            Err(e) => {
                self.grammar_error(field, v, e);
                None
            }
        }
    }

    /// A supplementary penalty written both in the penalty text and in its
    /// own field: an error at the field. Returns the one to keep.
    pub(super) fn merge_part<T>(
        &mut self,
        from_text: Option<Located<T>>,
        from_field: Option<Located<T>>,
        name: &str,
        field: &FieldPath<'_>,
        ok: &mut bool,
    ) -> Option<Located<T>> {
        match (from_text, from_field) {
            (Some(t), Some(f)) => {
                self.error(
                    "input.penalty-given-twice",
                    &field.key(name),
                    f.span,
                    Msg::new(MsgId::CvGivenTwice).arg("name", name),
                    MsgId::CvGivenTwiceHint,
                );
                *ok = false;
                Some(t)
            }
            (t, f) => t.or(f),
        }
    }

    /// `criminal_group_leader` and `suspension_revoked` (China only).
    pub(super) fn suspension_fields(
        &mut self,
        d: &RawDefendant,
        path: &FieldPath<'_>,
        ok: &mut bool,
    ) -> (bool, Option<Located<Revocation>>) {
        let accepted = self
            .jurisdiction
            .map(|j| crate::law::jurisdiction(j).defendant_fields());
        let mut refused = false;
        for (name, at) in [
            (
                "criminal_group_leader",
                d.criminal_group_leader.map(|_| span(&d.name)),
            ),
            (
                "suspension_revoked",
                d.suspension_revoked.as_ref().map(span),
            ),
        ] {
            if let (Some(at), Some(accepted)) = (at, accepted)
                && !accepted.contains(&name)
            {
                self.not_for_jurisdiction(name, path, at);
                *ok = false;
                refused = true;
            }
        }
        if refused {
            return (false, None);
        }
        let revoked = d.suspension_revoked.as_ref().and_then(|r| {
            let f = path.key("suspension_revoked");
            let date = self.date(&r.value.date, &f.key("date"));
            let text = r.value.ground.value.0.trim();
            let ground = RevocationGround::ALL
                .iter()
                .copied()
                .find(|g| g.id() == text);
            if ground.is_none() {
                let ids: Vec<&str> = RevocationGround::ALL.iter().map(|g| g.id()).collect();
                self.error(
                    "input.bad-revocation-ground",
                    &f.key("ground"),
                    span(&r.value.ground),
                    Msg::new(MsgId::CvBadRevocationGround).arg("value", text),
                    Msg::new(MsgId::CvValuesList).arg("list", ids.join(", ")),
                );
            }
            match (date, ground) {
                (Some(date), Some(ground)) => Some(Located::new(
                    Revocation {
                        date: date.value,
                        ground,
                    },
                    span(r),
                )),
                _ => {
                    *ok = false;
                    None
                }
            }
        });
        (d.criminal_group_leader.unwrap_or(false), revoked)
    }

    fn not_for_jurisdiction(&mut self, name: &str, path: &FieldPath<'_>, at: Span) {
        let code = self.jurisdiction.map_or("?", |j| j.code());
        let takers: Vec<&str> = JurisdictionId::ALL
            .iter()
            .filter(|j| {
                crate::law::jurisdiction(**j)
                    .defendant_fields()
                    .contains(&name)
            })
            .map(|j| j.code())
            .collect();
        self.error(
            "input.field-not-for-jurisdiction",
            &path.key(name),
            at,
            Msg::new(MsgId::CvFieldNotForJurisdiction)
                .arg("name", name)
                .arg("code", code),
            Msg::new(MsgId::CvFieldNotForJurisdictionHint)
                .arg("name", name)
                .arg("list", takers.join(", ")),
        );
    }
}
