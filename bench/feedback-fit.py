#!/usr/bin/env python3
"""Fits the evaluator's few numbers (evaluator 4) from what `bench/feedback-asag.sh DATASET_DIR --dump DIR` writes.

Only SAF "training" and the blind eval set's "tune" half are fitted on; the other splits are printed
for information only (the harness prints the figures that count). Usage: bench/feedback-fit.py DIR
"""
import csv
import sys
from collections import defaultdict

import numpy as np
from scipy.optimize import minimize
from scipy.stats import pearsonr, spearmanr

d = sys.argv[1]
signals = list(csv.DictReader(open(f"{d}/signals.csv")))
split_of = {int(r["row"]): r["split"] for r in signals}
type_of = {int(r["row"]): r["type"] for r in signals}
evidence, labels, rowpoints, rival, turned, gapof = {}, {}, defaultdict(list), {}, {}, {}
for r in csv.DictReader(open(f"{d}/points.csv")):
    key = (int(r["row"]), int(r["point"]))
    evidence[key] = float(r["evidence"]) if int(r["at"]) >= 0 else None
    rival[key] = float(r["rival"])
    turned[key] = r["turned"] == "1"
    rowpoints[key[0]].append(key)
    # Evaluator 4: the best sentence's cosine to the point less the point's mean cosine to the other points.
    gapof[key] = float(r["cosine"]) - float(r["floor"])
    if r["label"] != "":
        labels[key] = int(r["label"])


def fit_logistic(x, y):
    X = np.column_stack([np.ones(len(x)), x])

    def loss(b):
        z = X @ b
        return np.sum(np.logaddexp(0, z) - y * z)

    return minimize(loss, np.zeros(2), method="BFGS").x


def prob(b, key):
    e = evidence[key]
    return 0.0 if e is None else 1 / (1 + np.exp(-(b[0] + b[1] * e)))


def f1(pred, y):
    tp = np.sum(pred & (y == 1)); fp = np.sum(pred & (y == 0)); fn = np.sum(~pred & (y == 1))
    p = tp / max(1, tp + fp); r = tp / max(1, tp + fn)
    return (0 if p + r == 0 else 2 * p * r / (p + r)), p, r


def fit_points(keys):
    keys = [k for k in keys if evidence[k] is not None]
    return fit_logistic(np.array([evidence[k] for k in keys]), np.array([labels[k] for k in keys]))


tune = sorted(k for k in labels if split_of[k[0]] == "eval-tune")
b = fit_points(tune)
rows = sorted({k[0] for k in tune})
fold = {r: i % 4 for i, r in enumerate(rows)}
oof = {}
for f in range(4):
    bf = fit_points([k for k in tune if fold[k[0]] != f])
    for k in tune:
        if fold[k[0]] == f:
            oof[k] = prob(bf, k)
y = np.array([labels[k] for k in tune]); p = np.array([oof[k] for k in tune])
grid = np.round(np.arange(0.05, 0.96, 0.01), 2)
partly = max(grid, key=lambda t: f1(p >= t, y)[0])
# "Covered" is a sure tick: the lowest threshold where out-of-fold precision reaches 0.9 (else 0.5,
# more likely made than not).
covered = min([t for t in grid if t >= partly and f1(p >= t, y)[1] >= 0.9] or [0.5])
print("P0 %.3f P1 %.3f  PARTLY_FROM %.2f (out-of-fold F1 %.3f P %.3f R %.3f)  COVERED_FROM %.2f" % (
    (b[0], b[1], partly) + f1(p >= partly, y) + (covered,)))
# Information only: the same on the other bank splits.
for sp in ("eval-tune", "eval-test", "regression"):
    ks = sorted(k for k in labels if split_of[k[0]] == sp)
    pk = np.array([prob(b, k) for k in ks]); yk = np.array([labels[k] for k in ks])
    wrong = [k for k in ks if type_of[k[0]] == "wrong"]
    pw = np.array([prob(b, k) for k in wrong])
    print("  %-10s F1 %.3f P %.3f R %.3f" % ((sp,) + f1(pk >= partly, yk)),
          "wrong: covered %.3f covered-or-partly %.3f" % (np.mean(pw >= covered), np.mean(pw >= partly)) if wrong else "")


# Evaluator 3: a "covered" point whose best sentence is turned around (negation, opposite word) or has a
# contradicting rival within RIVAL_MARGIN of its evidence is shown as "partly". The margin is the smallest
# of 0, 0.1, ... that brings the tune half's "wrong" answers' points marked covered to 10% or less.
def covered_rate(keys, margin):
    return np.mean([prob(b, k) >= covered and not (turned[k] or (evidence[k] is not None and rival[k] >= evidence[k] - margin))
                    for k in keys])


tune_wrong = [k for k in labels if split_of[k[0]] == "eval-tune" and type_of[k[0]] == "wrong"]
margin = next((m for m in np.round(np.arange(0, 2.01, 0.1), 1) if covered_rate(tune_wrong, m) <= 0.10), None)
print("RIVAL_MARGIN", margin, "(tune wrong answers' points covered %.3f)" % covered_rate(tune_wrong, margin or 0))
for sp in ("eval-test",):
    ks = [k for k in labels if split_of[k[0]] == sp and type_of[k[0]] == "wrong"]
    print("  %-10s wrong answers' points covered %.3f (information only)" % (sp, covered_rate(ks, margin or 0)))

def meanp(row):
    ks = rowpoints.get(row, [])
    return 0.0 if not ks else float(np.mean([prob(b, k) for k in ks]))


# Evaluator 4's key-point gap, each point's counted from GAP_FLOOR (Scoring.GAP_FLOOR; chosen, not fitted).
GAP_FLOOR = -0.2


def gap(row, floor=GAP_FLOOR):
    ks = rowpoints.get(row, [])
    return 0.0 if not ks else float(np.mean([max(floor, gapof[k]) for k in ks]))


data = [dict(gap=gap(int(r["row"])), gaps={f: gap(int(r["row"]), f) for f in (-9.0, -0.4, -0.3, -0.2, -0.1, 0.0)}, split=r["split"], grade=float(r["grade"]), referenceCosine=float(r["referenceCosine"]),
             referenceRecall=float(r["referenceRecall"]), recall=float(r["recall"]), restated=float(r["restated"]),
             points=meanp(int(r["row"])), bge=float(r["bge"]), refRecall=float(r["refRecall"]))
        for r in signals]


def design(rs, cols):
    return np.column_stack([np.ones(len(rs))] + [[x[c] for x in rs] for c in cols])


def fit_score(cols):
    fit = [x for x in data if x["split"] in ("saf-training", "eval-tune")]
    n = defaultdict(int)
    for x in fit:
        n[x["split"]] += 1
    w = np.sqrt([1.0 / n[x["split"]] for x in fit])  # each data set weighs as one
    return np.linalg.lstsq(design(fit, cols) * w[:, None], np.array([x["grade"] for x in fit]) * w, rcond=None)[0]


for cols in (["referenceCosine", "referenceRecall", "points", "gap"], ["referenceCosine", "referenceRecall", "points"], ["referenceCosine", "referenceRecall", "points", "restated"],
             ["bge", "referenceRecall", "points"], ["referenceCosine", "recall", "points"]):
    coef = fit_score(cols)
    print("score", dict(zip(["intercept"] + cols, np.round(coef, 3))))
    for sp in ("saf-training", "saf-unseen_answers", "saf-unseen_questions", "eval-tune", "eval-test", "regression"):
        rs = [x for x in data if x["split"] == sp]
        pred = np.clip(design(rs, cols) @ coef, 0, 1); yv = np.array([x["grade"] for x in rs])
        print("  %-22s Pearson %.3f Spearman %.3f%s" % (sp, pearsonr(pred, yv)[0], spearmanr(pred, yv)[0],
              " within 15 points: %d/%d" % (np.sum(np.abs(pred - yv) <= 0.15), len(rs)) if sp == "regression" else ""))


# The gap's floor is a choice, not a fit: the loss on the fitted data and every split's figures per floor (-9: none).
for f in (-9.0, -0.4, -0.3, -0.2, -0.1, 0.0):
    for x in data:
        x["gapf"] = x["gaps"][f]
    cols = ["referenceCosine", "referenceRecall", "points", "gapf"]
    coef = fit_score(cols)
    line = []
    for sp in ("saf-training", "saf-unseen_answers", "saf-unseen_questions", "eval-tune", "eval-test", "regression"):
        rs = [x for x in data if x["split"] == sp]
        pred = np.clip(design(rs, cols) @ coef, 0, 1); yv = np.array([x["grade"] for x in rs])
        line.append("%s %.3f/%.3f" % (sp, pearsonr(pred, yv)[0], spearmanr(pred, yv)[0]))
    print("gap floor %5.1f" % f, np.round(coef, 4), " ".join(line))
