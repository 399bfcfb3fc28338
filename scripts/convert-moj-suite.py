#!/usr/bin/env python3
"""Convert the Ministry of Justice's calculate-release-dates-api test suite into
this repository's own fixtures (tests/moj/cases.json).

Reads the MoJ repository (a git directory; default: the snapshot at
/work/.mirror/ministryofjustice+calculate-release-dates-api/repo) without
copying any of its files: for every case under
src/test/resources/test_data/overall_calculation/<group>/<name>.json it writes
the facts (date of birth, sentences, remand, tagged bail, days awarded, restored and
unlawfully at large, recalls and their remand and tagged bail, return to
custody, external movements, legislation profile) and the
expected dates from overall_calculation_response/<group>/<name>.json, or, for
a case outside the model of England and Wales, the reason.

Usage: scripts/convert-moj-suite.py [MOJ_GIT_DIR] > tests/moj/cases.json
"""
import json
import subprocess
import sys

MOJ = sys.argv[1] if len(sys.argv) > 1 else "/work/.mirror/ministryofjustice+calculate-release-dates-api/repo"
ROOT = "src/test/resources/test_data/"


def git(*args):
    return subprocess.run(["git", "-C", MOJ, *args], check=True, capture_output=True, text=True).stdout


def show(path):
    return json.loads(git("show", "HEAD:" + path))


UNITS = {"YEARS": "years", "MONTHS": "months", "WEEKS": "weeks", "DAYS": "days"}
# Sentence types other than SDS that the model covers (src/law/gb_eaw/kind.rs).
MODELLED_KINDS = {"ExtendedDeterminateSentence", "SopcSentence", "DetentionAndTrainingOrderSentence", "AFineSentence", "BotusSentence"}
# The MoJ's Offence.CIVIL_OFFENCE_CODES: committals for a civil debt. The tool reads no
# offence codes: a case file says `sentence_type: civil-debt` (or `fine-default-full` for the
# £10 million rule below); this converter decides both for the MoJ's cases.
CIVIL_CODES = {"ZZ01004", "ZZ01005", "ZZ01001", "ZZ01003", "ZZ01002", "ZZ01008", "ZZ01010", "XX00000-016N"}
RECALLS = {"STANDARD_RECALL": "standard", "FIXED_TERM_RECALL_14": "fixed-term-14",
           "FIXED_TERM_RECALL_28": "fixed-term-28", "FIXED_TERM_RECALL_56": "fixed-term-56"}
# Remand and tagged bail credited to a recall (recall.rs).
RECALL_CREDITS = {"RECALL_REMAND", "RECALL_TAGGED_BAIL"}
LEGISLATION = {
    "sds-50": "sds-50",
    "calculation-params": "default",
    None: "default",
    "sds-progression-model-october": "progression-model",
}
# Feature toggles the model follows (src/law/gb_eaw/progression.rs): the
# repeal of top-up supervision, the HDC repeal and suspension, the ERSED
# kept from before ERS 30, the
# progression model's schedule of excluded offences (given per sentence in
# the suite), a validation that only routes cases without dates to a
# manual journey, and the storing of per-sentence dates beside the booking's
# (CalculationService: the booking's dates are unchanged).
TOGGLES = {
    "storeSentenceLevelDates",
    "useLatestErsedFromPreErs30Snapshot",
    "applyPostRecallRepealRules",
    "applyPostHdcedRepealRules",
    "adultHdcSuspended",
    "progressionModelScheduleExclusionEnabled",
    "routePreProgressionExtinguishedSentenceToManual",
}


def reason(case, has_response):
    """Why a case is outside the model, or None."""
    b = case["booking"]
    ss = b["sentences"]
    adjustments = {k: v for k, v in (b.get("adjustments") or {}).items() if v}
    toggles = sorted(k for k, v in (case.get("featureToggles") or {}).items() if v)
    if "expectedValidationException" in case or "error" in case:
        return "the MoJ expects a validation error, not dates"
    if not has_response:
        return "no expected dates"
    # A sentence without "type" is a StandardDeterminateSentence: the MoJ's
    # AbstractSentence declares it as Jackson's defaultImpl.
    kinds = sorted({s.get("type") or "StandardSentence" for s in ss} - {"StandardSentence"} - MODELLED_KINDS)
    if kinds:
        return "sentence type other than SDS: " + ", ".join(kinds)
    recalls = sorted({s["recall"]["recallType"] for s in ss if s.get("recall")} - set(RECALLS))
    if recalls:
        return "recall of another type: " + ", ".join(recalls)
    if any(s.get("recall") and RECALLS[s["recall"]["recallType"]] != "standard" and not s["recall"].get("returnToCustodyDate") for s in ss):
        return "fixed-term recall without a return to custody date"
    known = {"REMAND", "TAGGED_BAIL", "ADDITIONAL_DAYS_AWARDED", "RESTORATION_OF_ADDITIONAL_DAYS_AWARDED", "UNLAWFULLY_AT_LARGE"} | RECALL_CREDITS
    other = sorted(set(adjustments) - known)
    if other:
        return "adjustment of another kind: " + ", ".join(other)
    # External movements (releases and returns) are modelled
    # (src/law/gb_eaw/movement.rs, out_of_custody.rs).
    # The booking's historicalTusedData is where the MoJ's service copies the
    # recorded TUSED from (BookingService -> TransformFunctions: each BOTUS
    # sentence's latestTusedDate); the calculation reads only the sentences'
    # latestTusedDate, which sentence() converts. Out only where they differ.
    h = b.get("historicalTusedData")
    if h and any(s.get("type") == "BotusSentence" and s.get("latestTusedDate") != h.get("tused") for s in ss):
        return "historical TUSED data differing from the breaches' latestTusedDate"
    # The progression model is modelled for standard determinate sentences
    # (progression.rs), on one day or several, recalled or not; these stay
    # out under this reason once the reasons above are modelled.
    # (External movements under the profile are modelled: out_of_custody.rs.)
    if case.get("params") == "sds-progression-model-october" and kinds:
        return ("legislation profile sds-progression-model-october with a sentence "
                "other than SDS (the model covers standard determinate sentences)")
    other_toggles = [t for t in toggles if t not in TOGGLES]
    if other_toggles:
        return "feature toggles (off by default in the MoJ service; not modelled): " + ", ".join(other_toggles)
    if case.get("params") not in LEGISLATION:
        return "unknown legislation profile " + str(case.get("params"))
    if (case.get("userInputs") or {}).get("sentenceCalculationUserInputs"):
        return "per-sentence user inputs"
    # The progression model with an EDS or SOPC is modelled (progression.rs:
    # the tranche by the length with the extension period; the snapshot on
    # the tranche day with a sentence passed from the commencement at
    # one-third).
    return several_dates(case)


def several_dates(case):
    """Why a booking with sentences passed on several days is outside the
    model of the timeline (src/law/gb_eaw/timeline.rs), or None."""
    b = case["booking"]
    ss = b["sentences"]
    if len({s["sentencedAt"] for s in ss}) <= 1:
        return None
    # The MoJ's SingleTermSentence (SentenceCombinationService): concurrent
    # terms for offences before CJA 2003 Part 12, passed on several days
    # before LASPO 2012, served as one term.
    def before_cja(s):
        committed = s["offence"].get("committedAt")
        return s["sentencedAt"] < "2012-12-03" and committed is not None and committed < "2005-04-04"
    if all(before_cja(s) for s in ss) and not any(s.get("consecutiveSentenceUUIDs") for s in ss) and len(ss) > 2:
        return "several sentence dates: a single term of three or more sentences (offences before 2005-04-04, passed before 2012-12-03; the MoJ's SingleTermSentence counts the first two only; not reproduced)"
    # The MoJ's DtoSingleTermSentence: concurrent detention and training
    # orders made on several days, served as one term of at most 2 years
    # (modelled: src/law/gb_eaw/dto_single_term.rs)
    return None


def length(d):
    return {UNITS[k]: v for k, v in d["durationElements"].items() if v}


def kind(s):
    """The sentence type and what it adds, for types other than SDS."""
    t = s.get("type")
    if t == "ExtendedDeterminateSentence":
        return {"type": "extended", "extension": length(s["extensionDuration"]),
                "automatic_release": bool(s.get("automaticRelease"))}
    if t == "SopcSentence":
        return {"type": "sopc", "extension": length(s["extensionDuration"]),
                "under_18": bool(s.get("sdopcu18"))}
    if t == "DetentionAndTrainingOrderSentence":
        return {"type": "dto"}
    if t == "BotusSentence":
        return {"type": "botus", "latest_tused": s.get("latestTusedDate")}
    if t == "AFineSentence":
        # Served in full: a fine of £10 million or more imposed from 2015-06-01
        # (the MoJ's AFINE_ARD_AT_FULL_TERM); the amount is compared as text
        # digits, never as a float.
        amount = str(s.get("fineAmount") or "0").split(".")[0]
        return {"type": "fine_default",
                "full_term": int(amount) >= 10_000_000 and s["sentencedAt"] >= "2015-06-01",
                "civil": s["offence"].get("offenceCode") in CIVIL_CODES}
    return None


def sentence(s, ids):
    ra = s.get("releaseArrangements") or {}
    k = kind(s)
    term = length(s["custodialDuration"] if "custodialDuration" in s else s["duration"])
    cons = s.get("consecutiveSentenceUUIDs") or []
    extra = {"kind": k} if k else {}
    return {
        **extra,
        "offence_date": s["offence"].get("committedAt"),
        "sentenced": s["sentencedAt"],
        "term": term,
        "consecutive_to": [ids[u] for u in cons],
        "sds_plus": bool(ra.get("isSDSPlus")),
        "sds_plus_eligible": bool(ra.get("isSDSPlusEligibleSentenceTypeLengthAndOffence")),
        "exclusions": [e for e in (ra.get("sdsEarlyReleaseExclusions") or []) if e and e != "NO"],
        "section_250": bool(ra.get("isSection250")),
        "recall": recall(s.get("recall")),
    }


def recall(r):
    if not r:
        return None
    return {"kind": RECALLS[r["recallType"]], "revoked": r.get("revocationDate"), "returned": r.get("returnToCustodyDate")}


def days(r):
    """An adjustment's days. A record without numberOfDays is read by the MoJ
    as 0 days: Adjustment.numberOfDays is a Kotlin Int (a JVM primitive) and
    Jackson gives a missing primitive its default (FAIL_ON_NULL_FOR_PRIMITIVES
    is off), so the MoJ's expected dates for those cases are computed with 0."""
    return r.get("numberOfDays") or 0


def dated(b, kind):
    return [
        {"from": r["appliesToSentencesFrom"], "days": days(r)}
        for r in (b.get("adjustments") or {}).get(kind) or []
    ]


def main():
    files = [p for p in git("ls-tree", "-r", "--name-only", "HEAD", ROOT + "overall_calculation/").split("\n") if p.endswith(".json")]
    responses = set(git("ls-tree", "-r", "--name-only", "HEAD", ROOT + "overall_calculation_response/").split("\n"))
    cases, out, validation = [], [], []
    for path in sorted(files):
        source = path[len(ROOT + "overall_calculation/"):]
        group = source.split("/")[0]
        resp = ROOT + "overall_calculation_response/" + source
        case = show(path)
        why = reason(case, resp in responses)
        if why:
            out.append({"source": source, "group": group, "reason": why})
        # The MoJ's validation cases: its code, and the facts when the
        # model covers them otherwise (docs/conformance.md, validation).
        if "expectedValidationException" in case or "error" in case:
            rest = {k: v for k, v in case.items() if k not in ("expectedValidationException", "error")}
            other = reason(rest, True)
            validation.append({
                "source": source,
                "group": group,
                "code": case.get("expectedValidationException") or case.get("error"),
                "other_reason": other,
                "facts": None if other else facts(case, source, group, {}),
            })
        if why:
            continue
        cases.append(facts(case, source, group, show(resp)["dates"]))
    commit = git("rev-parse", "HEAD").strip()
    json.dump({
        "about": "Facts and expected dates converted from the test suite of the Ministry of Justice's "
                 "calculate-release-dates-api (github.com/ministryofjustice/calculate-release-dates-api, "
                 "MIT licence, see LICENSE in this folder) by scripts/convert-moj-suite.py",
        "moj_commit": commit,
        "cases": cases,
        "out_of_scope": out,
        "validation": validation,
    }, sys.stdout, indent=1)
    sys.stdout.write("\n")


def facts(case, source, group, expected):
    """The facts of a case the model covers, with the dates expected."""
    if True:
        b = case["booking"]
        ids = {s.get("identifier"): i + 1 for i, s in enumerate(b["sentences"]) if s.get("identifier")}
        return {
            "source": source,
            "group": group,
            "legislation": LEGISLATION[case.get("params")],
            "date_of_birth": b["offender"]["dateOfBirth"],
            "sex_offender": bool(b["offender"].get("isActiveSexOffender")),
            "calculate_ersed": bool((case.get("userInputs") or {}).get("calculateErsed")),
            "sentences": [sentence(s, ids) for s in b["sentences"]],
            "remand": [
                {"from": r.get("fromDate"), "to": r.get("toDate"), "days": days(r),
                 "applies_from": r.get("appliesToSentencesFrom")}
                for r in (b.get("adjustments") or {}).get("REMAND") or []
            ],
            "tagged_bail": [
                {"days": days(r), "applies_from": r.get("appliesToSentencesFrom")}
                for r in (b.get("adjustments") or {}).get("TAGGED_BAIL") or []
            ],
            "additional_days": dated(b, "ADDITIONAL_DAYS_AWARDED"),
            "restored_days": dated(b, "RESTORATION_OF_ADDITIONAL_DAYS_AWARDED"),
            "at_large": [
                {"from": r["appliesToSentencesFrom"], "days": days(r), "first_day": r.get("fromDate"),
                 "last_day": r.get("toDate")}
                for r in (b.get("adjustments") or {}).get("UNLAWFULLY_AT_LARGE") or []
            ],
            "return_to_custody": b.get("returnToCustodyDate"),
            "recall_remand": dated(b, "RECALL_REMAND"),
            "recall_tagged_bail": dated(b, "RECALL_TAGGED_BAIL"),
            "toggles": sorted(k for k, v in (case.get("featureToggles") or {}).items() if v),
            "external_movements": [
                {"day": m["movementDate"], "reason": m["movementReason"], "direction": m["direction"]}
                for m in b.get("externalMovements") or []
            ],
            # One MoJ response writes a date with a trailing space ("2028-06-16 ").
            "expected": {k: v.strip() for k, v in expected.items()},
        }


main()
