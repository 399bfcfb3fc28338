//! The schemas of the values the project's own grammars read (dates,
//! penalties, money): strings with a pattern or a description and examples.
//! The raw structs (`raw.rs`) name them with `#[schemars(with = …)]`.

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use std::borrow::Cow;

macro_rules! text_schema {
    ($name:ident, $title:literal, $schema:tt) => {
        #[doc = $title]
        pub struct $name;
        impl JsonSchema for $name {
            fn schema_name() -> Cow<'static, str> {
                Cow::Borrowed(stringify!($name))
            }
            fn json_schema(_: &mut SchemaGenerator) -> Schema {
                json_schema!($schema)
            }
        }
    };
}

text_schema!(DateText, "A calendar date.", {
    "type": "string",
    "description": "A calendar date, YYYY-MM-DD, between 1900 and 2200.",
    "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
    "examples": ["2012-09-24"]
});

text_schema!(PeriodText, "When an offence was committed.", {
    "type": ["string", "integer"],
    "description": "A date (2012-02-06), a month (2012-02), a year (2012), or a range A..B of these (2003..2012, 2011-11..2012-02).",
    "pattern": "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?(\\.\\.[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?)?$",
    "examples": ["2012-02-06", "2011-11..2012-02", "2003..2012", 2012]
});

text_schema!(PenaltyText, "A principal penalty.", {
    "type": "string",
    "description": "A principal penalty in English or as Chinese courts write it. A bare duration is fixed-term imprisonment. Forms: '15 years', '2 years 6 months', 'criminal detention 6 months', 'public surveillance 2 years', 'life imprisonment', 'death with reprieve', 'death with reprieve, restricted commutation', 'death with reprieve, life imprisonment without commutation or parole', 'death', '有期徒刑十五年', '拘役六个月', '管制二年', '无期徒刑', '死刑缓期二年执行', '死刑'.",
    "minLength": 1,
    "examples": ["15 years", "2 years 6 months", "life imprisonment", "death with reprieve", "有期徒刑十五年"]
});

text_schema!(PoliticalRightsText, "Deprivation of political rights.", {
    "type": "string",
    "description": "Deprivation of political rights: a term ('1 year') or 'life' (终身).",
    "examples": ["1 year", "life", "剥夺政治权利一年"]
});

text_schema!(MoneyText, "An amount of money.", {
    "type": "string",
    "description": "An amount with its currency, read exactly: '1000000 CNY', '¥1,000,000', '100万元', 'RMB 1,000,000', '500 EUR'.",
    "examples": ["1000000 CNY", "¥1,000,000", "100万元"]
});

text_schema!(ConfiscationText, "Confiscation of property.", {
    "type": "string",
    "description": "Confiscation of property: 'all' (全部财产) or an amount such as '300000 CNY'.",
    "examples": ["all", "300000 CNY"]
});

text_schema!(ArticleText, "An article of the Criminal Law.", {
    "type": "string",
    "description": "The article: 'CL 385'; several: 'CL 385/386'; 'CL 120-1' for 第一百二十条之一.",
    "pattern": "[0-9]",
    "examples": ["CL 385", "CL 382/383"]
});

text_schema!(CustodyKindText, "How a custody period is credited.", {
    "type": "string",
    "enum": ["detention", "designated-residence", "supervisory-detention", "bail", "residential-surveillance"],
    "description": "detention (criminal detention and arrest, the default), designated-residence (指定居所监视居住), supervisory-detention (留置), bail (取保候审, not credited), residential-surveillance (监视居住 at home, not credited)."
});

text_schema!(SexText, "The defendant's sex, as the judgment states it.", {
    "type": "string",
    "enum": ["male", "female"],
    "description": "male (男) or female (女), as the judgment states it (read by `sentencing import`)."
});

text_schema!(LaterCrimeText, "Why a later judgment was given while an earlier sentence was served.", {
    "type": "string",
    "enum": ["discovered-crime", "new-crime"],
    "description": "discovered-crime (漏罪, CL 70: committed before the earlier judgment, found later), new-crime (新罪, CL 71: committed while serving)."
});

text_schema!(CategoryText, "A category of crime.", {
    "type": "string",
    "enum": ["violent", "graft", "job-related", "financial", "organised-crime", "state-security", "terrorism", "drug-ringleader"]
});

text_schema!(FieldNameText, "The name of a field whose value is an assumption.", {
    "type": "string",
    "enum": ["article", "committed", "penalty", "then", "political_rights", "fine", "confiscation"]
});

text_schema!(ReleaseRegimeText, "The release regime of a sentence in England and Wales.", {
    "type": "string",
    "enum": ["standard", "two-thirds", "excluded-from-40", "excluded-from-40-t3"],
    "description": "standard: half, or 40 % under SI 2024/844. two-thirds: CJA 2003 s. 244ZA (SDS+). excluded-from-40: a listed exclusion of SI 2024/844 (half). excluded-from-40-t3: an offence added to the exclusions for prisoners in custody on or after 2024-12-16 (half from then)."
});

// s2-prog: the legislation profile and toggles (England and Wales).
text_schema!(LegislationText, "The legislation a release date in England and Wales is computed under.", {
    "type": "string",
    "enum": ["in-force", "sds-50", "sds-progression-model-october"],
    "description": "in-force: the law in force, as the MoJ's live service applies it (its default profile). sds-50: the MoJ's test profile with SI 2024/844 not commenced (release at half). sds-progression-model-october: the MoJ's test profile with the progression model (release at one-third for standard determinate sentences, in ten tranches from 2026-10-01; UNVERIFIED)."
});

text_schema!(LegislationToggleText, "A feature toggle of the MoJ's release-date service.", {
    "type": "string",
    "enum": ["top-up-supervision-repealed", "hdc-repealed", "adult-hdc-suspended", "ersed-from-before-ers30"],
    "description": "top-up-supervision-repealed: applyPostRecallRepealRules (no TUSED). hdc-repealed: applyPostHdcedRepealRules (no adult HDC from 2026-09-02, nor under the progression model). adult-hdc-suspended: adultHdcSuspended (no adult HDC). ersed-from-before-ers30: useLatestErsedFromPreErs30Snapshot."
});

text_schema!(SentenceTypeText, "The type of a sentence in England and Wales.", {
    "type": "string",
    "enum": ["sds", "eds", "eds-automatic", "sopc", "sopc-under-18", "dto", "fine-default", "fine-default-full", "civil-debt", "botus"],
    "description": "sds: standard determinate sentence (the default). eds: extended determinate sentence released at the Parole Board's direction (PED at two-thirds of the custodial term, CRD at its end). eds-automatic: extended determinate sentence with automatic release at two-thirds (CJA 2003 s. 246A(2)). sopc: sentence for an offender of particular concern (CJA 2003 s. 244A, SA 2020 s. 278). sopc-under-18: the special sentence for an offender under 18 (SA 2020 s. 252A: parole at two-thirds). dto: detention and training order (SA 2020 s. 233: release at the mid-term, half the term; ETD/LTD one or two months either side for 8 months to 2 years). fine-default: a term in default of payment of a fine (CJA 2003 s. 258: released without licence at half). fine-default-full: the same for a fine of £10 million or more imposed from 2015-06-01 (served in full). civil-debt: a committal for a civil debt (half, no remand or tagged bail counted). botus: a committal for breach of top-up supervision (CJA 2003 s. 256AC: served in full, no remand or tagged bail counted). With eds, eds-automatic, sopc and sopc-under-18 the count's penalty is the custodial term and `extension` the licence period after it."
});

text_schema!(RecallKindText, "The kind of a recall in England and Wales.", {
    "type": "string",
    "enum": ["standard", "fixed-term-14", "fixed-term-28", "fixed-term-56"],
    "description": "standard: CJA 2003 s. 255C, to the end of the sentence. fixed-term-14, fixed-term-28: s. 255B, released after 14 or 28 days from the return to custody. fixed-term-56: the 56-day fixed-term recall of 2026."
});

text_schema!(MovementKindText, "A release from or admission to custody in England and Wales.", {
    "type": "string",
    "enum": ["release-hdc", "release-early-removal", "release-parole", "release-ecsl", "release-crd", "release-dto", "release-immigration-bail", "release-after-recall", "admission-sentence", "admission-remand", "admission-recall", "admission-hdc-recall", "admission-ers-breach", "admission-failed-removal"],
    "description": "release-hdc: release on home detention curfew (CJA 2003 s. 246). release-early-removal: removal under the early removal scheme (s. 260). release-parole: release on parole. release-ecsl: release on end of custody licence. release-crd: release at the conditional release date. release-dto: release at the end of a detention and training order's custody. release-immigration-bail: release on immigration bail. release-after-recall: release after a recall. admission-sentence: admission on sentence. admission-remand: admission on remand. admission-recall: return to custody on recall. admission-hdc-recall: return on recall from home detention curfew. admission-ers-breach: return after breaching the early removal scheme. admission-failed-removal: return after a removal under the scheme failed."
});

text_schema!(JurisdictionText, "A jurisdiction.", {
    "type": "string",
    "enum": ["CN", "DE", "TW", "JP", "US-federal", "GB-EAW"],
    "description": "CN: the People's Republic of China. DE: Germany. TW: Taiwan. JP: Japan. US-federal: United States federal courts. GB-EAW: England and Wales."
});
