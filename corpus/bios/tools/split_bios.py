"""Deterministic stratified 70/30 split of bios-all.tsv (strata: role + specialty; order inside a stratum by the
SHA-1 of the bio, so the split never depends on file order or a random generator). Run from the repository root:
    python3 corpus/bios/tools/split_bios.py
Writes bios-train.tsv / bios-holdout.tsv (all six columns), the evaluate-authors files bios-train-eval.tsv /
bios-holdout-eval.tsv (role TAB specialty TAB bio) and bios-holdout-handwritten-eval.tsv (only hand-written bios).
"""
import hashlib
from collections import defaultdict
from pathlib import Path

BIOS = Path(__file__).resolve().parent.parent
HOLDOUT_SHARE = 0.30


def main():
    rows = [line.split("\t") for line in (BIOS / "bios-all.tsv").read_text(encoding="utf-8").splitlines() if line]
    handwritten = {line.split("\t")[5] for line in (BIOS / "handwritten.tsv").read_text(encoding="utf-8").splitlines() if line}
    strata = defaultdict(list)
    for row in rows:
        strata[(row[0], row[1])].append(row)
    train, holdout = [], []
    for key in sorted(strata):
        group = sorted(strata[key], key=lambda r: hashlib.sha1(r[5].encode("utf-8")).hexdigest())
        cut = round(len(group) * HOLDOUT_SHARE)
        holdout += group[:cut]
        train += group[cut:]
    write(BIOS / "bios-train.tsv", train, full=True)
    write(BIOS / "bios-holdout.tsv", holdout, full=True)
    write(BIOS / "bios-train-eval.tsv", train, full=False)
    write(BIOS / "bios-holdout-eval.tsv", holdout, full=False)
    write(BIOS / "bios-holdout-handwritten-eval.tsv", [r for r in holdout if r[5] in handwritten], full=False)
    print(f"train {len(train)}, holdout {len(holdout)}")


def write(path, rows, full):
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        for r in rows:
            out.write("\t".join(r if full else [r[0], r[1], r[5]]) + "\n")


if __name__ == "__main__":
    main()
