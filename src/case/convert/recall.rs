//! The GB-EAW defendant field `recall`: the recall of the licence (CJA 2003
//! s. 254), read into a [`RecallRecord`] with located errors.

use super::{Converter, span};
use crate::case::field_path::FieldPath;
use crate::case::model::{Located, RecallKindId, RecallRecord};
use crate::case::raw::RawDefendant;
use crate::message::{Msg, MsgId};

impl Converter {
    /// Reads `recall` (the jurisdiction check is the caller's).
    pub(super) fn recall_field(
        &mut self,
        d: &RawDefendant,
        path: &FieldPath<'_>,
        ok: &mut bool,
    ) -> Option<Located<RecallRecord>> {
        let r = d.recall.as_ref()?;
        let f = path.key("recall");
        let text = r.value.kind.value.0.trim();
        let kind = RecallKindId::ALL.iter().copied().find(|k| k.id() == text);
        if kind.is_none() {
            let ids: Vec<&str> = RecallKindId::ALL.iter().map(|k| k.id()).collect();
            self.error(
                "input.bad-recall-kind",
                &f.key("kind"),
                span(&r.value.kind),
                Msg::new(MsgId::CvBadRecallKind).arg("value", text),
                Msg::new(MsgId::CvValuesList).arg("list", ids.join(", ")),
            );
        }
        let revoked = r
            .value
            .revoked
            .as_ref()
            .map(|t| self.date(t, &f.key("revoked")));
        let returned = r
            .value
            .returned
            .as_ref()
            .map(|t| self.date(t, &f.key("returned")));
        let applies_from = r
            .value
            .applies_from
            .as_ref()
            .map(|t| self.date(t, &f.key("applies_from")));
        if matches!(revoked, Some(None))
            || matches!(returned, Some(None))
            || matches!(applies_from, Some(None))
            || kind.is_none()
        {
            *ok = false;
            return None;
        }
        let (revoked, returned) = (revoked.flatten(), returned.flatten());
        let kind = kind?;
        if let (Some(a), Some(b)) = (&revoked, &returned)
            && b.value < a.value
        {
            self.error(
                "input.dates-out-of-order",
                &f.key("returned"),
                b.span,
                Msg::new(MsgId::CvRecallReturnedBeforeRevoked)
                    .arg("returned", b.value)
                    .arg("revoked", a.value),
                MsgId::CvRecallReturnedBeforeRevokedHint,
            );
            *ok = false;
            return None;
        }
        if matches!(kind, RecallKindId::FixedTerm(_)) && returned.is_none() {
            self.error(
                "input.missing-field",
                &f,
                span(r),
                Msg::new(MsgId::CvRecallNeedsReturn).arg("kind", kind.id()),
                MsgId::CvRecallNeedsReturnHint,
            );
            *ok = false;
            return None;
        }
        Some(Located::new(
            RecallRecord {
                kind,
                revoked,
                returned,
                counts: r.value.counts.clone().unwrap_or_default(),
                remand: r.value.remand.unwrap_or(0),
                tagged_bail: r.value.tagged_bail.unwrap_or(0),
                applies_from: applies_from.flatten(),
            },
            span(r),
        ))
    }
}
