"""Builds corpus/bios/bios-all.tsv: the hand-written bios (handwritten.tsv) plus bios composed from the
hand-written fragments in fragments.py. Deterministic (fixed seed). Run from the repository root:
    python3 corpus/bios/tools/generate_bios.py
"""
import random
import unicodedata
from pathlib import Path

from fragments import *  # noqa: F403 (plain data module)

SEED = 20261126
GENERATED = 900
HERE = Path(__file__).resolve().parent
BIOS = HERE.parent

rng = random.Random(SEED)
SEPARATORS = [". ", " | ", " • ", " · ", ", ", " / ", " 🔹 ", ". ", " | "]


def ascii_handle(text):
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(c for c in plain.lower() if c.isalnum() or c == "_")


def person():
    first, last = rng.choice(FIRST), rng.choice(LAST)
    return first, last


def handle_for(first, last, suffix=""):
    style = rng.randrange(5)
    base = [f"{first}{last}", f"{first}_{last}", f"{first[0]}{last}", f"{last}{first[0]}", f"{first}{rng.randrange(10, 99)}"][style]
    return ascii_handle(base + suffix)[:20]


def join(parts):
    out = parts[0]
    for p in parts[1:]:
        out += rng.choice(SEPARATORS) + p
    return out.strip()


def sometimes(p, value):
    return [value] if rng.random() < p else []


def tail():
    extras = []
    extras += sometimes(0.35, rng.choice(PERSONAL))
    extras += sometimes(0.25, rng.choice(PLACES))
    extras += sometimes(0.35, rng.choice(DISCLAIMERS))
    extras += sometimes(0.2, rng.choice(HASHTAGS))
    rng.shuffle(extras)
    return extras


def clinician():
    spec = rng.choice(list(SPECIALTY_PHRASES))
    first, last = person()
    english, foreign = SPECIALTY_PHRASES[spec]
    phrase = rng.choice(foreign) if rng.random() < 0.2 else rng.choice(english)
    profession = "nurse" if spec == "nursing" else "pharmacist" if spec == "pharmacy" else "physician"
    stage = "unknown"
    roll = rng.random()
    parts = []
    if profession == "physician" and spec in TRAINEE_FIELD and roll < 0.12:
        stage = "resident"
        field = rng.choice(TRAINEE_FIELD[spec])
        parts.append(rng.choice([f"{rng.choice(['PGY-1', 'PGY-2', 'PGY-3', 'PGY-4'])} {field} resident",
                                 f"{field.capitalize() if field.islower() else field} resident", f"Resident physician, {field}",
                                 f"{field} resident {rng.choice(AFFIL)}"]))
    elif profession == "physician" and spec in TRAINEE_FIELD and roll < 0.24:
        stage = "fellow"
        field = rng.choice(TRAINEE_FIELD[spec])
        parts.append(rng.choice([f"{field} fellow", f"{rng.choice(['1st', '2nd', '3rd'])}-year {field} fellow",
                                 f"Fellow in {field}", f"{field} fellow {rng.choice(AFFIL)}"]))
    elif roll < 0.32:
        stage = "student"
        if profession == "nurse":
            parts.append(rng.choice(["Nursing student", "BSN student", "Student nurse", "Estudiante de enfermería", "SN"]))
            spec = "nursing"
        elif profession == "pharmacist":
            parts.append(rng.choice(["PharmD candidate", "Pharmacy student", "PharmD student, class of 2027"]))
        else:
            parts.append(rng.choice(STAGE_PHRASES["student"]))
            if spec != "unknown" and rng.random() < 0.5 and spec in TRAINEE_FIELD:
                parts.append(rng.choice(["aspiring ", "future ", "hoping for "]) + rng.choice(TRAINEE_FIELD[spec]))
            else:
                spec = "unknown"
    elif roll < 0.42:
        stage = "retired"
        if rng.random() < 0.5:
            parts.append(f"Retired {phrase[0].lower() + phrase[1:]}" if phrase[0].isupper() and phrase.isascii() else f"{phrase}, {rng.choice(['retired', 'jubilada', 'retraité', 'im Ruhestand'])}")
        else:
            parts.append(phrase)
            parts.append(rng.choice(["Retired after 35 years", "Retired now", "Semi-retired", "Ret.", "Now retired, still curious"]))
    elif roll < 0.6 and profession == "physician":
        stage = "attending"
        parts.append(phrase)
        parts.append(rng.choice(STAGE_PHRASES["attending"]))
    else:
        parts.append(phrase)
    if rng.random() < 0.45 and spec in CLINICAL_INTERESTS:
        parts.append(rng.choice(CLINICAL_INTERESTS[spec]) + rng.choice(["", "", " & " + rng.choice(CLINICAL_INTERESTS[spec])]))
    if rng.random() < 0.4:
        parts.append(rng.choice(AFFIL))
    parts += tail()
    creds = NURSE_CREDS if profession == "nurse" else PHARM_CREDS if profession == "pharmacist" else PHYSICIAN_CREDS
    if stage in ("resident", "fellow"):
        creds = ["MD", "DO", "MBBS", "MD, PhD", "MBChB", "MD, MPH"]
    display = f"{first} {last}"
    if stage != "student":
        where = rng.random()
        if where < 0.3:
            display = f"{first} {last}, {rng.choice(creds)}"
        elif where < 0.5 and profession == "physician":
            display = f"Dr. {first} {last}"
        elif where < 0.6:
            parts.insert(1, rng.choice(creds))
    if rng.random() < 0.15:
        display += " " + rng.choice(["🩺", "💉", "🧬", "🎗️", "❤️"])
    return ("clinician", spec, stage, display, handle_for(first, last, rng.choice({"nurse": ["", "rn", "_rn", "np"], "pharmacist": ["", "pharmd", "_rx"]}.get(profession, ["", "md", "_md", "doc"]))), join(parts))


def researcher():
    first, last = person()
    parts = [rng.choice(RESEARCHER_PHRASES)]
    parts += sometimes(0.6, rng.choice(RESEARCH_TOPICS))
    parts += sometimes(0.4, rng.choice(RESEARCH_PLACES))
    parts += tail()
    display = rng.choice([f"Dr. {first} {last}", f"{first} {last}, PhD", f"{first} {last}", f"Dr {first} {last}", f"{first} {last} 🔬"])
    return ("researcher", "", "", display, handle_for(first, last, rng.choice(["", "phd", "_lab", "sci"])), join(parts))


def public():
    first, last = person()
    parts = [rng.choice(PUBLIC_PHRASES)]
    parts += rng.sample(PUBLIC_EXTRAS, rng.randrange(1, 4))
    parts += sometimes(0.2, rng.choice(PERSONAL))
    display = rng.choice([f"{first} {last}", first, f"{first} {last[0]}.", f"{first} 🎗️", f"{first}{rng.randrange(1, 99)}"])
    return ("public", "", "", display, handle_for(first, last, rng.choice(["", "_", "md" if rng.random() < 0.1 else ""])), join(parts))


def communicator():
    first, last = person()
    parts = [rng.choice(COMMUNICATOR_PHRASES)]
    parts += sometimes(0.5, rng.choice(["cancer", "pharma", "public health", "medicine", "biotech", "drug pricing", "pediatrics", "FDA"]))
    parts += rng.sample(COMMUNICATOR_EXTRAS, rng.randrange(0, 3))
    parts += sometimes(0.3, rng.choice(PERSONAL))
    display = rng.choice([f"{first} {last}", f"{first} {last} ✍️", f"Dr. {first} {last}", f"{first} {last} 🎙️"])
    return ("communicator", "", "", display, handle_for(first, last, rng.choice(["", "news", "writes", "_sci"])), join(parts))


def organization():
    kind, templates = rng.choice(ORG_TEMPLATES)
    template = rng.choice(templates)
    key = template[template.index("{") + 1]
    name = rng.choice(ORG_NAMES[key])
    bio = template.replace("{" + key + "}", name)
    extras = []
    extras += sometimes(0.3, rng.choice(["Follow for updates", "Link in bio", "Media: press office", "Est. 1962",
                                         "Retweets ≠ endorsement", "Not monitored 24/7", "Donate ↓", "#OncTwitter"]))
    display = f"{name.title()} Bot" if kind == "bot" else f"{name} Research" if kind == "department" else name
    handle = ascii_handle(name.replace(" ", "_"))[:15] + ("_bot" if kind == "bot" else "")
    return ("organization", "", "", display, handle, join([bio] + extras))


def main():
    rows = []
    for line in (BIOS / "handwritten.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip():
            rows.append(tuple(line.split("\t")))
    makers = [clinician] * 45 + [researcher] * 15 + [public] * 17 + [communicator] * 10 + [organization] * 13
    seen = {r[5] for r in rows}
    while len(rows) < GENERATED + 165:
        row = rng.choice(makers)()
        if row[5] in seen:
            continue
        seen.add(row[5])
        rows.append(row)
    with open(BIOS / "bios-all.tsv", "w", encoding="utf-8", newline="\n") as out:
        for r in rows:
            assert len(r) == 6 and all("\t" not in f and "\n" not in f for f in r), r
            out.write("\t".join(r) + "\n")
    print(f"wrote {len(rows)} bios")


if __name__ == "__main__":
    main()
