#!/usr/bin/env python3
"""Builds the domain corpus files from the hand-written part files.

parts/*.txt lines look like  S|E|ASPECTS|text  where
  S        + (positive), 0 (neutral), - (negative)      sentiment toward the study
  E        y (evaluating) or n (sharing/summarising/asking)
  ASPECTS  comma-separated short codes (may be empty), see ASPECT_CODES
Blank lines and lines starting with // are ignored.

Writes domain-all.tsv, a deterministic stratified 70/30 split (domain-train/holdout.tsv),
the per-task files and the counts table inside README.md. Fails loudly on any bad line.
Usage: python3 corpus/posts/split.py   (from anywhere; paths are relative to this file)
"""
import hashlib
import pathlib
import re
import sys
from collections import Counter

SEED = "sentimentmonitor-domain-2026"  # fixed: changing it reshuffles the holdout
HOLDOUT_SHARE = 0.30
SENTIMENTS = {"+": "positive", "0": "neutral", "-": "negative"}
EVALUATING = {"y": "true", "n": "false"}
ASPECT_CODES = {
    "eff": "efficacy", "saf": "safety", "des": "study_design", "cost": "cost_access",
    "coi": "conflict_of_interest", "pc": "practice_change", "eq": "equity",
}
ASPECT_ORDER = list(ASPECT_CODES.values())
HERE = pathlib.Path(__file__).resolve().parent


def fail(msg):
    sys.exit(f"error: {msg}")


def read_parts():
    posts = []
    for part in sorted((HERE / "parts").glob("*.txt")):
        for no, raw in enumerate(part.read_text(encoding="utf-8").splitlines(), 1):
            line = raw.strip()
            if not line or line.startswith("//"):
                continue
            where = f"{part.name}:{no}"
            fields = line.split("|", 3)
            if len(fields) != 4:
                fail(f"{where}: expected S|E|ASPECTS|text")
            s, e, a, text = (f.strip() for f in fields)
            if s not in SENTIMENTS:
                fail(f"{where}: sentiment '{s}' is not one of + 0 -")
            if e not in EVALUATING:
                fail(f"{where}: evaluating '{e}' is not y or n")
            codes = [c.strip() for c in a.split(",") if c.strip()]
            for c in codes:
                if c not in ASPECT_CODES:
                    fail(f"{where}: unknown aspect code '{c}'")
            if len(set(codes)) != len(codes):
                fail(f"{where}: repeated aspect")
            if "\t" in text or not text:
                fail(f"{where}: empty text or tab inside text")
            if s != "0" and e != "y":
                fail(f"{where}: non-neutral posts must be evaluating (rubric rule 3)")
            aspects = sorted((ASPECT_CODES[c] for c in codes), key=ASPECT_ORDER.index)
            posts.append((SENTIMENTS[s], EVALUATING[e], ",".join(aspects), text, where))
    return posts


def check_duplicates(posts):
    seen = {}
    for p in posts:
        key = re.sub(r"\W+", " ", p[3].lower()).strip()
        if key in seen:
            fail(f"{p[4]}: duplicate of {seen[key]}")
        seen[key] = p[4]
    # near-duplicates: same first eight words is a warning, not an error
    starts = {}
    for p in posts:
        words = re.sub(r"\W+", " ", p[3].lower()).split()
        if len(words) >= 8:
            k = " ".join(words[:8])
            if k in starts:
                print(f"warning: {p[4]} starts like {starts[k]}", file=sys.stderr)
            starts[k] = p[4]


def split(posts):
    train, holdout = [], []
    for label in ("negative", "neutral", "positive"):
        group = [p for p in posts if p[0] == label]
        group.sort(key=lambda p: hashlib.sha256((SEED + p[3]).encode("utf-8")).hexdigest())
        n_hold = round(len(group) * HOLDOUT_SHARE)
        holdout += group[:n_hold]
        train += group[n_hold:]
    order = {id(p): i for i, p in enumerate(posts)}  # keep authoring order inside each file
    return sorted(train, key=lambda p: order[id(p)]), sorted(holdout, key=lambda p: order[id(p)])


def write(name, rows):
    (HERE / name).write_text("".join("\t".join(r) + "\n" for r in rows), encoding="utf-8")


def counts_table(sets):
    head = "| | " + " | ".join(sets) + " |\n|---|" + "---|" * len(sets) + "\n"
    lines = [("posts", lambda ps: len(ps))]
    for lab in ("positive", "neutral", "negative"):
        lines.append((f"sentiment {lab}", lambda ps, lab=lab: sum(p[0] == lab for p in ps)))
    for ev in ("true", "false"):
        lines.append((f"evaluating {ev}", lambda ps, ev=ev: sum(p[1] == ev for p in ps)))
    lines.append(("no aspect", lambda ps: sum(p[2] == "" for p in ps)))
    for asp in ASPECT_ORDER:
        lines.append((f"aspect {asp}", lambda ps, asp=asp: sum(asp in p[2].split(",") for p in ps)))
    body = "".join(f"| {n} | " + " | ".join(str(f(ps)) for ps in sets.values()) + " |\n" for n, f in lines)
    return head + body


def update_readme(table):
    readme = HERE / "README.md"
    text = readme.read_text(encoding="utf-8")
    start, end = "<!-- counts:start -->", "<!-- counts:end -->"
    if start not in text or end not in text:
        fail("README.md lacks the counts markers")
    before, rest = text.split(start, 1)
    after = rest.split(end, 1)[1]
    readme.write_text(before + start + "\n" + table + end + after, encoding="utf-8")


def main():
    posts = read_parts()
    check_duplicates(posts)
    train, holdout = split(posts)
    write("domain-all.tsv", [p[:4] for p in posts])
    for name, rows in (("train", train), ("holdout", holdout)):
        write(f"domain-{name}.tsv", [p[:4] for p in rows])
        write(f"sentiment-{name}.tsv", [(p[0], p[3]) for p in rows])
        write(f"evaluating-{name}.tsv", [(p[1], p[3]) for p in rows])
        write(f"aspects-{name}.tsv", [(p[2], p[3]) for p in rows])
    table = counts_table({"all": posts, "train": train, "holdout": holdout})
    update_readme(table)
    print(table)
    langs = Counter(p[4].split(":")[0] for p in posts)
    print(", ".join(f"{k}: {v}" for k, v in sorted(langs.items())))


if __name__ == "__main__":
    main()
