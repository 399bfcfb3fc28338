//! `sentencing import`: reads the text of a Chinese criminal judgment and
//! writes a case file (docs/case-format.md) with the provenance of every
//! value (docs/import.md).
//!
//! Deterministic and rule-based: one reader per part of the judgment —
//! [`header`] (court, case number, kind, date), [`defendants`] (name, sex,
//! date of birth, custody events), [`operative`] (counts, decided sentence,
//! the court's stated term and probation period) — and [`emit`], which
//! writes the case file. What cannot be read is a located [`Problem`]; a
//! defendant with such a problem gets no entry in the case file, never a guess.
//!
//! Sits above the case model (it writes the case format) and below the CLI.

pub mod articles;
pub mod conventions;
pub mod defendants;
pub mod digest;
pub mod earlier;
mod emit;
pub mod header;
pub mod operative;
pub mod review;
pub mod text;

pub use text::Quote;

/// Why a judgment or a defendant could not be imported, or what was seen
/// and left out. Codes are stable (docs/import.md lists them).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ProblemCode {
    /// No 判决如下 with a defendant's sentence after it.
    NoOperativePart,
    /// No case number of a criminal case.
    NoCaseNumber,
    /// No court before the case number.
    NoCourt,
    /// No judgment date (in Chinese numerals before the clerk's signature).
    NoDate,
    /// No defendant's paragraph at the head.
    NoDefendant,
    /// An appeal judgment: the first-instance counts are not read (not implemented).
    Appeal,
    /// Neither first instance nor appeal (retrial, …).
    OtherKind,
    /// An appeal or retrial upholds part of the earlier penalty (维持…罚金部分):
    /// the sentence is not all stated in this judgment.
    UpheldPart,
    /// The defendant has no clause in the operative part (被告人X犯…).
    NoSentence,
    /// The defendant was acquitted (无罪).
    Acquitted,
    /// A count without a principal penalty.
    NoPenalty,
    /// Several counts and no decided sentence (决定执行).
    NoDecided,
    /// A stated term or probation period no defendant could be given.
    StatedUnassigned,
    /// The only defendant is named in the operative part with one character
    /// other than at the head (被告人邱剑峰 … 被告人邱剑锋犯…): the court's slip,
    /// read as that defendant's clause.
    NameDiffers,
    /// Administrative detention for this case (因本案…行政拘留) without a date.
    AdministrativeDetention,
    /// A custody event without a date that can be resolved.
    UndatedCustody,
    /// A phrase copied into the case file that the penalty grammar does not read.
    PhraseNotRead,
    /// A stated period that ends before it begins (the court's slip): left out.
    StatedReversed,
    /// The sentence combines an earlier judgment (CL 69–71, 77), which is not read.
    EarlierJudgment,
}

impl ProblemCode {
    pub fn id(self) -> &'static str {
        match self {
            ProblemCode::NoOperativePart => "import.no-operative-part",
            ProblemCode::NoCaseNumber => "import.no-case-number",
            ProblemCode::NoCourt => "import.no-court",
            ProblemCode::NoDate => "import.no-date",
            ProblemCode::NoDefendant => "import.no-defendant",
            ProblemCode::Appeal => "import.appeal-not-read",
            ProblemCode::OtherKind => "import.kind-not-read",
            ProblemCode::UpheldPart => "import.upheld-part-not-read",
            ProblemCode::NoSentence => "import.no-sentence",
            ProblemCode::Acquitted => "import.acquitted",
            ProblemCode::NoPenalty => "import.no-penalty",
            ProblemCode::NoDecided => "import.no-decided",
            ProblemCode::StatedUnassigned => "import.stated-unassigned",
            ProblemCode::NameDiffers => "import.name-differs",
            ProblemCode::AdministrativeDetention => "import.administrative-detention",
            ProblemCode::UndatedCustody => "import.undated-custody",
            ProblemCode::PhraseNotRead => "import.phrase-not-read",
            ProblemCode::StatedReversed => "import.stated-reversed",
            ProblemCode::EarlierJudgment => "import.earlier-judgment-not-read",
        }
    }

    /// What the code means, in English and in Chinese.
    pub fn why(self, zh: bool) -> &'static str {
        match (self, zh) {
            (ProblemCode::NoOperativePart, false) => "no operative part (判决如下) was found",
            (ProblemCode::NoOperativePart, true) => "未找到判决主文（判决如下）",
            (ProblemCode::NoCaseNumber, false) => "no case number of a criminal case was found",
            (ProblemCode::NoCaseNumber, true) => "未找到刑事案件案号",
            (ProblemCode::NoCourt, false) => "no court was found before the case number",
            (ProblemCode::NoCourt, true) => "案号前未找到法院名称",
            (ProblemCode::NoDate, false) => {
                "no judgment date was found before the clerk's signature"
            }
            (ProblemCode::NoDate, true) => "书记员署名前未找到判决日期",
            (ProblemCode::NoDefendant, false) => "no defendant's paragraph was found",
            (ProblemCode::NoDefendant, true) => "未找到被告人基本情况段落",
            (ProblemCode::Appeal, false) => {
                "an appeal judgment: the first-instance judgment it reviews is not read yet"
            }
            (ProblemCode::Appeal, true) => "二审判决：尚不读取原审判决",
            (ProblemCode::OtherKind, false) => "neither a first-instance nor an appeal judgment",
            (ProblemCode::OtherKind, true) => "既非一审也非二审判决",
            (ProblemCode::UpheldPart, false) => {
                "the judgment upholds part of the earlier penalty, which it does not restate"
            }
            (ProblemCode::UpheldPart, true) => "判决维持原判的部分刑罚，未重新表述",
            (ProblemCode::NoSentence, false) => {
                "the operative part gives this defendant no sentence"
            }
            (ProblemCode::NoSentence, true) => "判决主文中未找到该被告人的判项",
            (ProblemCode::Acquitted, false) => "the defendant was acquitted",
            (ProblemCode::Acquitted, true) => "被告人无罪",
            (ProblemCode::NoPenalty, false) => {
                "a count without a principal penalty that can be read"
            }
            (ProblemCode::NoPenalty, true) => "某一罪名未能读取主刑",
            (ProblemCode::NoDecided, false) => "several counts and no decided sentence (决定执行)",
            (ProblemCode::NoDecided, true) => "数罪而未找到决定执行的刑罚",
            (ProblemCode::StatedUnassigned, false) => {
                "a stated period that cannot be given to one defendant"
            }
            (ProblemCode::StatedUnassigned, true) => "无法归属于某一被告人的刑期起止",
            (ProblemCode::NameDiffers, false) => {
                "the operative part names the only defendant with one character different: read as the court's slip"
            }
            (ProblemCode::NameDiffers, true) => {
                "判决主文中唯一被告人的姓名有一字与首部不同：视为笔误读取"
            }
            (ProblemCode::AdministrativeDetention, false) => {
                "administrative detention for this case without a date that can be resolved: left out"
            }
            (ProblemCode::AdministrativeDetention, true) => {
                "因本案被行政拘留但日期无法确定：未读取"
            }
            (ProblemCode::UndatedCustody, false) => "a custody event without a date: left out",
            (ProblemCode::UndatedCustody, true) => "未载明日期的强制措施：未读取",
            (ProblemCode::PhraseNotRead, false) => "the penalty grammar does not read this phrase",
            (ProblemCode::PhraseNotRead, true) => "刑罚语法无法读取该表述",
            (ProblemCode::StatedReversed, false) => {
                "the stated period ends before it begins (the court's slip): not written to the case file"
            }
            (ProblemCode::StatedReversed, true) => {
                "所载期间的终止日早于起始日（判决笔误）：未写入案卷"
            }
            (ProblemCode::EarlierJudgment, false) => {
                "the sentence combines an earlier judgment (CL 69–71, 77), which is not read yet"
            }
            (ProblemCode::EarlierJudgment, true) => {
                "判项与前一判决并罚（刑法第六十九条至第七十一条、第七十七条），尚不读取前一判决"
            }
        }
    }

    /// True when the code means a defendant or the whole judgment was not imported.
    pub fn refuses(self) -> bool {
        !matches!(
            self,
            ProblemCode::StatedUnassigned
                | ProblemCode::NameDiffers
                | ProblemCode::StatedReversed
                | ProblemCode::AdministrativeDetention
                | ProblemCode::UndatedCustody
        )
    }
}

/// Something the importer could not read, with where and why.
#[derive(Debug, Clone)]
pub struct Problem {
    pub code: ProblemCode,
    /// The defendant concerned, if any.
    pub defendant: Option<String>,
    /// The phrase and its position, when there is one.
    pub quote: Option<Quote>,
    /// Further detail: the grammar's message for a phrase it does not read.
    pub detail: Option<crate::message::Msg>,
}

/// What importing one judgment gave.
#[derive(Debug, Clone)]
pub struct Imported {
    /// The case file, when at least one defendant was read.
    pub case_file: Option<String>,
    /// The case number as written, when found (for the output file name).
    pub case_number: Option<String>,
    /// Names of the defendants written to the case file.
    pub written: Vec<String>,
    pub problems: Vec<Problem>,
}

impl Imported {
    /// True when nothing was written.
    pub fn refused(&self) -> bool {
        self.case_file.is_none()
    }
}

/// Imports one judgment. `origin` names where the text came from (a path,
/// `file.jsonl:12`), for the case file's `sources`.
pub fn import(text: &str, origin: &str) -> Imported {
    let mut problems = Vec::new();
    let op_range = operative::range(text);
    let op_text = op_range.and_then(|(s, e)| text.get(s..e));
    let head = header::read(text, op_text);
    let case_number = head.case_number.as_ref().map(|q| q.text.clone());
    let refuse = |problems: Vec<Problem>| Imported {
        case_file: None,
        case_number: case_number.clone(),
        written: Vec::new(),
        problems,
    };
    let whole = |code: ProblemCode, quote: Option<Quote>| Problem {
        code,
        defendant: None,
        quote,
        detail: None,
    };
    if head.case_number.is_none() {
        return refuse(vec![whole(ProblemCode::NoCaseNumber, None)]);
    }
    if head.court.is_none() {
        return refuse(vec![whole(ProblemCode::NoCourt, head.case_number.clone())]);
    }
    // An appeal or retrial that sentences anew is read from its new items;
    // one that upholds the earlier sentence (in whole or in part) is refused.
    let masked;
    let sentenced = match head.kind {
        header::Kind::FirstInstance => text,
        header::Kind::AppealUpheld => {
            return refuse(vec![whole(ProblemCode::Appeal, head.kind_quote.clone())]);
        }
        header::Kind::AppealChanged | header::Kind::Other => match review::mask(text) {
            Ok(m) => {
                masked = m;
                masked.as_str()
            }
            Err(q) => return refuse(vec![whole(ProblemCode::UpheldPart, Some(q))]),
        },
    };
    if head.date.is_none() {
        return refuse(vec![whole(ProblemCode::NoDate, None)]);
    }
    if op_range.is_none() {
        return refuse(vec![whole(ProblemCode::NoOperativePart, None)]);
    }
    // An appeal or retrial: the paragraph may record the judgment under
    // review (this case's), and the custody before it is this case's.
    let ds = match head.kind {
        header::Kind::FirstInstance => defendants::read(text),
        _ => defendants::read_reviewing(text, review::reviewed_date(text)),
    };
    if ds.is_empty() {
        return refuse(vec![whole(
            ProblemCode::NoDefendant,
            head.case_number.clone(),
        )]);
    }
    let names: Vec<&str> = ds.iter().map(|d| d.name.text.as_str()).collect();
    let (mut sentences, mut unassigned) = operative::read(sentenced, &names);
    if let [only] = names.as_slice()
        && sentences.first().is_some_and(|s| s.clause.is_none())
        && let Some(slip) = operative::name_slip(sentenced, only)
    {
        (sentences, unassigned) = operative::read(sentenced, &[slip.text.as_str()]);
        problems.push(Problem {
            code: ProblemCode::NameDiffers,
            defendant: Some(only.to_string()),
            quote: Some(slip),
            detail: None,
        });
    }
    // A fine the appeal or retrial upholds and quotes (维持…罚金部分，即被告人
    // 王某犯贩卖毒品罪，并处罚金人民币10000元) belongs to the new item's only
    // count of that offence, which states no fine; without such a count the
    // sentence is not all stated here: refused, as any upheld part.
    if head.kind != header::Kind::FirstInstance {
        for f in review::upheld_fines(text) {
            let count = ds
                .iter()
                .zip(sentences.iter_mut())
                .find(|(d, _)| d.name.text == f.name)
                .map(|(_, s)| s)
                .filter(|s| s.decided.is_none())
                .and_then(|s| match s.counts.as_mut_slice() {
                    [only]
                        if only.fine.is_none()
                            && only.offence.as_ref().is_some_and(|o| o.text == f.offence) =>
                    {
                        Some(only)
                    }
                    _ => None,
                });
            match count {
                Some(c) => c.fine = Some(f.fine),
                None => return refuse(vec![whole(ProblemCode::UpheldPart, Some(f.fine))]),
            }
        }
    }
    for q in unassigned {
        problems.push(whole(ProblemCode::StatedUnassigned, Some(q)));
    }
    for (d, s) in ds.iter().zip(sentences.iter_mut()) {
        for slot in [&mut s.stated_term, &mut s.stated_probation] {
            if let Some(st) = slot.take_if(|st| st.to < st.from) {
                problems.push(Problem {
                    code: ProblemCode::StatedReversed,
                    defendant: Some(d.name.text.clone()),
                    quote: Some(st.quote),
                    detail: None,
                });
            }
        }
    }
    let mut accepted = Vec::new();
    for (d, s) in ds.iter().zip(sentences.iter()) {
        let who = Some(d.name.text.clone());
        for u in &d.unread {
            problems.push(Problem {
                code: if u.administrative {
                    ProblemCode::AdministrativeDetention
                } else {
                    ProblemCode::UndatedCustody
                },
                defendant: who.clone(),
                quote: Some(u.quote.clone()),
                detail: None,
            });
        }
        let Some(clause) = &s.clause else {
            problems.push(Problem {
                code: ProblemCode::NoSentence,
                defendant: who,
                quote: Some(d.name.clone()),
                detail: None,
            });
            continue;
        };
        if text
            .get(clause.end()..)
            .is_some_and(|r| r.starts_with("无罪"))
        {
            problems.push(Problem {
                code: ProblemCode::Acquitted,
                defendant: who,
                quote: Some(clause.clone()),
                detail: None,
            });
            continue;
        }
        let missing = s
            .counts
            .iter()
            .find(|c| c.penalty.is_none())
            .map(|c| c.offence.clone().unwrap_or_else(|| clause.clone()));
        if s.counts.is_empty() || missing.is_some() {
            problems.push(Problem {
                code: ProblemCode::NoPenalty,
                defendant: who,
                quote: Some(missing.unwrap_or_else(|| clause.clone())),
                detail: None,
            });
            continue;
        }
        if s.counts.len() > 1 && s.decided.as_ref().is_none_or(|c| c.penalty.is_none()) {
            problems.push(Problem {
                code: ProblemCode::NoDecided,
                defendant: who,
                quote: Some(clause.clone()),
                detail: None,
            });
            continue;
        }
        let mut combined = None;
        if let Some(q) = &s.earlier {
            combined = operative::range(text).and_then(|op| earlier::read(text, d, s, q, op));
        }
        if let Some(q) = s.earlier.as_ref().filter(|_| combined.is_none()) {
            // CL 71 with its remainder stated, refused for the record's day.
            let detail = operative::range(text)
                .and_then(|(reasons_end, _)| {
                    earlier::cl71_undated_record(text, d, s, q, reasons_end)
                })
                .map(|r| {
                    crate::message::Msg::new(crate::message::MsgId::ImpEarlierUndated)
                        .arg("record", r.text)
                });
            problems.push(Problem {
                code: ProblemCode::EarlierJudgment,
                defendant: who,
                quote: Some(q.clone()),
                detail,
            });
            continue;
        }
        if let Some((quote, msg)) = unreadable_phrase(s) {
            problems.push(Problem {
                code: ProblemCode::PhraseNotRead,
                defendant: who,
                quote: Some(quote),
                detail: Some(msg),
            });
            continue;
        }
        accepted.push((d, s, combined));
    }
    if accepted.is_empty() {
        return refuse(problems);
    }
    let written = accepted
        .iter()
        .map(|(d, _, _)| d.name.text.clone())
        .collect();
    let case_file = emit::case_file(text, origin, &head, &accepted);
    Imported {
        case_file: Some(case_file),
        case_number,
        written,
        problems,
    }
}

/// The first phrase of the sentence the project's grammar does not read,
/// with the grammar's message: the case file would not load with it.
fn unreadable_phrase(s: &operative::Sentence) -> Option<(Quote, crate::message::Msg)> {
    use crate::penalty;
    for c in s.counts.iter().chain(s.decided.iter()) {
        if let Some(p) = &c.penalty
            && let Err(e) = penalty::parse_penalty_text(&p.text)
        {
            return Some((p.clone(), e.message));
        }
        if let Some(p) = &c.fine
            && let Err(e) = penalty::parse_fine(&p.text)
        {
            return Some((p.clone(), e.message));
        }
        if let Some(p) = &c.confiscation
            && let Err(e) = penalty::parse_confiscation(&p.text)
        {
            return Some((p.clone(), e.message));
        }
        if let Some(p) = &c.political_rights
            && let Err(e) = penalty::parse_political_rights(&p.text)
        {
            return Some((p.clone(), e.message));
        }
    }
    None
}
