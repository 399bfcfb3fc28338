//! The Chinese catalogue (simplified characters, legal usage).

use super::MsgId;

/// The Chinese template of `id`.
pub fn template(id: MsgId) -> &'static str {
    match id {
        MsgId::Untranslated => "{text}",
        MsgId::LabelYes => "是",
        MsgId::LabelNo => "否",
        MsgId::LabelNotSettled => "法律未明确",
        MsgId::HeadRule => "规则",
        MsgId::HeadCitation => "法律依据",
        MsgId::HeadArithmetic => "计算过程",
        MsgId::HeadSeverity => "级别",
        MsgId::HeadCode => "代码",
        MsgId::HeadFinding => "结论",
        MsgId::LabelLawApplied => "适用法律",
        MsgId::LabelLawAppliedAssumed => "适用法律（假定）",
        MsgId::LabelBecause => "理由：",
        MsgId::HeadNumber => "序号",
        MsgId::HeadOffence => "罪名",
        MsgId::HeadArticle => "条文",
        MsgId::HeadCommitted => "犯罪时间",
        MsgId::HeadPenalty => "主刑",
        MsgId::HeadPoliticalRights => "剥夺政治权利",
        MsgId::HeadFine => "罚金",
        MsgId::HeadConfiscation => "没收财产",
        MsgId::LabelAssumedSuffix => "（假定）",
        MsgId::TitleCounts => "各罪判处的刑罚",
        MsgId::TitleCombination => "数罪并罚：{principle}",
        MsgId::PrincipleSingleCount => "一罪，无需并罚",
        MsgId::PrincipleAbsorption => "吸收原则",
        MsgId::PrincipleLimitedAggravation => "限制加重原则",
        MsgId::PrincipleMixedKinds => "不同种类主刑的并罚",
        MsgId::PrincipleConcurrentConsecutive => "刑期的同时执行与连续执行",
        MsgId::HeadHighest => "数刑中最高刑期",
        MsgId::HeadTotal => "总和刑期",
        MsgId::HeadCap => "上限",
        MsgId::HeadLawfulRange => "决定执行的法定幅度",
        MsgId::HeadDecided => "决定执行",
        MsgId::HeadLawful => "是否合法",
        MsgId::LabelThen => "{first}，再执行{then}",
        MsgId::TitleResult => "并罚结果",
        MsgId::HeadSupplementaryPenalty => "附加刑",
        MsgId::HeadFromTheCounts => "各罪所判",
        MsgId::LabelPoliticalRightsRow => "剥夺政治权利",
        MsgId::LabelFinesAbsorbed => "为没收个人全部财产所吸收",
        MsgId::LabelFineRow => "罚金",
        MsgId::LabelConfiscationRow => "没收财产",
        MsgId::TitleSupplementary => "附加刑",
        MsgId::TitleSupplementarySteps => "附加刑：计算步骤",
        MsgId::HeadFigure => "项目",
        MsgId::HeadValue => "期限",
        MsgId::HeadCountedFrom => "起算",
        MsgId::LabelNotApplicableBecause => "不适用：{why}",
        MsgId::LabelParoleAfterRow => "实际执行满此期限可以假释",
        MsgId::LabelCommutationRow => "减刑",
        MsgId::LabelMinimumServedRow => "减刑后最低实际执行刑期",
        MsgId::LabelEarliestCommutationRow => "最早首次减刑",
        MsgId::TitleParoleCommutation => "假释与减刑",
        MsgId::TitleParoleCommutationSteps => "假释与减刑：计算步骤",
        MsgId::TitleTimeline => "时间轴",
        MsgId::TitleFindings => "审查意见",
        MsgId::HeadEvent => "事项",
        MsgId::HeadDate => "日期",
        MsgId::TitleDates => "日期",
        MsgId::TitleLaterJudgment => "{date}的后一判决（{kind}）：并罚后的法定幅度为{range}",
        MsgId::LabelBarred => "不得假释（{rule}）",
        MsgId::LabelCommutationBarred => "不得减刑（{rule}）",
        MsgId::CoNoCommutation => {
            "该法律没有由法院裁定的减刑（法院裁定减刑为中华人民共和国的制度）；提前释放仅如上所示"
        }
        MsgId::UsNoCommutation => {
            "没有由法院裁定的减刑；1987年11月1日以后的犯罪也不适用联邦假释（{citation}）；于刑期届满减去良好表现折抵时释放"
        }
        MsgId::LabelNotApplicable => "不适用",
        MsgId::LabelNeverLife => "终身剥夺",
        MsgId::LabelJurisdiction => "法域",
        MsgId::HeadCase => "案件",
        MsgId::HeadDefendant => "被告人",
        MsgId::HeadCounts => "罪数",
        MsgId::HeadReduction => "较总和刑期减少",
        MsgId::HeadParoleAfter => "假释所需实际执行刑期",
        MsgId::HeadTermEnd => "刑期届满",
        MsgId::HeadParoleEligible => "最早可假释日期",
        MsgId::HeadPoliticalRightsEnd => "剥夺政治权利期满",
        MsgId::SeverityError => "错误",
        MsgId::SeverityWarning => "警告",
        MsgId::SeverityUnverified => "未核实",
        MsgId::SeverityAssumption => "假定",
        MsgId::SeverityNote => "说明",
        MsgId::LawCl1997 => "《刑法》1997年文本（1997年10月1日至2011年4月30日施行）",
        MsgId::LawClA8 => "经《刑法修正案（八）》修正的《刑法》（2011年5月1日起施行）",
        MsgId::HtmlGenerated => {
            "由 <code>sentencing report --format html</code> 生成。每一数字均注明所依据的规则；审查意见列明本工具所作的假定及法律未予明确之处。"
        }
        MsgId::HtmlReportTitle => "刑罚计算报告",
        MsgId::HtmlCompareTitle => "刑罚比较",
        MsgId::CombCap1997 => "最高不能超过二十年（1997年文本）",
        MsgId::CombCapA8Over35 => "总和刑期{total}，在三十五年以上，最高不能超过二十五年",
        MsgId::CombCapA8Under35 => "总和刑期{total}，不满三十五年，最高不能超过二十年",
        MsgId::CombAbsorbs => "数罪中最重的刑罚为{highest}，吸收{others}",
        MsgId::CombTheOtherCounts => "其他各罪的刑罚",
        MsgId::CombMixedBeforeA9 => {
            "数罪所判主刑种类不同，本案于{date}审理，在《刑法》第六十九条第二款施行（2015年11月1日）以前"
        }
        MsgId::CombMixedUnsettled => {
            "2015年11月1日以前的法律未规定不同种类主刑如何并罚，本工具不评判法院决定执行的刑罚"
        }
        MsgId::CombMixedUnsettledHint => {
            "请参照当时的司法实践；《刑法修正案（九）》增设的第六十九条第二款仅适用于2015年11月1日以后审理的案件"
        }
        MsgId::CombMixedPrisonDetention => {
            "数罪中有判处有期徒刑和拘役的，执行有期徒刑（拘役{terms}不再执行）"
        }
        MsgId::CombMixedSurveillanceAfterPrison => "有期徒刑执行完毕后，管制{terms}仍须执行",
        MsgId::CombMixedSurveillanceAfterDetention => "拘役执行完毕后，管制{terms}仍须执行",
        MsgId::CombMixedTried => {
            "本案于{date}审理（2015年11月1日以后审理的，不论犯罪时间，均适用《刑法》第六十九条第二款）：{parts}"
        }
        MsgId::CombCapDetention => "拘役最高不能超过一年",
        MsgId::CombCapSurveillance => "管制最高不能超过三年",
        MsgId::CombHighestTotal => "数刑中最高刑期H＝{highest}；总和刑期S＝{terms}＝{total}",
        MsgId::CombLawfulRange => {
            "在总和刑期以下、数刑中最高刑期以上酌情决定执行的刑期：H ≤ T ≤ min(S, 上限) = min({total}, {cap}) → {min}至{max}"
        }
        MsgId::CombOneTerm => "仅判处{kind}{term}一刑，依所判执行",
        MsgId::CombSurveillanceAfter => {
            "其后执行的管制：{terms}＝{total}，最高不能超过三年 → {min}至{max}"
        }
        MsgId::CombWrongKind => {
            "法院决定执行的刑罚（{penalty}）不属于《刑法》第六十九条在本案所要求的刑种（{kind}）"
        }
        MsgId::CombOutsideRange => "法院决定执行的刑罚（{penalty}）超出法定幅度（{range}）",
        MsgId::CombOutsideRangeHint => "请对照判决书核对各罪所判刑罚及决定执行的刑罚",
        MsgId::CombThenOutside => "其后执行的{penalty}超出法定幅度（{range}）",
        MsgId::CombSurveillanceMissing => {
            "依照《刑法》第六十九条第二款，管制（{range}）仍须执行，但决定执行的刑罚中没有管制"
        }
        MsgId::CombSurveillanceMissingHint => {
            "在 `decided` 中加写 `then: public surveillance …`（其后执行的管制）"
        }
        MsgId::CombUnexpectedThen => "决定执行的刑罚另加{penalty}，但各罪均未判处须其后执行的管制",
        MsgId::KindPublicSurveillance => "管制",
        MsgId::KindCriminalDetention => "拘役",
        MsgId::KindImprisonment => "有期徒刑",
        MsgId::KindLife => "无期徒刑",
        MsgId::KindDeathWithReprieve => "死刑缓期二年执行",
        MsgId::KindDeath => "死刑",
        MsgId::CnNoCounts => "各判决均未载明各罪所判刑罚",
        MsgId::CnFieldAssumed => "{offence}：{field}未经资料证实{note}",
        MsgId::CnNoteInParens => "（{note}）",
        MsgId::CnLawVersionAssumed => "适用{law}：{reason}",
        MsgId::CnAppealCountNotRestated => "二审判决改判为{decided}，但唯一一罪所判刑罚仍为{count}",
        MsgId::CnAppealCountNotRestatedHint => {
            "二审改判一罪刑罚的，应在 `counts:` 中按改判后的刑罚重新载明该罪"
        }
        MsgId::TitleLighterLaw => "从旧兼从轻（《刑法》第十二条）",
        MsgId::HeadProvision => "条文",
        MsgId::HeadOldText => "旧法",
        MsgId::HeadNewText => "新法",
        MsgId::HeadApplies => "适用",
        MsgId::HeadWhy => "理由",
        MsgId::LighterProvisionCl69Cap => "有期徒刑数罪并罚的上限（《刑法》第六十九条第一款）",
        MsgId::LighterProvisionCl69Mixed => "不同种类主刑的并罚（《刑法》第六十九条第二款）",
        MsgId::LighterProvisionCl78Life => {
            "无期徒刑减刑以后实际执行的最低刑期（《刑法》第七十八条第二款）"
        }
        MsgId::LighterProvisionCl81Life => {
            "无期徒刑假释前实际执行的刑期（《刑法》第八十一条第一款）"
        }
        MsgId::LighterFigureCell => "{figure}（{rule}）",
        MsgId::LighterFigureCap => "{range}，上限{cap}",
        MsgId::LighterFigureNoRule => "法无明文规定",
        MsgId::LighterAppliesOld => "旧法",
        MsgId::LighterAppliesNew => "新法",
        MsgId::LighterAppliesNotSettled => "未能确定：两者并列，不作断定",
        MsgId::LighterWhyCl69AllBefore => {
            "{rule}：各罪均发生于2011年4月30日以前，适用1997年文本；由司法解释决定，而非依第十二条比较轻重（{lighter}）"
        }
        MsgId::LighterWhyCl69OneAfter => {
            "{rule}：其中一罪发生于2011年5月1日以后，各罪均适用修正后文本；由司法解释决定，而非依第十二条比较轻重（{lighter}）"
        }
        MsgId::LighterWhyCl69NotSettled => {
            "{rule}按犯罪时间选择文本，而所载犯罪时间不能确定各罪是否均发生于2011年4月30日以前（上文分析假定适用修正后文本）"
        }
        MsgId::LighterWhyLifeBefore => {
            "{rule}：2011年4月30日以前犯罪被判处无期徒刑的，适用1997年文本；由司法解释决定，而非依第十二条比较轻重（{lighter}）"
        }
        MsgId::LighterWhyLifeOneAfter => {
            "其中一罪发生于2011年5月1日以后，而《修八时间效力解释》第七条仅规定2011年4月30日以前的犯罪：本工具沿用{rule}为第六十九条选定的文本（本工具的理解，并非司法解释的明文）"
        }
        MsgId::LighterWhyLifeNotSettled => {
            "{rule}对2011年4月30日以前的犯罪适用1997年文本，而所载犯罪时间不能确定这一点（上文分析假定适用修正后文本）"
        }
        MsgId::LighterWhyMixedKindsA9 => {
            "{rule}：2015年10月31日以前犯数罪、2015年11月1日以后并罚的，适用修正后《刑法》第六十九条第二款；由司法解释决定，而非依第十二条比较轻重（{lighter}）"
        }
        MsgId::LighterCompareOld => "依第十二条并参照{rule}比较，旧法较轻",
        MsgId::LighterCompareNew => "依第十二条并参照{rule}比较，新法较轻",
        MsgId::LighterCompareSame => "两者结果相同",
        MsgId::LighterCompareNone => "旧法无相应规定，无从比较",
        MsgId::CnDecidedFieldAssumed => "决定执行的{field}未经资料证实",
        MsgId::CnPositionFailed => "无法计算{date}的执行情况：{error}",
        MsgId::CnRuleUnverified => "{rule}（{citation}）未经核实：{why}",
        MsgId::FieldPenalty => "主刑",
        MsgId::FieldPoliticalRights => "剥夺政治权利",
        MsgId::FieldFine => "罚金",
        MsgId::FieldConfiscation => "没收财产",
        MsgId::FieldCommitted => "犯罪时间",
        MsgId::FieldCustody => "羁押",
        MsgId::VersionPrecedesA8 => "判决于{date}作出，早于2011年5月1日，各罪均发生于此前",
        MsgId::VersionCommittedAfterA8 => "{offence}发生于{when}，在2011年5月1日以后",
        MsgId::VersionAllBefore => "各罪均发生于2011年4月30日以前",
        MsgId::VersionStraddles => {
            "{offence}的犯罪时间为{when}，跨越2011年5月1日；按其终了之时认定犯罪时间"
        }
        MsgId::VersionUndated => "{offences}未载明犯罪时间；假定适用判决时施行的文本",
        MsgId::ListSemicolon => "{items}",
        MsgId::SuppWhyPrincipal => "主刑为{penalty}",
        MsgId::SuppWhyCountLife => "一罪判处剥夺政治权利终身",
        MsgId::SuppLifeAbsorbing => "{why}：剥夺政治权利终身，吸收{n}项有期限的剥夺政治权利",
        MsgId::SuppLife => "{why}：剥夺政治权利终身",
        MsgId::SuppDprMerged => "剥夺政治权利：{terms}＝{total}",
        MsgId::SuppDprAbove5 => {
            "合并后的剥夺政治权利期限为{total}，超过《刑法》第五十五条规定的五年；是否允许，法律未予明确"
        }
        MsgId::SuppDprOne => "剥夺政治权利{total}，仅一罪判处",
        MsgId::SuppConfiscationSum => "没收财产：{amounts}＝{total}",
        MsgId::SuppFinesSum => "罚金：{amounts}＝{total}",
        MsgId::SuppFinesAbsorbed => "没收个人全部财产吸收罚金（{total}），只执行没收个人全部财产",
        MsgId::SuppNone => "无",
        MsgId::SuppNoneAbsorbed => "无（为没收个人全部财产所吸收）",
        MsgId::SuppLifeMissing => {
            "依照《刑法》第五十七条，判处{penalty}的，应当剥夺政治权利终身，但决定执行的刑罚中为{got}"
        }
        MsgId::SuppLifeMissingHint => {
            "在 `decided` 中加写 `political_rights: life`（剥夺政治权利终身）"
        }
        MsgId::SuppDprMismatch => "各罪所判剥夺政治权利合并为{expected}，但决定执行的为{got}",
        MsgId::SuppDprMismatchHint => {
            "数罪中有判处附加刑的，附加刑仍须执行（《刑法》第六十九条第三款）；请核对判决书"
        }
        MsgId::SuppFineMismatch => "各罪所判罚金合计为{expected}，但决定执行的为{got}",
        MsgId::SuppFineMismatchHint => {
            "《财产刑规定》（2000）第三条：罚金合并执行；并处没收个人全部财产的，罚金为其所吸收"
        }
        MsgId::SuppConfiscationMismatch => "各罪所判没收财产合计为{expected}，但决定执行的为{got}",
        MsgId::SuppMixedCurrencies => "各罪所判{what}的币种不同，无法相加",
        MsgId::SuppMixedCurrenciesHint => "请以判决所用币种填写全部金额",
        MsgId::ParoleNaDeath => "判处死刑立即执行的，不适用假释",
        MsgId::ParoleNaKind => {
            "《刑法》第八十一条规定的假释仅适用于被判处有期徒刑、无期徒刑的犯罪分子，不适用于{kind}"
        }
        MsgId::ParoleBarLifeWithout => {
            "判决决定在死刑缓期执行二年期满依法减为无期徒刑后，终身监禁，不得减刑、假释：不得假释"
        }
        MsgId::ParoleBarRecidivist => "被告人系累犯：不得假释",
        MsgId::ParoleBarViolentReprieve => {
            "{offence}：因《刑法》第八十一条第二款所列犯罪被判处{penalty}；减刑后仍不得假释（《减刑假释规定》（2016）第二十五条第二款）"
        }
        MsgId::ParoleBarViolent => {
            "{offence}：因《刑法》第八十一条第二款所列犯罪被判处{penalty}（十年以上有期徒刑、无期徒刑）：不得假释"
        }
        MsgId::ParoleCombinedReading => {
            "{offence}属于《刑法》第八十一条第二款所列犯罪，但所判刑罚为{penalty}，不满十年；该款所称系对该罪判处的刑罚，故认定决定执行的{sentence}不触发不得假释的规定"
        }
        MsgId::ParoleFromExecution => {
            "判决执行之日起，判决执行以前先行羁押的，羁押一日折抵刑期一日"
        }
        MsgId::ParoleHalf => "原判刑期的二分之一：{term} ÷ 2 ＝ {half}{note}",
        MsgId::ParoleHalfInDays => "（具体日期按日计算）",
        MsgId::ParoleFromEffective => "判决生效之日起；判决生效以前的羁押不予折抵",
        MsgId::ParoleLife => "无期徒刑：实际执行{years}以上",
        MsgId::ParoleLife1997Unverified => {
            "1997年文本《刑法》第八十一条关于无期徒刑实际执行十年以上的规定，未经随附资料证实"
        }
        MsgId::ParoleFromReprieveEnd => "死刑缓期执行期满之日起；缓期执行期间及此前的羁押不计入",
        MsgId::ParoleReprieve15 => "死刑缓期执行减为无期徒刑或者有期徒刑后，实际执行十五年以上",
        MsgId::ParolePropertyUnpaid => "判决并处罚金或者没收财产：有能力履行而不履行的，不予假释",
        MsgId::CommNoCommutationLifeWithout => {
            "死刑缓期执行期满依法减为无期徒刑后，终身监禁，不得减刑"
        }
        MsgId::CommMinimumHalf => "实际执行的刑期不能少于原判刑期{term}的二分之一，即{half}",
        MsgId::CommMinimumLife => "判处无期徒刑的，实际执行的刑期不能少于{years}",
        MsgId::CommMinimumRestricted => {
            "限制减刑：缓期执行期满后依法减为无期徒刑的，不能少于二十五年；缓期执行期满后依法减为二十五年有期徒刑的，不能少于二十年"
        }
        MsgId::CommMinimumReprieve => "实际执行的刑期不能少于十五年，死刑缓期执行期间不包括在内",
        MsgId::CommFromExecution => "判决执行之日起",
        MsgId::CommStartGraftTerm => {
            "原系国家工作人员的贪污贿赂犯罪，于{date}判决（《刑法修正案（九）》施行以后），刑期{term}：执行{after}以上方可首次减刑"
        }
        MsgId::CommStartListed => "所列犯罪（{why}）：执行二年以上方可首次减刑",
        MsgId::CommRecidivist => "累犯",
        MsgId::CommStartTerm => "刑期{term}：执行{after}以上方可首次减刑",
        MsgId::CommStartShort => "减刑起始时间可由法院酌情缩短，无固定期限",
        MsgId::CommStartLifeGraft => {
            "原系国家工作人员的贪污贿赂犯罪被判处无期徒刑：执行四年以上方可首次减刑"
        }
        MsgId::CommWhyLifeCombined => "数罪并罚被判处无期徒刑",
        MsgId::CommWhyLifeListed => "因所列犯罪被判处无期徒刑",
        MsgId::CommStartLifeStrict => "{why}：执行三年以上方可首次减刑，减为不少于二十年有期徒刑",
        MsgId::CommStartLife => "无期徒刑：执行二年以上方可首次减刑",
        MsgId::CommFromReprieveToLife => "死刑缓期执行减为无期徒刑之日起",
        MsgId::CommWhyGraft => "原系国家工作人员的贪污贿赂犯罪",
        MsgId::CommWhyRestricted => "限制减刑",
        MsgId::CommWhyReprieve => "死刑缓期执行",
        MsgId::CommStartReprieve => "{why}：减为无期徒刑后执行{years}以上方可减刑",
        MsgId::CommEarlierProvisions => {
            "减刑起始时间依据《减刑假释规定》（2016），该规定适用于2017年1月1日以后作出的减刑裁定；此前作出的减刑（本判决作出于{date}）适用最高人民法院此前的规定，未随附"
        }
        MsgId::CategoryViolent => "暴力性犯罪",
        MsgId::CategoryGraft => "贪污贿赂犯罪",
        MsgId::CategoryJobRelated => "职务犯罪",
        MsgId::CategoryFinancial => "破坏金融管理秩序和金融诈骗犯罪",
        MsgId::CategoryOrganisedCrime => "黑社会性质组织犯罪",
        MsgId::CategoryStateSecurity => "危害国家安全犯罪",
        MsgId::CategoryTerrorism => "恐怖活动犯罪",
        MsgId::CategoryDrugRingleader => "毒品犯罪集团的首要分子及毒品再犯",
        MsgId::DatesPeriod => "{first}＋{term}－1日＝{last}（即自{first}起至{last}止）",
        MsgId::DatesRecordedFinal => "{date}的判决于{final}发生法律效力",
        MsgId::DatesSecondInstance => "{date}的第二审判决：宣判之日即发生法律效力",
        MsgId::DatesAppealPeriod => {
            "假定于宣判当日（{date}）送达；上诉期限为{days}日，自次日起算（{next}至{last}）；未上诉：{date}＋{days_plus}日＝{effective}判决生效"
        }
        MsgId::DatesEffectiveAssumed => {
            "{date}的判决未载明生效日期（`final:`）；假定于{effective}生效（宣判当日送达，上诉期限{days}日，未上诉，不因节假日顺延）"
        }
        MsgId::DatesEffectiveAssumedHint => "生效日期已知的，请在判决中加写 `final: YYYY-MM-DD`",
        MsgId::CustodyAfterExecution => {
            "自{from}起的羁押开始于判决执行之日（{executed}）或其后，不予折抵"
        }
        MsgId::CustodyAfterExecutionHint => {
            "只有判决执行以前先行羁押的才予折抵（《刑法》第四十七条）；请核对日期"
        }
        MsgId::CustodyUntilAfterExecution => {
            "羁押记载至{to}，但判决已于{executed}执行；执行之日起的日数属于刑期，而非折抵"
        }
        MsgId::CustodyUntilAfterExecutionHint => "羁押期间应截至判决执行的前一日",
        MsgId::CustodyNotCredited => "{from}至{to}（{kind}）：不予折抵",
        MsgId::CustodyOverlap => "羁押期间有{n}日重叠；每日只计算一次，按较有利的标准折抵",
        MsgId::CustodyOverlapHint => "请核对羁押日期：前一期间通常于后一期间开始的前一日结束",
        MsgId::CustodyPeriod => "{from}至{to}（{kind}）：{days}日 {rate}",
        MsgId::CustodyCreditDesignated => {
            "折抵：羁押{full}日 {rate}＋指定居所监视居住{designated}日 {drate}＝折抵刑期{days}日{gaps}"
        }
        MsgId::CustodyCredit => "折抵：羁押{full}日 {rate}＝折抵刑期{days}日{gaps}",
        MsgId::CustodyGaps => "；各羁押期间之间有间断",
        MsgId::CustodyHalfRoundedDown => "÷ 2（舍去不足一日的部分）",
        MsgId::CustodyKindDetention => "拘留、逮捕羁押",
        MsgId::CustodyKindDesignatedResidence => "指定居所监视居住",
        MsgId::CustodyKindSupervisoryDetention => "留置",
        MsgId::CustodyKindBail => "取保候审",
        MsgId::CustodyKindResidentialSurveillance => "监视居住",
        MsgId::DatesComputeFailed => "无法计算日期：{error}",
        MsgId::DatesComputeFailedHint => "请核对文件中的日期和刑期；本工具可计算至9999年12月31日",
        MsgId::EventEffective => "判决生效",
        MsgId::EventExecutedRecorded => "交付执行",
        MsgId::EventExecutedAssumed => "交付执行（假定）",
        MsgId::DatesExecutedRecorded => "已记载：于{date}交付执行",
        MsgId::DatesExecutedAssumed => {
            "未记载：假定为判决生效之日（{date}）；未载明 `to:` 的羁押计算至其前一日"
        }
        MsgId::DatesExecutionAssumed => {
            "未记载交付执行日期；假定为判决生效之日{date}，羁押持续至该日"
        }
        MsgId::DatesExecutionAssumedHint => {
            "交付监狱执行的日期已知的，请在判决中加写 `executed: YYYY-MM-DD`"
        }
        MsgId::DatesCustodyAssumed => "自{date}起的羁押未经资料证实{note}",
        MsgId::EventCustodyCredit => "羁押折抵",
        MsgId::DatesNoCustody => "无羁押折抵：刑期自交付执行之日（{date}）起计算",
        MsgId::DatesCustodyContinuous => {
            "羁押持续至交付执行，无间断：刑期自羁押首日（{start}）起计算（{executed}－{days}日）"
        }
        MsgId::DatesCustodyWithGaps => {
            "交付执行日{executed}－折抵{days}日＝{start}（视为刑期自该日开始）"
        }
        MsgId::EventTermStarts => "刑期起算",
        MsgId::DatesMonthEndNote => {
            "刑期自{start}起算：{month}并无对应日，故刑期于该月最后一日（{end}）届满（判决亦如此书写，如二年六个月“自2013年8月30日起至2016年2月29日止”）"
        }
        MsgId::EventTermEnds => "刑期届满",
        MsgId::EventParoleFrom => "可以假释之日",
        MsgId::DatesParoleHalfDays => {
            "{term}的二分之一＝{half}{odd}，按历法计算：自{start}起至{last}止；次日{parole}起可以假释"
        }
        MsgId::EventMinimumServedCl78 => "最低实际执行刑期（《刑法》第七十八条第二款）截至",
        MsgId::DatesMinimumHalfDays => {
            "{term}的二分之一＝{half}{odd}，自{start}起至{last}止；任何减刑均不能使释放早于此日"
        }
        MsgId::EventFirstCommutation => "可以首次减刑之日",
        MsgId::DatesFirstCommutationTerm => {
            "自交付执行之日（{executed}）起执行{after}，羁押不计入：{date}"
        }
        MsgId::DatesParoleLife => {
            "自判决生效之日（{effective}）起实际执行{after}，此前的羁押不予折抵：{date}"
        }
        MsgId::DatesMinimumLife => {
            "自判决生效之日（{effective}）起计算{min}，与《减刑假释规定》（2016）第二十三条第二款对假释的计算方法相同：截至{last}"
        }
        MsgId::DatesFirstCommutationLife => "自交付执行之日（{executed}）起执行{after}：{date}",
        MsgId::EventReprieveEnds => "死刑缓期执行期满",
        MsgId::DatesReprieveEnds => {
            "死刑缓期执行的期间，从判决确定之日（{effective}）起计算二年：{period}"
        }
        MsgId::EventBecomesLife => "减为无期徒刑（另行减刑的除外）",
        MsgId::EventBecomesLifeWithout => {
            "减为无期徒刑，终身监禁，不得减刑、假释（另行减刑的除外）"
        }
        MsgId::DatesBecomesLife => {
            "在死刑缓期执行期间，如果没有故意犯罪，二年期满以后（{last}的次日），减为无期徒刑"
        }
        MsgId::DatesBecomesLifeWithout => {
            "在死刑缓期执行期间，如果没有故意犯罪，二年期满以后（{last}的次日），减为无期徒刑，终身监禁，不得减刑、假释"
        }
        MsgId::DatesParoleReprieve => {
            "自死刑缓期执行期满（{after}）起实际执行{years}；缓期执行期间及羁押不计入：{date}"
        }
        MsgId::EventMinimumServed => "最低实际执行刑期截至",
        MsgId::DatesMinimumReprieve => {
            "自死刑缓期执行期满（{after}）起实际执行{min}，缓期执行期间不计入：截至{last}"
        }
        MsgId::DatesFirstCommutationReprieve => {
            "减为无期徒刑（{after}，如于缓期执行期满时减为无期徒刑）后执行{years}：{date}"
        }
        MsgId::EventParole => "假释",
        MsgId::EventCommutation => "减刑",
        MsgId::DatesBarred => "不得适用",
        MsgId::DatesCommutationBarred => "记载了{date}的减刑，但该刑罚不得减刑",
        MsgId::DatesBeforeSpc2016 => {
            "（该裁定早于2017年1月1日施行的《减刑假释规定》（2016）；当时施行的规定未随附）"
        }
        MsgId::DatesCommutationTooEarly => {
            "{date}的减刑比最早可减刑日期{earliest}（{rule}）早{days}日；只有重大立功表现的才可以{before}"
        }
        MsgId::DatesReprieveCommutedEarly => "死刑缓期执行于{date}减刑，早于其期满之日{expired}",
        MsgId::DatesReprieveCommutedEarlyHint => "《刑法》第五十条：二年期满以后减刑",
        MsgId::EventCommutedToLife => "减为无期徒刑",
        MsgId::DatesRecordedRuling => "已记载的{date}裁定{court}",
        MsgId::EventNextCommutation => "可以再次减刑之日",
        MsgId::DatesNextAfterLife => "自{date}减为无期徒刑的裁定起执行{years}：{next}",
        MsgId::DatesNot25Years => {
            "死刑缓期执行减为{term}；《刑法》第五十条规定，确有重大立功表现的，减为二十五年有期徒刑"
        }
        MsgId::EventCommutedTo => "减为有期徒刑{term}",
        MsgId::DatesTermFromReprieve => {
            "刑期自死刑缓期执行期满之日起计算（《刑法》第五十一条）：{period}"
        }
        MsgId::DatesLifeToTermRange => {
            "无期徒刑减为{term}；{rule}规定为{lo}至{hi}（仅该条所列立功情形可超出此幅度）{before}"
        }
        MsgId::DatesTermFromRuling => "刑期自裁定之日起计算：{period}",
        MsgId::DatesGapAfterRuling => "自{date}的裁定起{gap}：{next}",
        MsgId::DatesCutTooLarge => "{date}的减刑减去{cut}；依{rule}，一次减刑不得超过{max}{before}",
        MsgId::DatesInterval => {
            "{date}的减刑距{prev}的减刑不足前次减刑的幅度{cut}（《减刑假释规定》（2016）第六条第三款：不得早于{least}）{before}"
        }
        MsgId::EventCommutedBy => "减刑{cut}",
        MsgId::DatesTermEndCut => "刑期届满日{end}－{cut}＝{new_end}",
        MsgId::DatesFloor => {
            "{date}减刑后刑期将于{new_end}届满，早于最低实际执行刑期届满之日{min}（《刑法》第七十八条第二款）"
        }
        MsgId::DatesGapAfterCommutation => "自{date}的减刑起{gap}：{next}",
        MsgId::DatesChangeTo => "减为{penalty}",
        MsgId::DatesChangeBy => "减去{term}",
        MsgId::DatesNotApplied => {
            "{date}的减刑（{change}）与正在执行的刑罚（{current}）不符；此后的日期不予考虑"
        }
        MsgId::DatesNotAppliedHint => {
            "死刑缓期执行减为无期徒刑或二十五年有期徒刑，无期徒刑减为有期徒刑，有期徒刑以 `by:` 减去刑期"
        }
        MsgId::EventParoleAfterCommutation => "可以假释之日（减刑后）",
        MsgId::DatesParoleAfterCommutation => "自{date}的减刑起{gap}：{least}，晚于{parole}",
        MsgId::DatesParoleAfterEnd => "最早可假释日期晚于刑期届满之日（{end}）：不适用假释",
        MsgId::EventReleasedConfirmed => "刑满释放（已记载）：相符",
        MsgId::DatesReleaseMatches => "记载的释放日期与计算的刑期届满日{end}相符",
        MsgId::EventReleasedDiffers => "刑满释放（已记载）：不符",
        MsgId::DatesEarlier => "早",
        MsgId::DatesLater => "晚",
        MsgId::DatesReleaseDiffers => "计算的刑期届满日为{end}；记载的日期{direction}{days}日",
        MsgId::DatesReleaseDiffersFinding => {
            "记载的释放日期{released}与计算的刑期届满日{end}相差{days}日（{direction}）"
        }
        MsgId::DatesReleaseDiffersHint => {
            "请核对羁押日期、交付执行日期及减刑情况；未记载的减刑或假释可解释较早的释放"
        }
        MsgId::EventReleasedRecorded => "刑满释放（已记载）",
        MsgId::DatesNoTermEnd => "无刑期届满日可供比较",
        MsgId::DatesParoledBarred => "记载了{date}的假释，但依法不得假释（{rule}）",
        MsgId::DatesParoledTooEarly => "于{date}假释，比计算的最早可假释日期{earliest}早{days}日",
        MsgId::EventParoledEarly => "假释（已记载）：早于最早可假释日期",
        MsgId::DatesDaysBefore => "早于{date}共{days}日",
        MsgId::EventParoledConfirmed => "假释（已记载）：相符",
        MsgId::DatesOnOrAfter => "在最早可假释日期{date}当日或以后（晚{days}日）",
        MsgId::EventPoliticalRightsRestored => "恢复政治权利",
        MsgId::DatesDprLifeNoEnd => "剥夺政治权利终身：无期满之日",
        MsgId::EventPoliticalRightsAfter => "剥夺政治权利期满",
        MsgId::DatesDprConcurrent => "与管制同时执行：于管制期满之日{end}同时届满",
        MsgId::EventPoliticalRightsAfterFull => "剥夺政治权利期满（刑满释放）",
        MsgId::DatesDprFromRelease => "自{end}刑满释放之日起{term}：{period}",
        MsgId::EventPoliticalRightsAfterRecordedParole => "剥夺政治权利期满（已记载的假释）",
        MsgId::EventPoliticalRightsAfterEarliestParole => {
            "剥夺政治权利期满（于最早可假释之日假释）"
        }
        MsgId::DatesDprFromParole => "自{date}假释之日起{term}：{period}",
        MsgId::DatesDprLifeRecorded => "记载为剥夺政治权利终身，且未因减刑而变更",
        MsgId::DatesAsOfFixed => "自{from}至{to}已执行{served}日；{day}以后尚余刑期{remaining}日",
        MsgId::DatesAsOfOpen => "自{from}至{to}已执行{served}日；该刑罚无确定的届满日",
        MsgId::DatesNothingToCount => "无可计算",
        MsgId::EventAsOf => "截至{date}",
        MsgId::DatesDprRange => {
            "减刑时剥夺政治权利的期限改为{term}；《减刑假释规定》（2016）第十七条第二款规定为七年以上十年以下（《刑法》第五十七条第二款：三年以上十年以下）"
        }
        MsgId::DatesDprNotRecorded => {
            "刑罚已减为有期徒刑，但未记载变更后的剥夺政治权利期限（《刑法》第五十七条第二款：三年以上十年以下）；不计算其期满日"
        }
        MsgId::DatesDprNotRecordedHint => "请在该减刑中加写 `political_rights:`",
        MsgId::LaterOnlyFirst => "只对第一个后续判决（`after:`）进行并罚；其后的判决不予计算",
        MsgId::LaterFailed => "后续判决无法并罚：{error}",
        MsgId::LaterNotComputed => {
            "依《刑法》第七十条、第七十一条的并罚仅对日期已知的前罪有期徒刑进行计算；前罪判处的刑罚为{penalty}"
        }
        MsgId::LaterCommutations => {
            "前罪判决曾经减刑：未适用《减刑假释规定》（2016）第三十三条（又犯新罪的，减去的刑期不计入已执行的刑期）和第三十四条（发现漏罪的，原减刑裁定失效）；按原判刑期计算"
        }
        MsgId::LaterAfterTerm => {
            "{date}的后续判决晚于前罪刑期届满之日{end}：《刑法》第七十条、第七十一条仅适用于刑罚执行完毕以前"
        }
        MsgId::LaterFirstCombine => "先并后减",
        MsgId::LaterFirstSubtract => "先减后并",
        MsgId::LaterServed => {
            "{title}：前罪刑期{term}，自{start}起执行至{date}后续判决的前一日：{days}日（{served}）"
        }
        MsgId::LaterRemainder => "余刑R＝{term}－已执行刑期＝{date}至{end}＝{remainder}",
        MsgId::LaterDiscoveredTerm => {
            "决定执行的刑期{term}自{start}起计算，已执行的刑期计算在内：{period}；{date}以后尚余{remaining}日"
        }
        MsgId::LaterNewTerm => {
            "决定执行的刑期{term}自后续判决之日起计算（假定当日交付执行）：{period}；合计已执行{days}日＋{term}"
        }
        MsgId::LaterDatesNotRecomputed => {
            "假释、减刑及剥夺政治权利的日期系按前罪判决计算；未按并罚后的刑期重新计算"
        }
        MsgId::BoundsOutside => "一罪判处{penalty}，超出{lo}至{hi}的幅度（{rule}）",
        MsgId::BoundsTooHighHint => {
            "一罪所判刑罚不能超过此限；更高的刑期属于数罪并罚决定执行的刑罚，应写在 `decided` 之下"
        }
        MsgId::BoundsCheckHint => "请对照判决书核对",
        MsgId::BoundsDprSurveillance => {
            "判处管制附加剥夺政治权利的，剥夺政治权利的期限与管制的期限相等（{surveillance}），而非{term}（《刑法》第五十五条第二款）"
        }
        MsgId::BoundsDprSurveillanceHint => "请填写与管制相同的期限",
        MsgId::BoundsDprOutside => {
            "剥夺政治权利{term}，超出一年以上五年以下的幅度（《刑法》第五十五条第一款）"
        }
        MsgId::BoundsDprOutsideHint => {
            "剥夺政治权利的期限为一年以上五年以下；判处死刑、无期徒刑的，为终身（`life`）（《刑法》第五十七条）"
        }
        MsgId::LabelAsOfLine => "计算截至{date}（以 --as-of 设定）",
        MsgId::LabelColon => "：",
        MsgId::EventTermEndsCombined => "刑期届满（与后续判决并罚后）",
        MsgId::LabelReduction => "{term}（{percent}%）",
        MsgId::TlEffective => "判决生效",
        MsgId::TlEarliestCommutation => "最早减刑",
        MsgId::TlParoleEligible => "最早假释",
        MsgId::TlReprieveEnds => "缓期执行期满",
        MsgId::TlTermEnds => "刑期届满",
        MsgId::TlPoliticalRightsRestored => "恢复政治权利",
        MsgId::TlAsOf => "截至",
        MsgId::TlLaneCustody => "羁押",
        MsgId::TlLaneSentence => "刑罚",
        MsgId::TlLanePoliticalRights => "政治权利",
        MsgId::TlTitle => "{name}的时间轴",
        MsgId::TlCustodyCredited => "羁押折抵",
        MsgId::TlReprieve => "死刑缓期二年执行",
        MsgId::TlAfterReprieve => "缓期执行期满后",
        MsgId::TlTerm => "刑期",
        MsgId::TlLife => "无期徒刑",
        MsgId::TlLifeArrow => "无期 →",
        MsgId::TlDpr => "剥夺政治权利",
        MsgId::TlDeprivedForLife => "剥夺终身",
        MsgId::CsvFile => "文件",
        MsgId::CsvCase => "案件",
        MsgId::CsvDefendant => "被告人",
        MsgId::CsvNativeName => "被告人中文姓名",
        MsgId::CsvCounts => "罪数",
        MsgId::CsvPrinciple => "并罚原则",
        MsgId::CsvHighest => "数刑中最高刑期",
        MsgId::CsvTotal => "总和刑期",
        MsgId::CsvRangeMin => "法定幅度下限",
        MsgId::CsvRangeMax => "法定幅度上限",
        MsgId::CsvDecided => "决定执行",
        MsgId::CsvLawful => "是否合法",
        MsgId::CsvReduction => "较总和刑期减少",
        MsgId::CsvReductionPercent => "减少百分比",
        MsgId::CsvParoleAfter => "假释所需实际执行刑期",
        MsgId::CsvParoleBarredBy => "不得假释依据",
        MsgId::CsvErrors => "错误数",
        MsgId::CsvTermEnd => "刑期届满",
        MsgId::CsvParoleEligible => "最早可假释日期",
        MsgId::CsvPoliticalRightsEnd => "剥夺政治权利期满",
        MsgId::CsvCount => "序号",
        MsgId::CsvOffence => "罪名",
        MsgId::CsvArticle => "条文",
        MsgId::CsvCommitted => "犯罪时间",
        MsgId::CsvPenalty => "主刑",
        MsgId::CsvPenaltyKind => "主刑种类",
        MsgId::CsvPenaltyDuration => "刑期",
        MsgId::CsvPoliticalRights => "剥夺政治权利",
        MsgId::CsvFine => "罚金",
        MsgId::CsvConfiscation => "没收财产",
        MsgId::CsvCategories => "犯罪类别",
        MsgId::CsvAssumed => "假定事项",
        MsgId::HeadJurisdiction => "法域",
        MsgId::HeadInForce => "施行期间",
        MsgId::HeadVerified => "核实情况",
        MsgId::HeadSummary => "内容",
        MsgId::VerificationStatute => "法律条文",
        MsgId::VerificationReference => "参考资料",
        MsgId::VerificationUnverified => "未核实",
        MsgId::DiagIn => "位置：{location}",
        MsgId::InTooLarge => "文件大小达到{len}字节或以上，超过{max}字节的上限",
        MsgId::InTooLargeHint => "案件文件通常只有几KB；请拆分文件，或用 --max-file-size 提高上限",
        MsgId::InNotUtf8 => "文件不是UTF-8文本（偏移量{offset}处的字节无效）",
        MsgId::InNotUtf8Hint => {
            "请将文件另存为UTF-8编码（该文件可能是GBK/GB18030、Big5或UTF-16编码）"
        }
        MsgId::InEmptyFile => "文件为空",
        MsgId::InEmptyFileHint => "案件文件以 `case:`、`jurisdiction:` 和 `defendants:` 开头",
        MsgId::InControlChar => "文件含有YAML不允许的控制字符 U+{code}",
        MsgId::InControlCharHint => {
            "案件文件应为纯UTF-8文本：该文件是否为二进制文件，或以UTF-16编码保存？"
        }
        MsgId::InNotAMapping => "文件不是由 `key: value` 行组成的映射",
        MsgId::InNotAMappingHint => {
            "案件文件是一个映射，`case:`、`jurisdiction:` 和 `defendants:` 顶格书写（见 docs/case-format.md）"
        }
        MsgId::InTabIndent => "缩进使用了制表符；YAML缩进只允许使用空格",
        MsgId::InTabIndentHint => {
            "请将制表符替换为空格（可将编辑器设置为在YAML文件中按Tab键插入空格）"
        }
        MsgId::InUnknownField => "未知字段 `{field}`",
        MsgId::InFieldsAllowedSuggest => "是否应为 `{suggestion}`？此处允许的字段：{list}",
        MsgId::InFieldsAllowed => "此处允许的字段：{list}",
        MsgId::InMissingField => "缺少字段 `{field}`",
        MsgId::InMissingFieldHint => {
            "请在从此处开始的映射中添加 `{field}:`（见 docs/case-format.md）"
        }
        MsgId::InDuplicateKeyNamed => "同一映射中键 `{key}` 出现了两次",
        MsgId::InDuplicateKey => "同一映射中有键出现了两次",
        MsgId::InDuplicateKeyHint => "YAML中每个键只能有一个值；请删除其中一个或将其改名",
        MsgId::InExpectedFound => "此处应为{expected}，实为{found}",
        MsgId::InExpectedHere => "此处应为{what}",
        MsgId::InWhatList => "列表",
        MsgId::InWhatMapping => "由 `key: value` 行组成的映射",
        MsgId::InExpected => "此处应为{expected}",
        MsgId::InExpectedBool => "此处应为 `true` 或 `false`",
        MsgId::InExpectedBoolHint => {
            "YAML 1.2 的布尔值只有 `true` 和 `false`（不能写 yes/no/on/off）"
        }
        MsgId::InEmptyValue => "此值为空",
        MsgId::InEmptyValueHint => "请在冒号后填写值，或删除此行",
        MsgId::InSeveralDocuments => "文件包含多个YAML文档",
        MsgId::InSeveralDocumentsHint => {
            "每个文件只写一个案件：请在 `---` 处将各文档拆分为单独的文件"
        }
        MsgId::InTooManyItems => "{what}超过{max}个",
        MsgId::InTooManyItemsHint => "一个案件文件{scope}最多{max}个{what}；请将案件拆分为多个文件",
        MsgId::InItemDefendants => "被告人",
        MsgId::InItemJudgments => "判决",
        MsgId::InItemCounts => "罪名",
        MsgId::InItemEntries => "条目",
        MsgId::InScopePerJudgment => "每份判决",
        MsgId::InScopePerDefendant => "每名被告人",
        MsgId::InScopeInAList => "每个列表",
        MsgId::InAliasesExpand => "文件中的别名（`*name`）展开后数据量过大",
        MsgId::InAliasesExpandHint => {
            "案件文件很少需要别名；请直接写出各值（上限：别名展开不超过{events}个节点，嵌套不超过{depth}层）"
        }
        MsgId::InTooDeep => "YAML嵌套超过{max}层",
        MsgId::InTooDeepHint => "案件文件约嵌套八层（案件、被告人、判决、罪名）；请简化文件",
        MsgId::InTooDeepBudgetHint => "案件文件约嵌套八层（案件、被告人、判决、罪名）；{simplify}",
        MsgId::InSimplify => "案件文件只有几层 `key: value` 行和列表；请简化文件",
        MsgId::InYaml => "YAML语法错误：{detail}",
        MsgId::InYamlHint => "请检查此处的YAML语法：缩进、是否缺少冒号、引号或括号是否未闭合",
        MsgId::InTooManyAliases => "文件使用的别名过多（`*name`；上限{max}个）",
        MsgId::InTooManyAliasesHint => "案件文件很少需要别名；请直接写出各值",
        MsgId::InTooManyAnchors => "文件定义的锚点过多（`&name`；上限{max}个）",
        MsgId::InTooManyAnchorsHint => "案件文件很少需要锚点；请直接写出各值",
        MsgId::InTooManyNodes => "文件中的YAML值超过{max}个",
        MsgId::InTooManyNodesHint => "{simplify}，或将其拆分为多个案件文件",
        MsgId::InScalarBytes => "文件中的文本值合计超过{max}字节",
        MsgId::InScalarBytesHint => "请缩短备注和摘要，或直接写出各值而不使用别名",
        MsgId::InYamlLimit => "文件超出YAML读取器的限制（{detail}）",
        MsgId::InTypeHintList => "此字段应为列表：每项单独一行，以 `- ` 开头",
        MsgId::InTypeHintMapping => "此字段应为由 `key: value` 行组成的映射，缩进写在其下",
        MsgId::InTypeHintBool => "请写 `true` 或 `false`",
        MsgId::InTypeHintDocs => "此字段的写法见 docs/case-format.md",
        MsgId::CvEmptyTitle => "案件名称为空",
        MsgId::CvEmptyTitleHint => "请填写案件名称",
        MsgId::CvJurisdictionSuggest => "是否应为 `{suggestion}`？支持的法域：{list}",
        MsgId::CvJurisdictionList => "支持的法域：{list}",
        MsgId::CvUnknownJurisdiction => "未知法域 `{value}`",
        MsgId::CvFieldNotForJurisdiction => "法域 {code} 不使用字段 `{name}`",
        MsgId::CvFieldNotForJurisdictionHint => "`{name}` 仅用于 {list}；请删除该字段",
        MsgId::CvBadConsecutiveTo => "`{value}` 不是前面某一罪的序号",
        MsgId::CvBadConsecutiveToHint => {
            "填写本罪之前所列各罪的序号（从1起算），例如 `consecutive_to: [1]`"
        }
        MsgId::CvBadReleaseRegime => "未知的释放制度 `{value}`",
        MsgId::CvValuesList => "可用的值：{list}",
        MsgId::CvNoDefendants => "案件没有被告人",
        MsgId::CvNoDefendantsHint => "请在 `defendants:` 下至少添加一项，写明姓名和判决",
        MsgId::CvEmptyName => "被告人姓名为空",
        MsgId::CvEmptyNameHint => "请按报道写明姓名",
        MsgId::CvDuplicateDefendant => "被告人 `{name}` 出现了两次（首次出现在第{line}行）",
        MsgId::CvDuplicateDefendantHint => {
            "每名被告人在一个文件中只出现一次；请将其全部判决写在同一项下"
        }
        MsgId::CvCustodyKindSuggest => "是否应为 `{suggestion}`？可用的种类：{list}",
        MsgId::CvCustodyKindList => "可用的种类：{list}",
        MsgId::CvUnknownCustodyKind => "未知的羁押种类 `{value}`",
        MsgId::CvCustodyOutOfOrder => "羁押结束日期（{to}）早于开始日期（{from}）",
        MsgId::CvCustodyOutOfOrderHint => "请核对两个日期；`from` 是羁押的第一日",
        MsgId::CvNoJudgments => "被告人没有判决",
        MsgId::CvNoJudgmentsHint => "请添加判决，写明法院、日期和罪名",
        MsgId::CvJudgmentOutOfOrder => "本判决的日期（{date}）早于上一份判决（{previous}）",
        MsgId::CvJudgmentOutOfOrderHint => "请按日期顺序列出判决：先一审，后二审",
        MsgId::CvOffenceAfterJudgment => "犯罪时间为{committed}，而判决日期为{date}",
        MsgId::CvOffenceAfterJudgmentHint => "犯罪应发生在审判该罪的判决之前；请核对两个日期",
        MsgId::CvByNotATerm => "`by` 应为一段期限，例如 `1 year`",
        MsgId::CvByNotATermHint => "如需减为另一种刑罚，请改写 `to:`",
        MsgId::CvToAndBy => "减刑只能写 `to` 或 `by` 其中之一，不能同时写",
        MsgId::CvToAndByHint => "`to:` 写减刑后的刑罚，`by:` 写有期徒刑减去的刑期",
        MsgId::CvNoChange => "减刑须写明 `to`（减为的刑罚）或 `by`（减去的刑期）",
        MsgId::CvNoChangeHint => "例如 `to: life imprisonment` 或 `by: 1 year`",
        MsgId::CvCommutationBeforeJudgment => "减刑裁定的日期（{date}）早于判决（{judgment}）",
        MsgId::CvCommutationBeforeJudgmentHint => "请核对裁定日期",
        MsgId::CvCommutationsOutOfOrder => "减刑未按日期顺序排列（{date}列在{previous}之后）",
        MsgId::CvCommutationsOutOfOrderHint => "请按日期顺序列出减刑",
        MsgId::CvReleasedBeforeCustody => "释放日期（{released}）早于羁押开始日期（{from}）",
        MsgId::CvReleasedBeforeCustodyHint => "请核对释放日期",
        MsgId::CvAfterOnFirst => "所列第一份判决不能是对漏罪或新罪的判决",
        MsgId::CvAfterOnFirstHint => "请先列出在前的判决；`after:` 用于标明在后的判决",
        MsgId::CvAfterSuggest => "是否应为 `{suggestion}`？可用的值：{list}",
        MsgId::CvAfterList => "可用的值：{list}",
        MsgId::CvUnknownAfter => "`after` 的值 `{value}` 无法识别",
        MsgId::CvUpheldWithoutAppeal => "`upheld` 只用于二审判决",
        MsgId::CvUpheldWithoutAppealHint => "请添加 `appeal: true`，或删除 `upheld`",
        MsgId::CvUpheldAndChanged => "维持原判的二审判决不再列出罪名或刑罚",
        MsgId::CvUpheldAndChangedHint => "如二审法院改判了刑罚，请删除 `upheld: true`",
        MsgId::CvAppealFirst => "所列第一份判决是二审判决",
        MsgId::CvAppealFirstHint => "请将一审判决列在二审判决之前",
        MsgId::CvAppealWithoutOutcome => "二审判决既未写明 `upheld: true`，也未写明判决结果",
        MsgId::CvAppealWithoutOutcomeHint => {
            "请添加 `upheld: true`，或添加 `decided:`（二审改变罪名的，另加 `counts:`）"
        }
        MsgId::CvNoCounts => "一审判决须列明罪名",
        MsgId::CvNoCountsHint => "请添加 `counts:`，写明各罪及其刑罚",
        MsgId::CvNoDecided => "判决有{counts}个罪名，但未写明决定执行的刑罚",
        MsgId::CvNoDecidedHint => "请添加 `decided:`，写明法院决定执行的刑罚",
        MsgId::CvBadThen => "`then` 只用于主刑执行完毕后再执行的管制（《刑法》第六十九条第二款）",
        MsgId::CvBadThenHint => "例如写作 `then: public surveillance 1 year`",
        MsgId::CvFinalBeforeDate => "判决生效日期（{effective}）早于判决日期（{date}）",
        MsgId::CvFinalBeforeDateHint => "`final` 是判决发生法律效力之日，不早于判决日期",
        MsgId::CvEmptyOffence => "罪名为空",
        MsgId::CvEmptyOffenceHint => "请按判决书写明罪名",
        MsgId::CvBadArticle => "`{value}` 未指明条文",
        MsgId::CvBadArticleHint => "条文写作 `CL 385`（多条：`CL 385/386`）",
        MsgId::CvCategorySuggest => "是否应为 `{suggestion}`？可用的类别：{list}",
        MsgId::CvCategoryList => "可用的类别：{list}",
        MsgId::CvUnknownCategory => "未知类别 `{value}`",
        MsgId::CvAssumedSuggest => "是否应为 `{suggestion}`？此处可标为假定的字段：{list}",
        MsgId::CvAssumedList => "此处可标为假定的字段：{list}",
        MsgId::CvBadAssumed => "`{value}` 不是可标为假定的字段",
        MsgId::DtNotADate => "`{text}` 不是日期",
        MsgId::DtFormatHint => "日期写作 YYYY-MM-DD，例如 2012-09-24",
        MsgId::DtNotInCalendar => "日历中没有 {text} 这一天",
        MsgId::DtNotInCalendarHint => "请核对日期（二月有28日，闰年有29日）",
        MsgId::DtNotFourDigitYear => "`{text}` 不是四位数的年份",
        MsgId::DtNotAYear => "`{text}` 不是年份",
        MsgId::DtFourDigits => "请用四位数字",
        MsgId::DtYearOutside => "年份 {year} 不在 {earliest}—{latest} 之间",
        MsgId::DtYearOutsideHint => "请检查年份是否有笔误",
        MsgId::DtMonth => "月份",
        MsgId::DtDay => "日",
        MsgId::DtNotTwoDigit => "`{text}` 不是两位数的{what}",
        MsgId::DtNotA => "`{text}` 不是{what}",
        MsgId::DtTwoDigits => "请用两位数字",
        MsgId::DtInvalid => "{n} 不是有效的{what}",
        MsgId::DtBetween => "{what}应在 {min} 至 {max} 之间",
        MsgId::DtBadYear => "年份无效",
        MsgId::DtBadMonth => "月份无效",
        MsgId::DtNotAPeriod => "`{text}` 不是日期、月份或年份",
        MsgId::DtNotAPeriodHint => {
            "请写作 2012-02-06、2012-02、2012，或 2011-11..2012-02 这样的区间"
        }
        MsgId::DtRangeBackwards => "区间 {text} 的终点早于起点",
        MsgId::DtRangeBackwardsHint => "请先写较早的一端：FROM..TO",
        MsgId::PgPenaltyForms => {
            "可写作：有期徒刑十五年、拘役六个月、管制二年、无期徒刑、死刑缓期二年执行、死刑，或 `15 years`、`2 years 6 months`、`criminal detention 6 months`、`public surveillance 2 years`、`life imprisonment`、`death with reprieve`、`death`；中国案件的罪名或决定执行的刑罚还可写作有期徒刑三年，缓刑四年、免予刑事处罚、剥夺政治权利一年、罚金人民币五千元、驱逐出境"
        }
        MsgId::PgRightsForms => "可写作：剥夺政治权利三年、剥夺政治权利终身，或 `3 years`、`life`",
        MsgId::PgConfiscationForms => {
            "可写作：没收个人全部财产、`all property`，或金额，例如没收个人财产人民币三十万元、`300000 CNY`"
        }
        MsgId::PgRestrictionForms => {
            "死刑缓期二年执行之后可写限制减刑或终身监禁（`restricted commutation` 或 `life without parole`）"
        }
        MsgId::PgWhatPenalty => "刑罚",
        MsgId::PgWhatRights => "剥夺政治权利的期限",
        MsgId::PgWhatConfiscation => "没收财产",
        MsgId::PgWhatAmount => "金额",
        MsgId::PgNothing => "未填写{what}",
        MsgId::PgBadNumeral => "无法识别数字 `{text}`",
        MsgId::PgBadNumeralHint => {
            "请按判决书的写法（`十五`、`二十五`、`一百二十`）或用阿拉伯数字书写"
        }
        MsgId::PgRemoveIt => "请删除",
        MsgId::PgRemoveItForms => "请删除；{forms}",
        MsgId::PgDidYouMean => "是否应为 `{word}`？",
        MsgId::PgDidYouMeanForms => "是否应为 `{word}`？{forms}",
        MsgId::PgExpectedForms => "此处应为{expected}；{forms}",
        MsgId::PgRemoveExpected => "请删除；此处应为{expected}",
        MsgId::PgUnexpectedAfter => "`{before}` 之后多出 `{text}`",
        MsgId::PgUnknownWord => "无法识别的词 `{text}`",
        MsgId::PgUnexpected => "此处不应有 `{text}`",
        MsgId::PgExpPenalty => "刑罚",
        MsgId::PgExpTermSuch => "刑期，例如 `{example}`",
        MsgId::PgExpRestriction => "限制措施",
        MsgId::PgExpNumber => "数字，例如 `2 years`",
        MsgId::PgExpTermOrLife => "期限或 `life`（终身）",
        MsgId::PgLwopAlone => "`{text}` 只能跟在死刑缓期执行之后",
        MsgId::PgLwopAloneHint => {
            "请写作死刑缓期二年执行，终身监禁（`death with reprieve, life without parole`）"
        }
        MsgId::PgKindTwice => "刑种写了两次：`{text}`",
        MsgId::PgKindTwiceHint => {
            "刑种只写一次，例如 `imprisonment 15 years` 或 `15 years' imprisonment`"
        }
        MsgId::PgNeedsTerm => "`{text}` 须写明刑期",
        MsgId::PgNeedsTermHint => "请补充刑期，例如 `{example}`",
        MsgId::PgReprieveWritten => {
            "死刑缓期执行应写作死刑缓期二年执行（缓期为二年，《刑法》第四十八条）"
        }
        MsgId::PgUnknownAfterDeath => "死刑之后的词 `{text}` 无法识别",
        MsgId::PgDeathHint => {
            "请写作死刑、死刑立即执行或死刑缓期二年执行（`death`、`death with reprieve`）"
        }
        MsgId::PgRestrictionMissing => "缺少限制措施",
        MsgId::PgNeedsLwop => "`{text}` 之后须写终身监禁",
        MsgId::PgNeedsLwopHint => "请写作 `…减为无期徒刑后，终身监禁，不得减刑、假释`",
        MsgId::PgNotRestriction => "`{text}` 不是死刑缓期执行的限制措施",
        MsgId::PgTermMissing => "缺少刑期",
        MsgId::PgTermMissingHint => "请写明刑期，例如 `2 years 6 months` 或二年六个月",
        MsgId::PgNegative => "刑期不能为负数",
        MsgId::PgNegativeHint => "请删除负号",
        MsgId::PgNoUnit => "`{text}` 缺少单位",
        MsgId::PgNoUnitHint => "请补充单位：`{example}`",
        MsgId::PgAbbreviation => "`{text}` 是缩写",
        MsgId::PgUnitsInFull => "单位请写全称：`{example}`",
        MsgId::PgUnitsInFullMinutes => "单位请写全称：`{example}`（`m` 也可能表示分钟）",
        MsgId::PgInDays => "请以日为单位书写：`{days} days`",
        MsgId::PgYearsMonthsDays => "刑期请以年、月、日书写",
        MsgId::PgNotSentenceUnit => "`{text}` 不是刑期单位",
        MsgId::PgUnknownUnit => "未知单位 `{text}`",
        MsgId::PgUnitHint => "刑期以年、月、日书写，例如二年六个月或 `2 years 6 months`",
        MsgId::PgWriteExample => "请写作 `{example}`",
        MsgId::PgWholeYearsMonths => "请以整年、整月书写，例如 `1 year 6 months`（一年六个月）",
        MsgId::PgWholeMonthsDays => "请以整月、整日书写，例如 `1 month 15 days`（一个月零十五日）",
        MsgId::PgWholeNumbers => "请使用整数，例如 `1 year 6 months`（一年六个月）",
        MsgId::PgNotWhole => "`{text}` 不是整数；刑期以整年、整月、整日书写",
        MsgId::PgUnitYears => "年",
        MsgId::PgUnitMonths => "月",
        MsgId::PgUnitDays => "日",
        MsgId::PgUnitWeeks => "周",
        MsgId::PgUnitTwice => "单位“{unit}”写了两次",
        MsgId::PgUnitTwiceHint => "每个单位只写一次，例如 `2 years 6 months` 或二年六个月",
        MsgId::PgUnitOrder => "“{unit}”写在了“{previous}”之后",
        MsgId::PgUnitOrderHint => "请先写较大的单位：`{fixed}`",
        MsgId::PgTooLong => "超过一万年的刑期不是刑罚",
        MsgId::PgTooLongHint => "请检查数字是否有笔误",
        MsgId::PgZero => "刑期为零不是刑罚",
        MsgId::PgZeroHint => "请写明法院判处的刑期，例如 `6 months` 或六个月",
        MsgId::PgPrincipalNotRights => "`{text}` 是主刑，不是剥夺政治权利的期限",
        MsgId::PgPrincipalNotRightsHint => "终身剥夺的，写作终身或 `life`",
        MsgId::PgNeedsTermOrLife => "`{text}` 须写明期限或终身",
        MsgId::PgNeedsAmount => "`{text}` 须写明金额",
        MsgId::PgNeedsAmountHint => "请写明金额，例如 `没收个人财产人民币三十万元`",
        MsgId::PgNeitherAllNorAmount => "`{text}` 既不是全部财产，也不是金额",
        MsgId::MnSupported => {
            "请使用 CNY、EUR、USD、GBP、JPY、TWD（或元、人民币、¥、€、$、£、NT$）之一，例如 `300000 CNY`"
        }
        MsgId::MnAmountHint => "请写明金额，例如 `30万元` 或 `300000 CNY`",
        MsgId::MnCurrencyTwice => "币种 `{text}` 写了两次",
        MsgId::MnCurrencyTwiceHint => "币种只写一次，例如 `300000元` 或 `RMB 300000`",
        MsgId::MnNegative => "金额不能为负数",
        MsgId::MnNegativeHint => "请去掉负号，例如 `5 CNY`",
        MsgId::MnSecondAmount => "多出第二个金额 `{text}`",
        MsgId::MnSecondAmountHint => "只写一个金额，例如 `300000 CNY`",
        MsgId::MnAfterDigits => "阿拉伯数字之后不能接 `{text}`",
        MsgId::MnAfterDigitsHint => "阿拉伯数字之后只能接万或亿，例如 `100万元`",
        MsgId::MnBadChineseNumber => "无法识别中文数字 `{text}`",
        MsgId::MnBadChineseNumberHint => {
            "请按判决书的写法（`一百二十万元`）或用阿拉伯数字（`1200000元`）书写"
        }
        MsgId::MnAbbreviates => "`{text}` 是金额的缩写",
        MsgId::MnAbbreviatesHint => "请写出完整金额（`100000 CNY`），或用万、亿（`10万元`）",
        MsgId::MnUnknownCurrency => "未知币种 `{text}`",
        MsgId::MnNotAmount => "`{text}` 不是金额",
        MsgId::MnNoAmountCurrencyHint => "请写明金额及币种，例如 `RMB 300000`",
        MsgId::MnContradicts => "`{text}` 与前面写明的币种 {currency} 不一致",
        MsgId::MnContradictsHint => "只写一种币种",
        MsgId::MnNoCurrency => "`{text}` 未写明币种",
        MsgId::MnNoCurrencyHint => "请补充币种，例如 `{text}元` 或 `{text} CNY`",
        MsgId::MnZero => "金额为零不是刑罚",
        MsgId::MnZeroHint => "请写明判处的金额，例如 `300000 CNY`，或不写此项刑罚",
        MsgId::MnNoDecimals => "{currency} 金额没有小数",
        MsgId::MnNoDecimalsHint => "请写整数",
        MsgId::MnTooManyPlaces => "`{text}` 的小数超过{places}位",
        MsgId::MnTooManyPlacesHint => "{currency} 金额最多有{places}位小数",
        MsgId::MnTooLarge => "`{text}` 超过10^15，应为笔误，不是刑罚金额",
        MsgId::MnTooLargeHint => "请核对数字",
        MsgId::MnTwoPoints => "`{text}` 有不止一个小数点",
        MsgId::MnTwoPointsHint => "只写一个小数点，例如 `1234.50`",
        MsgId::MnCommaAfterPoint => "`{text}` 的小数点之后有逗号",
        MsgId::MnCommaAfterPointHint => "千位分隔逗号只能写在小数点之前，例如 `1,234.50`",
        MsgId::MnTooManyDigits => "`{text}` 位数过多，无法精确读取",
        MsgId::MnTooManyDigitsHint => "最多写两位小数",
        MsgId::MnNotGrouped => "`{text}` 未按三位一组分隔",
        MsgId::MnNotGroupedHint => "请每三位一组（`1,000,000`），或不用逗号（`1000000`）",
        MsgId::CliFileErrors => "{path}：{count}个错误",
        MsgId::CliFileValid => "{path}：有效",
        MsgId::CliSummary => "{total}个文件中{valid}个有效",
        MsgId::CoAssumedField => "{offence}：{field}未经资料证实",
        MsgId::CoPoliticalRightsNotPenalty => "剥夺政治权利不是司法管辖区{code}的刑罚",
        MsgId::CoRemovePoliticalRights => "删除`political_rights`",
        MsgId::CoConfiscationNotRead => {
            "没收财产（《刑法》第五十九条）在司法管辖区{code}中不予读取"
        }
        MsgId::CoRemoveConfiscation => "删除`confiscation`；没收令不在本工具范围之内",
        MsgId::CoStateFunctionaryIgnored => {
            "`state_functionary`是中华人民共和国法上的概念，在司法管辖区{code}中不予考虑"
        }
        MsgId::CoExecRecorded => "{date}开始执行（有记载）",
        MsgId::CoExecAssumedFinal => "未记载开始执行之日：假定为判决生效之日，即{date}",
        MsgId::CoExecAssumedJudgment => "未记载开始执行之日和生效之日：假定为判决之日，即{date}",
        MsgId::CoCreditNotCustody => "{from}（{kind}）：不属于羁押，不予折抵",
        MsgId::CoCreditPeriod => "{from}至{to}：{days}日",
        MsgId::CoCreditTotal => "{lines}；羁押一日折抵刑期一日，共{days}日",
        MsgId::CoTermStartsText => "{exec} − 折抵{days}日 = {from}",
        MsgId::CoPositionFailed => "无法计算{day}的执行情况：{error}",
        MsgId::CoServedRemain => "自{from}至{to}已执行{served}日；{day}之后刑期尚余{remaining}日",
        MsgId::CoServedNoEnd => "自{from}至{to}已执行{served}日；该刑罚没有确定的刑期终止日",
        MsgId::CoFraction => "⌈{total}日 × {num}/{den}⌉ = 自{from}起执行{n}日 → {at}",
        MsgId::CoFractionAtLeast => "{base}；至少执行{min}：{min_date}",
        MsgId::CoFractionAtLeastLater => "{base}；至少执行{min}：{min_date}（较晚，故为{date}）",
        MsgId::CoDatePlusTerm => "{from} ＋ {term} = {date}",
        MsgId::EvExecutionBegins => "开始执行",
        MsgId::EvExecutionBeginsAssumed => "开始执行（假定）",
        MsgId::EvCustodyCredit => "羁押折抵",
        MsgId::EvTermStarts => "刑期起算",
        MsgId::EvTermEnds => "刑期届满",
        MsgId::EvAsOf => "截至{date}",
        MsgId::CoDatesFailed => "无法计算日期：{error}",
        MsgId::DeNoCounts => "没有判决载明各罪",
        MsgId::DeOffenceAfterConviction => {
            "{offence}：犯罪时间为{committed}——德国《刑法典》第五十五条要求犯罪发生在{date}前一判决之前"
        }
        MsgId::DeLaterJudgmentJoins => {
            "{date}的判决所涉犯罪发生在{earlier}的判决之前：其各罪刑罚与前判各罪刑罚合并，对全部{count}罪适用德国《刑法典》第五十四条"
        }
        MsgId::DeNewCrimeAfterConviction => {
            "{date}的判决所涉犯罪发生在前一有罪判决之后：不适用德国《刑法典》第五十五条，各刑罚先后执行（本工具未建模）"
        }
        MsgId::DeLawName => "德国《刑法典》（StGB），2022年3月26日版本的合并文本",
        MsgId::DeLawOnOrAfterSnapshot => "判决日期为{date}，在该版本之日或之后",
        MsgId::DeLawBeforeSnapshot => "判决日期为{date}，在该版本之日以前：假定条文措辞相同",
        MsgId::DeLawVersionAssumed => {
            "本工具所附德国《刑法典》文本为2022年3月26日版本；{date}的判决以该文本核对，假定此前的条文措辞得出相同的数值（未核实）"
        }
        MsgId::EvReleaseTwoThirds => "假释（执行三分之二后）",
        MsgId::EvReleaseHalf => "可以假释（执行二分之一后）",
        MsgId::DeHalfFirstTerm => "条件是初次执行自由刑（刑期不超过二年），或者有特殊情形",
        MsgId::DeHalfSpecialOnly => "仅限于有特殊情形（刑期超过二年）",
        MsgId::DeHalfText => "{text}；{condition}",
        MsgId::DeCountedFromTermStart => {
            "刑期的第一日（折抵的羁押视为已执行，德国《刑法典》第五十七条第四款）"
        }
        MsgId::DeTwoThirdsStep => "{term}的三分之二：{text}",
        MsgId::DeHalfStep => "{term}的二分之一：{text}；{condition}",
        MsgId::EvReleaseLife => "可以假释（终身自由刑）",
        MsgId::DeLifeEventText => {
            "因该犯罪被剥夺自由的期间均予计入（第二款）：执行前{days}日；{text}"
        }
        MsgId::DeCountedFromLife => "因该犯罪被剥夺自由的第一日（德国《刑法典》第五十七条a第二款）",
        MsgId::DeLifeStep => {
            "终身自由刑：{text}；但罪责特别严重、需要继续执行的除外（德国《刑法典》第五十七条a第一款第二项）"
        }
        MsgId::DeNotStgbPenalty => "{penalty}不是德国《刑法典》规定的刑罚",
        MsgId::DeOffencesTogether => "{count}罪同时审判：判处一个合并刑（数罪并罚）",
        MsgId::DeLifeAbsorbs => "{offence}：各罪刑罚中有终身自由刑，故合并刑为终身自由刑",
        MsgId::DeLifeRequired => {
            "法院判处的合并刑{penalty}不是德国《刑法典》第五十四条第一款第一句所要求的终身自由刑"
        }
        MsgId::DeUnknownPenaltyKind => {
            "{offence}：{penalty}不是德国《刑法典》规定的刑罚；请写自由刑（Freiheitsstrafe，如`2 Jahre 6 Monate`）、`lebenslange Freiheitsstrafe`（终身自由刑）或日额罚金（`90 Tagessätze zu je 50 Euro`）"
        }
        MsgId::DeEinsatzstrafe => {
            "基准刑（Einsatzstrafe）H = {h}；总和S = {sum} = {s}；H < G < S，且G ≤ 十五年"
        }
        MsgId::DeUnitsRange => {
            "按德国《刑法典》第三十九条的计算单位（一年以上以整月计，不满一年以整周计）：{lo} ≤ G ≤ min(S − 一个单位, 十五年) = {hi}"
        }
        MsgId::DeNoRoom => {
            "H = {h}，在min(S, 十五年)以下没有加重的余地；所引德国《刑法典》第五十四条第二款未解决此种情形"
        }
        MsgId::DeCourtAggregate => {
            "法院判处的合并刑G = {g}：{h} < {g}{a}，{g} < {s}{b}，{g} ≤ 十五年{c}"
        }
        MsgId::DeOutsideRange => {
            "法院判处的合并刑{penalty}不符合“高于基准刑{h}、低于总和{s}且不超过十五年”的要求（德国《刑法典》第五十四条第一款第二句、第二款）"
        }
        MsgId::PgDayFineNotThisLaw => {
            "`{text}`是日额罚金（Tagessätze，德国《刑法典》第四十条），属德国法的刑罚；不是本法域法律规定的主刑"
        }
        MsgId::PgDayFineNotThisLawHint => {
            "如为德国判决，请设 `jurisdiction: DE`；否则请写本法律规定的刑罚"
        }
        MsgId::DfBadForm => "无法将`{text}`读作日额罚金",
        MsgId::DfFormsHint => {
            "请写日额数及每一日额的金额（德国《刑法典》第四十条第四款）：`90 Tagessätze zu je 50 Euro`、`90 Tagessätze à 50 €`、`90 daily rates of 50 euros`、`90 day fines of EUR 50`"
        }
        MsgId::DfNotEuro => "`{text}`没有以欧元写明每一日额的金额",
        MsgId::DfBadAmount => {
            "`{text}`中的`{amount}`不是至多两位小数的欧元金额（德文写法`1.500,50`，英文写法`1,500.50`）"
        }
        MsgId::KindDayFine => "日额罚金",
        MsgId::CoDayFineNotThisLaw => {
            "{offence}：{penalty}是日额罚金（德国《刑法典》第四十条），属德国法的刑罚，不是{code}法律的刑罚；不作计算"
        }
        MsgId::CvSeparateFineNotDayFine => {
            "`separate_fine` 是在总和刑之外另行判处的日额罚金（德国《刑法典》第五十三条第二款第二句）；{penalty}不是日额罚金"
        }
        MsgId::CvSeparateFineNotDayFineHint => {
            "例如写作 `separate_fine: 120 Tagessätze zu je 30 Euro`，且仅用于德国判决"
        }
        MsgId::DeStgb40Rates => {
            "{offence}：{penalty}：{rates}个日额超出第四十条第一款的范围——至少五个，法律无其他规定时至多{max}个完整日额"
        }
        MsgId::DeStgb40Amount => {
            "{offence}：{penalty}：每日额{amount}超出第四十条第二款第三句的范围——至少一欧元，至多三万欧元"
        }
        MsgId::DeFinesEinsatz => {
            "罚金的总和刑：基础刑 H = {h}个日额；总和 S = {sum} = {s}个日额（按日额数计，不按欧元计）；H < G < S 且 G ≤ 720个日额"
        }
        MsgId::DeFinesRange => "以完整日额计：{lo} ≤ G ≤ min(S − 1, 720) = {hi}",
        MsgId::DeFinesCourt => {
            "法院决定的总和刑 G = {g}个日额：{h} < {g} {a}，{g} < {s} {b}，{g} ≤ 720 {c}"
        }
        MsgId::DeFinesOutsideRange => {
            "法院决定的总和罚金{penalty}不满足：高于最高的单项罚金（{h}个日额）、低于总和（{s}个日额）且至多720个日额（第五十四条第一款第二句、第二款）"
        }
        MsgId::DeFinesNoRoom => {
            "H = {h}个日额，在 min(S, 720个日额) 之下已无加重余地；所引第五十四条第二款未解决此情形"
        }
        MsgId::DeAmountCourt => {
            "总和刑每一日额的金额{amount}，由法院依行为人的个人及经济状况确定（第四十条第二款）；法律未将其与各单项罚金（{singles}）挂钩；本工具只检查其上下限（一欧元至三万欧元）：{ok}"
        }
        MsgId::DeMixedKinds => {
            "自由刑与罚金并存（第五十三条第二款第一句）：判处一个总和刑，以较重种类的刑罚即自由刑加重形成（第五十四条第一款第二句）：基础刑 H = {h}；罚金（{fines}）计入总和"
        }
        MsgId::DeRatesAsDays => {
            "第五十四条第三款：确定各单项刑之和时，一个日额相当于一日自由刑：{fines} = {days}日"
        }
        MsgId::DeMonthAs30 => {
            "为将日数与以月计的刑期相加，本工具按一个月三十日计：S = {terms} + {days}日 = {s}；H < G < S 且 G ≤ 十五年"
        }
        MsgId::DeMixedSeparateStep => {
            "法院另行判处罚金（第五十三条第二款第二句）：自由刑之外另处{fine}；各自由刑单独合并"
        }
        MsgId::DeMixedChoice => {
            "第五十三条第二款：法院可将罚金并入总和刑（第一句：合法范围{included}），也可另行判处（第二句：仅就自由刑，{separate}，罚金另处）；案卷未记载 `separate_fine:`，本工具不推测法院的选择"
        }
        MsgId::DeMixedVerdictOpen => {
            "法院决定的{penalty}在第五十三条第二款的一种选择下合法、另一种下不合法，故不作结论；如法院另行判处罚金，请记载 `separate_fine:`"
        }
        MsgId::DeFineAggregateWithPrison => {
            "法院决定的总和刑{penalty}是罚金，但单项刑中有自由刑：总和刑应以较重种类即自由刑加重形成（第五十四条第一款第二句），罚金只能在其之外另处（第五十三条第二款第二句，`separate_fine:`）"
        }
        MsgId::DeSeparateFineNotMixed => {
            "`separate_fine:`（{fine}）只适用于自由刑与罚金并存的情形（第五十三条第二款第二句）；此处各单项刑并非两种俱有"
        }
        MsgId::DeSeparateSingleFine => {
            "只有一项罚金且另行判处：另处的罚金{fine}应即该项罚金{single}：{ok}"
        }
        MsgId::DeMonthLengthMatters => {
            "{g}是否低于总和{s}，取决于一个月按多少日计（二十八至三十一日）；所附法条未作规定，本工具按三十日计"
        }
        MsgId::DeDayFineNoRelease => {
            "{penalty}是罚金：无释放日期（第五十七条针对自由刑）；不计算易服自由刑（第四十三条）"
        }
        MsgId::DeNotAPenalty => "`{text}`不是刑罚",
        MsgId::DeWriteLife => "请写`lebenslange Freiheitsstrafe`（终身自由刑）",
        MsgId::DeTwoNumbers => "`{text}`中连续出现两个数字",
        MsgId::DeTwoNumbersHint => "每个数字都要带单位：`2 Jahre 6 Monate`",
        MsgId::DeNoNumber => "`{text}`中的`{word}`没有数字",
        MsgId::DeNoNumberHint => "请把数字写在单位之前：`1 Jahr`、`6 Monate`",
        MsgId::DeNotAUnit => "`{word}`不是时间单位",
        MsgId::DeUnitsHint => "单位：Jahr(e)（年）、Monat(e)（月）、Woche(n)（周）、Tag(e)（日）",
        MsgId::DeTermTooLong => "刑期过长",
        MsgId::DeCheckFigure => "请检查数字",
        MsgId::DeNumberWithoutUnit => "`{text}`中有数字没有单位",
        MsgId::DeNumberWithoutUnitHint => "请写`2 Jahre 6 Monate`、`1 Jahr`、`6 Wochen`",
        MsgId::DeTermErrorTooLong => "超过一万年的刑期不是刑罚",
        MsgId::DeTermUnitsHint => {
            "不满一年的刑期以周和月书写（德国《刑法典》第三十九条），日数合计不满30日"
        }
        MsgId::DeZeroTerm => "刑期为零",
        MsgId::TwNoCounts => "没有判决载明各罪",
        MsgId::TwReasonBeforeReform => "{date}的判决在2005年修法之前",
        MsgId::TwReasonAllBefore => {
            "各罪均发生于{reform}之前：依第二条第一项适用行为时之法律，修正后条文（三十年）并非较有利于行为人"
        }
        MsgId::TwReasonAllAfter => "各罪均发生于{reform}或之后",
        MsgId::TwReasonAssumed => {
            "{date}的判决在修法之后，且并非各罪均发生于{reform}之后：假定适用2005年修正条文"
        }
        MsgId::TwLawReason => "{reason}（{citation}）",
        MsgId::TwLawVersionAssumed => "{reason}；修法自2006年7月1日施行（“刑法施行法”第十条之一）",
        MsgId::TwLawName2005 => "台湾地区“刑法”2005年修正条文（自2006年7月1日施行）",
        MsgId::TwLawNamePre2005 => "台湾地区“刑法”2005年修正前条文",
        MsgId::TwApplied => "予以适用",
        MsgId::TwNotApplied => "不予适用",
        MsgId::TwLighterLaw => {
            "依修正前条文（二十年），幅度为{earlier}；依2005年修正条文（三十年），幅度为{later}；2005年修正条文{which}：{reason}"
        }
        MsgId::TwTogether => "合并执行的刑期：{sum} = {total}",
        MsgId::TwParolePre2005 => "本工具未附入2005年修法前的假释规定",
        MsgId::CoCriminalDetention => "拘役",
        MsgId::TwAbove40 => {
            "合并刑期{term}超过四十年：执行逾二十年 → {from} ＋ 二十年 ＋ 1日 = {at}"
        }
        MsgId::TwTwoThirdsRecidivist => "三分之二（累犯）",
        MsgId::TwHalf => "二分之一",
        MsgId::TwFixedTermParole => {
            "{total}日的{what}以上：⌊{total} × {num}/{den}⌋ ＋ 1 = 自{from}起执行{n}日 → {at}；执行未满六个月者不得假释：{min}；自{date}起可以假释"
        }
        MsgId::EvParolePossible => "可以假释",
        MsgId::CoCountedFromTermCredit => "刑期的第一日，羁押一日折抵一日",
        MsgId::CoCountedFromExecution => "开始执行之日",
        MsgId::CoDeath => "死刑",
        MsgId::TwNotPenalty => "{penalty}不是台湾地区“刑法”规定的刑罚",
        MsgId::TwAbsorbs => "{offence}：{top}吸收其他宣告刑",
        MsgId::TwNotAbsorbing => {
            "法院所定应执行刑不是吸收其他宣告刑的{top}（台湾地区“刑法”第五十一条）"
        }
        MsgId::TwLongestSum => "最长期L = {h}；合并刑期S = {sum} = {s}；{date}的判决：上限{cap}",
        MsgId::TwRange => "L ≤ T ≤ min(S, 上限) = min({s}, {cap}) → {h}至{hi}",
        MsgId::TwOutsideRange => {
            "法院所定应执行刑{penalty}超出{h}至{hi}的范围（台湾地区“刑法”第五十一条第五款）"
        }
        MsgId::TwDetentionCap => "宣告多数拘役：不得逾一百二十日",
        MsgId::TwDetentionCap4Months => "宣告多数拘役：不得逾四个月（2005年修法前文本）",
        MsgId::TwDetentionMonths => "以月书写的拘役无法与一百二十日的上限精确比较；未予计算",
        MsgId::TwDetentionRange => "最长期{h}日；合计{s}日；幅度{h}日至{hi}日",
        MsgId::TwMixedKinds => "有期徒刑与拘役并存：参考资料未说明如何合并；未予计算",
        MsgId::JpNoCounts => "没有判决载明各罪",
        MsgId::JpLawName => "日本《刑法》（1907年，经修正）",
        MsgId::JpLawReason => "判决日期为{date}",
        MsgId::JpCustodyNotCredited => {
            "审前羁押仅在法院裁定的范围内折抵刑期（未決勾留日数の算入）；本工具未建模，羁押不予折抵"
        }
        MsgId::JpOneThirdStep => "{term}的三分之一：{text}",
        MsgId::JpLifeStep => "无期刑：{text}",
        MsgId::JpNotPenalty => "{penalty}不是日本《刑法》规定的刑罚",
        MsgId::JpAbsorbs => "一罪选定{top}，吸收其他各罪之刑",
        MsgId::JpLifeMaximum => {
            "{offence}：法定最高刑为{max}；选定有期刑时，需要有期刑幅度的上限（日本《刑法》第四十七条以此计算）"
        }
        MsgId::JpStatutoryMaxMissing => {
            "{offence}：日本《刑法》第四十七条需要各罪的法定最高刑；请添加`statutory_max:`（例如`懲役10年`）"
        }
        MsgId::JpOneCrime => "一罪（{offence}）：适用法定最高刑{max}",
        MsgId::JpAggravatedMax => {
            "各罪法定最高刑{maxima}；最重者{h} × 1.5 = {one_half}；合计{s}；上限 = min({one_half}, {s}) = {max}"
        }
        MsgId::JpCap => "不得超过{cap}：上限{max}",
        MsgId::JpMinimumNotChecked => {
            "幅度的下限法律未明确：请为每一罪填写法定最低刑（`statutory_min:`，例如`懲役1月`）；在上限以内的刑罚既不能确认也不能否定"
        }
        MsgId::JpLowerBound => {
            "下限：各罪法定最低刑{minima}中最高者 = {lo}（出自判例与学说，并非第四十七条条文）；幅度{lo}至{max}"
        }
        MsgId::JpBelowMinimum => "{penalty}低于合并幅度的下限{lo}",
        MsgId::JpAboveMaximum => {
            "合并宣告的刑罚{penalty}超过上限{max}（日本《刑法》第四十七条、第十四条第二款）"
        }
        MsgId::UsNoCounts => "没有判决载明各项罪状",
        MsgId::UsLawName => "美国《联邦法典》第18编（经《2018年第一步法》修正）",
        MsgId::UsLawReason => "判决日期为{date}",
        MsgId::UsPre1987 => "某项犯罪可能发生在1987年11月1日之前：此前的法律（设有假释）未建模",
        MsgId::UsNoParole => "1987年11月1日以后的犯罪不适用联邦假释",
        MsgId::UsReleaseGct => {
            "刑期届满减去良好表现折抵（good-conduct time）后释放（美国《联邦法典》第18编第3624条(b)款）"
        }
        MsgId::UsGctText => {
            "全额折抵⌊54 × {months}个月 ÷ 12⌋ = {g}日；于刑期届满日减去良好表现折抵之日释放（第3624条(a)款）：{ftd} − {g}日 = {release}（共{total}日中执行{served}日，占刑期的{pct}%，自{from}起算）"
        }
        MsgId::EvProjectedRelease => "预计释放（全额良好表现折抵）",
        MsgId::UsNoGct => "{term}不超过一年：无良好表现折抵",
        MsgId::UsReleaseBeforeFsa => {
            "推算的释放日{release}早于{from}，即《第一步法》“按所判刑期每年54日”生效之日；此前联邦监狱局按实际服刑每年54日折抵（约合所判刑期每年47日），本工具未实现该方法：实际释放日应更晚"
        }
        MsgId::EvSentenceCommences => "刑罚开始执行",
        MsgId::UsLifeNoGct => "终身监禁：无良好表现折抵，亦无假释",
        MsgId::UsLifeAggregate => "{offence}：终身监禁；合并刑为终身监禁",
        MsgId::UsNotImprisonment => "{offence}：{penalty}不是监禁刑期",
        MsgId::UsConcurrent => "同时执行",
        MsgId::UsConsecutive => "在第{counts}项罪状之后连续执行",
        MsgId::UsCountChain => "第{n}项罪状（{offence}）：{penalty}，{how}；连续执行链{len}",
        MsgId::UsAggregateChain => "合并刑期 = 最长的连续执行链 = {total}",
        MsgId::UsAggregateMismatch => "所载合并刑期{penalty}与各项罪状的合并刑期{total}不符",
        MsgId::GbNoCounts => "没有判决载明各项罪状",
        MsgId::GbLawName => {
            "英格兰和威尔士《2003年刑事司法法》释放条款（经SI 2024/844号法定文书修改）"
        }
        MsgId::GbLawNameSds50 => {
            "英格兰和威尔士《2003年刑事司法法》释放条款（不适用SI 2024/844号法定文书；司法部sds-50配置，仅供比较）"
        }
        MsgId::GbLawNameProgression => {
            "英格兰和威尔士《2003年刑事司法法》释放条款（适用《2026年量刑法》渐进模式；司法部sds-progression-model-october测试配置）"
        }
        MsgId::GbLawReason => "判决日期为{date}；释放比例以释放到期时有效的规定为准",
        MsgId::GbLifeNotModelled => "终身刑：服满最低刑期后由假释委员会决定释放，未建模",
        MsgId::GbAggregateChain => "合并监禁刑期 = 最长的连续执行链 = {total}",
        MsgId::GbAggregateMismatch => "所载合计刑期{penalty}与各项罪状的合并刑期{total}不符",
        MsgId::EvSled => "SLED（刑期及许可期届满日）",
        MsgId::GbS244zaBefore2020 => "第244ZA条不适用于{date}判处的刑罚（该条自2020年4月起适用）",
        MsgId::GbS244zaTooShort => "{term}不足第244ZA条所要求的{minimum}（{citation}）",
        MsgId::EvCrd => "CRD（附条件释放日）",
        MsgId::GbAutomaticRelease => "于CRD（附条件释放日）{crd}自动释放；标准定期刑不经假释裁决",
        MsgId::EvTused => "TUSED（补充监管届满日）",
        // England and Wales, the MoJ's release dates (issue #11).
        MsgId::EvArd => "ARD（自动释放日，无许可期）",
        MsgId::EvSed => "SED（刑期届满日）",
        MsgId::EvLed => "LED（许可期届满日）",
        MsgId::EvHdced => "HDCED（居家宵禁资格日）",
        MsgId::EvErsed => "ERSED（提前遣返资格日）",
        MsgId::EvPed => "PED（假释资格日）",
        MsgId::EvEsed => "ESED（有效刑期终止日）",
        MsgId::GbNoOffenceDate => {
            "第{n}项罪状（{offence}）未载犯罪日期（committed:）：与司法部计算器相同，许可期方面不视为2005年4月4日或2015年2月1日之前的犯罪，且不产生补充监管（补充监管须犯罪在2015年2月1日或之后）"
        }
        MsgId::GbNoDateOfBirth => {
            "未载出生日期：在各日期均按成年人处理（补充监管、未满十八岁者无许可期释放）"
        }
        MsgId::GbTermFromSentence => {
            "刑期自判决之日{date}起算（当日为第一日）；羁押日数事后从释放日及届满日中扣除，而非提前起算日"
        }
        MsgId::GbImmediateRelease => {
            "羁押（{remand}日）已覆盖监禁部分（{part}日）：于判决之日{date}释放"
        }
        MsgId::GbTrancheDefault => {
            "按新比例计算的释放日{early}在其批次生效时已过：于批次生效日释放，{date}"
        }
        MsgId::GbCustodialPart => {
            "{days}日 × {fractions} = {part}日，自{from}起算：最后一日{last}；扣除羁押{remand}日：{date}"
        }
        MsgId::GbExpiryText => "刑期最后一日{end}，扣除羁押{remand}日：{date}",
        MsgId::GbNamedDateText => "{summary}：{date}",
        MsgId::GbHdcHalf => {
            "监禁部分{part}日，不满{midpoint}日：其二分之一（至少28日）= {days}日，自{from}起算，扣除{deducted}日，加上{added}日：{date}"
        }
        MsgId::GbHdcBeforeRelease => {
            "监禁部分{part}日，达到{midpoint}日：其最后一日减去{before}日，扣除{deducted}日，加上{added}日：{date}"
        }
        MsgId::GbHdcMinimum => "不早于判决后14日（{from}），加上{added}日：{date}",
        MsgId::GbHdcCommencement => {
            "依180日规则为{old}，晚于2025年6月2日；依365日规则早于2025年6月3日：{date}"
        }
        MsgId::TitleLighterLawOf => "从轻原则（{rule}）",
        MsgId::LighterFigureNotComputed => "未予计算（见发现事项）",
        MsgId::LighterFigureAtMost => "不超过{max}（下限未定）",
        MsgId::LighterCompareOldReading => {
            "依本工具对{rule}的理解（先比较最高刑，最高刑相同再比较最低刑），旧法较轻"
        }
        MsgId::LighterCompareNewReading => {
            "依本工具对{rule}的理解（先比较最高刑，最高刑相同再比较最低刑），新法较轻"
        }
        MsgId::LighterCompareNotComputed => "有一方结果未予计算，无从比较",
        MsgId::LighterVerdictNotSettled => {
            "法院所定之刑{penalty}依一种文本合法、依另一种文本不合法（旧法：{old}；新法：{new}）；日期不足以确定适用哪一文本，故是否合法未能确定"
        }
        MsgId::LighterProvisionTw51Item5 => {
            "数罪宣告多数有期徒刑的上限（台湾地区“刑法”第五十一条第五款）"
        }
        MsgId::LighterProvisionTw51Item6 => {
            "数罪宣告多数拘役的上限（台湾地区“刑法”第五十一条第六款）"
        }
        MsgId::LighterWhyTwAllBefore => {
            "{rule}：各罪均发生于2006年7月1日之前、裁判在其后，适用行为时之法律，但行为后之法律有利于行为人者除外；{lighter}"
        }
        MsgId::LighterWhyTwNotSettled => {
            "{rule}依犯罪日期决定，而日期不足以确定各罪是否均发生于2006年7月1日之前（{lighter}）；上文的分析假定适用2005年修正条文"
        }
        MsgId::LighterWhyTwStraddle => {
            "部分犯罪发生于2006年7月1日之前，部分在其当日或之后：{rule}如何适用于跨越修法的合并定刑，所附资料未载，本工具不作决定（{lighter}）；上文的分析假定适用2005年修正条文"
        }
        MsgId::TwReasonAllBeforeNewLighter => {
            "各罪均发生于{reform}之前，而2005年修正条文较有利于行为人（第二条第一项但书）"
        }
        MsgId::LighterProvisionJp14Cap => {
            "数罪并合时加重有期刑的上限（日本《刑法》第四十七条、第十四条第二款）"
        }
        MsgId::LighterWhyJpAllBefore => {
            "{rule}：各罪均发生于2005年1月1日之前、判决在其后，依其中较轻者；{lighter}（2004年第156号法律的附则未随附）"
        }
        MsgId::LighterWhyJpNotSettled => {
            "{rule}适用于2005年1月1日之前的犯罪，而犯罪日期不足以确定这一点（{lighter}）；上文的分析采用判决时有效的上限（2004年第156号法律的附则未随附）"
        }
        MsgId::LighterWhyJpStraddle => {
            "部分犯罪发生于2005年1月1日之前，部分在其当日或之后：{rule}如何适用于一并判决的数罪，应由2004年第156号法律的附则规定，而附则未随附，本工具不作决定（{lighter}）；上文的分析采用判决时有效的上限"
        }
        MsgId::JpLawReasonArt6 => {
            "判决日期为{date}；第十四条第二款的上限：{which}（第六条，见从轻原则表）"
        }
        MsgId::JpArt6Step => {
            "犯罪后法律有变更（第十四条第二款：自2005年1月1日起由二十年改为三十年）：依旧上限最高为{old}，依新上限为{new}；{which}"
        }
        MsgId::JpKokinkeiTransitional => {
            "于{date}审判，在拘禁刑取代惩役、禁锢（2025年6月1日）之后；依过渡规定，该日以前的行为仍依从前的刑罚，而并非每一犯罪均注明发生于该日之后：所适用法律按2025年以前的名称标示（计算相同）"
        }
        MsgId::EvFineCredit => "羁押折抵罚金",
        MsgId::EvSeparateFineCredit => "另处罚金：折抵顺序",
        MsgId::DeFineCustodyDays => "{lines}；共羁押{days}日，折抵罚金（第五十一条第一款第一句）",
        MsgId::DeFineCreditStep => {
            "羁押{credited}日 = 折抵{credited}个日额（第五十一条第四款第一句；罚金：{fine}）：{rates} − {credited} = 尚余{remaining}个日额；{amount}"
        }
        MsgId::DeFineCreditDischarged => {
            "罚金（{fine}）共{rates}个日额，不多于羁押的{days}日（第五十一条第四款第一句：一日 = 一个日额）：{rates}个日额全部折抵，罚金因折抵而全部执行完毕；尚余0个日额，无需再缴纳（折抵不超过罚金）"
        }
        MsgId::DeFineAmountRemaining => "尚余金额：{remaining} × {per_rate} = {amount}",
        MsgId::DeFineAmountUnknown => {
            "每一日额的金额不明，故不列出尚余金额（由法院确定，第四十条第二款）"
        }
        MsgId::DeFineAmountOverflow => "尚余金额{remaining} × {per_rate}过大，无法精确计算",
        MsgId::DeSeparateFineCreditNote => {
            "法院另行判处{fine}（第五十三条第二款第二句）。第五十一条第一款规定羁押既折抵自由刑，也折抵罚金，但未规定先后顺序：本工具将羁押{days}日折抵自由刑（见上），因为释放日期按自由刑计算，罚金不予减少；如改为折抵罚金：{alt}。折抵何者、折抵多少，由法院或执行机关决定"
        }
        // --- cn-regimes (issue #12 part B) ---
        MsgId::CnrParoleNotServed => {
            "自{paroled}假释至{date}的{days}日不计入已执行的刑期（第八十五条、第八十六条）：假释考验期不是刑罚的执行"
        }
        MsgId::CnrParoleReturnAssumed => {
            "撤销假释（第八十六条第二款）：决定执行的刑期尚未执行的部分自后续判决之日{date}起计算（假定当日收监）；假释考验的{days}日使刑期届满日由{from}顺延至{end}"
        }
        MsgId::CnrParoleServed => {
            "{title}：前罪刑期{term}，自{start}起执行至{date}假释的前一日：{days}日（{served}）"
        }
        MsgId::CnrParoleRevokedWithoutParole => {
            "记载了撤销假释日{revoked}，但未记载假释日（`paroled:`）"
        }
        MsgId::CnrParoleRevokedWithoutParoleHint => {
            "补充 `paroled: YYYY-MM-DD`，或删除 `parole_revoked`"
        }
        MsgId::CnrParoleRevokedBeforeParole => "撤销假释日{revoked}早于假释日{paroled}",
        MsgId::CnrParoleRevokedBeforeParoleHint => "请核对两个日期",
        MsgId::CnrParoleRevokedNotComputed => {
            "撤销假释（第八十六条第三款）：{penalty}的余刑不是可计算的刑期，不计算新的届满日"
        }
        MsgId::CnrParoleRevokedAfterProbation => {
            "撤销假释日{revoked}晚于假释考验期满日{end}：依第八十五条原判刑罚视为已经执行完毕，请核对日期"
        }
        MsgId::CnrEventTermEndsParoleRevoked => "刑期届满（撤销假释，收监执行余刑）",
        MsgId::CnrParoleRevokedStep => {
            "假释之日的余刑：{paroled}至{end}＝{remainder}；自撤销假释收监之日{revoked}起执行：{revoked}＋{remainder}－1日＝{new_end}"
        }
        MsgId::CnrParoleReturnRecorded => {
            "撤销假释（第八十六条第二款）：决定执行的刑期尚未执行的部分自记载的收监之日{date}起计算；假释考验的{days}日使刑期届满日由{from}顺延至{end}"
        }
        MsgId::CnrEarlierAtLiberty => {
            "后续判决{date}作出时前罪刑罚尚未交付执行（宣判时被告人未被羁押）：仅折抵的羁押计为已执行，共{days}日"
        }
        MsgId::CnrEarlierExecutedLater => {
            "前罪判决于后续判决{date}之后才交付执行：仅折抵的羁押计为已执行，共{days}日"
        }
        MsgId::CnrEarlierAtLibertyAssumed => {
            "前罪判决未记载 `executed:` 日，宣判时被告人未被羁押：本工具假定至后续判决{date}时前罪刑罚尚未开始执行（第七十一条自判决宣告以后适用）"
        }
        MsgId::CnrEarlierAtLibertyAssumedHint => {
            "如被告人已因前罪被收监执行，请在前罪判决上记载 `executed:` 日"
        }
        MsgId::CnrLaterSupplementaryEarlier => {
            "前罪判决的附加刑与后罪各罪的附加刑合并（第七十条、第七十一条→第六十九条第三款）；已缴纳的罚金在执行时扣除（此处未记载）"
        }
        MsgId::CnrPoliticalRightsRemainder => {
            "前罪刑期{term}已于{end}执行完毕；剥夺政治权利至{rights_end}：{date}时仅剩剥夺政治权利{rest}（{days}日）尚未执行"
        }
        MsgId::CnrPoliticalRightsContinue => {
            "新罪刑期{term}自后续判决之日起计算（假定当日交付执行）：{period}；剥夺政治权利余下的{days}日在新罪刑期内停止计算，自{after}起继续计算至{rights_end}（第五十八条）"
        }
        MsgId::CnrUnexecutedServed => {
            "{title}：前罪刑期{term}尚未交付执行：仅计折抵的羁押，自{start}起{days}日（{served}）"
        }
        MsgId::CnrEventPoliticalRightsContinued => {
            "恢复政治权利（新罪刑期执行完毕后继续计算，第五十八条）"
        }
        MsgId::CnrRegimeDecidedWithSentence => {
            "法院在判处死刑缓期执行的同时决定{with}（同时决定，第五十条第二款、第三百八十三条第四款），针对决定执行的刑罚：有无此决定均在法定幅度内；适用条件另行审查"
        }
        MsgId::CnrRestrictedBeforeA8 => {
            "{date}决定限制减刑：限制减刑自《刑法修正案（八）》（2011年5月1日施行）起才有规定"
        }
        MsgId::CnrRestrictedNotEligible => {
            "决定限制减刑，但被告人不是累犯，也没有因第五十条第二款所列之罪（故意杀人、强奸、抢劫、绑架、放火、爆炸、投放危险物质或者有组织的暴力性犯罪）被判处死刑缓期执行"
        }
        MsgId::CnrRestrictedNoReprieveCount => "决定限制减刑，但没有一罪被判处死刑缓期执行",
        MsgId::CnrRestrictedNotEligibleHint => {
            "请核对各罪的条文、`recidivist:`，有组织的暴力性犯罪请设定 `categories: [violent]`"
        }
        MsgId::CnrRestrictedOldCrimes => {
            "各罪均发生于2011年4月30日以前：依《最高人民法院关于〈刑法修正案（八）〉时间效力问题的解释》第二条适用修正前第五十条，除非法院认为依修正前刑法判处死刑缓期执行不能体现罪刑相适应；限制减刑以该判断为前提"
        }
        MsgId::CnrLifeWithoutBeforeA9 => {
            "{date}决定终身监禁：终身监禁自《刑法修正案（九）》（2015年11月1日施行）起才有规定"
        }
        MsgId::CnrLifeWithoutNotEligible => {
            "终身监禁只适用于因贪污罪、受贿罪被判处死刑缓期执行的（第三百八十三条第四款、第三百八十六条）；没有此类罪被判处死刑缓期执行"
        }
        MsgId::CnrLifeWithoutNotEligibleHint => {
            "请核对被判处死刑缓期执行之罪的条文（第三百八十三条或第三百八十六条）"
        }
        MsgId::CnrLifeWithoutOldCrimes => {
            "各罪均发生于2015年10月31日以前：依《最高人民法院关于〈刑法修正案（九）〉时间效力问题的解释》第八条，仅在依修正前刑法判处死刑缓期执行不能罚当其罪时适用第三百八十三条第四款；该决定以此判断为前提"
        }
        MsgId::CnrStartShortRemaining => {
            "判决于{effective}生效时剩余刑期不满二年（刑期至{end}止）：减刑起始时间可以适当缩短（《最高人民法院关于办理减刑、假释案件具体应用法律的规定》第十六条），无固定期限；实际执行的刑期不得少于原判刑期的二分之一（第七十八条第二款）"
        }
        MsgId::CnrNextAfterReprieveTo25 => {
            "{date}由死刑缓期执行直接减为{term}：再减刑依照第十条第二款比照第八条办理，两次减刑间隔不得少于二年：{next}"
        }
        MsgId::CnrMinimumRestricted20 => {
            "限制减刑的死刑缓期执行减为二十五年有期徒刑：实际执行不能少于二十年（第七十八条第二款第三项），自缓期执行期满次日{after}起算（缓期执行期间不计入，与第十二条的十五年相同）：至{last}"
        }
        MsgId::CnrReprieveCrimeDayAssumed => {
            "缓期执行期间故意犯罪的日期未记载到日：以后续判决之日{date}计"
        }
        MsgId::CnrEventReprieveCrimeDeath => "缓期执行期间故意犯罪：报请最高人民法院核准后执行死刑",
        MsgId::CnrReprieveCrimeDeath => {
            "{date}在缓期执行期间故意犯罪，后续判决决定死刑：报请最高人民法院核准后执行（第五十条第一款）"
        }
        MsgId::CnrReprieveCrimeBeforeA9 => {
            "后续判决{date}早于《刑法修正案（九）》：修正前第五十条没有缓期执行期间重新计算的规定（故意犯罪查证属实的，由最高人民法院核准执行死刑）；不计算新的缓期执行期间"
        }
        MsgId::CnrEventReprieveRestarts => "死刑缓期执行期间重新计算（第五十条第一款）：届满日",
        MsgId::CnrReprieveRestarts => {
            "{date}在原定于{old}届满的缓期执行期间内故意犯罪：二年自该日起重新计算，至{new}止"
        }
        MsgId::CnrReprieveRestartsNote => {
            "缓期执行期间重新计算，至{new}届满；按原缓期执行期间显示的无期徒刑、减刑、假释日期相应顺延（此处未重新计算）；另依第二十一条自新罪判决确定之日起三年内（判处无期徒刑的四年内）不予减刑"
        }
        MsgId::CnrAppealPeriodExtended => {
            "假定宣判当日{date}送达；上诉期{days}日，自次日起算：{next}至{last}；{last}为休息日（国务院节假日安排），以其后第一个工作日{extended}为期满日期（《刑事诉讼法》第一百零五条）；未上诉：{effective}生效"
        }
        MsgId::CnrEffectiveAssumedExtended => {
            "{date}判决未记载 `final:` 日期；假定于{effective}生效（宣判当日送达，{days}日上诉期的最后一日为休息日，顺延至{extended}，未上诉）"
        }
        MsgId::CnrHolidaysNotCovered => {
            "数据中没有{year}年的国务院节假日安排（覆盖2001年至2026年）：上诉期于{last}届满，仅按星期六、星期日计算休息日"
        }
        MsgId::CnrExecutionAssumedAtLiberty => {
            "宣判时被告人未被羁押（取保候审或监视居住）：刑期自交付执行、收押之日起计算，案件文件未记载该日；本工具假定为判决生效之日{date}"
        }
        MsgId::CnrRecidivismEarlierTooLight => {
            "前罪所判{penalty}轻于有期徒刑（第六十五条要求有期徒刑以上刑罚）"
        }
        MsgId::CnrRecidivismNegligent => {
            "前罪（{ended}执行完毕）系过失犯罪：不构成累犯（第六十五条第一款）"
        }
        MsgId::CnrRecidivismMinor => {
            "有不满十八周岁（{adult}以前）时所犯之罪：不构成累犯（第六十五条第一款，《刑法修正案（八）》）"
        }
        MsgId::CnrRecidivismSpecial => {
            "前罪（{ended}执行完毕）与本案之罪均属第六十六条所列之罪（危害国家安全、恐怖活动、黑社会性质的组织犯罪）：任何时候再犯均以累犯论处"
        }
        MsgId::CnrRecidivismWithin => {
            "前罪{penalty}于{ended}执行完毕；本案之罪在至{window}的五年以内，且应当判处有期徒刑以上刑罚：构成累犯（第六十五条）"
        }
        MsgId::CnrRecidivismOutside => "前罪于{ended}执行完毕；本案之罪在五年（至{window}）以后",
        MsgId::CnrRecidivismBeforeEnd => {
            "本案之罪发生在前罪{ended}执行完毕以前：适用第七十条、第七十一条，而非第六十五条"
        }
        MsgId::CnrRecidivismNewTooLight => "本案没有应当判处有期徒刑以上刑罚之罪",
        MsgId::CnrRecidivismUnsettled => {
            "前罪于{ended}执行完毕（五年至{window}）；本案犯罪时间不能确定是否在期限以内：是否累犯以案件文件为准"
        }
        MsgId::CnrRecidivistNotBorneOut => {
            "案件文件标明为累犯，但记载的前罪均不符合第六十五条、第六十六条：{reasons}"
        }
        MsgId::CnrRecidivistNotRecorded => {
            "记载的前罪依第六十五条或第六十六条构成累犯，但案件文件未标明（`recidivist:`）；假释、减刑按非累犯计算"
        }
        MsgId::CnrRecidivismHint => "请对照判决认定核对 `recidivist:` 与 `previous:`",
        // --- cn-forms (issue #12 part A) ---
        MsgId::KindExempt => "免予刑事处罚",
        MsgId::KindSupplementaryAlone => "单处附加刑",
        MsgId::PgNotHere => {
            "此处不读取`{text}`：缓刑、免予刑事处罚和附加刑只能写在中国（CN）案件文件中罪名或决定执行刑罚的 penalty 字段"
        }
        MsgId::PgNotHereHint => {
            "此处只写主刑；附加刑写在 `political_rights`、`fine` 或 `confiscation`"
        }
        MsgId::PgConfiscationAlone => "不读取单处没收财产",
        MsgId::PgProbationMisplaced => "`{text}`应紧随主刑之后，且只写一次",
        MsgId::PgProbationMisplacedHint => {
            "先写被宣告缓刑的刑罚：有期徒刑三年，缓刑四年，或 3 years, suspended for 4 years"
        }
        MsgId::PgPartTwice => "`{text}`写了两次",
        MsgId::PgPartTwiceHint => "每种附加刑只写一次",
        MsgId::PgExpSupplementary => "附加刑（剥夺政治权利……、罚金……、没收……、驱逐出境）",
        MsgId::PgUnitCutShort => "`{text}`不是刑期单位",
        MsgId::PgUnitCutShortHint => "很可能是指`{example}`（单位似乎缺字），请写完整",
        MsgId::CvGivenTwice => "`{name}`既写在刑罚文字中，又写在单独的字段中",
        MsgId::CvGivenTwiceHint => "只保留一处：删去该字段，或删去刑罚文字中的这一部分",
        MsgId::CvBadRevocationGround => "未知的撤销缓刑事由`{value}`",
        MsgId::EventNoCustodyExecuted => "缓刑：不执行羁押",
        MsgId::EventProbationStarts => "缓刑考验期开始",
        MsgId::EventProbationEnds => "缓刑考验期届满",
        MsgId::EventSuspensionRevoked => "撤销缓刑",
        MsgId::NpExemptCount => "{offence}：定罪并免予刑事处罚（《刑法》第三十七条），无刑罚可并罚",
        MsgId::NpAloneCount => {
            "{offence}：{penalty}，未判处主刑（《刑法》第三十四条第二款、第三十五条）；不依第六十九条第一、二款并罚主刑，附加刑依第六十九条第三款执行"
        }
        MsgId::NpDecidedMissing => "决定执行的刑罚为{decided}，但{offence}判处了主刑{penalty}",
        MsgId::NpDecidedMissingHint => "请在 `decided.penalty` 写明对各罪决定执行的主刑",
        MsgId::NpDecidedWithout => "决定执行的刑罚为{decided}，但各罪均未判处主刑",
        MsgId::NpDecidedWithoutHint => "请核对各罪的刑罚，或将决定执行的刑罚写为不含主刑的形式",
        MsgId::NpExpulsionStep => {
            "判处驱逐出境（《刑法》第三十五条），与其他刑罚一并执行（第六十九条第三款）"
        }
        MsgId::NpNoDates => "{penalty}：未判处主刑，故无刑期、假释或减刑日期",
        MsgId::ProbBarredGroupLeader => {
            "{penalty}被宣告缓刑，但犯罪集团的首要分子不适用缓刑（《刑法》第七十四条）"
        }
        MsgId::ProbBarredRecidivist => {
            "{penalty}被宣告缓刑，但累犯不适用缓刑（《刑法》第七十四条）"
        }
        MsgId::ProbBarredHint => "请核对 `recidivist`、`criminal_group_leader` 或刑罚文字",
        MsgId::ProbBarredStep => "被告人系累犯或犯罪集团的首要分子：不适用缓刑",
        MsgId::ProbGroupLeader1997 => {
            "犯罪集团的首要分子：1997年文本第七十四条仅排除累犯，依犯罪时间适用该文本"
        }
        MsgId::ProbCreditOnRevocation => "宣告缓刑前羁押的{days}日，折抵撤销缓刑后执行的刑期",
        MsgId::ProbEndStep => "{start} + {period} − 1日 = {end}",
        MsgId::ProbExecutedFrom => {
            "原判刑罚自撤销之日{date}起执行（案件文件记载更晚的 `executed:` 日期的除外）"
        }
        MsgId::ProbGroundDiffers => {
            "`suspension_revoked` 所写事由为{ground}，但后一判决为{after}；依后一判决"
        }
        MsgId::ProbLaterIgnored => {
            "缓刑因违反规定被撤销（《刑法》第七十七条第二款）；{date}的后一判决不一并分析"
        }
        MsgId::ProbLaterMissing => {
            "缓刑因{ground}被撤销（《刑法》第七十七条第一款），但无后一判决（`after:`）判处该罪的刑罚；按原缓刑判决分析"
        }
        MsgId::ProbLaterMissingHint => {
            "请添加对新罪或漏罪的判决，并写 `after: new-crime` 或 `after: discovered-crime`"
        }
        MsgId::ProbMandatoryMinor => {
            "{penalty}未宣告缓刑；被告人（{born}出生）犯罪时不满十八周岁，符合条件的，依《刑法》第七十二条第一款应当宣告缓刑"
        }
        MsgId::ProbMandatoryOld => {
            "{penalty}未宣告缓刑；被告人（{born}出生）判决时已满七十五周岁，符合条件的，依《刑法》第七十二条第一款应当宣告缓刑"
        }
        MsgId::ProbNoCustodyStep => {
            "除撤销缓刑外（《刑法》第七十七条）不执行羁押；考验期至{end}届满而无撤销事由的，原判刑罚不再执行（第七十六条）。已羁押{days}日，仅在撤销缓刑时折抵刑期"
        }
        MsgId::ProbNotSuspendable => {
            "{penalty}不能宣告缓刑：《刑法》第七十二条第一款只对拘役或三年以下有期徒刑适用缓刑"
        }
        MsgId::ProbNotSuspendableHint => "请核对刑罚文字中的刑罚和缓刑考验期",
        MsgId::ProbPeriodHint => {
            "拘役：不低于原判刑期且不少于二个月，不超过一年（第七十三条第一款）；有期徒刑：不低于原判刑期且不少于一年，不超过五年（第七十三条第二款）"
        }
        MsgId::ProbPeriodLawful => "{penalty}，缓刑{period}：在{min}至{max}之内",
        MsgId::ProbPeriodUnlawful => "{penalty}，缓刑{period}：考验期应在{min}至{max}之内",
        MsgId::ProbRevocationImplied => {
            "{date}的后一判决作出于缓刑考验期内：依《刑法》第七十七条第一款撤销缓刑（案件文件未写 `suspension_revoked`）"
        }
        MsgId::ProbRevokedCrimeStep => {
            "{date}因{ground}撤销缓刑：被宣告缓刑的{penalty}与后罪的刑罚依《刑法》第六十九条并罚"
        }
        MsgId::ProbRevokedOutside => "撤销缓刑的日期{date}不在考验期{start}至{end}之内",
        MsgId::ProbRevokedViolationStep => {
            "{date}因违反缓刑监督管理规定撤销缓刑：执行原判刑罚{penalty}"
        }
        MsgId::ProbStartStep => "判决于{date}确定：缓刑考验期自该日起计算",
        MsgId::ProbSupplementaryExecuted => "虽宣告缓刑，附加刑仍须执行",
        MsgId::LabelExpulsionRow => "驱逐出境（第三十五条）",
        MsgId::ParoleSuspended => "宣告缓刑（《刑法》第七十二条）：除撤销缓刑外不执行羁押",
        MsgId::TitleProbation => "缓刑（《刑法》第七十二条至第七十七条）",
        MsgId::HeadProbationPeriod => "缓刑考验期",
        MsgId::HeadSuspended => "被宣告缓刑的刑罚",
        MsgId::ParoleNoPrincipal => {
            "未判处主刑（《刑法》第三十七条、第三十四条第二款）：无刑期可执行"
        }
        MsgId::RevGroundNewCrime => "犯新罪",
        MsgId::RevGroundDiscoveredCrime => "发现漏罪",
        MsgId::RevGroundViolation => "违反缓刑监督管理规定",
        MsgId::LabelSuspendedFor => "{penalty}，缓刑{period}",
        MsgId::ProbCountSuspension => {
            "{offence}：本罪判处{penalty}，缓刑{period}；数罪并罚时，缓刑应对决定执行的刑罚宣告（《刑法》第六十九条、第七十二条），而决定执行的刑罚未宣告缓刑"
        }
        MsgId::CsvProbationStart => "缓刑考验期开始",
        MsgId::CsvProbationEnd => "缓刑考验期届满",
        // --- import (issue #13) ---
        MsgId::CvStatedPeriodReversed => "所载期间止于{to}，早于起始日{from}",
        MsgId::CvStatedPeriodReversedHint => {
            "`from` 为判决所载起始日，`to` 为终止日；请核对判决原文"
        }
        MsgId::EventStatedTermConfirmed => "判决所载刑期经核对无误",
        MsgId::EventStatedTermDiffers => "判决所载刑期与计算不符",
        MsgId::StatedTermArithmetic => {
            "自判决所载的{from}起，{term}至对应日的前一日止，再减去此前先行羁押折抵的{credit}日：{end}"
        }
        MsgId::StatedTermDiffers => {
            "判决载明刑期至{to}止；依法自判决所载起始日计算为{end}（{direction}{days}日）"
        }
        MsgId::StatedTermDiffersHint => "请核对案卷中的羁押记载（原文未载明的期间）及判决的计算",
        MsgId::EventStatedProbationConfirmed => "判决所载缓刑考验期经核对无误",
        MsgId::EventStatedProbationDiffers => "判决所载缓刑考验期与计算不符",
        MsgId::StatedProbationArithmetic => {
            "缓刑考验期自判决确定之日{start}起计算，至对应日的前一日止：{end}"
        }
        MsgId::StatedProbationDiffers => {
            "判决载明缓刑考验期自{from}起至{to}止；依法应为自{start}起至{end}止"
        }
        MsgId::StatedTermNotChecked => {
            "判决载明刑期自{from}起至{to}止；未予核对：案件文件未载该判决决定的有期徒刑、拘役或管制刑期"
        }
        MsgId::CustodyChangeDay => {
            "{date}：羁押变更为{kind}；案件文件将该日同时记为羁押的末日和{kind}的首日，按羁押一日折抵（各法院做法不一，有的将该日计入{kind}）"
        }
        MsgId::StatedProbationNotChecked => {
            "判决载明缓刑考验期自{from}起至{to}止，但该判决宣告的缓刑并非实际执行的缓刑（经上诉改判而未确定，或属前案、后案的判决），未予核对：缓刑考验期自生效判决确定之日起计算（《刑法》第七十三条第三款）"
        }
        MsgId::StatedProbationDiffersHint => "请核对案卷中判决的生效日期（`final:`）及判决的计算",
        MsgId::ImportWrote => "{origin}：已写入{file}（被告人{defendants}名）",
        MsgId::ImportSummary => "共{total}份判决，导入{imported}份，写入被告人{defendants}名",
        MsgId::ImportDefendant => "——被告人{name}",
        MsgId::ImportAt => "——“{quote}”（第{at}字节）",
        MsgId::CvUnknownSex => "未知的性别 `{value}`",
        MsgId::CvUnknownSexHint => "请写 `male`（男）或 `female`（女）",
        // --- usability (issue #14) ---
        MsgId::LabelAsOfToday => "计算截至{date}（今日；可用 --as-of 另行设定）",
        MsgId::LabelSources => "资料来源",
        MsgId::CliNoCaseFiles => "在{paths}中未找到案件文件（*.yaml、*.yml）",
        MsgId::HtmlRulesTitle => "规则",
        MsgId::CsvJurisdiction => "法域",
        MsgId::CsvHighestIso => "数刑中最高刑期（ISO 8601）",
        MsgId::CsvTotalIso => "总和刑期（ISO 8601）",
        MsgId::CsvRangeMinIso => "法定幅度下限（ISO 8601）",
        MsgId::CsvRangeMaxIso => "法定幅度上限（ISO 8601）",
        MsgId::CsvDecidedIso => "决定执行（ISO 8601）",
        MsgId::CsvReductionIso => "较总和刑期减少（ISO 8601）",
        MsgId::CsvParoleAfterIso => "假释所需实际执行刑期（ISO 8601）",
        MsgId::CsvTermStart => "刑期起算",
        MsgId::SuppConfiscationMismatchHint => {
            "数罪中有判处附加刑的，附加刑仍须执行，其中附加刑种类相同的，合并执行（《刑法》第六十九条第三款）；请按判决书核对`decided`下的`confiscation:`"
        }
        MsgId::DiagFallbackHintInput => "各字段及其写法见 docs/case-format.md",
        MsgId::DiagFallbackHintLaw => {
            "`sentencing report 文件` 列出此数字的计算过程及所依据的条文；请与判决书核对"
        }
        MsgId::TlLegendHatched => "斜线：判决执行前折抵刑期的羁押。",
        MsgId::TlLegendDotted => "点状：死刑缓期二年执行的考验期。",
        MsgId::TlLegendGrey => "灰色：刑期。",
        MsgId::TlLegendWhite => "白色：刑满释放后的剥夺政治权利期间。",
        MsgId::TlLegendDashed => "虚线：--as-of 所设日期。",
        // --- issue #11: calendar conventions (dates) ---
        MsgId::DatesHalfOddMonth => "（半个月按15日计，未核实）",
        MsgId::DatesHalfOddMonthStep => {
            "{term}的月数为奇数：二分之一＝{half}，奇数的一个月折半按15日计"
        }
        MsgId::EventHalfOddMonth => "奇数月的二分之一",
        MsgId::DeStrafendeText => {
            "刑罚开始执行：{period}（共{days}日）；减去折抵的{credit}日＝刑满日{end}"
        }
        MsgId::DeBruchteilText => {
            "自{beginn}至{end}共{total}日；⌊{total} × {num}/{den}⌋＝{n}日；{beginn}＋{n}日－1日－折抵{credit}日＝{at}，即该部分执行完毕之日（当日释放）"
        }
        MsgId::UsFullTermText => {
            "开始执行：{period}（共{days}日）；减去先前羁押折抵{credit}日＝刑期届满日{end}"
        }
        MsgId::EvReleaseNextDay => "释放（刑期届满之次日）",
        MsgId::JpReleaseNextDayText => {
            "刑期最后一日为{end}；于次日{release}释放（第二十四条第二款）"
        }
        MsgId::JpThirdText => {
            "{term}按历法的三分之一＝{third}，自{from}起执行；其次日{at}起可以假释"
        }
        MsgId::EvThirdNotExact => "不能整除的三分之一",
        MsgId::JpThirdNotExactText => {
            "{term}的月数和日数不能被三整除：三分之一按{third}计（一个月按10日计），未核实"
        }
        MsgId::TwLifePre1997 => {
            "未计算：全部犯罪均在{date}以前，依刑法施行法第七条之二对其适用的第七十七条条文未建模"
        }
        MsgId::TwLifeParoleFrom => "逾{years}，自{from}起算：{from}＋{years}＝{after}，＋1日＝{at}",
        MsgId::EvLifeCustodyCounted => "计入无期徒刑假释期间的羁押（第七十七条第三项）",
        MsgId::TwLifeCustodyText => {
            "裁判确定前羁押{custody}日，第一年不计：{counted}日算入已执行期间；{exec}－{counted}日＝{from}"
        }
        MsgId::DeTermOutsideBounds => {
            "{what}：{term}超出有期自由刑一个月以上十五年以下的范围（第三十八条第二款）"
        }
        MsgId::DeTermUnits => {
            "{what}：{term}不符合第三十九条的单位（不满一年的以整周和整月计，一年以上的以整月和整年计）"
        }
        MsgId::DeEarlierExecuted => {
            "{earlier}判决的刑罚已于{end}执行完毕，早于{date}的后一判决：不适用第五十五条第一款，不能事后决定总和刑；各刑分别执行，对未能并罚的补偿（Härteausgleich）由法院决定"
        }
        MsgId::DeEinsatzAtCap => {
            "基准刑{h}已达上限{cap}（第五十四条第二款第二句）：不能再加重，{cap}是唯一合法的总和刑"
        }
        MsgId::JpSingleNoMax => {
            "一个罪名（{offence}）未填写`statutory_max`：其刑罚{penalty}即为宣告刑；第四十七条无可并合，该刑罚未与法定刑范围核对"
        }
        MsgId::TwArt33Bound => {
            "{what}：{penalty}超出第三十三条的界限{bound}〔未核实〕（仅在法律加重或减轻时，最高至二十年或拘役一百二十日）"
        }
        MsgId::TwLaterAggregateOutside => {
            "{date}的后一判决将其各罪合并为{penalty}，超出其自身第五十一条的范围{range}"
        }
        MsgId::CoTermEndsPeriod => "{period}（共{days}日）",
        MsgId::CoPeriodSum => "{first}＋{term}－1日＝{last}",
        MsgId::CoPeriodMonthEnd => {
            "{first}＋{months}到达{month}，该月没有{day}日：月数于该月最后一日{mend}届满"
        }
        MsgId::CoPeriodPlusDays => "{base}；＋{days}日＝{last}",
        MsgId::DatesPeriodMonthEnd => "{period}（即自{first}起至{last}止）",
        MsgId::EvCreditCovers => "已由折抵覆盖：即时到期",
        MsgId::CoCreditCovers => {
            "{what}：{date}早于开始执行之日（{exec}）；折抵的{days}日已覆盖该部分，无剩余，即时到期"
        }
        MsgId::DatesAsOfNotStarted => {
            "截至{day}刑期尚未开始（自{from}起算）：尚未执行，刑期{remaining}日全部尚余"
        }
        // England and Wales: adjustments recorded in the case file (issue #15, moj).
        MsgId::CvAtLargeOutOfOrder => "非法在外结束日期（{to}）早于开始日期（{from}）",
        MsgId::CvAtLargeOutOfOrderHint => "请核对两个日期；`from` 是非法在外的第一日",
        MsgId::EvTaggedBail => "电子监控宵禁保释折抵",
        MsgId::EvAdditionalDays => "追加日数（ADA）",
        MsgId::EvRestoredDays => "恢复日数（RADA）",
        MsgId::EvAtLarge => "非法在外（UAL）",
        // England and Wales: recalls (issue #15, recall).
        MsgId::EvPrrd => "PRRD（召回后释放日）",
        MsgId::EvRecall => "召回",
        MsgId::GbRecallText => {
            "第{counts}项罪名的{kind}召回；许可于{revoked}撤销，于{returned}返回羁押；折抵于召回：还押{remand}日、电子监控保释{tagged}日（原判前的还押不折抵）"
        }
        MsgId::GbRecallNoSuchCount => "召回记载第{n}项罪名，但判决只有{total}项",
        MsgId::GbRecallNoSuchCountHint => {
            "在 `recall: counts:` 下写生效判决中罪名的序号（从1起），或省略 `counts` 以召回全部罪名"
        }
        // valid (issue #15): the MoJ's validation cases
        MsgId::GbRecallFixedTermLength => {
            "刑期{term}的{recorded}日定期召回：第255B条规定为{expected}日（{citation}）；日期仍按所记载的{recorded}日计算"
        }
        MsgId::GbRecallFixedTermLengthHint => {
            "核对 `recall: kind:`：刑期不满十二个月的为14日，十二个月以上的为28日（连续执行的刑期按合计计算）"
        }
        MsgId::GbReleaseBeforeSentence => {
            "{days}日还押及电子监控保释使释放日落在{release}，早于判决日{sentenced}：于判决日释放，超出羁押部分的日数不为本刑罚所用（{citation}）"
        }
        MsgId::GbReleaseBeforeSentenceHint => {
            "核对折抵本刑罚的还押及电子监控保释日数（已折抵他罪的日数只计一次）；司法部计算器在调整核对前拒绝计算（RELEASE_DATE_BEFORE_SENTENCE_DATE）"
        }
        MsgId::GbAwardedAfterRelease => {
            "{date}加处的{days}日晚于最后一次释放日{release}：加处日数只针对在押者，不能推迟已过的释放日（{citation}）；仍按记载加计"
        }
        MsgId::GbAwardedAfterReleaseHint => {
            "核对加处日期；在其后的羁押期间作出的加处，属于当时执行的刑罚"
        }
        // end valid
        MsgId::CvBadRecallKind => "未知的召回种类 `{value}`",
        MsgId::CvBadMovementKind => "未知的出监或入监记录 `{value}`",
        MsgId::GbPostRecallRelease => {
            "于召回后释放日（PRRD）{prrd}释放；假释委员会在该日前指示释放的情形未建模"
        }
        MsgId::GbCreditNotToRecall => {
            "{credit}；不折抵被召回的第{counts}项罪名，该刑罚改以召回记载的还押和电子监控保释日数折抵：{recall}日"
        }
        MsgId::GbRecallAppliesFromNoSentence => {
            "召回的还押和电子监控保释日数自{date}起折抵，但该日没有判处任何罪名"
        }
        MsgId::GbRecallAppliesFromNoSentenceHint => {
            "在 `recall: applies_from:` 下写这些日数所折抵刑罚的判决之日（罪名的 `sentenced:` 或判决日期），或省略以自第一个判决之日起折抵"
        }
        MsgId::GbPrrdStandard => "标准召回：于刑期届满时释放，{date}",
        MsgId::GbPrrdFixed => {
            "自{returned}返回羁押起算{days}日定期（其最后一日），加上召回期间非法在外{ual}日及加处{awarded}日：{date}"
        }
        MsgId::GbPrrdCapped => {
            "自{returned}起算的{days}日定期将于{end}结束，晚于刑期：于刑期届满时释放，{date}"
        }
        MsgId::GbPrrdTranche => {
            "自{returned}起算的56日定期于{end}结束，不晚于FTR56批次日：于该日释放，加上召回期间加处的{awarded}日，{date}"
        }
        MsgId::CvRecallReturnedBeforeRevoked => "返回羁押日（{returned}）早于撤销日（{revoked}）",
        MsgId::CvRecallReturnedBeforeRevokedHint => "请核对两个日期；`returned` 是罪犯返回羁押之日",
        MsgId::CvRecallNeedsReturn => "{kind}召回需要返回羁押之日",
        MsgId::CvRecallNeedsReturnHint => {
            "在 `recall` 下加上 `returned: YYYY-MM-DD`：定期自该日起算"
        }
        MsgId::GbTaggedBailText => "合格宵禁折抵{days}日，与羁押同样扣除",
        MsgId::GbAdditionalDaysText => "追加{days}日，自{from}起适用",
        MsgId::GbRestoredDaysText => "恢复已追加的{days}日，自{from}起",
        MsgId::GbAtLargeText => "自{from}起非法在外{days}日，不计入服刑",
        MsgId::GbCustodialPartAdjusted => {
            "{days}日 × {fractions} = {part}日，自{from}起算：最后一日{last}；扣除{remand}日（羁押及宵禁保释），加非法在外{ual}日及实际执行的追加日数{awarded}日（追加减恢复及未执行者）：{date}"
        }
        MsgId::GbExpiryAdjusted => {
            "刑期最后一日{end}，扣除{remand}日（羁押及宵禁保释），加非法在外{ual}日：{date}"
        }
        MsgId::GbImmediateReleaseAdjusted => {
            "羁押及宵禁保释{remand}日，减去非法在外{ual}日及实际执行的追加日数{awarded}日，已覆盖应在羁押中执行的部分（{part}日）：于判决当日{date}释放"
        }
        MsgId::GbExpiryAfterAtLarge => "不早于非法在外最后一日（{last}）的次日：{date}",
        // --- multi (issue #15: sentences passed on several days) ---
        MsgId::CvCountSentencedAfterJudgment => {
            "该罪状的判处日期为{sentenced}，晚于其判决日期{date}"
        }
        MsgId::CvCountSentencedAfterJudgmentHint => {
            "`sentenced:` 用于在较早庭审中判处的罪状；判决日期应为最后一次判处之日"
        }
        MsgId::EvSentencedLater => "在较后庭审中判处",
        MsgId::CvConsecutiveToLaterSentence => {
            "该罪状于{day}判处，却与较晚（{date}）判处的第{to}项罪状连续执行"
        }
        MsgId::CvConsecutiveToLaterSentenceHint => {
            "刑期只能与已判处的刑期连续执行；请核对 `sentenced:` 与 `consecutive_to`"
        }
        MsgId::GbSentencedLaterText => {
            "第{counts}项罪状于{date}判处：与当时在押的刑罚合并（同时执行，或按判决连续执行）；在其释放之后判处的，开始新的羁押期"
        }
        MsgId::GbTaggedBailNotADayOfSentence => {
            "电子监控保释折抵自{date}起适用，但该日不是本判决的判处日（判处日：{days}）"
        }
        MsgId::GbTaggedBailNotADayOfSentenceHint => {
            "`applies_from` 应写折抵所适用刑罚的判处日（罪状的 `sentenced:` 或判决日期），或省略以适用于最早的判处日"
        }
        MsgId::GbTaggedBailFromText => {
            "电子监控保释折抵{days}日，计入{date}判处的刑罚及当时在押的刑罚"
        }
        MsgId::GbLawReasonSeveralDays => {
            "各罪状分数日判处（{dates}），各依其判处日的法律；释放比例以释放到期时有效的规定为准"
        }
        MsgId::GbCountChainOn => {
            "第{n}项罪状（{offence}），{date}判处：{penalty}，{how}；连续执行链{len}"
        }
        MsgId::GbAggregateSeveralDays => {
            "分数日判处（{days}）：最长的连续执行链{total}并非自同一日起执行的一个刑期；按时间顺序处理各日，在押刑罚释放之后判处的刑罚开始新的羁押期："
        }
        MsgId::GbTimelinePeriod => "第{k}个羁押期：第{counts}项罪状，{days}判处；{release}释放",
        MsgId::GbTimelinePeriodReleased => "{period}（当日或之前的最后一个工作日：{working}）",
        MsgId::GbBankHolidayPassed => {
            "{holiday}为银行假日：{release}的释放按其前最后一个工作日{working}计"
        }
        // --- end multi ---
        // --- China: CL 71 remainder as the court states it (issue #13) ---
        MsgId::CvRemainderWithoutNewCrime => {
            "`stated_remainder` 只用于对新罪的在后判决（`after: new-crime`，《刑法》第七十一条）"
        }
        MsgId::CvRemainderWithoutNewCrimeHint => {
            "请为该判决加上 `after: new-crime`，或删除 `stated_remainder`（第七十条把已经执行的刑期计算在新判决决定的刑期以内，没有余刑）"
        }
        MsgId::CvBadRemainder => "`stated_remainder` 应为有期徒刑的刑期，而不是{penalty}",
        MsgId::CvBadRemainderHint => {
            "按判决书的表述写明前罪没有执行的刑罚，例如 `有期徒刑一年四个月又十五天`"
        }
        MsgId::CnrStatedRemainder => {
            "在后判决载明前罪没有执行的刑罚为{stated}，以此并罚（按日期计算为{remainder}）"
        }
        MsgId::CnrStatedRemainderDiffers => {
            "判决载明的前罪没有执行的刑罚{stated}与按前罪判决日期计算的{remainder}不一致"
        }
        MsgId::CnrStatedRemainderDiffersHint => {
            "采用法院载明的数字；请核对前罪判决的 `executed:`（交付执行之日）及折抵前罪刑期的羁押，计算依据的是案件文件中的这些记载"
        }
        MsgId::ImpEarlierUndated => {
            "属第七十一条且载明了余刑，但前罪判决未载明具体日期（「{record}」）：案件文件需要该日期，不予推测"
        }
        // --- end CL 71 remainder ---
        // --- England and Wales: the legislation profile (issue #15, prog) ---
        MsgId::CvBadLegislation => "未知的法律版本 `{value}`",
        MsgId::CvBadLegislationToggle => "未知的法律开关 `{value}`",
        MsgId::CvDuplicateLegislationToggle => "开关 `{value}` 重复列出",
        MsgId::CvDuplicateLegislationToggleHint => "每个开关只列一次",
        MsgId::GbLegislationInForce => "按现行法律计算日期，即司法部在线服务所适用者（其默认配置）",
        MsgId::GbLegislationSds50 => {
            "按司法部测试配置 `sds-50` 计算日期（SI 2024/844 未生效：刑期过半释放，而非40%），并非现行法律；仅供比较"
        }
        MsgId::GbLegislationProgression => {
            "按司法部测试配置 `sds-progression-model-october` 计算日期，并非其默认配置：累进模式（标准定期刑服满三分之一释放，自2026-10-01起分十批适用），依该测试配置；未经核实：本工具未读过所模拟法律的生效规定"
        }
        MsgId::GbLegislationToggles => "开启的司法部功能开关：{toggles}",
        MsgId::GbLegislationFlagNotUsed => {
            "`--legislation` 仅适用于英格兰和威尔士（GB-EAW）的案件文件；本文件为{jurisdiction}：未采用"
        }
        // --- end the legislation profile ---
        MsgId::CnrUnder12 => "{offence}系{age}周岁时所犯：不满十二周岁不负刑事责任（第十七条）",
        MsgId::CnrMinorDeath => {
            "{offence}系不满十八周岁（{adult}以前）时所犯：不适用死刑，包括死刑缓期执行（第四十九条第一款）"
        }
        MsgId::CnrMinorDeathPossibly => {
            "{offence}可能系不满十八周岁（{adult}以前）时所犯：如是，不适用死刑（第四十九条第一款）；请核对犯罪时间"
        }
        MsgId::CnrMinorNote => {
            "有不满十八周岁（{adult}以前）时所犯之罪：应当从轻或者减轻处罚（第十七条）；不构成累犯（第六十五条）；服刑期间视为确有悔改表现（第十九条），假释可以从宽掌握（第二十六条）；被判处五年有期徒刑以下刑罚的免除前科报告义务（第一百条第二款）"
        }
        MsgId::CnrOver75Death => {
            "审判时被告人已满{age}周岁：不适用死刑，但以特别残忍手段致人死亡的除外（第四十九条第二款）"
        }
        MsgId::CnrEventSurveillanceStarts => "管制开始执行（有期徒刑执行完毕后，第六十九条第二款）",
        MsgId::CnrEventSurveillanceEnds => "管制执行完毕",
        MsgId::CnrSurveillanceStarts => {
            "有期徒刑于{end}执行完毕；管制{term}在其后执行（第六十九条第二款），自{start}起"
        }
        MsgId::CnrSurveillanceEnds => {
            "{period}；先行羁押已折抵有期徒刑，不再折抵管制（第四十一条）"
        }
        MsgId::CnrAsOfParoleGap => {
            "自{from}至{to}已执行{served}日，扣除自{paroled}假释至{revoked}收监期间的{gap}日（第八十五条、第八十六条）；{day}以后尚余{remaining}日"
        }
        MsgId::ProbNewCrimeAfter => {
            "后罪发生于{date}，在缓刑考验期于{end}届满之后：不适用《刑法》第七十七条第一款（原判刑罚不再执行，第七十六条）；后一判决不与之并罚"
        }
        MsgId::EventPoliticalRightsFromEffective => {
            "恢复政治权利（剥夺政治权利自判决确定之日起计算）"
        }
        MsgId::NpRightsFromEffective => {
            "剥夺政治权利{term}，此前无须执行羁押：自判决确定之日{start}起至{end}止"
        }
        MsgId::EventProbationAsOf => "截至{date}",
        MsgId::ProbAsOfBefore => "{date}判决尚未确定：缓刑考验期自{start}起算",
        MsgId::ProbAsOfWithin => "{date}处于缓刑考验期内：尚余{days}日，至{end}（含当日）",
        MsgId::ProbAsOfPassed => {
            "{date}缓刑考验期已届满（于{end}届满）：无撤销事由的，原判刑罚不再执行（《刑法》第七十六条）"
        }
        MsgId::CsvCountProbationIso => "缓刑考验期（ISO 8601）",
        // hostile (issue #16): custody credited once per day outside China
        MsgId::CustodySharedAfterExecution => {
            "{from}开始的羁押在判决执行之日（{executed}）或其后；不予折抵"
        }
        MsgId::CustodySharedAfterExecutionHint => "只有执行以前的羁押才能折抵；请核对日期",
        MsgId::CustodySharedUntilAfterExecution => {
            "羁押记录至{to}，但判决已于{executed}开始执行；执行之日起的日期属于刑期，不再折抵"
        }
        MsgId::CoCreditOverlapLine => {
            "各期间共{listed}日，其中{n}日重复：每日只计算一次，折抵{days}日"
        }
        MsgId::CustodySharedOverlap => "羁押期间有{n}日重叠；每日只折抵一次",
        MsgId::CustodyExceedsTerm => {
            "折抵的羁押（{days}日）长于刑期（{term}）：自执行之日{executed}倒算，刑期已于{end}届满，早于开始执行"
        }
        MsgId::CustodyExceedsTermHint => "请核对羁押日期和刑期；超出刑期的羁押不能再缩短刑期",
        // hostile (issue #16): YAML tags refused
        MsgId::InYamlTag => "YAML标签`{tag}`不属于案件文件格式",
        MsgId::InYamlTagHint => {
            "请删除该标签，直接写出文字：案件文件不使用YAML标签（`!!binary`会隐藏其编码的文字）"
        }
        // hostile (issue #16): findings capped per file
        MsgId::CliFindingsNotShown => "{path}：另有{more}项问题未显示（只显示前{shown}项）",
        // types (issue #15): sentence types other than SDS
        MsgId::CvBadSentenceType => "未知的刑罚类型 `{value}`",
        MsgId::CvBadExtension => "`{value}` 不是延长期",
        MsgId::CvBadExtensionHint => "请以刑期写明监禁刑期之后的许可期，如 `4 years`",
        MsgId::CvExtensionWithoutType => "延长期只属于延长确定刑或特别关注罪犯刑",
        MsgId::CvExtensionWithoutTypeHint => {
            "请加上 `sentence_type: eds`（或 eds-automatic、sopc、sopc-under-18），或删除 `extension`（标准确定刑和拘禁与训练令没有延长期）"
        }
        MsgId::CvSupervisionExpiryWithoutBotus => "补充监督届满日仅适用于违反补充监督的收监",
        MsgId::CvSupervisionExpiryWithoutBotusHint => {
            "请加上 `sentence_type: botus`，或删除 `supervision_expiry`（其他刑罚的补充监督届满日由本工具计算）"
        }
        MsgId::CvMissingExtension => "延长确定刑须写明延长期",
        MsgId::CvMissingExtensionHint => {
            "请加上 `extension:`，写明法院判定的监禁刑期之后的许可期，如 `4 years`"
        }
        MsgId::GbParoleBoard => {
            "自假释资格日（PED）{ped}起，经假释委员会决定可以释放；否则于附条件释放日（CRD）{crd}自动释放"
        }
        MsgId::GbSentenceTypeText => "第{n}项：{kind}，监禁刑期{term}，其后许可延长期{extension}",
        MsgId::EvExtensionPeriod => "延长期",
        MsgId::EvMtd => "MTD（拘禁与训练令的中期释放日）",
        MsgId::EvEtd => "ETD（提前转出日）",
        MsgId::EvLtd => "LTD（延后转出日）",
    }
}
