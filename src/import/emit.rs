//! Writes the case file of an imported judgment: the values read, and under
//! `provenance:` the phrase and byte offset each came from (or why it was
//! inferred). Strings are written as JSON strings, which YAML reads as
//! double-quoted scalars.

use super::conventions;
use super::defendants::{Defendant, EventKind, periods};
use super::digest::sha256_hex;
use super::earlier::Earlier;
use super::header::Header;
use super::operative::{Count, Sentence, Stated};
use super::text::Quote;
use std::fmt::Write;

fn q(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_else(|_| "\"\"".to_string())
}

/// Provenance entries collected while writing.
#[derive(Default)]
struct Prov {
    lines: String,
}

impl Prov {
    fn read(&mut self, field: &str, quote: &Quote) {
        let _ = writeln!(
            self.lines,
            "  - field: {field}\n    quote: {}\n    at: {}",
            q(&quote.text),
            quote.at
        );
    }
    fn assumed(&mut self, field: &str, quote: Option<&Quote>, why: &str) {
        let _ = writeln!(self.lines, "  - field: {field}");
        if let Some(quote) = quote {
            let _ = writeln!(
                self.lines,
                "    quote: {}\n    at: {}",
                q(&quote.text),
                quote.at
            );
        }
        let _ = writeln!(self.lines, "    assumed: {}", q(why));
    }
}

fn kind_id(k: EventKind) -> &'static str {
    match k {
        EventKind::Detention
        | EventKind::AdministrativeDetention
        | EventKind::Release
        | EventKind::OtherDetention => "detention",
        EventKind::DesignatedResidence => "designated-residence",
        EventKind::SupervisoryDetention => "supervisory-detention",
        EventKind::ResidentialSurveillance => "residential-surveillance",
        EventKind::Bail => "bail",
    }
}

fn count_fields(out: &mut String, indent: &str, path: &str, c: &Count, prov: &mut Prov) {
    if let Some(p) = &c.penalty {
        let _ = writeln!(out, "{indent}penalty: {}", q(&p.text));
        prov.read(&format!("{path}.penalty"), p);
    }
    for (key, v) in [
        ("fine", &c.fine),
        ("confiscation", &c.confiscation),
        ("political_rights", &c.political_rights),
    ] {
        if let Some(v) = v {
            let _ = writeln!(out, "{indent}{key}: {}", q(&v.text));
            prov.read(&format!("{path}.{key}"), v);
        }
    }
}

fn stated(out: &mut String, key: &str, path: &str, s: &Stated, prov: &mut Prov) {
    let _ = writeln!(
        out,
        "        {key}:\n          from: {}\n          to: {}",
        s.from, s.to
    );
    prov.read(&format!("{path}.{key}"), &s.quote);
}

/// The case file for the defendants read.
/// The words of a judgment of second instance (刑终, 刑再终).
const FINAL: &str = "本判决为终审判决";

/// The earlier judgment a CL 70 sentence combines (src/import/earlier.rs).
fn earlier_judgment(out: &mut String, jp: &str, e: &Earlier, prov: &mut Prov) {
    match &e.court {
        Some(c) => {
            let _ = writeln!(out, "      - court: {}", q(&c.text));
            prov.read(&format!("{jp}.court"), c);
        }
        None => {
            let _ = writeln!(out, "      - court: {}", q(conventions::EARLIER_COURT_NAME));
            prov.assumed(&format!("{jp}.court"), None, conventions::EARLIER_COURT);
        }
    }
    let _ = writeln!(out, "        date: {}", e.date);
    prov.read(&format!("{jp}.date"), &e.date_quote);
    let _ = writeln!(out, "        counts:");
    let offence = e.offence.as_ref().map_or("", |o| o.text.as_str());
    let _ = writeln!(out, "          - offence: {}", q(offence));
    if let Some(o) = &e.offence {
        prov.read(&format!("{jp}.counts[0].offence"), o);
    }
    let _ = writeln!(out, "            penalty: {}", q(&e.penalty.text));
    prov.read(&format!("{jp}.counts[0].penalty"), &e.penalty);
    if let Some(f) = &e.fine {
        let _ = writeln!(out, "            fine: {}", q(&f.text));
        prov.read(&format!("{jp}.counts[0].fine"), f);
    } else if let Some((_, Some(f))) = &e.remainder {
        // CL 71: the record gives no fine; the clause states one not executed.
        let _ = writeln!(out, "            fine: {}", q(&f.text));
        prov.assumed(
            &format!("{jp}.counts[0].fine"),
            Some(f),
            conventions::REMAINDER_FINE,
        );
    }
}

pub fn case_file(
    text: &str,
    origin: &str,
    head: &Header,
    accepted: &[(&Defendant, &Sentence, Option<Earlier>)],
) -> String {
    let mut out = String::new();
    let mut prov = Prov::default();
    let number = head.case_number.as_ref().map_or("", |x| x.text.as_str());
    let court = head.court.as_ref().map_or("", |x| x.text.as_str());
    let _ = writeln!(
        out,
        "# Imported by `sentencing import` from {origin}; see docs/import.md."
    );
    let _ = writeln!(out, "case: {}", q(&format!("{court} {number}")));
    let _ = writeln!(out, "jurisdiction: CN");
    let _ = writeln!(out, "sources:");
    let _ = writeln!(out, "  - title: {}", q(&format!("{court}刑事判决书")));
    let _ = writeln!(out, "    court: {}", q(court));
    let _ = writeln!(out, "    case_number: {}", q(number));
    let _ = writeln!(out, "    sha256: {}", sha256_hex(text.as_bytes()));
    let _ = writeln!(out, "    note: {}", q(&format!("text read from {origin}")));
    if let Some(c) = &head.court {
        prov.read("sources[0].court", c);
    }
    if let Some(n) = &head.case_number {
        prov.read("sources[0].case_number", n);
    }
    let article = super::articles::single_offence_article(text);
    let _ = writeln!(out, "defendants:");
    for (i, (d, s, combined)) in accepted.iter().enumerate() {
        let dp = format!("defendants[{i}]");
        let _ = writeln!(out, "  - name: {}", q(&d.name.text));
        prov.read(&format!("{dp}.name"), &d.name);
        if let Some(sx) = &d.sex {
            let id = if sx.text == "女" { "female" } else { "male" };
            let _ = writeln!(out, "    sex: {id}");
            prov.read(&format!("{dp}.sex"), sx);
        }
        if let Some((dob, quote)) = &d.date_of_birth {
            let _ = writeln!(out, "    date_of_birth: {dob}");
            prov.read(&format!("{dp}.date_of_birth"), quote);
        }
        // Each period with its last day (None: until execution). A custody
        // period that another matter's detention ends on its own first day
        // is empty: that day is the other detention's (the convention gives
        // the day before it), so it is not written.
        let ps: Vec<_> = periods(&d.events)
            .into_iter()
            .filter_map(|p| {
                let end = p.ended_by.as_ref().map(|(day, quote, ended_by)| {
                    let custody = matches!(
                        p.kind,
                        EventKind::Detention
                            | EventKind::DesignatedResidence
                            | EventKind::SupervisoryDetention
                    );
                    if custody && *ended_by != EventKind::OtherDetention && *day == p.from {
                        (None, quote.clone(), conventions::CHANGE_DAY_IN_CUSTODY)
                    } else if custody && *ended_by != EventKind::OtherDetention {
                        (
                            Some(*day),
                            quote.clone(),
                            conventions::CHANGE_DAY_IN_CUSTODY,
                        )
                    } else if custody {
                        (
                            day.yesterday().ok().filter(|y| *y >= p.from),
                            quote.clone(),
                            conventions::OTHER_DETENTION_ENDS,
                        )
                    } else {
                        (
                            Some(
                                day.yesterday()
                                    .ok()
                                    .filter(|y| *y >= p.from)
                                    .unwrap_or(p.from),
                            ),
                            quote.clone(),
                            conventions::NOT_CUSTODY_ENDS,
                        )
                    }
                });
                match end {
                    Some((None, _, _)) => None,
                    Some((Some(last), quote, why)) => Some((p, Some((last, quote, why)))),
                    None => Some((p, None)),
                }
            })
            .collect();
        if !ps.is_empty() {
            let _ = writeln!(out, "    custody:");
        }
        for (k, (p, end)) in ps.iter().enumerate() {
            let cp = format!("{dp}.custody[{k}]");
            let _ = writeln!(out, "      - from: {}", p.from);
            if p.from_administrative {
                prov.assumed(
                    &format!("{cp}.from"),
                    Some(&p.from_quote),
                    conventions::ADMINISTRATIVE_THIS_CASE,
                );
            } else {
                prov.read(&format!("{cp}.from"), &p.from_quote);
            }
            match end {
                Some((last, quote, why)) => {
                    let _ = writeln!(out, "        to: {last}");
                    prov.assumed(&format!("{cp}.to"), Some(quote), why);
                }
                None => prov.assumed(&format!("{cp}.to"), None, conventions::UNTIL_EXECUTION),
            }
            let _ = writeln!(out, "        kind: {}", kind_id(p.kind));
            prov.read(&format!("{cp}.kind"), &p.from_quote);
        }
        if let Some((e, _)) = combined
            .as_ref()
            .and_then(|e| e.revoked.as_ref().map(|r| (e, r)))
            && let Some((date, quote)) = &head.date
        {
            // CL 77: this judgment revokes the suspension, on its own day.
            let _ = writeln!(out, "    suspension_revoked:");
            let _ = writeln!(out, "      date: {date}");
            prov.assumed(
                &format!("{dp}.suspension_revoked.date"),
                Some(quote),
                conventions::REVOKED_BY_THIS_JUDGMENT,
            );
            let _ = writeln!(out, "      ground: {}", e.after());
            prov.read(&format!("{dp}.suspension_revoked.ground"), &e.ground);
        }
        let _ = writeln!(out, "    judgments:");
        if let Some(e) = combined {
            earlier_judgment(&mut out, &format!("{dp}.judgments[0]"), e, &mut prov);
        }
        let jp = format!("{dp}.judgments[{}]", usize::from(combined.is_some()));
        let _ = writeln!(out, "      - court: {}", q(court));
        if let Some(c) = &head.court {
            prov.read(&format!("{jp}.court"), c);
        }
        if let Some((date, quote)) = &head.date {
            let _ = writeln!(out, "        date: {date}");
            prov.read(&format!("{jp}.date"), quote);
            // A judgment of second instance is final when pronounced (CPL;
            // rule cn.cpl.second-instance-final): its own date, the day the
            // text gives (the pronouncement's day is not given).
            if let Some(i) = text.rfind(FINAL) {
                let _ = writeln!(out, "        final: {date}");
                prov.assumed(
                    &format!("{jp}.final"),
                    Quote::of(text, i, i + FINAL.len()).as_ref(),
                    conventions::SECOND_INSTANCE_FINAL,
                );
            }
        }
        if let Some(e) = combined {
            let _ = writeln!(out, "        after: {}", e.after());
            prov.read(&format!("{jp}.after"), &e.ground);
            if let Some((r, _)) = &e.remainder {
                let _ = writeln!(out, "        stated_remainder: {}", q(&r.text));
                prov.read(&format!("{jp}.stated_remainder"), r);
            }
        }
        let _ = writeln!(out, "        counts:");
        for (k, c) in s.counts.iter().enumerate() {
            let cp = format!("{jp}.counts[{k}]");
            let offence = c.offence.as_ref().map_or("", |o| o.text.as_str());
            let _ = writeln!(out, "          - offence: {}", q(offence));
            if let Some(o) = &c.offence {
                prov.read(&format!("{cp}.offence"), o);
            }
            if let Some(a) = article.as_ref().filter(|_| s.counts.len() == 1) {
                let _ = writeln!(out, "            article: {}", a.case_format());
                prov.assumed(
                    &format!("{cp}.article"),
                    Some(&a.quote),
                    conventions::SINGLE_ARTICLE,
                );
            }
            count_fields(&mut out, "            ", &cp, c, &mut prov);
            // CL 70 with one new count and no earlier fine: the fine the court
            // writes only after 决定执行 is the new count's (CL 69 ¶3 adds
            // fines; the earlier judgment gave none).
            if let Some(e) = combined
                && e.fine.is_none()
                && c.fine.is_none()
                && s.counts.len() == 1
                && let Some(f) = s.decided.as_ref().and_then(|d| d.fine.as_ref())
            {
                let _ = writeln!(out, "            fine: {}", q(&f.text));
                prov.assumed(&format!("{cp}.fine"), Some(f), conventions::EARLIER_FINE);
            }
        }
        if let Some(dc) = &s.decided
            && dc.penalty.is_some()
        {
            let _ = writeln!(out, "        decided:");
            count_fields(
                &mut out,
                "          ",
                &format!("{jp}.decided"),
                dc,
                &mut prov,
            );
        }
        if let Some(st) = &s.stated_term {
            stated(&mut out, "stated_term", &jp, st, &mut prov);
        }
        if let Some(st) = &s.stated_probation {
            stated(&mut out, "stated_probation", &jp, st, &mut prov);
        }
    }
    let _ = writeln!(out, "provenance:");
    out.push_str(&prov.lines);
    out
}
