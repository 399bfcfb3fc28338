//! The GB-EAW defendant field `movements`: the prisoner's releases from and
//! admissions to custody, read into [`MovementRecord`]s with located
//! errors.

use super::{Converter, span};
use crate::case::field_path::FieldPath;
use crate::case::model::{MovementKindId, MovementRecord};
use crate::case::raw::RawDefendant;
use crate::message::{Msg, MsgId};

impl Converter {
    /// Reads `movements` (the jurisdiction check is the caller's).
    pub(super) fn movements_field(
        &mut self,
        d: &RawDefendant,
        path: &FieldPath<'_>,
        ok: &mut bool,
    ) -> Vec<MovementRecord> {
        let mut out = Vec::new();
        for (i, m) in d.movements.iter().flat_map(|l| l.value.iter()).enumerate() {
            let f = path.key_index("movements", i);
            let text = m.kind.value.0.trim();
            let kind = MovementKindId::ALL.iter().copied().find(|k| k.id() == text);
            if kind.is_none() {
                let ids: Vec<&str> = MovementKindId::ALL.iter().map(|k| k.id()).collect();
                self.error(
                    "input.bad-movement-kind",
                    &f.key("kind"),
                    span(&m.kind),
                    Msg::new(MsgId::CvBadMovementKind).arg("value", text),
                    Msg::new(MsgId::CvValuesList).arg("list", ids.join(", ")),
                );
            }
            let day = self.date(&m.day, &f.key("day"));
            match (day, kind) {
                (Some(day), Some(kind)) => out.push(MovementRecord { day, kind }),
                _ => *ok = false,
            }
        }
        out
    }
}
