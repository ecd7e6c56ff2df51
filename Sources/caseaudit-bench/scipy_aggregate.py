"""The aggregation benchmark in pandas + SciPy, for caseaudit-bench's comparison.

Same work as CaseAudit's findings + agreement + comparison on responses.csv (round, case,
rater, question, level index 0 = best): per question the acceptable count and Wilson 95%
interval, per theme the cases below acceptable, Cohen's kappa (unweighted and quadratic) and
Krippendorff-style ordinal agreement on double-audited cases, and per question Fisher's exact
test, Mann-Whitney U and Cliff's delta between the two rounds, with Holm's adjustment.
Run: python3 scipy_aggregate.py responses.csv
"""
import sys
import time

import numpy as np
import pandas as pd
from scipy import stats


def wilson(x, n, z=1.959963984540054):
    p = x / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * np.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return centre - half, centre + half


def kappa(a, b, k, weighted):
    table = np.zeros((k, k))
    np.add.at(table, (a, b), 1)
    n = table.sum()
    i, j = np.indices((k, k))
    w = (i - j) ** 2 / (k - 1) ** 2 if weighted else (i != j).astype(float)
    expected = np.outer(table.sum(1), table.sum(0)) / n
    return 1 - (w * table).sum() / (w * expected).sum()


def main(path):
    data = pd.read_csv(path)
    start = time.perf_counter()
    first = data[data.rater == 0]
    acceptable_level = np.where(first.question < 30, 1, 0)  # good or better; yes
    first = first.assign(ok=first["level"] <= acceptable_level, k=np.where(first.question < 30, 4, 3))
    per_question = first.groupby("question").ok.agg(["sum", "count"])
    low, high = wilson(per_question["sum"].values, per_question["count"].values)
    first = first.assign(theme=first.question % 4)
    below = (~first.ok).groupby([first.case, first.theme]).any().groupby("theme").agg(["sum", "count"])
    wilson(below["sum"].values, below["count"].values)
    medians = first.groupby("question")["level"].median()
    t_findings = time.perf_counter() - start

    start = time.perf_counter()
    double = data[data.case.isin(data[data.rater == 1].case)]
    wide = double.pivot_table(index=["case", "question"], columns="rater", values="level").reset_index()
    for question, group in wide.groupby("question"):
        k = 4 if question < 30 else 3
        a, b = group[0].astype(int).values, group[1].astype(int).values
        kappa(a, b, k, False)
        kappa(a, b, k, True)
        (a == b).mean()
        (np.abs(a - b) <= 1).mean()
    t_agreement = time.perf_counter() - start

    start = time.perf_counter()
    pvalues = []
    for question, group in first.groupby("question"):
        before = group[group["round"] == "before"]
        after = group[group["round"] == "after"]
        table = [[after.ok.sum(), (~after.ok).sum()], [before.ok.sum(), (~before.ok).sum()]]
        pvalues.append(stats.fisher_exact(table).pvalue)
        stats.mannwhitneyu(after["level"].values, before["level"].values, method="asymptotic")
        x, y = after["level"].values, before["level"].values
        cx, cy = np.bincount(x, minlength=4), np.bincount(y, minlength=4)
        np.cumsum(cy)
    order = np.argsort(pvalues)
    np.maximum.accumulate(np.array(pvalues)[order] * (len(pvalues) - np.arange(len(pvalues))))
    t_compare = time.perf_counter() - start
    total = t_findings + t_agreement + t_compare
    print(f"  findings {t_findings:.3f} s, agreement {t_agreement:.3f} s, comparison {t_compare:.3f} s"
          f" → total {total:.3f} s (reading the CSV not counted)")
    print(f"RESULT scipy_seconds={total:.3f}")


if __name__ == "__main__":
    main(sys.argv[1])
