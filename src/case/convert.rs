//! From the YAML as written ([`super::raw`]) to the validated case
//! ([`super::model`]). Every problem becomes a [`Finding`] with the field's
//! place in the file and a hint; conversion goes on after a problem so that
//! one run reports all of them.

use super::dates::{parse_date, parse_offence_period};
use super::field_path::FieldPath;
use super::model::*;
use super::raw::*;
use crate::finding::{Finding, Severity, Span};
use crate::message::{Msg, MsgId};
use crate::penalty::{
    self, Confiscation, Money, PenaltyParseError, PoliticalRights, Principal, Term,
};
use jiff::civil::Date;
use serde_saphyr::{Location, Spanned};
use std::fmt;

mod legislation;
mod movement;
mod penalty_text;
mod recall;

/// The list of defendants, the root of most field paths.
const DEFENDANTS: FieldPath<'static> = FieldPath::Root("defendants");

/// The span of a located YAML value.
pub fn span_of(location: &Location) -> Span {
    let s = location.span();
    Span {
        line: location.line(),
        column: location.column(),
        byte_offset: s
            .byte_offset()
            .and_then(|o| usize::try_from(o).ok())
            .unwrap_or(0),
        byte_len: s
            .byte_len()
            .and_then(|o| usize::try_from(o).ok())
            .unwrap_or(0),
    }
}

fn span<T>(v: &Spanned<T>) -> Span {
    span_of(&v.referenced)
}

/// The span of the part of a scalar that a grammar error points at, when the
/// scalar is written plainly on one line (the usual case). Quoted or folded
/// scalars fall back to the whole value.
fn sub_span(whole: Span, source_text: &str, offset: usize, len: usize) -> Span {
    if whole.byte_len == source_text.len() && offset <= source_text.len() {
        let column_shift = source_text.get(..offset).map_or(0, |p| p.chars().count());
        Span {
            line: whole.line,
            column: whole.column + column_shift as u64,
            byte_offset: whole.byte_offset + offset,
            byte_len: len.max(1),
        }
    } else {
        whole
    }
}

/// Collects findings while converting.
struct Converter {
    findings: Vec<Finding>,
    /// The case's jurisdiction, once known: penalties are read with its grammar.
    jurisdiction: Option<JurisdictionId>,
}

impl Converter {
    fn error(
        &mut self,
        code: &'static str,
        field: &(impl fmt::Display + ?Sized),
        span: Span,
        message: Msg,
        hint: impl Into<Msg>,
    ) {
        let f = Finding::new(Severity::Error, code, message)
            .field(field.to_string())
            .at(span)
            .hint(hint.into());
        self.findings.push(f);
    }

    fn date(
        &mut self,
        v: &SpannedText,
        field: &(impl fmt::Display + ?Sized),
    ) -> Option<Located<Date>> {
        match parse_date(&v.value.0) {
            Ok(d) => Some(Located::new(d, span(v))),
            Err(e) => {
                self.error("input.bad-date", field, span(v), e.message, e.hint);
                None
            }
        }
    }

    fn grammar_error(
        &mut self,
        field: &(impl fmt::Display + ?Sized),
        v: &SpannedText,
        e: PenaltyParseError,
    ) {
        let at = sub_span(span(v), &v.value.0, e.offset, e.len);
        self.error("input.bad-penalty", field, at, e.message, e.hint);
    }

    fn principal(
        &mut self,
        v: &SpannedText,
        field: &(impl fmt::Display + ?Sized),
    ) -> Option<Located<Principal>> {
        let parsed = match self.jurisdiction {
            Some(j) => crate::law::jurisdiction(j).parse_penalty(&v.value.0),
            None => penalty::parse_penalty(&v.value.0),
        };
        match parsed {
            Ok(p) => Some(Located::new(p, span(v))),
            Err(e) => {
                self.grammar_error(field, v, e);
                None
            }
        }
    }

    fn political_rights(
        &mut self,
        v: &Option<SpannedText>,
        field: &(impl fmt::Display + ?Sized),
    ) -> Result<Option<Located<PoliticalRights>>, ()> {
        let Some(v) = v else { return Ok(None) };
        match penalty::parse_political_rights(&v.value.0) {
            Ok(p) => Ok(Some(Located::new(p, span(v)))),
            Err(e) => {
                self.grammar_error(field, v, e);
                Err(())
            }
        }
    }

    fn fine(
        &mut self,
        v: &Option<SpannedText>,
        field: &(impl fmt::Display + ?Sized),
    ) -> Result<Option<Located<Money>>, ()> {
        let Some(v) = v else { return Ok(None) };
        // With or without a judgment's lead-in (`并处罚金人民币五千元`).
        match penalty::parse_fine(&v.value.0) {
            Ok(m) => Ok(Some(Located::new(m, span(v)))),
            Err(e) => {
                let at = sub_span(span(v), &v.value.0, e.offset, e.len);
                self.error("input.bad-money", field, at, e.message, e.hint);
                Err(())
            }
        }
    }

    fn confiscation(
        &mut self,
        v: &Option<SpannedText>,
        field: &(impl fmt::Display + ?Sized),
    ) -> Result<Option<Located<Confiscation>>, ()> {
        let Some(v) = v else { return Ok(None) };
        match penalty::parse_confiscation(&v.value.0) {
            Ok(c) => Ok(Some(Located::new(c, span(v)))),
            Err(e) => {
                self.grammar_error(field, v, e);
                Err(())
            }
        }
    }

    /// An optional penalty field of a count that only some jurisdictions
    /// read (`statutory_max`, `statutory_min`): refused elsewhere, read with
    /// the jurisdiction's grammar where accepted. Clears `ok` on an error.
    fn count_penalty_field(
        &mut self,
        v: &Option<SpannedText>,
        name: &str,
        field: &FieldPath<'_>,
        accepted: &[&str],
        ok: &mut bool,
    ) -> Option<Located<Principal>> {
        let v = v.as_ref()?;
        if self.jurisdiction.is_some() && !accepted.contains(&name) {
            self.field_not_for_jurisdiction(name, field, span(v));
            *ok = false;
            return None;
        }
        let p = self.principal(v, &field.key(name));
        *ok &= p.is_some();
        p
    }

    /// GB-EAW: the count's `sentence_type` and `extension`, checked together.
    fn sentence_type(
        &mut self,
        rc: &RawCount,
        field: &FieldPath<'_>,
        accepted: &[&str],
        ok: &mut bool,
    ) -> Option<Located<SentenceType>> {
        let mut taken = |name: &str, at: Span, this: &mut Self| {
            let refused = this.jurisdiction.is_some() && !accepted.contains(&name);
            if refused {
                this.field_not_for_jurisdiction(name, field, at);
                *ok = false;
            }
            !refused
        };
        let ty = match &rc.sentence_type {
            Some(v) if taken("sentence_type", span(v), self) => {
                let text = v.value.0.trim();
                if SentenceType::IDS.contains(&text) {
                    Some((text.to_string(), span(v)))
                } else {
                    self.error(
                        "input.bad-sentence-type",
                        &field.key("sentence_type"),
                        span(v),
                        Msg::new(MsgId::CvBadSentenceType).arg("value", text),
                        Msg::new(MsgId::CvValuesList).arg("list", SentenceType::IDS.join(", ")),
                    );
                    *ok = false;
                    return None;
                }
            }
            _ => None,
        };
        let extension = match &rc.extension {
            Some(v) if taken("extension", span(v), self) => {
                match self
                    .principal(v, &field.key("extension"))
                    .map(|p| p.value.term())
                {
                    Some(Some(t)) if t > Term::ZERO => Some((t, span(v))),
                    Some(_) => {
                        self.error(
                            "input.bad-extension",
                            &field.key("extension"),
                            span(v),
                            Msg::new(MsgId::CvBadExtension).arg("value", v.value.0.trim()),
                            MsgId::CvBadExtensionHint,
                        );
                        *ok = false;
                        return None;
                    }
                    None => {
                        *ok = false;
                        return None;
                    }
                }
            }
            _ => None,
        };
        let supervision_expiry = match &rc.supervision_expiry {
            Some(v) if taken("supervision_expiry", span(v), self) => {
                match self.date(v, &field.key("supervision_expiry")) {
                    Some(d) => Some(d),
                    None => {
                        *ok = false;
                        return None;
                    }
                }
            }
            _ => None,
        };
        // The recorded expiry belongs to a committal for breach of top-up
        // supervision only.
        if let Some(d) = &supervision_expiry
            && !matches!(&ty, Some((id, _)) if id == "botus")
        {
            self.error(
                "input.supervision-expiry-without-botus",
                &field.key("supervision_expiry"),
                d.span,
                Msg::new(MsgId::CvSupervisionExpiryWithoutBotus),
                MsgId::CvSupervisionExpiryWithoutBotusHint,
            );
            *ok = false;
            return None;
        }
        let (id, at) = match ty {
            Some((id, at))
                if extension.is_none() && !id.contains("sopc") && !id.contains("eds") =>
            {
                return match id.as_str() {
                    "dto" => Some(Located::new(SentenceType::Dto, at)),
                    "botus" => Some(Located::new(
                        SentenceType::Botus {
                            supervision_expiry: supervision_expiry.map(|d| d.value),
                        },
                        at,
                    )),
                    "fine-default" | "fine-default-full" | "civil-debt" => Some(Located::new(
                        SentenceType::FineDefault {
                            full_term: id == "fine-default-full",
                            civil: id == "civil-debt",
                        },
                        at,
                    )),
                    _ => None,
                };
            }
            Some((id, at)) if id.contains("sopc") || id.contains("eds") => (id, at),
            _ => {
                if let Some((_, at)) = extension {
                    self.error(
                        "input.extension-without-type",
                        &field.key("extension"),
                        at,
                        Msg::new(MsgId::CvExtensionWithoutType),
                        MsgId::CvExtensionWithoutTypeHint,
                    );
                    *ok = false;
                }
                return None;
            }
        };
        let sopc = id.starts_with("sopc");
        let extension = match extension {
            Some((t, _)) => t,
            // SA 2020 s. 278: a further period of one year on licence.
            None if sopc => Term::years(1),
            None => {
                self.error(
                    "input.missing-extension",
                    &field.key("sentence_type"),
                    at,
                    Msg::new(MsgId::CvMissingExtension),
                    MsgId::CvMissingExtensionHint,
                );
                *ok = false;
                return None;
            }
        };
        let t = if sopc {
            SentenceType::Sopc {
                extension,
                under_18: id == "sopc-under-18",
            }
        } else {
            SentenceType::Extended {
                extension,
                automatic_release: id == "eds-automatic",
            }
        };
        Some(Located::new(t, at))
    }

    fn field_not_for_jurisdiction(&mut self, name: &str, field: &FieldPath<'_>, at: Span) {
        let code = self.jurisdiction.map_or("?", |j| j.code());
        let takers: Vec<&str> = JurisdictionId::ALL
            .iter()
            .filter(|j| {
                let system = crate::law::jurisdiction(**j);
                system.count_fields().contains(&name) || system.defendant_fields().contains(&name)
            })
            .map(|j| j.code())
            .collect();
        self.error(
            "input.field-not-for-jurisdiction",
            &field.key(name),
            at,
            Msg::new(MsgId::CvFieldNotForJurisdiction)
                .arg("name", name)
                .arg("code", code),
            Msg::new(MsgId::CvFieldNotForJurisdictionHint)
                .arg("name", name)
                .arg("list", takers.join(", ")),
        );
    }

    fn assumed_fields(
        &mut self,
        v: &Option<Bounded<SpannedText, ItemsLimit>>,
        allowed: &[&str],
        field: &FieldPath<'_>,
    ) -> Vec<String> {
        let mut out = Vec::new();
        for (i, name) in v.iter().flatten().enumerate() {
            let n = name.value.0.trim();
            if allowed.contains(&n) {
                out.push(n.to_string());
            } else {
                let hint = match crate::text::did_you_mean(n, allowed) {
                    Some(s) => Msg::new(MsgId::CvAssumedSuggest)
                        .arg("suggestion", s)
                        .arg("list", allowed.join(", ")),
                    None => Msg::new(MsgId::CvAssumedList).arg("list", allowed.join(", ")),
                };
                self.error(
                    "input.bad-assumed",
                    &field.index(i),
                    span(name),
                    Msg::new(MsgId::CvBadAssumed).arg("value", n),
                    hint,
                );
            }
        }
        out
    }
}

/// Reads the numbers of an article reference such as `CL 385/386`,
/// `CL 120-1`, `Criminal Law art. 399`. Returns `None` when it names no article.
pub fn parse_article(text: &str) -> Option<Article> {
    let mut numbers = Vec::new();
    // The run of digits being read (its start), and whether it follows a
    // dash (`120-1`: the 1 is an item of article 120, not an article).
    let mut run_start: Option<usize> = None;
    let mut after_dash = false;
    for (i, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        if c.is_ascii_digit() {
            run_start.get_or_insert(i);
            continue;
        }
        let run = run_start.take().and_then(|start| text.get(start..i));
        if let Some(digits) = run
            && !after_dash
        {
            numbers.push(digits.parse::<u32>().ok()?);
        }
        after_dash = c == '-' && run.is_some();
    }
    if numbers.is_empty() {
        None
    } else {
        Some(Article {
            text: text.trim().to_string(),
            numbers,
        })
    }
}

/// Converts a parsed YAML case into the validated case. Returns the case when
/// no error was found, and every finding either way.
pub fn convert(raw: &RawCase) -> (Option<Case>, Vec<Finding>) {
    let mut c = Converter {
        findings: Vec::new(),
        jurisdiction: None,
    };
    let mut ok = true;

    let title = raw.case.value.trim().to_string();
    if title.is_empty() {
        c.error(
            "input.empty",
            "case",
            span(&raw.case),
            MsgId::CvEmptyTitle.into(),
            MsgId::CvEmptyTitleHint,
        );
        ok = false;
    }

    let jurisdiction = match JurisdictionId::from_code(raw.jurisdiction.value.trim()) {
        Some(j) => Some(j),
        None => {
            let other = raw.jurisdiction.value.trim();
            let codes: Vec<&str> = JurisdictionId::ALL.iter().map(|j| j.code()).collect();
            let hint = match crate::text::did_you_mean(other, &codes) {
                Some(s) => Msg::new(MsgId::CvJurisdictionSuggest)
                    .arg("suggestion", s)
                    .arg("list", codes.join(", ")),
                None => Msg::new(MsgId::CvJurisdictionList).arg("list", codes.join(", ")),
            };
            c.error(
                "input.unknown-jurisdiction",
                "jurisdiction",
                span(&raw.jurisdiction),
                Msg::new(MsgId::CvUnknownJurisdiction).arg("value", other),
                hint,
            );
            None
        }
    };
    c.jurisdiction = jurisdiction;

    let mut sources = Vec::new();
    for (i, s) in raw.sources.iter().flatten().enumerate() {
        let published = match &s.published {
            Some(p) => {
                let d = c.date(p, &FieldPath::Root("sources").index(i).key("published"));
                ok &= d.is_some();
                d.map(|d| d.value)
            }
            None => None,
        };
        sources.push(Source {
            url: s.url.clone(),
            title: s.title.clone(),
            published,
            court: s.court.clone(),
            case_number: s.case_number.clone(),
            sha256: s.sha256.clone(),
            note: s.note.clone(),
        });
    }

    if raw.defendants.value.is_empty() {
        c.error(
            "input.no-defendants",
            "defendants",
            span(&raw.defendants),
            MsgId::CvNoDefendants.into(),
            MsgId::CvNoDefendantsHint,
        );
        ok = false;
    }

    let mut defendants = Vec::new();
    let mut names: Vec<(String, Span)> = Vec::new();
    for (i, d) in raw.defendants.value.iter().enumerate() {
        let path = DEFENDANTS.index(i);
        let name = d.name.value.trim().to_string();
        if name.is_empty() {
            c.error(
                "input.empty",
                &path.key("name"),
                span(&d.name),
                MsgId::CvEmptyName.into(),
                MsgId::CvEmptyNameHint,
            );
            ok = false;
        } else if let Some((_, first)) = names.iter().find(|(n, _)| *n == name) {
            c.error(
                "input.duplicate-defendant",
                &path.key("name"),
                span(&d.name),
                Msg::new(MsgId::CvDuplicateDefendant)
                    .arg("name", name.as_str())
                    .arg("line", first.line),
                MsgId::CvDuplicateDefendantHint,
            );
            ok = false;
        }
        names.push((name.clone(), span(&d.name)));
        match convert_defendant(&mut c, d, &path) {
            Some(def) => defendants.push(def),
            None => ok = false,
        }
    }

    let case = match (ok, jurisdiction) {
        (true, Some(jurisdiction)) => Some(Case {
            title,
            jurisdiction,
            summary: raw.summary.clone(),
            sources,
            defendants,
            provenance: raw
                .provenance
                .iter()
                .flatten()
                .map(|p| Provenance {
                    field: p.field.clone(),
                    quote: p.quote.clone(),
                    at: p.at,
                    assumed: p.assumed.clone(),
                })
                .collect(),
        }),
        _ => None,
    };
    (case, c.findings)
}

fn convert_defendant(
    c: &mut Converter,
    d: &RawDefendant,
    path: &FieldPath<'_>,
) -> Option<Defendant> {
    let mut ok = true;

    let mut custody = Vec::new();
    for (i, p) in d.custody.iter().flatten().enumerate() {
        let field = path.key_index("custody", i);
        let from = c.date(&p.from, &field.key("from"));
        let to = p.to.as_ref().map(|t| c.date(t, &field.key("to")));
        let kind = match &p.kind {
            None => Some(CustodyKind::Detention),
            Some(k) => {
                let text = k.value.0.trim();
                let found = CustodyKind::ALL.iter().copied().find(|c| c.id() == text);
                if found.is_none() {
                    let ids: Vec<&str> = CustodyKind::ALL.iter().map(|k| k.id()).collect();
                    let hint = match crate::text::did_you_mean(text, &ids) {
                        Some(s) => Msg::new(MsgId::CvCustodyKindSuggest)
                            .arg("suggestion", s)
                            .arg("list", ids.join(", ")),
                        None => Msg::new(MsgId::CvCustodyKindList).arg("list", ids.join(", ")),
                    };
                    c.error(
                        "input.bad-custody-kind",
                        &field.key("kind"),
                        span(k),
                        Msg::new(MsgId::CvUnknownCustodyKind).arg("value", text),
                        hint,
                    );
                }
                found
            }
        };
        match (from, to, kind) {
            (Some(from), to, Some(kind)) if !matches!(to, Some(None)) => {
                let to = to.flatten();
                if let Some(t) = &to
                    && t.value < from.value
                {
                    c.error(
                        "input.dates-out-of-order",
                        &field.key("to"),
                        t.span,
                        Msg::new(MsgId::CvCustodyOutOfOrder)
                            .arg("to", t.value)
                            .arg("from", from.value),
                        MsgId::CvCustodyOutOfOrderHint,
                    );
                    ok = false;
                }
                custody.push(CustodyPeriod {
                    from,
                    to,
                    kind,
                    assumed: p.assumed.unwrap_or(false),
                    note: p.note.clone(),
                });
            }
            _ => ok = false,
        }
    }

    if d.judgments.value.is_empty() {
        c.error(
            "input.no-judgments",
            &path.key("judgments"),
            span(&d.judgments),
            MsgId::CvNoJudgments.into(),
            MsgId::CvNoJudgmentsHint,
        );
        ok = false;
    }

    let mut judgments: Vec<Judgment> = Vec::new();
    for (i, j) in d.judgments.value.iter().enumerate() {
        let field = path.key_index("judgments", i);
        match convert_judgment(c, j, &field, i == 0) {
            Some(jd) => {
                if let Some(prev) = judgments.last()
                    && jd.date.value < prev.date.value
                {
                    c.error(
                        "input.dates-out-of-order",
                        &field.key("date"),
                        jd.date.span,
                        Msg::new(MsgId::CvJudgmentOutOfOrder)
                            .arg("date", jd.date.value)
                            .arg("previous", prev.date.value),
                        MsgId::CvJudgmentOutOfOrderHint,
                    );
                    ok = false;
                }
                judgments.push(jd);
            }
            None => ok = false,
        }
    }

    // Offences precede the judgment that tries them (a count sentenced at an
    // earlier hearing: that day), and no count is sentenced after its
    // judgment's date.
    for (ji, j) in judgments.iter().enumerate() {
        for (ci, count) in j.counts.iter().enumerate() {
            if let Some(s) = &count.sentenced
                && s.value > j.date.value
            {
                c.error(
                    "input.dates-out-of-order",
                    &path
                        .key_index("judgments", ji)
                        .key_index("counts", ci)
                        .key("sentenced"),
                    s.span,
                    Msg::new(MsgId::CvCountSentencedAfterJudgment)
                        .arg("sentenced", s.value)
                        .arg("date", j.date.value),
                    MsgId::CvCountSentencedAfterJudgmentHint,
                );
                ok = false;
            }
            let day = count.sentenced.as_ref().map_or(j.date.value, |s| s.value);
            // A term runs consecutively only to one already passed.
            if let Some(list) = &count.consecutive_to {
                for n in &list.value {
                    let earlier = usize::try_from(*n)
                        .ok()
                        .and_then(|n| n.checked_sub(1))
                        .and_then(|k| j.counts.get(k));
                    let other =
                        earlier.map(|e| e.sentenced.as_ref().map_or(j.date.value, |s| s.value));
                    if let Some(other) = other
                        && other > day
                    {
                        c.error(
                            "input.dates-out-of-order",
                            &path
                                .key_index("judgments", ji)
                                .key_index("counts", ci)
                                .key("consecutive_to"),
                            list.span,
                            Msg::new(MsgId::CvConsecutiveToLaterSentence)
                                .arg("to", *n)
                                .arg("date", other)
                                .arg("day", day),
                            MsgId::CvConsecutiveToLaterSentenceHint,
                        );
                        ok = false;
                    }
                }
            }
            if let Some(p) = &count.committed
                && p.value.first > day
            {
                c.error(
                    "input.dates-out-of-order",
                    &path
                        .key_index("judgments", ji)
                        .key_index("counts", ci)
                        .key("committed"),
                    p.span,
                    Msg::new(MsgId::CvOffenceAfterJudgment)
                        .arg("committed", p.value.arg())
                        .arg("date", day),
                    MsgId::CvOffenceAfterJudgmentHint,
                );
                ok = false;
            }
        }
    }

    let mut commutations = Vec::new();
    for (i, m) in d.commutations.iter().flatten().enumerate() {
        let field = path.key_index("commutations", i);
        let date = c.date(&m.date, &field.key("date"));
        let change = match (&m.to, &m.by) {
            (Some(to), None) => c
                .principal(to, &field.key("to"))
                .map(|p| Located::new(CommutationChange::To(p.value), p.span)),
            (None, Some(by)) => match c.principal(by, &field.key("by")) {
                Some(Located {
                    value: Principal::Imprisonment(t),
                    span,
                }) => Some(Located::new(CommutationChange::By(t), span)),
                Some(other) => {
                    c.error(
                        "input.bad-commutation",
                        &field.key("by"),
                        other.span,
                        MsgId::CvByNotATerm.into(),
                        MsgId::CvByNotATermHint,
                    );
                    None
                }
                None => None,
            },
            (Some(to), Some(_)) => {
                c.error(
                    "input.bad-commutation",
                    &field,
                    span(to),
                    MsgId::CvToAndBy.into(),
                    MsgId::CvToAndByHint,
                );
                None
            }
            (None, None) => {
                c.error(
                    "input.bad-commutation",
                    &field,
                    span(&m.date),
                    MsgId::CvNoChange.into(),
                    MsgId::CvNoChangeHint,
                );
                None
            }
        };
        let pr = c.political_rights(&m.political_rights, &field.key("political_rights"));
        match (date, change, pr) {
            (Some(date), Some(change), Ok(political_rights)) => {
                if let Some(first) = judgments.first()
                    && date.value < first.date.value
                {
                    c.error(
                        "input.dates-out-of-order",
                        &field.key("date"),
                        date.span,
                        Msg::new(MsgId::CvCommutationBeforeJudgment)
                            .arg("date", date.value)
                            .arg("judgment", first.date.value),
                        MsgId::CvCommutationBeforeJudgmentHint,
                    );
                    ok = false;
                }
                commutations.push(Commutation {
                    date,
                    court: m.court.as_ref().map(|c| c.value.clone()),
                    change,
                    political_rights,
                    assumed: m.assumed.unwrap_or(false),
                    note: m.note.clone(),
                });
            }
            _ => ok = false,
        }
    }
    for pair in commutations.windows(2) {
        if let [a, b] = pair
            && b.date.value < a.date.value
        {
            c.error(
                "input.dates-out-of-order",
                &path.key("commutations"),
                b.date.span,
                Msg::new(MsgId::CvCommutationsOutOfOrder)
                    .arg("date", b.date.value)
                    .arg("previous", a.date.value),
                MsgId::CvCommutationsOutOfOrderHint,
            );
            ok = false;
        }
    }

    let date_of_birth = d
        .date_of_birth
        .as_ref()
        .map(|p| c.date(p, &path.key("date_of_birth")));
    let paroled = d.paroled.as_ref().map(|p| c.date(p, &path.key("paroled")));
    let released = d
        .released
        .as_ref()
        .map(|p| c.date(p, &path.key("released")));
    let parole_revoked = d
        .parole_revoked
        .as_ref()
        .map(|p| c.date(p, &path.key("parole_revoked")));
    if matches!(paroled, Some(None))
        || matches!(parole_revoked, Some(None))
        || matches!(released, Some(None))
        || matches!(date_of_birth, Some(None))
    {
        ok = false;
    }
    let date_of_birth = date_of_birth.flatten();
    let (criminal_group_leader, suspension_revoked) = c.suspension_fields(d, path, &mut ok);
    let sex = match &d.sex {
        None => None,
        Some(v) => match v.value.0.trim() {
            "male" => Some(Sex::Male),
            "female" => Some(Sex::Female),
            other => {
                c.error(
                    "input.bad-sex",
                    &path.key("sex"),
                    span(v),
                    Msg::new(MsgId::CvUnknownSex).arg("value", other),
                    MsgId::CvUnknownSexHint,
                );
                ok = false;
                None
            }
        },
    };
    let paroled = paroled.flatten();
    let released = released.flatten();
    let parole_revoked = parole_revoked.flatten();
    // CL 86: only a parole can be revoked, and only after it was granted.
    if let Some(rev) = &parole_revoked {
        match &paroled {
            None => {
                c.error(
                    "input.parole-revoked-without-parole",
                    &path.key("parole_revoked"),
                    rev.span,
                    Msg::new(MsgId::CnrParoleRevokedWithoutParole).arg("revoked", rev.value),
                    MsgId::CnrParoleRevokedWithoutParoleHint,
                );
                ok = false;
            }
            Some(p) if rev.value < p.value => {
                c.error(
                    "input.dates-out-of-order",
                    &path.key("parole_revoked"),
                    rev.span,
                    Msg::new(MsgId::CnrParoleRevokedBeforeParole)
                        .arg("revoked", rev.value)
                        .arg("paroled", p.value),
                    MsgId::CnrParoleRevokedBeforeParoleHint,
                );
                ok = false;
            }
            Some(_) => {}
        }
    }
    if let (Some(first), Some(rel)) = (custody.first(), &released)
        && rel.value < first.from.value
    {
        c.error(
            "input.dates-out-of-order",
            &path.key("released"),
            rel.span,
            Msg::new(MsgId::CvReleasedBeforeCustody)
                .arg("released", rel.value)
                .arg("from", first.from.value),
            MsgId::CvReleasedBeforeCustodyHint,
        );
        ok = false;
    }

    let mut previous = Vec::new();
    for (i, p) in d.previous.iter().flatten().enumerate() {
        let field = path.key_index("previous", i);
        let penalty = c.principal(&p.penalty, &field.key("penalty"));
        let ended = c.date(&p.ended, &field.key("ended"));
        let committed = match &p.committed {
            None => Some(None),
            Some(v) => match parse_offence_period(&v.value.0) {
                Ok(x) => Some(Some(Located::new(x, span(v)))),
                Err(e) => {
                    c.error(
                        "input.bad-date",
                        &field.key("committed"),
                        span(v),
                        e.message,
                        e.hint,
                    );
                    None
                }
            },
        };
        let mut categories = Vec::new();
        for (k, t) in p.categories.iter().flatten().enumerate() {
            let text = t.value.0.trim();
            match Category::ALL.iter().copied().find(|x| x.id() == text) {
                Some(x) => categories.push(x),
                None => {
                    let ids: Vec<&str> = Category::ALL.iter().map(|x| x.id()).collect();
                    c.error(
                        "input.bad-category",
                        &field.key_index("categories", k),
                        span(t),
                        Msg::new(MsgId::CvUnknownCategory).arg("value", text),
                        Msg::new(MsgId::CvCategoryList).arg("list", ids.join(", ")),
                    );
                    ok = false;
                }
            }
        }
        match (penalty, ended, committed) {
            (Some(penalty), Some(ended), Some(committed)) => previous.push(PreviousSentence {
                penalty,
                ended,
                committed,
                negligent: p.negligent.unwrap_or(false),
                categories,
                note: p.note.clone(),
            }),
            _ => ok = false,
        }
    }

    // Read only where the jurisdiction says so; refused elsewhere, never ignored.
    let present = [
        ("sex_offender", d.sex_offender.as_ref().map(span)),
        ("early_removal", d.early_removal.as_ref().map(span)),
        ("tagged_bail", d.tagged_bail.as_ref().map(span)),
        ("additional_days", d.additional_days.as_ref().map(span)),
        ("restored_days", d.restored_days.as_ref().map(span)),
        (
            "unlawfully_at_large",
            d.unlawfully_at_large.as_ref().map(span),
        ),
        ("recall", d.recall.as_ref().map(span)),
        ("movements", d.movements.as_ref().map(span)),
        ("legislation", d.legislation.as_ref().map(span)),
        (
            "legislation_toggles",
            d.legislation_toggles.as_ref().map(span),
        ),
    ];
    for (name, at) in present {
        if let Some(at) = at
            && let Some(j) = c.jurisdiction
            && !crate::law::jurisdiction(j)
                .defendant_fields()
                .contains(&name)
        {
            c.field_not_for_jurisdiction(name, path, at);
            ok = false;
        }
    }
    let mut tagged_bail: Vec<TaggedBail> = Vec::new();
    for (i, t) in d
        .tagged_bail
        .iter()
        .flat_map(|l| l.value.iter())
        .enumerate()
    {
        let applies_from = match &t.applies_from {
            Some(v) => match c.date(v, &path.key_index("tagged_bail", i).key("applies_from")) {
                Some(day) => Some(day),
                None => {
                    ok = false;
                    None
                }
            },
            None => None,
        };
        tagged_bail.push(TaggedBail {
            days: t.days,
            applies_from,
        });
    }
    let mut days_from = |name: &str, list: &Option<Spanned<Bounded<RawDaysFrom, ItemsLimit>>>| {
        let mut out = Vec::new();
        for (i, a) in list.iter().flat_map(|l| l.value.iter()).enumerate() {
            let field = path.key_index(name, i);
            match c.date(&a.from, &field.key("from")) {
                Some(from) => out.push(DaysFrom { from, days: a.days }),
                None => ok = false,
            }
        }
        out
    };
    let additional_days = days_from("additional_days", &d.additional_days);
    let restored_days = days_from("restored_days", &d.restored_days);
    let mut unlawfully_at_large = Vec::new();
    for (i, a) in d
        .unlawfully_at_large
        .iter()
        .flat_map(|l| l.value.iter())
        .enumerate()
    {
        let field = path.key_index("unlawfully_at_large", i);
        let from = c.date(&a.from, &field.key("from"));
        let to = a.to.as_ref().map(|t| c.date(t, &field.key("to")));
        match (from, to) {
            (Some(from), to) if !matches!(to, Some(None)) => {
                let to = to.flatten();
                if let Some(t) = &to
                    && t.value < from.value
                {
                    c.error(
                        "input.dates-out-of-order",
                        &field.key("to"),
                        t.span,
                        Msg::new(MsgId::CvAtLargeOutOfOrder)
                            .arg("to", t.value)
                            .arg("from", from.value),
                        MsgId::CvAtLargeOutOfOrderHint,
                    );
                    ok = false;
                }
                unlawfully_at_large.push(AtLargePeriod {
                    from,
                    days: a.days,
                    to,
                });
            }
            _ => ok = false,
        }
    }
    let recall = if ok {
        c.recall_field(d, path, &mut ok)
    } else {
        None
    };
    let movements = if ok {
        c.movements_field(d, path, &mut ok)
    } else {
        Vec::new()
    };
    let legislation = if ok {
        c.legislation_field(d, path, &mut ok)
    } else {
        None
    };
    // The same for the CN fields (CL 86 ¶3, CL 65–66).
    let cn_fields = [
        ("parole_revoked", d.parole_revoked.as_ref().map(span)),
        (
            "previous",
            d.previous
                .as_ref()
                .and_then(|p| p.0.first())
                .map(|p| span(&p.penalty)),
        ),
    ];
    for (name, at) in cn_fields {
        if let Some(at) = at
            && let Some(j) = c.jurisdiction
            && !crate::law::jurisdiction(j)
                .defendant_fields()
                .contains(&name)
        {
            c.field_not_for_jurisdiction(name, path, at);
            ok = false;
        }
    }

    if !ok {
        return None;
    }
    Some(Defendant {
        previous,
        name: Located::new(d.name.value.trim().to_string(), span(&d.name)),
        native_name: d.native_name.clone(),
        date_of_birth,
        sex,
        recidivist: d.recidivist.unwrap_or(false),
        criminal_group_leader,
        suspension_revoked,
        sex_offender: d.sex_offender.as_ref().is_some_and(|v| v.value),
        early_removal: d.early_removal.as_ref().is_some_and(|v| v.value),
        tagged_bail,
        additional_days,
        restored_days,
        unlawfully_at_large,
        recall,
        movements,
        legislation,
        state_functionary: d.state_functionary.unwrap_or(false),
        custody,
        judgments,
        commutations,
        paroled,
        released,
        parole_revoked,
        note: d.note.clone(),
    })
}

const COUNT_ASSUMABLE: &[&str] = &[
    "article",
    "committed",
    "penalty",
    "political_rights",
    "fine",
    "confiscation",
];

fn convert_judgment(
    c: &mut Converter,
    j: &RawJudgment,
    field: &FieldPath<'_>,
    first: bool,
) -> Option<Judgment> {
    let mut ok = true;
    let date = c.date(&j.date, &field.key("date"));
    let final_date = j
        .final_date
        .as_ref()
        .map(|d| c.date(d, &field.key("final")));
    let executed = j
        .executed
        .as_ref()
        .map(|d| c.date(d, &field.key("executed")));
    ok &= !matches!(final_date, Some(None)) && !matches!(executed, Some(None));
    let stated_term = j
        .stated_term
        .as_ref()
        .map(|s| stated_period(c, &s.value, &field.key("stated_term")));
    let stated_probation = j
        .stated_probation
        .as_ref()
        .map(|s| stated_period(c, &s.value, &field.key("stated_probation")));
    ok &= !matches!(stated_term, Some(None)) && !matches!(stated_probation, Some(None));
    let appeal = j.appeal.unwrap_or(false);
    let upheld = j.upheld.as_ref().is_some_and(|u| u.value);
    let after = match &j.after {
        None => None,
        Some(a) => {
            let text = a.value.0.trim();
            match LaterCrime::ALL.iter().copied().find(|k| k.id() == text) {
                Some(k) => {
                    if first {
                        c.error(
                            "input.after-on-first",
                            &field.key("after"),
                            span(a),
                            MsgId::CvAfterOnFirst.into(),
                            MsgId::CvAfterOnFirstHint,
                        );
                        ok = false;
                    }
                    Some(Located::new(k, span(a)))
                }
                None => {
                    let ids: Vec<&str> = LaterCrime::ALL.iter().map(|k| k.id()).collect();
                    let hint = match crate::text::did_you_mean(text, &ids) {
                        Some(s) => Msg::new(MsgId::CvAfterSuggest)
                            .arg("suggestion", s)
                            .arg("list", ids.join(", ")),
                        None => Msg::new(MsgId::CvAfterList).arg("list", ids.join(", ")),
                    };
                    c.error(
                        "input.bad-after",
                        &field.key("after"),
                        span(a),
                        Msg::new(MsgId::CvUnknownAfter).arg("value", text),
                        hint,
                    );
                    ok = false;
                    None
                }
            }
        }
    };

    if let Some(u) = &j.upheld {
        if u.value && !appeal {
            c.error(
                "input.upheld-without-appeal",
                &field.key("upheld"),
                span(u),
                MsgId::CvUpheldWithoutAppeal.into(),
                MsgId::CvUpheldWithoutAppealHint,
            );
            ok = false;
        }
        if u.value && (j.decided.is_some() || j.counts.is_some()) {
            c.error(
                "input.upheld-and-changed",
                &field.key("upheld"),
                span(u),
                MsgId::CvUpheldAndChanged.into(),
                MsgId::CvUpheldAndChangedHint,
            );
            ok = false;
        }
    }
    if first && appeal {
        c.error(
            "input.appeal-first",
            &field.key("appeal"),
            date.as_ref().map_or(Span::default(), |d| d.span),
            MsgId::CvAppealFirst.into(),
            MsgId::CvAppealFirstHint,
        );
        ok = false;
    }
    if appeal && !upheld && j.decided.is_none() && j.counts.is_none() {
        c.error(
            "input.appeal-without-outcome",
            field,
            span(&j.court),
            MsgId::CvAppealWithoutOutcome.into(),
            MsgId::CvAppealWithoutOutcomeHint,
        );
        ok = false;
    }
    if !appeal && j.counts.as_ref().is_none_or(|cs| cs.value.is_empty()) {
        let at = j.counts.as_ref().map_or(span(&j.court), span);
        c.error(
            "input.no-counts",
            &field.key("counts"),
            at,
            MsgId::CvNoCounts.into(),
            MsgId::CvNoCountsHint,
        );
        ok = false;
    }

    let mut counts = Vec::new();
    if let Some(cs) = &j.counts {
        for (i, rc) in cs.value.iter().enumerate() {
            let cf = field.key_index("counts", i);
            match convert_count(c, rc, &cf, i) {
                Some(count) => counts.push(count),
                None => ok = false,
            }
        }
        if cs.value.len() > 1
            && j.decided.is_none()
            && c.jurisdiction
                .is_none_or(|j| crate::law::jurisdiction(j).requires_decided())
        {
            c.error(
                "input.no-decided",
                &field.key("decided"),
                span(cs),
                Msg::new(MsgId::CvNoDecided).arg("counts", cs.value.len()),
                MsgId::CvNoDecidedHint,
            );
            ok = false;
        }
    }

    let decided = match &j.decided {
        None => None,
        Some(d) => {
            let df = field.key("decided");
            let full = c.penalty_text(&d.value.penalty, &df.key("penalty"));
            let then = d
                .value
                .then
                .as_ref()
                .map(|t| c.principal(t, &df.key("then")));
            let pr = c.political_rights(&d.value.political_rights, &df.key("political_rights"));
            let fine = c.fine(&d.value.fine, &df.key("fine"));
            let conf = c.confiscation(&d.value.confiscation, &df.key("confiscation"));
            // StGB § 53 ¶2 S.2: only a fine in daily rates, which only the
            // German grammar reads.
            let separate_fine = d.value.separate_fine.as_ref().map(|t| {
                let f = df.key("separate_fine");
                c.principal(t, &f).filter(|p| {
                    let ok = matches!(p.value, Principal::DayFine(_));
                    if !ok {
                        c.error(
                            "input.bad-separate-fine",
                            &f,
                            p.span,
                            Msg::new(MsgId::CvSeparateFineNotDayFine).arg("penalty", p.value),
                            MsgId::CvSeparateFineNotDayFineHint,
                        );
                    }
                    ok
                })
            });
            let assumed = c.assumed_fields(
                &d.value.assumed,
                &[
                    "penalty",
                    "then",
                    "political_rights",
                    "fine",
                    "confiscation",
                    "separate_fine",
                ],
                &df.key("assumed"),
            );
            if let Some(Some(t)) = &then
                && !matches!(t.value, Principal::PublicSurveillance(_))
            {
                c.error(
                    "input.bad-then",
                    &df.key("then"),
                    t.span,
                    MsgId::CvBadThen.into(),
                    MsgId::CvBadThenHint,
                );
                ok = false;
            }
            match (full, then, pr, fine, conf) {
                (Some(full), then, Ok(political_rights), Ok(fine), Ok(confiscation))
                    if !matches!(then, Some(None)) && !matches!(separate_fine, Some(None)) =>
                {
                    let mut merged = true;
                    let political_rights = c.merge_part(
                        full.political_rights,
                        political_rights,
                        "political_rights",
                        &df,
                        &mut merged,
                    );
                    let fine = c.merge_part(full.fine, fine, "fine", &df, &mut merged);
                    let confiscation = c.merge_part(
                        full.confiscation,
                        confiscation,
                        "confiscation",
                        &df,
                        &mut merged,
                    );
                    ok &= merged;
                    Some(Decided {
                        penalty: full.penalty,
                        probation: full.probation,
                        expulsion: full.expulsion,
                        then: then.flatten(),
                        political_rights,
                        fine,
                        confiscation,
                        separate_fine: separate_fine.flatten(),
                        assumed,
                        note: d.value.note.clone(),
                        span: span(d),
                    })
                }
                _ => {
                    ok = false;
                    None
                }
            }
        }
    };

    let stated_remainder = match &j.stated_remainder {
        None => None,
        Some(r) => {
            let r = stated_remainder(c, r, after.as_ref().map(|a| a.value), field);
            ok &= r.is_some();
            r
        }
    };
    let date = date?;
    if let (Some(Some(f)), true) = (&final_date, true)
        && f.value < date.value
    {
        c.error(
            "input.dates-out-of-order",
            &field.key("final"),
            f.span,
            Msg::new(MsgId::CvFinalBeforeDate)
                .arg("effective", f.value)
                .arg("date", date.value),
            MsgId::CvFinalBeforeDateHint,
        );
        ok = false;
    }
    if !ok {
        return None;
    }
    Some(Judgment {
        court: j.court.value.trim().to_string(),
        date,
        appeal,
        upheld,
        counts,
        decided,
        final_date: final_date.flatten(),
        executed: executed.flatten(),
        assumed: j.assumed.unwrap_or(false),
        after,
        stated_term: stated_term.flatten(),
        stated_probation: stated_probation.flatten(),
        stated_remainder,
        note: j.note.clone(),
        span: span(&j.court),
    })
}

/// `stated_remainder:` (CL 71): CN only, on a judgment `after: new-crime`,
/// a fixed term of imprisonment.
fn stated_remainder(
    c: &mut Converter,
    r: &SpannedText,
    after: Option<LaterCrime>,
    field: &FieldPath<'_>,
) -> Option<Located<crate::penalty::Term>> {
    let at = span(r);
    if c.jurisdiction.is_none_or(|j| {
        !crate::law::jurisdiction(j)
            .defendant_fields()
            .contains(&"stated_remainder")
    }) {
        c.field_not_for_jurisdiction("stated_remainder", field, at);
        return None;
    }
    let f = field.key("stated_remainder");
    if after != Some(LaterCrime::NewCrime) {
        c.error(
            "input.remainder-without-new-crime",
            &f,
            at,
            MsgId::CvRemainderWithoutNewCrime.into(),
            MsgId::CvRemainderWithoutNewCrimeHint,
        );
        return None;
    }
    let p = c.principal(r, &f)?;
    match p.value {
        Principal::Imprisonment(t) => Some(Located::new(t, p.span)),
        other => {
            c.error(
                "input.bad-remainder",
                &f,
                p.span,
                Msg::new(MsgId::CvBadRemainder).arg("penalty", other),
                MsgId::CvBadRemainderHint,
            );
            None
        }
    }
}

/// A stated period: both dates valid, the last not before the first.
fn stated_period(
    c: &mut Converter,
    s: &RawStatedPeriod,
    field: &FieldPath<'_>,
) -> Option<StatedPeriod> {
    let from = c.date(&s.from, &field.key("from"));
    let to = c.date(&s.to, &field.key("to"));
    let (from, to) = (from?, to?);
    if to.value < from.value {
        c.error(
            "input.dates-out-of-order",
            &field.key("to"),
            to.span,
            Msg::new(MsgId::CvStatedPeriodReversed)
                .arg("from", from.value)
                .arg("to", to.value),
            MsgId::CvStatedPeriodReversedHint,
        );
        return None;
    }
    Some(StatedPeriod { from, to })
}

fn convert_count(
    c: &mut Converter,
    rc: &RawCount,
    field: &FieldPath<'_>,
    index: usize,
) -> Option<Count> {
    let mut ok = true;
    let offence = rc.offence.value.trim().to_string();
    if offence.is_empty() {
        c.error(
            "input.empty",
            &field.key("offence"),
            span(&rc.offence),
            MsgId::CvEmptyOffence.into(),
            MsgId::CvEmptyOffenceHint,
        );
        ok = false;
    }
    let article = match &rc.article {
        None => None,
        Some(a) => match parse_article(&a.value.0) {
            Some(art) => Some(Located::new(art, span(a))),
            None => {
                c.error(
                    "input.bad-article",
                    &field.key("article"),
                    span(a),
                    Msg::new(MsgId::CvBadArticle).arg("value", a.value.0.as_str()),
                    MsgId::CvBadArticleHint,
                );
                ok = false;
                None
            }
        },
    };
    let committed = match &rc.committed {
        None => None,
        Some(v) => match parse_offence_period(&v.value.0) {
            Ok(p) => Some(Located::new(p, span(v))),
            Err(e) => {
                c.error(
                    "input.bad-date",
                    &field.key("committed"),
                    span(v),
                    e.message,
                    e.hint,
                );
                ok = false;
                None
            }
        },
    };
    let full = c.penalty_text(&rc.penalty, &field.key("penalty"));
    let pr = c.political_rights(&rc.political_rights, &field.key("political_rights"));
    let fine = c.fine(&rc.fine, &field.key("fine"));
    let conf = c.confiscation(&rc.confiscation, &field.key("confiscation"));
    let categories_override = match &rc.categories {
        None => None,
        Some(list) => {
            let mut cats = Vec::new();
            for (i, t) in list.value.iter().enumerate() {
                let text = t.value.0.trim();
                match Category::ALL.iter().copied().find(|k| k.id() == text) {
                    Some(k) => cats.push(k),
                    None => {
                        let ids: Vec<&str> = Category::ALL.iter().map(|k| k.id()).collect();
                        let hint = match crate::text::did_you_mean(text, &ids) {
                            Some(s) => Msg::new(MsgId::CvCategorySuggest)
                                .arg("suggestion", s)
                                .arg("list", ids.join(", ")),
                            None => Msg::new(MsgId::CvCategoryList).arg("list", ids.join(", ")),
                        };
                        c.error(
                            "input.bad-category",
                            &field.key_index("categories", i),
                            span(t),
                            Msg::new(MsgId::CvUnknownCategory).arg("value", text),
                            hint,
                        );
                        ok = false;
                    }
                }
            }
            Some(cats)
        }
    };
    let assumed = c.assumed_fields(&rc.assumed, COUNT_ASSUMABLE, &field.key("assumed"));
    let accepted = c
        .jurisdiction
        .map_or(&[][..], |j| crate::law::jurisdiction(j).count_fields());
    let statutory_max =
        c.count_penalty_field(&rc.statutory_max, "statutory_max", field, accepted, &mut ok);
    let statutory_min =
        c.count_penalty_field(&rc.statutory_min, "statutory_min", field, accepted, &mut ok);
    let consecutive_to = match &rc.consecutive_to {
        None => None,
        Some(list) => {
            if c.jurisdiction.is_some() && !accepted.contains(&"consecutive_to") {
                c.field_not_for_jurisdiction("consecutive_to", field, span(list));
                ok = false;
                None
            } else {
                let mut numbers = Vec::new();
                for (i, t) in list.value.iter().enumerate() {
                    let text = t.value.0.trim();
                    match text.parse::<u32>() {
                        Ok(n) if n >= 1 && usize::try_from(n).is_ok_and(|n| n <= index) => {
                            numbers.push(n)
                        }
                        _ => {
                            c.error(
                                "input.bad-consecutive-to",
                                &field.key_index("consecutive_to", i),
                                span(t),
                                Msg::new(MsgId::CvBadConsecutiveTo).arg("value", text),
                                MsgId::CvBadConsecutiveToHint,
                            );
                            ok = false;
                        }
                    }
                }
                Some(Located::new(numbers, span(list)))
            }
        }
    };
    let release_regime = match &rc.release_regime {
        None => None,
        Some(v) => {
            let text = v.value.0.trim();
            if c.jurisdiction.is_some() && !accepted.contains(&"release_regime") {
                c.field_not_for_jurisdiction("release_regime", field, span(v));
                ok = false;
                None
            } else {
                match ReleaseRegime::ALL.iter().copied().find(|r| r.id() == text) {
                    Some(r) => Some(Located::new(r, span(v))),
                    None => {
                        let ids: Vec<&str> = ReleaseRegime::ALL.iter().map(|r| r.id()).collect();
                        c.error(
                            "input.bad-release-regime",
                            &field.key("release_regime"),
                            span(v),
                            Msg::new(MsgId::CvBadReleaseRegime).arg("value", text),
                            Msg::new(MsgId::CvValuesList).arg("list", ids.join(", ")),
                        );
                        ok = false;
                        None
                    }
                }
            }
        }
    };
    let sentence_type = c.sentence_type(rc, field, accepted, &mut ok);
    let sentenced = match &rc.sentenced {
        None => None,
        Some(v) if c.jurisdiction.is_some() && !accepted.contains(&"sentenced") => {
            c.field_not_for_jurisdiction("sentenced", field, span(v));
            ok = false;
            None
        }
        Some(v) => {
            let d = c.date(v, &field.key("sentenced"));
            ok &= d.is_some();
            d
        }
    };
    // GB-EAW flags of the progression model; refused elsewhere.
    let mut flag = |name: &'static str, v: &Option<Spanned<bool>>| match v {
        Some(v) if c.jurisdiction.is_some() && !accepted.contains(&name) => {
            c.field_not_for_jurisdiction(name, field, span(v));
            ok = false;
            false
        }
        Some(v) => v.value,
        None => false,
    };
    let section_250 = flag("section_250", &rc.section_250);
    let progression_excluded = flag("progression_excluded", &rc.progression_excluded);
    let (full, political_rights, fine, confiscation) = match (full, pr, fine, conf) {
        (Some(full), Ok(pr), Ok(fine), Ok(conf)) => {
            let pr = c.merge_part(
                full.political_rights.clone(),
                pr,
                "political_rights",
                field,
                &mut ok,
            );
            let fine = c.merge_part(full.fine.clone(), fine, "fine", field, &mut ok);
            let conf = c.merge_part(
                full.confiscation.clone(),
                conf,
                "confiscation",
                field,
                &mut ok,
            );
            (Some(full), pr, fine, conf)
        }
        _ => (None, None, None, None),
    };
    match full {
        Some(full) if ok => Some(Count {
            offence,
            native_offence: rc.native_offence.clone(),
            article,
            committed,
            penalty: full.penalty,
            probation: full.probation,
            expulsion: full.expulsion,
            political_rights,
            fine,
            confiscation,
            categories_override,
            assumed,
            statutory_max,
            statutory_min,
            consecutive_to,
            release_regime,
            sentence_type,
            sentenced,
            section_250,
            progression_excluded,
            note: rc.note.clone(),
            span: span(&rc.offence),
        }),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn articles() {
        assert_eq!(parse_article("CL 385/386").unwrap().numbers, vec![385, 386]);
        assert_eq!(parse_article("CL 120-1").unwrap().numbers, vec![120]);
        assert_eq!(
            parse_article("Criminal Law art. 399").unwrap().numbers,
            vec![399]
        );
        assert!(parse_article("CL").is_none());
    }
}
