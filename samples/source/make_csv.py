#!/usr/bin/env python3
"""Builds samples/source/sample-posts.csv (the project's CSV import format, docs/csv-format.md)
from the hand-written sample posts and authors in this folder. Deterministic: same input, same output.
SAMPLE DATA: every post and profile here was written for this project; none is a real person's post."""
import csv, hashlib, os, sys
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
PAPERS = {
    "blina": dict(doi="10.1056/NEJMoa2214171", pmid="37099340", published="2023-04-27"),
    "select": dict(doi="10.1056/NEJMoa2307563", pmid="37952131", published="2023-11-11"),
    "leca": dict(doi="10.1056/NEJMoa2212948", pmid="36449413", published="2022-11-29"),
}
INSTANCES = ["med-mastodon.com", "mastodon.social", "fediscience.org"]


# Function words that mark the handful of non-English sample posts; the platforms send a language code with every
# post, so the sample should too (two hits needed, else English).
LANG_MARKERS = {
    "fr": {"le", "la", "les", "des", "est", "pour", "chez", "très", "une", "nous", "je", "mois", "plus"},
    "es": {"el", "los", "las", "muy", "estudio", "una", "nuestros", "pero", "lo", "qué", "pasa", "mitad", "sigue", "siendo", "después", "quién", "va", "pagar", "sin", "mes", "sigo", "poder", "mis", "con", "gran", "pregunta"},
    "pt": {"não", "nossa", "prática", "estudo", "muito", "uma", "vai", "os", "em", "lindo", "após", "dias", "resumo", "residentes", "quem", "já", "está", "usando", "protocolo", "duas", "semanas", "depois", "conseguimos", "nosso", "primeiro", "aqui", "custo", "pergunta"},
    "de": {"und", "die", "der", "nicht", "ist", "eine", "wir", "mit", "das", "studie", "für", "auf", "als", "bei", "zur", "aber", "kleine", "großer", "senkt", "ohne", "kurze", "zusammenfassung"},
}


def guess_lang(text):
    words = [w.strip(".,:;!?()\"'").lower() for w in text.split()]
    best, hits = "en", 1
    for code, markers in LANG_MARKERS.items():
        n = sum(w in markers for w in words)
        if n > hits:
            best, hits = code, n
    return best

def h(s, mod):
    return int(hashlib.sha256(s.encode()).hexdigest(), 16) % mod

def read_tsv(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        rows = list(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    head = rows[0]
    return [dict(zip(head, r)) for r in rows[1:] if r]

def link_for(paper, code):
    p = PAPERS[paper]
    return {
        "d": f"https://doi.org/{p['doi']}",
        "n": f"https://www.nejm.org/doi/full/{p['doi']}?query=featured_home",
        "p": f"https://pubmed.ncbi.nlm.nih.gov/{p['pmid']}/",
        "k": "",
    }[code]

def shown(platform, url, seed):
    if not url:
        return ""
    if platform == "x":
        return " https://t.co/" + hashlib.md5(seed.encode()).hexdigest()[:10]
    if platform == "bluesky":
        short = url.split("://", 1)[1]
        return " " + (short[:26] + "..." if len(short) > 29 else short)
    return " " + url

def main():
    authors = {a["handle"]: a for a in read_tsv("authors.tsv")}
    posts = []
    for name in ("posts-blinatumomab.tsv", "posts-select.tsv", "posts-lecanemab.tsv"):
        posts += read_tsv(name)
    out = []
    for i, p in enumerate(posts):
        a = authors[p["handle"]]
        plat = a["platform"]
        pub = datetime.fromisoformat(PAPERS[p["paper"]]["published"]).replace(tzinfo=timezone.utc)
        hh, mm = map(int, p["time"].split(":"))
        created = pub + timedelta(days=int(p["day"]), hours=hh, minutes=mm, seconds=h(p["text"], 60))
        url_target = link_for(p["paper"], p["links"])
        seed = p["handle"] + p["text"]
        n = 1_650_000_000_000_000_000 + h(seed, 10**17)
        if plat == "x":
            pid, handle, author_id = str(n), a["handle"], str(1000 + h(a["handle"], 10**9))
            url = f"https://x.com/{handle}/status/{pid}"
        elif plat == "bluesky":
            did = "did:plc:" + hashlib.sha256(a["handle"].encode()).hexdigest()[:24]
            rkey = "3k" + hashlib.sha256(seed.encode()).hexdigest()[:11]
            handle = a["handle"].replace("_", "-") + ".bsky.social"
            pid, author_id = f"at://{did}/app.bsky.feed.post/{rkey}", did
            url = f"https://bsky.app/profile/{handle}/post/{rkey}"
        else:
            inst = INSTANCES[h(a["handle"], len(INSTANCES))]
            user = a["handle"].replace("mast_", "")
            handle, author_id = f"{user}@{inst}", f"https://{inst}/@{user}"
            num = str(110_000_000_000_000_000 + h(seed, 10**15))
            pid, url = f"https://{inst}/users/{user}/statuses/{num}", f"https://{inst}/@{user}/{num}"
        eng = h(seed + "e", 1000)
        likes = eng % 400 if a["name"].endswith("Bot") is False else eng % 5
        out.append(dict(
            platform=plat, id=pid, created_at=created.strftime("%Y-%m-%dT%H:%M:%SZ"),
            author_id=author_id, author_handle=handle, author_name=a["name"], author_bio=a["bio"],
            text=p["text"] + shown(plat, url_target, seed), url=url, links=url_target,
            lang=guess_lang(p["text"]), likes=likes, reposts=likes // 4, replies=h(seed + "r", 40), quotes=h(seed + "q", 10),
            relation="original", referenced_id=""))
    # A few reposts of the most liked X originals: stored as reposts, not as new text.
    originals = sorted((r for r in out if r["platform"] == "x"), key=lambda r: -int(r["likes"]))[:12]
    reposters = [a for a in authors.values() if a["platform"] == "x"]
    for k, o in enumerate(originals):
        who = reposters[(k * 7 + 3) % len(reposters)]
        if who["handle"] == o["author_handle"]:
            who = reposters[(k * 7 + 4) % len(reposters)]
        t = datetime.strptime(o["created_at"], "%Y-%m-%dT%H:%M:%SZ") + timedelta(hours=3 + k)
        rid = str(1_660_000_000_000_000_000 + h(o["id"] + who["handle"], 10**17))
        out.append(dict(o, id=rid, created_at=t.strftime("%Y-%m-%dT%H:%M:%SZ"),
                        author_id=str(1000 + h(who["handle"], 10**9)), author_handle=who["handle"],
                        author_name=who["name"], author_bio=who["bio"],
                        url=f"https://x.com/{who['handle']}/status/{rid}", likes=0, reposts=0, replies=0, quotes=0,
                        relation="repost", referenced_id=o["id"]))
    out.sort(key=lambda r: (r["created_at"], r["id"]))
    cols = ["platform", "id", "created_at", "author_id", "author_handle", "author_name", "author_bio",
            "text", "url", "links", "lang", "likes", "reposts", "replies", "quotes", "relation", "referenced_id"]
    dest = os.path.join(HERE, "sample-posts.csv")
    with open(dest, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=cols, lineterminator="\n")
        w.writeheader()
        w.writerows(out)
    print(f"{dest}: {len(out)} posts", file=sys.stderr)

if __name__ == "__main__":
    main()
