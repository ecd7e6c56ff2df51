"""The sampling pipeline in pandas, for caseaudit-bench's comparison.

Same work as CaseAudit's import + draw: read lists 6-8, fingerprint the files, parse dates,
merge by child, decide what is open and the most intensive stage and neglect status, then draw
a stratified (by stage) proportional sample of 200. Run: python3 pandas_pipeline.py DIR
"""
import hashlib
import resource
import sys
import time

import numpy as np
import pandas as pd

AS_OF = pd.Timestamp("2027-03-31")


def main(directory: str) -> None:
    start = time.perf_counter()
    frames = {}
    for name in ("list6.csv", "list7.csv", "list8.csv"):
        with open(f"{directory}/{name}", "rb") as handle:
            data = handle.read()
        hashlib.sha256(data).hexdigest()
        frames[name] = pd.read_csv(f"{directory}/{name}", dtype=str, keep_default_na=False)
    read = time.perf_counter() - start

    def date(column):
        return pd.to_datetime(column.replace("", None), format="%d/%m/%Y", errors="raise")

    l6, l7, l8 = frames["list6.csv"], frames["list7.csv"], frames["list8.csv"]
    l6["open"] = date(l6["CIN Closure Date"]).isna() | (date(l6["CIN Closure Date"]) > AS_OF)
    l6["start"] = date(l6["CIN Start Date"])
    l7["open"] = date(l7["Child Protection Plan End Date"]).isna() | (
        date(l7["Child Protection Plan End Date"]) > AS_OF)
    latest = l7["Latest Category of Abuse"].where(
        l7["Latest Category of Abuse"] != "", l7["Initial Category of Abuse"])
    l7["neglect"] = l7["open"] & latest.str.contains("Neglect", case=False)
    l8["open"] = date(l8["Date Ceased to be Looked After"]).isna() | (
        date(l8["Date Ceased to be Looked After"]) > AS_OF)

    children = l6[["Child Unique ID", "Date of Birth", "Primary Need Code", "Case Status",
                   "Allocated Team", "open", "start"]].rename(columns={"open": "open6"})
    children = children.merge(
        l7[["Child Unique ID", "open", "neglect"]].groupby("Child Unique ID").agg("max")
        .rename(columns={"open": "open7"}), on="Child Unique ID", how="outer")
    children = children.merge(
        l8[["Child Unique ID", "open", "Child's Category of Need"]]
        .groupby("Child Unique ID").agg("max").rename(columns={"open": "open8"}),
        on="Child Unique ID", how="outer")
    for column in ("open6", "open7", "open8", "neglect"):
        children[column] = children[column].fillna(False).astype(bool)
    children["stage"] = np.select(
        [children["open8"], children["open7"],
         children["open6"] & (children["Case Status"].str.lower() == "open assessment"),
         children["open6"]],
        ["lookedAfter", "childProtection", "assessment", "childInNeed"], default="closed")
    possible = (children["Primary Need Code"] == "N1") | (children["Child's Category of Need"] == "N1")
    children["neglectStatus"] = np.select(
        [children["neglect"], possible], ["confirmed", "possible"], default="none")
    dob = date(children["Date of Birth"].fillna(""))
    children["age"] = ((AS_OF - dob).dt.days // 365.25)
    children["monthsOpen"] = ((AS_OF - children["start"]).dt.days // 30.44)
    children = children.sort_values("Child Unique ID")
    merged = time.perf_counter() - start

    eligible = children[children["stage"] != "closed"]
    counts = eligible.groupby("stage").size()
    quotas = (counts / counts.sum() * 200)
    sizes = np.floor(quotas).astype(int)
    remainder = 200 - sizes.sum()
    for stage in (quotas - sizes).sort_values(ascending=False).index[:remainder]:
        sizes[stage] += 1
    rng = np.random.default_rng(20270331)
    sample = pd.concat(
        [group.sample(n=int(sizes[stage]), random_state=rng) for stage, group in eligible.groupby("stage")])
    total = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"  read + SHA-256 {read:.3f} s, merge {merged - read:.3f} s, draw {total - merged:.3f} s"
          f" → import + draw {total:.3f} s ({len(children)} children, {len(sample)} sampled)")
    print(f"  peak memory {peak:.0f} MiB (pandas {pd.__version__})")
    print(f"RESULT pandas_seconds={total:.3f} peak_mib={peak:.0f}")


if __name__ == "__main__":
    main(sys.argv[1])
