#!/usr/bin/env python3
"""Differential check of the v2 scoring rules against an independent oracle.

Written from SPEC "Scoring" and "v2 additions" alone (not from src/scoring): it generates random but
valid questionnaires and answers (outcome questions answered by indicators, system-scoped sections,
`when` across scopes, waivers naming systems, systems in files of their own, blocking questions,
profiles, zero weights), runs `node bin/cyber-ready.js assess --format json` with gate flags, and
compares every figure, list and exit code with its own computation.

Rating bands' `noGapsOf` (README "Scoring", an addition to SPEC's rating rule) is modelled too: some
bands, the lowest now and then, name severities the questions have; a band is given only when no gap
of those severities is open in the scope rated (all gaps overall; a section's own, every system's
for a section answered per system; a critical system's own with the organisation's), waived,
"don't know", unanswered and weight-0 sections' gaps included. Automatic fails then cap at the
lowest band only where its own `noGapsOf` holds, and `cap.uncappedRating` is the rating before the
cap. The overall, section and system ratings and the JSON `ratings` are compared.

    npm run build && python3 scripts/scoring-oracle.py [--cases N] [--seed S] [--keep DIR]

Exit 0 when every case agrees, 1 when any differs (each difference is printed), 2 on bad usage.
Needs only python3 and the built tool; YAML is written as JSON (a YAML 1.2 subset) so no PyYAML.
"""
import argparse
import json
import math
from fractions import Fraction
import os
import random
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIN = os.path.join(ROOT, "bin", "cyber-ready.js")
TODAY = "2026-06-15"
SEV_FACTOR = {"critical": 4, "high": 3, "medium": 2, "low": 1}
SEV_RANK = {"critical": 0, "high": 1, "medium": 2, "low": 3}
STATUS_ORDER = ["not-achieved", "partially-achieved", "achieved"]
DEFAULT_RATINGS = [
    {"min": 80, "label": "Ready"},
    {"min": 50, "label": "Partly ready"},
    {"min": 0, "label": "Not ready"},
]
NOT_APPLICABLE = object()


def F(x):
    """An exact number: SPEC's figures are exact, and the tool's JSON keeps them to 9 decimals."""
    return x if isinstance(x, Fraction) else Fraction(str(x))


OPEN = object()
UNKNOWN = object()


# ---------------------------------------------------------------- generation

def gen_questionnaire(rng, n):
    q = {"id": f"oracle-{n}", "version": "1.0.0", "title": f"Oracle case {n}"}
    if rng.random() < 0.5:
        # thresholds that scores of these shapes often land on exactly
        mins = sorted(rng.sample([12.5, 20, 25, 33, 40, 50, 60, 62.5, 66, 75, 80, 87.5, 90, 99], rng.randint(1, 3)), reverse=True)
        q["ratings"] = [{"min": m, "label": f"Band {m}"} for m in mins] + [{"min": 0, "label": "Bottom"}]
    q["systemLabel"] = "critical system"
    nsec = rng.randint(1, 4)
    all_system = rng.random() < 0.15
    sections = []
    qcount = 0
    ind_count = 0
    earlier = []  # (question, scope) usable by `when`
    for s in range(nsec):
        scope = "system" if all_system or rng.random() < 0.45 else "organisation"
        sec = {"id": f"s{s}", "title": f"Section {s}", "scope": scope}
        w = rng.choice([None, 0, 1, 1, 2, 3, 0.5])
        if w is not None:
            sec["weight"] = w
        qs = []
        for _ in range(rng.randint(1, 4)):
            qid = f"q{qcount}"
            qcount += 1
            kind = rng.choice(["choice", "yes-no", "multi", "number", "text", "outcome", "outcome", "outcome"])
            qq = {"id": qid, "text": f"Question {qid}?", "type": kind}
            if kind == "choice":
                k = rng.randint(2, 4)
                scores = sorted({round(rng.random(), 2) for _ in range(k)} | {rng.choice([0, 1])})
                qq["options"] = [{"value": f"o{i}", "label": f"Option {i}", "score": sc} for i, sc in enumerate(scores)]
            elif kind == "multi":
                k = rng.randint(2, 4)
                qq["options"] = [{"value": f"m{i}", "label": f"Choice {i}", "score": rng.choice([0.2, 0.25, 0.5, 0.6, 1])} for i in range(k)]
            elif kind == "number":
                qq["bands"] = [{"max": 10, "score": 1}, {"min": 11, "max": 30, "score": 0.5}, {"score": 0}]
                qq["min"] = 0
            elif kind == "outcome":
                cols = {}
                if rng.random() < 0.8:
                    cols["not-achieved"] = [{"id": f"I{ind_count + i}", "text": "NA indicator"} for i in range(rng.randint(1, 2))]
                    ind_count += len(cols["not-achieved"])
                r = rng.random()
                if r < 0.5:
                    cols["partially-achieved"] = [{"id": f"I{ind_count + i}", "text": "PA indicator"} for i in range(rng.randint(1, 2))]
                    ind_count += len(cols["partially-achieved"])
                elif r < 0.7:
                    cols["partially-achieved"] = []
                cols["achieved"] = [{"id": f"I{ind_count + i}", "text": "A indicator"} for i in range(rng.randint(1, 3))]
                ind_count += len(cols["achieved"])
                qq["indicators"] = cols
            w = rng.choice([None, None, 0, 1, 2, 3])
            if w is not None:
                qq["weight"] = w
            sev = rng.choice([None, "critical", "high", "medium", "low"])
            if sev:
                qq["severity"] = sev
            scored = kind != "text" and w != 0
            if scored and rng.random() < 0.25:
                qq["blocking"] = True
            if rng.random() < 0.3:
                qq["allowNotApplicable"] = True
            # when: an earlier question that scope may see
            cands = [(e, sc) for (e, sc) in earlier if sc == "organisation" or scope == "system"]
            if cands and rng.random() < 0.35:
                def one():
                    ref, _ = rng.choice(cands)
                    vals = ref["_vals"]
                    return {"question": ref["id"], rng.choice(["in", "notIn"]): rng.sample(vals, rng.randint(1, len(vals)))}
                r = rng.random()
                if r < 0.7:
                    qq["when"] = one()
                else:
                    qq["when"] = {("all" if r < 0.85 else "any"): [one() for _ in range(rng.randint(1, 3))]}
            if kind in ("choice", "yes-no", "multi"):
                qq["_vals"] = [o["value"] for o in qq["options"]] if kind != "yes-no" else ["yes", "no"]
                earlier.append((qq, scope))
            elif kind == "outcome":
                qq["_vals"] = available_statuses(qq)
                earlier.append((qq, scope))
            qs.append(qq)
        sec["questions"] = qs
        sections.append(sec)
    q["sections"] = sections
    # profiles
    profs = []
    allq = [(qq, sec) for sec in sections for qq in sec["questions"]]
    for p in range(rng.randint(0, 2)):
        req = {}
        for qq, sec in rng.sample(allq, min(len(allq), rng.randint(1, 4))):
            t = qq["type"]
            if qq.get("weight", 1) == 0:
                continue
            if t == "choice":
                req[qq["id"]] = rng.choice(qq["options"])["value"]
            elif t == "yes-no":
                req[qq["id"]] = "yes"
            elif t == "number":
                req[qq["id"]] = rng.choice([5, 20, 40])
            elif t == "outcome":
                opts = ["achieved"]
                if qq["indicators"].get("partially-achieved"):
                    opts.append("partially-achieved")
                req[qq["id"]] = rng.choice(opts)
        if req:
            profs.append({"id": f"p{p}", "title": f"Profile {p}", "requires": req})
    if profs:
        q["profiles"] = profs
    if "ratings" in q and rng.random() < 0.7:
        add_no_gaps_of(rng, q)
    return q


def add_no_gaps_of(rng, q):
    """Give some bands a `noGapsOf` (the lowest too, now and then), mostly naming a severity that some
    scored question has (at times one in a section of weight 0), so that a gap of it can hold the
    band back."""
    def severities(secs):
        return sorted({qq.get("severity", "medium") for s in secs for qq in s["questions"]
                       if qq["type"] != "text" and qq.get("weight", 1) != 0}, key=SEV_RANK.get)
    # at times only the severities of a section of weight 0, or of the organisation's sections where
    # systems have their own: gaps there count too (a system's rating counts the organisation's)
    pools = [severities(q["sections"]), severities([s for s in q["sections"] if s.get("weight") == 0])]
    if any(s["scope"] == "system" for s in q["sections"]):
        pools.append(severities([s for s in q["sections"] if s["scope"] == "organisation"]))
    used = rng.choice([p for p in pools if p] or [[]])
    bands = q["ratings"]
    for i, b in enumerate(bands):
        if rng.random() < (0.2 if i == len(bands) - 1 else 0.55):
            sevs = rng.sample(list(SEV_FACTOR), rng.randint(1, 4))  # any order: the schema takes it
            if used and rng.random() < 0.8 and not set(sevs) & set(used):
                sevs[rng.randrange(len(sevs))] = rng.choice(used)
            b["noGapsOf"] = sevs


def rand_date(rng):
    return rng.choice(["2026-06-14", "2026-06-15", "2026-06-16", "2025-12-31", "2027-01-31"])


def gen_answer(rng, qq):
    t = qq["type"]
    r = rng.random()
    if r < 0.12:
        return None  # unanswered
    if r < 0.2:
        return {"status": "unknown"}
    if r < 0.28 and qq.get("allowNotApplicable"):
        return {"status": "not-applicable", "reason": "Out of scope here"}
    if t == "outcome":
        cols = qq["indicators"]
        inds = [i["id"] for c in STATUS_ORDER for i in (cols.get(c) or [])]
        mode = rng.random()
        ans = {}
        if mode < 0.1:
            ans["confirmed"] = rng.choice(available_statuses(qq))
            ans["justification"] = "Confirmed by the assessor"
            return ans
        bias = rng.choice([0.0, 0.5, 0.9, 1.0])
        vals = {}
        for i in inds:
            x = rng.random()
            if x < 0.07:
                continue  # left out: incomplete
            if x < 0.14:
                vals[i] = "unknown"
            else:
                isna = any(i == n["id"] for n in (cols.get("not-achieved") or []))
                vals[i] = (rng.random() < 0.2) if isna else (rng.random() < bias)
        ans["indicators"] = vals
        if rng.random() < 0.3:
            ans["confirmed"] = rng.choice(available_statuses(qq))
            ans["justification"] = "The assessor's view"
        if rng.random() < 0.3:
            ans["reviewBy"] = rand_date(rng)
        return ans
    if t == "choice":
        v = rng.choice(qq["options"])["value"]
    elif t == "yes-no":
        v = rng.choice(["yes", "no"])
    elif t == "multi":
        v = rng.sample([o["value"] for o in qq["options"]], rng.randint(1, len(qq["options"])))
    elif t == "number":
        v = rng.choice([0, 5, 10, 11, 30, 31, 100])
    else:
        v = "Some words"
    if rng.random() < 0.3:
        return {"value": v, "reviewBy": rand_date(rng)}
    return v


def available_statuses(qq):
    s = ["not-achieved"]
    if qq["indicators"].get("partially-achieved"):
        s.append("partially-achieved")
    s.append("achieved")
    return s


def gen_answers(rng, q):
    org_qs = [qq for s in q["sections"] if s["scope"] == "organisation" for qq in s["questions"]]
    sys_qs = [qq for s in q["sections"] if s["scope"] == "system" for qq in s["questions"]]
    a = {"questionnaire": q["id"], "questionnaireVersion": q["version"], "organisation": "Oracle Council"}
    answers = {}
    for qq in org_qs:
        v = gen_answer(rng, qq)
        if v is not None:
            answers[qq["id"]] = v
    a["answers"] = answers
    waivers = []
    if sys_qs or rng.random() < 0.3:
        systems = []
        for k in range(rng.randint(1, 3)):
            sa = {}
            if rng.random() > 0.15:  # sometimes a system with no answers at all
                for qq in sys_qs:
                    v = gen_answer(rng, qq)
                    if v is not None:
                        sa[qq["id"]] = v
            systems.append({"id": f"sys-{k}", "title": f"System {k}", "answers": sa})
        if sys_qs:
            a["systems"] = systems
    for _ in range(rng.randint(0, 4)):
        allq = [(qq, None) for qq in org_qs] + [(qq, s["id"]) for qq in sys_qs for s in a.get("systems", [])]
        if not allq:
            break
        # now and then a waiver on an answer sure to be a gap where it applies ("don't know" or none),
        # so that a waived gap alone can decide a band's `noGapsOf`
        sure = [(qq, sid) for qq, sid in allq if qq["type"] != "text" and qq.get("weight", 1) != 0
                and (a_raw(a, qq["id"], sid) or {}) in ({}, {"status": "unknown"})]
        qq, sid = rng.choice(sure if sure and rng.random() < 0.7 else allq)
        w = {"question": qq["id"], "reason": "Accepted for now", "approvedBy": "Audit committee", "expires": rand_date(rng)}
        if sid:
            w["system"] = sid
        if any(x["question"] == w["question"] and x.get("system") == sid for x in waivers):
            continue
        waivers.append(w)
    if waivers:
        a["waivers"] = waivers
    return a


def strip_private(q):
    out = json.loads(json.dumps(q))
    for s in out["sections"]:
        for qq in s["questions"]:
            qq.pop("_vals", None)
    return out


# ---------------------------------------------------------------- oracle

class Answer:
    def __init__(self, raw):
        self.raw = raw

    @property
    def status(self):
        r = self.raw
        if r is None:
            return "unanswered"
        if isinstance(r, dict) and r.get("status") == "unknown":
            return "unknown"
        if isinstance(r, dict) and r.get("status") == "not-applicable":
            return "not-applicable"
        return "answered"

    @property
    def value(self):
        r = self.raw
        if isinstance(r, dict):
            return r.get("value")
        return r

    @property
    def review_by(self):
        return self.raw.get("reviewBy") if isinstance(self.raw, dict) else None


def outcome_eval(qq, raw):
    cols = qq["indicators"]
    na = [i["id"] for i in (cols.get("not-achieved") or [])]
    pa = [i["id"] for i in (cols.get("partially-achieved") or [])]
    ac = [i["id"] for i in cols["achieved"]]
    vals = (raw.get("indicators") or {}) if isinstance(raw, dict) else {}
    true = lambda i: vals.get(i) is True
    if all(true(i) for i in ac):
        derived = "achieved"
    elif pa and all(true(i) for i in pa):
        derived = "partially-achieved"
    else:
        derived = "not-achieved"
    confirmed = raw.get("confirmed") if isinstance(raw, dict) else None
    justification = raw.get("justification") if isinstance(raw, dict) else None
    every = all(i in vals for i in na + pa + ac)
    complete = every or (confirmed is not None and bool(justification))
    status = confirmed or derived
    score = {"not-achieved": F(0), "partially-achieved": F("0.5"), "achieved": F(1)}[status]
    above = confirmed is not None and STATUS_ORDER.index(confirmed) > STATUS_ORDER.index(derived)
    contradictions = [i for i in na if true(i)] if derived != "not-achieved" else []
    # "below partial" read of the higher of the confirmed and derived statuses
    higher = confirmed if above else derived
    missing = [i for i in ac if not true(i)]
    if higher == "not-achieved":
        missing = [i for i in pa if not true(i)] + missing
    return {"derived": derived, "confirmed": confirmed, "complete": complete, "score": score,
            "confirmedAbove": above, "contradictions": contradictions, "missing": missing,
            "withoutIndicators": confirmed is not None and not vals}


def empty_outcome(qq, raw):
    return qq["type"] == "outcome" and isinstance(raw, dict) and "status" not in raw \
        and not raw.get("indicators") and raw.get("confirmed") is None


def question_score(qq, ans):
    t = qq["type"]
    v = ans.value
    if t == "choice":
        return F(next(o["score"] for o in qq["options"] if o["value"] == v))
    if t == "yes-no":
        return F(1 if v in ("yes", True) else 0)
    if t == "multi":
        return min(F(1), sum(F(o["score"]) for o in qq["options"] if o["value"] in v))
    if t == "number":
        for b in qq["bands"]:
            if ("min" not in b or v >= b["min"]) and ("max" not in b or v <= b["max"]):
                return F(b["score"])
        return F(0)
    if t == "outcome":
        return outcome_eval(qq, ans.raw)["score"]
    return None


def cond_holds(cond, lookup):
    if "all" in cond:
        return all(cond_holds(c, lookup) for c in cond["all"])
    if "any" in cond:
        return any(cond_holds(c, lookup) for c in cond["any"])
    # docs/writing-questionnaires.md: a condition on a question with no answer yet holds; "don't
    # know" is none of the listed values (SPEC: `in: [yes]` is "asked only then"), so `in` fails on
    # it and `notIn` holds; on a question that does not apply it is false.
    v = lookup(cond["question"])
    if v is NOT_APPLICABLE:
        return False
    if v is OPEN:
        return True
    if v is UNKNOWN:
        return "in" not in cond
    chosen = v if isinstance(v, list) else [v]  # multi: any chosen option listed
    hit = any(c in cond.get("in", cond.get("notIn")) for c in chosen)
    return hit if "in" in cond else not hit


def holds(band, gaps):
    """README "Scoring": a band's `noGapsOf` holds while no gap in the scope rated has one of its
    severities, waived or not ("don't know", unanswered and weight-0 sections' gaps all count)."""
    return not any(g["severity"] in band.get("noGapsOf", ()) for g in gaps)


def rate(score, ratings, gaps=()):
    """The first band whose `min` the score reaches and whose `noGapsOf` holds; none when gaps rule
    out every band the score reaches."""
    if score is None:
        return None
    for b in ratings:
        if score >= F(b["min"]) and holds(b, gaps):
            return b["label"]
    return None


def capped(score, ratings, gaps, cap):
    """Automatic fails cap after `noGapsOf`: the lowest band, only when its own `noGapsOf` holds."""
    if not cap:
        return rate(score, ratings, gaps)
    low = ratings[-1]
    if score is None or score < F(low["min"]) or not holds(low, gaps):
        return None
    return low["label"]


def oracle(q, a, gates):
    ratings = q.get("ratings") or DEFAULT_RATINGS
    systems = a.get("systems") or []
    sys_ids = [s["id"] for s in systems]
    qmeta = {}
    order = {}
    for s in q["sections"]:
        for qq in s["questions"]:
            qmeta[qq["id"]] = (qq, s)
            order[qq["id"]] = len(order)
    results = {}  # (qid, scope) -> dict

    def evaluate(scope_id, raw_answers):
        for s in q["sections"]:
            if (s["scope"] == "system") != (scope_id is not None):
                continue
            for qq in s["questions"]:
                key = (qq["id"], scope_id)
                ans = Answer(raw_answers.get(qq["id"]))

                def lookup(qid):
                    qq2, s2 = qmeta[qid]
                    k = (qid, scope_id if s2["scope"] == "system" else None)
                    r = results[k]
                    if r["status"] == "not-applicable":
                        return NOT_APPLICABLE
                    if r["empty"]:
                        # an outcome with nothing answered (`indicators: {}`) has no answer yet, so a
                        # condition on it holds (docs/writing-questionnaires.md), not "not achieved"
                        return OPEN
                    if r["status"] == "unknown":
                        return UNKNOWN
                    if r["outcome"] is not None:
                        # SPEC leaves open what a condition sees of an incomplete outcome; the tool
                        # sees the status its indicators show so far, as it scores it.
                        return r["outcome"]["confirmed"] or r["outcome"]["derived"]
                    if r["status"] != "answered":
                        return OPEN
                    return r["value"]
                applicable = True
                by = None
                if "when" in qq and not cond_holds(qq["when"], lookup):
                    applicable, by = False, "condition"
                status = ans.status
                if applicable and status == "not-applicable":
                    applicable, by = False, "answer"
                oc = None
                if qq["type"] == "outcome" and applicable and status == "answered":
                    oc = outcome_eval(qq, ans.raw)
                    if not oc["complete"]:
                        status = "unanswered"
                if not applicable:
                    status = "not-applicable"
                scored = qq["type"] != "text" and qq.get("weight", 1) > 0
                if qq["type"] == "number" and "bands" not in qq:
                    scored = False
                included = applicable and scored
                score = None
                if included:
                    if status == "answered":
                        score = question_score(qq, ans)
                    elif oc is not None:
                        # SPEC leaves open what an incomplete outcome scores under --allow-incomplete
                        # ("counts as unanswered ... the partial answers still derive a status"); the
                        # tool scores the status the partial answers show, and says so in the report.
                        score = oc["score"]
                    else:
                        score = F(0)
                results[key] = {
                    "qq": qq, "sec": s, "system": scope_id, "status": status, "by": by,
                    "included": included, "score": score, "value": ans.value if status == "answered" else None,
                    # an answer to a question whose `when` is false is ignored, so it cannot go stale
                    # and an entry with nothing answered (an outcome's `indicators: {}`) is no answer
                    "reviewBy": None if by == "condition" or empty_outcome(qq, ans.raw) else ans.review_by,
                    "outcome": oc, "empty": empty_outcome(qq, ans.raw),
                }

    evaluate(None, a.get("answers") or {})
    for s in systems:
        evaluate(s["id"], s.get("answers") or {})

    def section_result(s, scope_id):
        rs = [results[(qq["id"], scope_id)] for qq in s["questions"]]
        inc = [r for r in rs if r["included"]]
        tw = sum(F(r["qq"].get("weight", 1)) for r in inc)
        if not inc:
            return None
        if tw == 0:
            return None
        return sum(F(r["qq"].get("weight", 1)) * r["score"] for r in inc) / tw * 100

    def weighted(pairs):
        pairs = [(w, sc) for (w, sc) in pairs if sc is not None]
        if not pairs:
            return None
        tw = sum(F(w) for w, _ in pairs)
        if tw == 0:
            return None
        return sum(F(w) * sc for w, sc in pairs) / tw

    out_sections = {}
    for s in q["sections"]:
        w = s.get("weight", 1)
        if s["scope"] == "organisation":
            out_sections[(s["id"], None)] = section_result(s, None)
        else:
            per = [section_result(s, sid) for sid in sys_ids]
            for sid, sc in zip(sys_ids, per):
                out_sections[(s["id"], sid)] = sc
            vals = [x for x in per if x is not None]
            out_sections[(s["id"], "mean")] = sum(vals) / len(vals) if vals else None  # each system counts equally
    overall = weighted([(s.get("weight", 1), out_sections[(s["id"], None if s["scope"] == "organisation" else "mean")]) for s in q["sections"]])
    sys_overall = {}
    for sid in sys_ids:
        sys_overall[sid] = weighted([(s.get("weight", 1), out_sections[(s["id"], None if s["scope"] == "organisation" else sid)]) for s in q["sections"]])

    # gaps
    waivers = a.get("waivers") or []
    gaps = []
    for key, r in results.items():
        if r["included"] and r["score"] < 1:
            qq, s = r["qq"], r["sec"]
            sev = qq.get("severity", "medium")
            pr = SEV_FACTOR[sev] * F(qq.get("weight", 1)) * F(s.get("weight", 1)) * (1 - r["score"])
            w = next((w for w in waivers if w["question"] == qq["id"] and w.get("system") == r["system"]), None)
            accepted = bool(w and w["expires"] >= TODAY)
            gaps.append({"question": qq["id"], "system": r["system"], "priority": pr, "score": r["score"],
                         "severity": sev, "accepted": accepted, "blocking": bool(qq.get("blocking")),
                         "missing": (r["outcome"] or {}).get("missing", []) if r["outcome"] is not None else None})
    sys_index = {None: -1, **{sid: i for i, sid in enumerate(sys_ids)}}
    gaps.sort(key=lambda g: (-g["priority"], order[g["question"]], sys_index[g["system"]]))

    def cap_for(scope_filter):
        qs = [g for g in gaps if g["blocking"] and scope_filter(g["system"])]
        return [(g["question"], g["system"]) for g in qs] or None

    overall_cap = cap_for(lambda sid: True)
    sec_of = {qid: s["id"] for qid, (_, s) in qmeta.items()}
    exp = {
        "overall": overall, "rating": capped(overall, ratings, gaps, overall_cap),
        "uncapped": rate(overall, ratings, gaps), "cap": overall_cap,
        "sections": out_sections,
        "systems": {},
        "gaps": gaps,
        "results": results,
    }
    for sid in sys_ids:
        c = cap_for(lambda x, sid=sid: x is None or x == sid)
        # a critical system's rating: its own gaps with the organisation's, as for automatic fails
        mine = [g for g in gaps if g["system"] in (None, sid)]
        exp["systems"][sid] = {"score": sys_overall[sid], "rating": capped(sys_overall[sid], ratings, mine, c),
                               "uncapped": rate(sys_overall[sid], ratings, mine), "cap": c, "gaps": mine}

    def section_gaps(sec_id, system):
        """A section's own gaps; for a section answered per system, every system's (system "all")."""
        return [g for g in gaps if sec_of[g["question"]] == sec_id and system in ("all", g["system"])]
    exp["section_gaps"] = section_gaps

    # profiles
    profiles = {}
    for p in q.get("profiles") or []:
        reqs = []
        for qid, want in p["requires"].items():
            qq, s = qmeta[qid]
            if qq["type"] == "outcome":
                need = {"not-achieved": F(0), "partially-achieved": F("0.5"), "achieved": F(1)}[want]
            elif qq["type"] == "yes-no":
                need = F(1 if want == "yes" else 0)
            elif qq["type"] == "number":
                need = question_score(qq, Answer(want))
            else:
                need = F(next(o["score"] for o in qq["options"] if o["value"] == want))
            scopes = [None] if s["scope"] == "organisation" else sys_ids
            for sid in scopes:
                r = results[(qid, sid)]
                if r["status"] == "not-applicable":
                    met = True
                elif r["status"] in ("unknown", "unanswered"):
                    met = False
                elif r["score"] is None:
                    met = question_score(qq, Answer(a_raw(a, qid, sid))) >= need
                else:
                    met = r["score"] >= need
                reqs.append((qid, sid, met))
        profiles[p["id"]] = {"passed": all(m for *_, m in reqs), "reqs": reqs}
    exp["profiles"] = profiles

    # stale
    exp["stale"] = sorted(
        (k[0], k[1] or "") for k, r in results.items() if r["reviewBy"] and r["reviewBy"] < TODAY)

    # gates
    gate = {}
    if "min" in gates:
        gate["min-score"] = overall is not None and overall >= F(gates["min"])
    if "fail" in gates:
        lim = SEV_RANK[gates["fail"]]
        gate["fail-on"] = not any(not g["accepted"] and SEV_RANK[g["severity"]] <= lim for g in gaps)
    if "profile" in gates:
        gate["profile"] = profiles[gates["profile"]]["passed"]
    if "stale" in gates:
        gate["stale"] = not exp["stale"]
    exp["gates"] = gate
    exp["gate_failures"] = {
        "fail-on": sorted(str((g["question"], g["system"])) for g in gaps if "fail" in gates and not g["accepted"] and SEV_RANK[g["severity"]] <= SEV_RANK[gates["fail"]]),
        "profile": sorted(str((qid, sid)) for qid, sid, met in (profiles[gates["profile"]]["reqs"] if "profile" in gates else []) if not met),
        "stale": sorted(str((qid, sid or None)) for qid, sid in exp["stale"]) if "stale" in gates else [],
    }
    exp["waivers"] = [
        (w["question"], w.get("system"), "active" if w["expires"] >= TODAY else "expired",
         any(g["question"] == w["question"] and g["system"] == w.get("system") for g in gaps))
        for w in waivers]
    exp["ratings"] = ratings
    exp["exit"] = 0 if all(gate.values()) else 1
    return exp


def a_raw(a, qid, sid):
    if sid is None:
        return (a.get("answers") or {}).get(qid)
    s = next(s for s in a["systems"] if s["id"] == sid)
    return (s.get("answers") or {}).get(qid)


# ---------------------------------------------------------------- comparison

def close(x, y):
    if x is None or y is None:
        return x is y
    return math.isclose(float(x), float(y), rel_tol=0, abs_tol=1e-8)


def compare(exp, rep, code):
    d = []

    def chk(what, want, got):
        if isinstance(want, Fraction):
            want = float(want)
        if isinstance(want, list):
            want = [float(x) if isinstance(x, Fraction) else x for x in want]
        ok = close(want, got) if isinstance(want, (int, float)) and not isinstance(want, bool) else want == got
        if isinstance(want, float) or isinstance(got, float):
            ok = close(want, got)
        if not ok:
            d.append(f"{what}: oracle {want!r}, tool {got!r}")

    chk("exit code", exp["exit"], code)
    chk("overall.score", exp["overall"], rep["overall"]["score"])
    chk("overall.rating", exp["rating"], (rep["overall"]["rating"] or {}).get("label"))
    rc = rep["overall"]["cap"]
    chk("overall.cap", exp["cap"], [(c["question"], c["system"]) for c in rc["questions"]] if rc else None)
    if rc:
        chk("overall.cap.uncappedRating", exp["uncapped"], (rc["uncappedRating"] or {}).get("label"))
    if rc:
        acc = {(g["question"], g["system"]): g["accepted"] for g in exp["gaps"]}
        chk("overall.cap accepted", [acc.get((c["question"], c["system"])) for c in rc["questions"]], [c["accepted"] for c in rc["questions"]])
    chk("waivers", exp["waivers"], [(w["question"], w["system"], w["state"], w["coversGap"]) for w in rep["waivers"]])
    chk("expiredWaivers", [w[:2] for w in exp["waivers"] if w[2] == "expired"], [(w["question"], w["system"]) for w in rep["expiredWaivers"]])
    for g in rep["gates"]:
        if g["id"] in exp["gate_failures"]:
            chk(f"gate {g['id']} failures", exp["gate_failures"][g["id"]], sorted(str((f["question"], f["system"])) for f in g["failures"]))
    chk("ratings", [(b["min"], b["label"], sorted(b["noGapsOf"], key=SEV_RANK.get) if "noGapsOf" in b else None) for b in exp["ratings"]],
        [(b["min"], b["label"], sorted(b["noGapsOf"], key=SEV_RANK.get) if "noGapsOf" in b else None) for b in rep["ratings"]])
    # sections get a rating by the same bands and their own gaps (every system's, for a section
    # answered per system), never capped; the tool's score is used, as the score is checked below
    scoped = [(sr, None if sr["scope"] == "organisation" else "all") for sr in rep["sections"]]
    scoped += [(sr, sy["id"] if sr["scope"] == "system" else None) for sy in rep["systems"] for sr in sy["sections"]]
    for sr, sid in scoped:
        chk(f"section {sr['id']}/{sid} rating", rate(sr["score"], exp["ratings"], exp["section_gaps"](sr["id"], sid)),
            (sr["rating"] or {}).get("label"))
    for sr in rep["sections"]:
        key = (sr["id"], sr["system"] if sr["scope"] == "organisation" or sr["system"] else "mean")
        if sr["scope"] == "organisation":
            key = (sr["id"], None)
        want = exp["sections"].get(key, "absent")
        chk(f"section {key}", want, sr["score"])
        chk(f"section {key} applicable", want is not None, sr["applicable"])
    for sysr in rep["systems"]:
        e = exp["systems"].get(sysr["id"])
        if e is None:
            d.append(f"system {sysr['id']} not expected")
            continue
        chk(f"system {sysr['id']} score", e["score"], sysr["score"])
        chk(f"system {sysr['id']} rating", e["rating"], (sysr["rating"] or {}).get("label"))
        chk(f"system {sysr['id']} cap", e["cap"], [(c["question"], c["system"]) for c in sysr["cap"]["questions"]] if sysr["cap"] else None)
        if sysr["cap"]:
            chk(f"system {sysr['id']} cap.uncappedRating", e["uncapped"], (sysr["cap"]["uncappedRating"] or {}).get("label"))
        for sr in sysr["sections"]:
            sid = sysr["id"] if sr["scope"] == "system" else None
            chk(f"system {sysr['id']} section {sr['id']}", exp["sections"].get((sr["id"], sid), "absent"), sr["score"])
    chk("systems listed", sorted(exp["systems"]), sorted(s["id"] for s in rep["systems"]))
    # gaps, in order
    want = [(g["question"], g["system"]) for g in exp["gaps"]]
    got = [(g["question"], g["system"]) for g in rep["gaps"]]
    if want != got:
        d.append(f"gap order: oracle {want}, tool {got}")
    tg = {(g["question"], g["system"]): g for g in rep["gaps"]}
    for g in exp["gaps"]:
        t = tg.get((g["question"], g["system"]))
        if not t:
            continue
        k = f"gap {g['question']}/{g['system']}"
        for f in ("priority", "score", "severity", "accepted", "blocking"):
            chk(k + " " + f, g[f], t[f])
        chk(k + " systemTitle", None if g["system"] is None else "System " + g["system"].split("-")[1], t["systemTitle"])
        if g["missing"] is not None:
            chk(k + " missing", g["missing"], [m["id"] for m in t["missing"]])
    chk("gap ranks", list(range(1, len(rep["gaps"]) + 1)), [g["rank"] for g in rep["gaps"]])
    # question results
    tq = {(r["id"], r["system"]): r for r in rep["questions"]}
    chk("question results", sorted(map(str, exp["results"])), sorted(map(str, tq)))
    for key, r in exp["results"].items():
        t = tq.get(key)
        if not t:
            continue
        k = f"question {key}"
        for mine, theirs in (("status", "status"), ("included", "included"), ("score", "score"), ("by", "notApplicableBy")):
            chk(k + " " + theirs, r[mine], t[theirs])
        if r["outcome"] and t["outcome"]:
            for f in ("derived", "confirmed", "confirmedAbove", "complete", "contradictions", "withoutIndicators"):
                chk(k + " outcome." + f, r["outcome"][f], t["outcome"][f])
    # lists
    res = exp["results"]
    chk("unknowns", sorted(str(k) for k, r in res.items() if r["status"] == "unknown" and r["included"]),
        sorted(str((x["question"], x["system"])) for x in rep["unknowns"]))
    chk("unanswered", sorted(str(k) for k, r in res.items() if r["status"] == "unanswered" and r["included"]),
        sorted(str((x["question"], x["system"])) for x in rep["unanswered"]))
    chk("notApplicable", sorted(str(k) for k, r in res.items() if r["status"] == "not-applicable"),
        sorted(str((x["question"], x["system"])) for x in rep["notApplicable"]))
    chk("stale", exp["stale"], sorted((x["question"], x["system"] or "") for x in rep["stale"]))
    # summary
    sm = rep["summary"]
    gaps = exp["gaps"]
    chk("summary.gaps", len(gaps), sm["gaps"])
    chk("summary.acceptedRisks", sum(g["accepted"] for g in gaps), sm["acceptedRisks"])
    for sev in SEV_FACTOR:
        chk(f"summary.bySeverity.{sev}", sum(g["severity"] == sev for g in gaps), sm["bySeverity"][sev])
    chk("summary.included", sum(r["included"] for r in res.values()), sm["included"])
    # profiles
    tp = {p["id"]: p for p in rep["profiles"]}
    for pid, p in exp["profiles"].items():
        t = tp.get(pid)
        if not t:
            d.append(f"profile {pid} missing")
            continue
        chk(f"profile {pid} passed", p["passed"], t["passed"])
        chk(f"profile {pid} requirements", sorted(map(str, p["reqs"])),
            sorted(str((r["question"], r["system"], r["met"])) for r in t["requirements"]))
    # gates
    tgates = {g["id"]: g["passed"] for g in rep["gates"]}
    chk("gates", exp["gates"], tgates)
    chk("passed", all(exp["gates"].values()), rep["passed"])
    return d


# ---------------------------------------------------------------- driver

def to_yaml(obj):
    return json.dumps(obj, indent=1, ensure_ascii=False) + "\n"


def split_system_files(rng, q, a, work, n):
    """The same answers, with some systems kept in files of their own (`file:`), their waivers with them."""
    out = json.loads(json.dumps(a))
    waivers = out.pop("waivers", [])
    for s in out.get("systems", []):
        if rng.random() < 0.35:
            name = f"systems-{n}/{s['id']}.yaml"
            own = [dict((k, v) for k, v in w.items() if k != "system") for w in waivers if w.get("system") == s["id"]]
            waivers = [w for w in waivers if w.get("system") != s["id"]]
            body = {"questionnaire": q["id"], "questionnaireVersion": q["version"], "system": s["id"], "answers": s.pop("answers")}
            if own:
                body["waivers"] = own
            os.makedirs(os.path.join(work, f"systems-{n}"), exist_ok=True)
            with open(os.path.join(work, name), "w") as f:
                f.write(to_yaml(body))
            s["file"] = name
    if waivers:
        out["waivers"] = waivers
    # "in file order": the answers file's waivers, then each system file's, in the order of systems
    moved = [w for s in out.get("systems", []) if "file" in s for w in a.get("waivers", []) if w.get("system") == s["id"]]
    if a.get("waivers"):
        a["waivers"] = waivers + moved
    a["_system_files"] = sum("file" in s for s in out.get("systems", []))
    return out


def run_case(rng, n, work, keep):
    q = gen_questionnaire(rng, n)
    a = gen_answers(rng, q)
    qf = os.path.join(work, f"q{n}.yaml")
    af = os.path.join(work, f"a{n}.yaml")
    with open(qf, "w") as f:
        f.write(to_yaml(strip_private(q)))
    with open(af, "w") as f:
        f.write(to_yaml(split_system_files(rng, q, a, work, n)))
    gates = {}
    args = ["node", BIN, "assess", "-q", qf, "-a", af, "--format", "json", "--today", TODAY,
            "--allow-incomplete", "--no-interactive"]
    if rng.random() < 0.6:
        gates["min"] = rng.choice([0, 25, 50, 62.5, 75, 100])
        args += ["--min-score", str(gates["min"])]
    if rng.random() < 0.6:
        gates["fail"] = rng.choice(list(SEV_FACTOR))
        args += ["--fail-on", gates["fail"]]
    if rng.random() < 0.3:
        gates["stale"] = True
        args += ["--fail-on-stale"]
    if q.get("profiles") and rng.random() < 0.7:
        gates["profile"] = rng.choice(q["profiles"])["id"]
        args += ["--profile", gates["profile"]]
    p = subprocess.run(args, capture_output=True, text=True, cwd=work)
    if p.returncode not in (0, 1):
        return [f"tool exit {p.returncode}: {p.stderr.strip()[:400]}"], qf, af, args, None
    try:
        rep = json.loads(p.stdout)
    except ValueError:
        return [f"tool exit {p.returncode} without a JSON report: {p.stderr.strip()[:400]}"], qf, af, args, None
    exp = oracle(q, a, gates)
    return compare(exp, rep, p.returncode), qf, af, args, coverage(q, a, exp, gates)


def coverage(q, a, exp, gates):
    """Which of the edge cases the brief names this case exercises."""
    res = exp["results"].values()
    ocs = [r["outcome"] for r in res if r["outcome"]]
    secs = q["sections"]
    bands = exp["ratings"]
    # the scopes rated with a score: overall and each critical system
    scopes = [(exp["overall"], exp["gaps"])] + [(e["score"], e["gaps"]) for e in exp["systems"].values()]

    def held(score, gaps):
        return score is not None and rate(score, bands, gaps) != rate(score, bands, [])

    def only_by(kind):
        """Some scope's rating differs once gaps of this kind are left out."""
        return any(score is not None and rate(score, bands, gaps) != rate(score, bands, [g for g in gaps if not kind(g)])
                   for score, gaps in scopes)
    return {
        "system in a file of its own": bool(a.get("_system_files")),
        "system with no answers": any(not s.get("answers") for s in a.get("systems", [])),
        "outcome with every indicator false": any(
            r["outcome"] and all(v is False for v in (a_raw(a, r["qq"]["id"], r["system"]).get("indicators") or {None: 0}).values()) for r in res),
        "confirmed above derived": any(o["confirmedAbove"] for o in ocs),
        "confirmed below derived": any(o["confirmed"] and STATUS_ORDER.index(o["confirmed"]) < STATUS_ORDER.index(o["derived"]) for o in ocs),
        "confirmed without indicators": any(o["withoutIndicators"] for o in ocs),
        "incomplete outcome": any(r["outcome"] and r["status"] == "unanswered" for r in res),
        "contradiction": any(o["contradictions"] for o in ocs),
        "blocking gap waived": any(g["blocking"] and g["accepted"] for g in exp["gaps"]),
        "blocking gap in a system": any(g["blocking"] and g["system"] for g in exp["gaps"]),
        "rating capped": bool(exp["cap"]),
        "every section system-scoped": all(s["scope"] == "system" for s in secs),
        "section weight 0": any(s.get("weight") == 0 for s in secs),
        "question weight 0": any(qq.get("weight") == 0 for s in secs for qq in s["questions"]),
        "no overall score": exp["overall"] is None,
        "when across scopes": any(r["by"] == "condition" and r["system"] for r in res),
        "waiver naming a system": any(w.get("system") for w in a.get("waivers", [])),
        "expired waiver": any(w[2] == "expired" for w in exp["waivers"]),
        "profile gate failing on a system": any(not m and sid for p in exp["profiles"].values() for _, sid, m in p["reqs"]),
        "min-score gate": "min" in gates,
        "min-score tie": "min" in gates and exp["overall"] is not None and close(exp["overall"], gates["min"]),
        "fail-on gate": "fail" in gates,
        "profile gate": "profile" in gates,
        "stale gate failing": "stale" in gates and bool(exp["stale"]),
        "exit 1": exp["exit"] == 1,
        "gap priority tie": len({g["priority"] for g in exp["gaps"]}) < len(exp["gaps"]),
        "band with noGapsOf": any("noGapsOf" in b for b in bands),
        "noGapsOf on the lowest band": "noGapsOf" in bands[-1],
        "rating held by noGapsOf": any(held(sc, gs) for sc, gs in scopes),
        "no rating by noGapsOf": any(sc is not None and rate(sc, bands, gs) is None for sc, gs in scopes),
        "noGapsOf held by a waived gap only": only_by(lambda g: g["accepted"]),
        "noGapsOf held by don't know or unanswered only": only_by(lambda g: exp["results"][(g["question"], g["system"])]["status"] != "answered"),
        "noGapsOf held by a weight-0 section's gap only": only_by(lambda g: exp["results"][(g["question"], g["system"])]["sec"].get("weight") == 0),
        "system held by an organisation gap only": any(
            rate(e["score"], bands, e["gaps"]) != rate(e["score"], bands, [g for g in e["gaps"] if g["system"]]) for e in exp["systems"].values()),
        "section answered per system held by noGapsOf": any(
            held(exp["sections"][(s["id"], "mean")], exp["section_gaps"](s["id"], "all")) for s in secs if s["scope"] == "system"),
        "cap with the lowest band's noGapsOf failing": bool(exp["cap"]) and exp["overall"] is not None and not holds(bands[-1], exp["gaps"]),
    }


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cases", type=int, default=200)
    ap.add_argument("--seed", type=int, default=20261202)
    ap.add_argument("--keep", help="folder to keep the generated files of differing cases in")
    ns = ap.parse_args()
    rng = random.Random(ns.seed)
    bad = 0
    seen = {}
    with tempfile.TemporaryDirectory() as work:
        for n in range(ns.cases):
            diffs, qf, af, args, cov = run_case(rng, n, work, ns.keep)
            for k, v in (cov or {}).items():
                seen[k] = seen.get(k, 0) + bool(v)
            if diffs:
                bad += 1
                print(f"case {n}: {len(diffs)} difference(s)  [{' '.join(args[2:])}]")
                for x in diffs[:12]:
                    print("   ", x)
                if ns.keep:
                    os.makedirs(ns.keep, exist_ok=True)
                    for f in (qf, af):
                        with open(f) as src, open(os.path.join(ns.keep, os.path.basename(f)), "w") as dst:
                            dst.write(src.read())
                    sysdir = os.path.join(work, f"systems-{n}")
                    if os.path.isdir(sysdir):
                        shutil.copytree(sysdir, os.path.join(ns.keep, f"systems-{n}"), dirs_exist_ok=True)
    print("cases exercising each edge case: " + ", ".join(f"{k} {v}" for k, v in seen.items()))
    missed = [k for k, v in seen.items() if not v]
    if missed and ns.cases >= 100:
        print("no case exercised: " + ", ".join(missed))
        bad += 1
    print(f"{ns.cases} cases, {bad} with differences")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
