//! China as a [`Jurisdiction`]: the registry's entry, and the starter file
//! `sentencing new --jurisdiction CN` writes.

use crate::analysis::DefendantAnalysis;
use crate::case::{Defendant, JurisdictionId};
use crate::law::system::{PRC_NAMES, PenaltyNames, Topic};
use crate::law::{Jurisdiction, Rule};

/// The People's Republic of China, through the functions of this folder.
pub struct China;

impl Jurisdiction for China {
    fn id(&self) -> JurisdictionId {
        JurisdictionId::Cn
    }
    fn name(&self) -> &'static str {
        "People's Republic of China"
    }
    fn rules(&self) -> Vec<&'static Rule> {
        super::rules()
    }
    fn starter(&self) -> &'static str {
        STARTER
    }
    fn defendant_fields(&self) -> &'static [&'static str] {
        // A suspended sentence (CL 74, 77); parole revoked (CL 86 ¶3) and
        // earlier sentences (CL 65, 66).
        &[
            "criminal_group_leader",
            "suspension_revoked",
            "parole_revoked",
            "previous",
            // A later judgment's (CL 71): checked in convert_judgment.
            "stated_remainder",
        ]
    }
    fn parse_penalty_text(
        &self,
        text: &str,
    ) -> Result<crate::penalty::PenaltyText, crate::penalty::PenaltyParseError> {
        crate::penalty::parse_penalty_text(text)
    }
    fn zh_penalty_names(&self) -> PenaltyNames {
        PRC_NAMES
    }
    // Its law-version topics: the rules with more than one version, or whose
    // coverage is stated (law/timeline.rs adds one topic per other rule).
    fn topics(&self) -> Vec<Topic> {
        let cn_1997 = jiff::civil::date(1997, 10, 1);
        vec![
            Topic {
                jurisdiction: JurisdictionId::Cn,
                name: "combination of fixed terms (CL 69 ¶1 cap)",
                covered_from: cn_1997,
                note: "the 1979 Criminal Law is not implemented",
                versions: vec![
                    &super::combination::LIMITED_AGGRAVATION_1997,
                    &super::combination::LIMITED_AGGRAVATION_A8,
                ],
            },
            Topic {
                jurisdiction: JurisdictionId::Cn,
                name: "absorption (CL 69 ¶1)",
                covered_from: cn_1997,
                note: "the 1979 Criminal Law is not implemented",
                versions: vec![&super::combination::ABSORPTION],
            },
            Topic {
                jurisdiction: JurisdictionId::Cn,
                name: "parole of a fixed term (CL 81 ¶1)",
                covered_from: cn_1997,
                note: "the 1979 Criminal Law is not implemented",
                versions: vec![&super::parole::FIXED_TERM_HALF],
            },
            Topic {
                jurisdiction: JurisdictionId::Cn,
                name: "parole of life imprisonment (CL 81 ¶1)",
                covered_from: cn_1997,
                note: "the 1979 Criminal Law is not implemented",
                versions: vec![
                    &super::parole::LIFE_10_YEARS_1997,
                    &super::parole::LIFE_13_YEARS,
                ],
            },
            Topic {
                jurisdiction: JurisdictionId::Cn,
                name: "penalties of different kinds (CL 69 ¶2)",
                covered_from: cn_1997,
                note: "the 1979 Criminal Law is not implemented",
                versions: vec![
                    &super::combination::MIXED_KINDS_BEFORE_A9,
                    &super::combination::MIXED_KINDS_A9,
                ],
            },
            Topic {
                jurisdiction: JurisdictionId::Cn,
                name: "supplementary penalties combined (CL 69 ¶3)",
                covered_from: cn_1997,
                note: "the 1979 Criminal Law is not implemented",
                versions: vec![
                    &super::supplementary::SUPPLEMENTARY_1997,
                    &super::supplementary::SUPPLEMENTARY_MERGED,
                ],
            },
            Topic {
                jurisdiction: JurisdictionId::Cn,
                name: "suspension barred (CL 74)",
                covered_from: cn_1997,
                note: "the 1979 Criminal Law is not implemented",
                versions: vec![&super::probation::BARRED_1997, &super::probation::BARRED_A8],
            },
            Topic {
                jurisdiction: JurisdictionId::Cn,
                name: "parole barred for violent crimes (CL 81 ¶2)",
                covered_from: cn_1997,
                note: "the 1979 Criminal Law is not implemented",
                versions: vec![
                    &super::parole::BAR_VIOLENT_1997,
                    &super::parole::BAR_VIOLENT,
                ],
            },
            Topic {
                jurisdiction: JurisdictionId::Cn,
                name: "minimum served after commutations of life (CL 78 ¶2)",
                covered_from: cn_1997,
                note: "the 1979 Criminal Law is not implemented",
                versions: vec![
                    &super::commutation::MINIMUM_LIFE_1997,
                    &super::commutation::MINIMUM_LIFE_A8,
                ],
            },
            Topic {
                jurisdiction: JurisdictionId::Cn,
                name: "death with reprieve commuted to a term (CL 50)",
                covered_from: cn_1997,
                note: "the 1979 Criminal Law is not implemented",
                versions: vec![
                    &super::reprieve::BECOMES_15_20_YEARS_1997,
                    &super::reprieve::BECOMES_25_YEARS,
                ],
            },
            // --- cn-regimes (issue #12 part B) ---
            Topic {
                jurisdiction: JurisdictionId::Cn,
                name: "an intentional crime during the reprieve (CL 50 ¶1)",
                covered_from: cn_1997,
                note: "the 1979 Criminal Law is not implemented",
                versions: vec![
                    &super::reprieve_crime::EXECUTION_BEFORE_A9,
                    &super::reprieve_crime::REPRIEVE_RESTARTS,
                ],
            },
        ]
    }
    fn analyse_defendant(
        &self,
        d: &Defendant,
        path: &str,
        as_of: Option<jiff::civil::Date>,
    ) -> DefendantAnalysis {
        super::analyse_defendant(d, path, as_of)
    }
}

pub(super) const STARTER: &str = r#"# yaml-language-server: $schema=../docs/case.schema.json
# A sentencing case file: one case, one or more defendants. Every field is described in
# docs/case-format.md. Check it with `sentencing validate FILE`, explain it with
# `sentencing report FILE`. Replace the example values below with the case's own.

case: Example — two counts combined          # the case's title
jurisdiction: CN                             # the People's Republic of China
summary: >-
  One paragraph about the case.
sources:
  - url: https://example.org/judgment
    title: The judgment or a report of it
defendants:
  - name: Example Defendant                  # as reported; unique in the file
    native_name: 示例                          # optional: the name in the original script
    custody:                                 # pre-trial custody, if known
      - from: 2015-03-02
        kind: detention                      # detention | designated-residence | supervisory-detention | bail | residential-surveillance
        assumed: true                        # the date is not confirmed by the sources
        note: say where the date comes from
    judgments:                               # in date order
      - court: Example Intermediate People's Court
        date: 2016-01-15
        counts:
          - offence: accepting bribes
            native_offence: 受贿罪
            article: CL 385                  # several: CL 385/386
            committed: 2013..2015            # a date, a month, a year, or a range A..B
            penalty: 6 years                 # also: 有期徒刑六年, criminal detention 6 months, life imprisonment, …
            fine: 500000 CNY                 # also ¥500,000 or 50万元
          - offence: abuse of power
            native_offence: 滥用职权罪
            article: CL 397
            committed: 2014
            penalty: 3 years                 # suspended: 有期徒刑三年，缓刑四年 (CL 72-73); also 免予刑事处罚
        decided:                             # the sentence the court decided to execute (决定执行)
          penalty: 8 years
          fine: 500000 CNY
      # An appeal that upheld the judgment:
      # - court: Example High People's Court
      #   date: 2016-04-20
      #   appeal: true
      #   upheld: true
"#;
