"""The peer of `caseaudit findings`, `agreement` and `compare` for `caseaudit-bench commands`.

The same work as scipy_aggregate.py (per question the acceptable count and Wilson 95% interval,
per theme the cases below acceptable, medians; Cohen's kappa unweighted and quadratic, exact
and within-one agreement on double-audited cases; per question Fisher's exact test, Mann-Whitney
U and the level distributions between two rounds, Holm's adjustment), but reading a CaseAudit
workspace file as the commands do: each response's latest submitted revision of the round,
its answers from the typed rows (answer_values), the first allocated auditor as the primary.
Timed from the shell as a whole process, imports included, like the command beside it.

Run: python3 scipy_workspace.py findings WORKSPACE ROUND
     python3 scipy_workspace.py agreement WORKSPACE ROUND
     python3 scipy_workspace.py compare WORKSPACE BEFORE AFTER
"""
import sqlite3
import sys

import numpy as np
import pandas as pd
from scipy import stats

LEVELS = {"outstanding": 0, "good": 1, "requiresImprovement": 2, "inadequate": 3,
          "yes": 0, "partly": 1, "no": 2}

QUERY = """
SELECT r.case_id AS "case", coalesce(l.position, 99) AS rater, a.question_id AS question,
  a.code AS code
FROM rounds o
JOIN responses r ON r.round_id = o.id AND r.kind = 'audit'
JOIN response_revisions v ON v.response_id = r.id
  AND v.revision = (SELECT max(revision) FROM response_revisions WHERE response_id = r.id)
JOIN answer_values a ON a.response_id = v.response_id AND a.revision = v.revision
LEFT JOIN allocations l ON l.round_id = o.id AND l.case_id = r.case_id
  AND l.auditor_id = r.auditor_id
WHERE o.name = ? AND v.status = 'submitted'
"""


def read(path, round_name):
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as con:
        data = pd.read_sql_query(QUERY, con, params=(round_name,))
    data["question"] = data.question.str.slice(1).astype(int)
    data["level"] = data.code.map(LEVELS).astype(int)
    data["rater"] = data.groupby("case").rater.rank(method="dense").astype(int) - 1
    return data


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


def primary(data):
    first = data[data.rater == 0]
    acceptable_level = np.where(first.question < 30, 1, 0)  # good or better; yes
    return first.assign(ok=first["level"] <= acceptable_level)


def findings(path, round_name):
    first = primary(read(path, round_name))
    per_question = first.groupby("question").ok.agg(["sum", "count"])
    low, high = wilson(per_question["sum"].values, per_question["count"].values)
    first = first.assign(theme=first.question % 4)
    below = (~first.ok).groupby([first.case, first.theme]).any().groupby("theme").agg(["sum", "count"])
    wilson(below["sum"].values, below["count"].values)
    medians = first.groupby("question")["level"].median()
    print(f"{len(per_question)} questions, {per_question['count'].max()} cases; "
          f"first: {per_question['sum'].iloc[0]} acceptable ({low[0]:.3f}-{high[0]:.3f}), "
          f"median {medians.iloc[0]}")


def agreement(path, round_name):
    data = read(path, round_name)
    double = data[data.case.isin(data[data.rater == 1].case)]
    wide = double.pivot_table(index=["case", "question"], columns="rater", values="level").reset_index()
    kappas = []
    for question, group in wide.groupby("question"):
        k = 4 if question < 30 else 3
        a, b = group[0].astype(int).values, group[1].astype(int).values
        kappas.append(kappa(a, b, k, False))
        kappa(a, b, k, True)
        (a == b).mean()
        (np.abs(a - b) <= 1).mean()
    print(f"{len(kappas)} questions, {double.case.nunique()} double-audited cases; "
          f"first kappa {kappas[0]:.3f}")


def compare(path, before_name, after_name):
    before_all = primary(read(path, before_name))
    after_all = primary(read(path, after_name))
    pvalues = []
    after_groups = dict(list(after_all.groupby("question")))
    for question, before in before_all.groupby("question"):
        after = after_groups[question]
        table = [[after.ok.sum(), (~after.ok).sum()], [before.ok.sum(), (~before.ok).sum()]]
        pvalues.append(stats.fisher_exact(table).pvalue)
        stats.mannwhitneyu(after["level"].values, before["level"].values, method="asymptotic")
        x, y = after["level"].values, before["level"].values
        np.cumsum(np.bincount(x, minlength=4)), np.cumsum(np.bincount(y, minlength=4))
    order = np.argsort(pvalues)
    adjusted = np.maximum.accumulate(np.array(pvalues)[order] * (len(pvalues) - np.arange(len(pvalues))))
    print(f"{len(pvalues)} questions compared; smallest Holm-adjusted p {min(1, adjusted[0]):.3g}")


if __name__ == "__main__":
    mode, arguments = sys.argv[1], sys.argv[2:]
    {"findings": findings, "agreement": agreement, "compare": compare}[mode](*arguments)
