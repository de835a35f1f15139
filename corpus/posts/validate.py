#!/usr/bin/env python3
"""Sanity checks for the built corpus files: field counts, label values, no stray tabs/newlines/CR."""
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
SENT = {"negative", "neutral", "positive"}
EVAL = {"true", "false"}
ASPECTS = {"efficacy", "safety", "study_design", "cost_access", "conflict_of_interest", "practice_change", "equity"}


def aspects_ok(field):
    return field == "" or all(a in ASPECTS for a in field.split(","))


CHECKS = {
    "domain": (4, lambda f: f[0] in SENT and f[1] in EVAL and aspects_ok(f[2])),
    "sentiment": (2, lambda f: f[0] in SENT),
    "evaluating": (2, lambda f: f[0] in EVAL),
    "aspects": (2, lambda f: aspects_ok(f[0])),
}
errors = 0
for kind, (n, ok) in CHECKS.items():
    for path in sorted(HERE.glob(f"{kind}-*.tsv")):
        data = path.read_bytes().decode("utf-8")
        if "\r" in data:
            print(f"{path.name}: contains CR"); errors += 1
        lines = data.split("\n")
        if lines[-1] != "":
            print(f"{path.name}: no final newline"); errors += 1
        for no, line in enumerate(lines[:-1], 1):
            f = line.split("\t")
            if len(f) != n or not ok(f) or not f[-1].strip():
                print(f"{path.name}:{no}: bad line: {line[:80]}"); errors += 1
        print(f"{path.name}: {len(lines) - 1} lines")
all_n = len((HERE / "domain-all.tsv").read_text(encoding="utf-8").splitlines())
split_n = sum(len((HERE / f"domain-{s}.tsv").read_text(encoding="utf-8").splitlines()) for s in ("train", "holdout"))
if all_n != split_n:
    print(f"train+holdout {split_n} != all {all_n}"); errors += 1
sys.exit(1 if errors else 0)
