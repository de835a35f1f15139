#!/usr/bin/env python3
"""Writes adversarial-texts.txt: hand-picked hostile inputs for the golden-output tests, one per line, with
backslash escapes (\\n \\t \\\\ \\uXXXX) so control characters and lone surrogates survive in a text file."""

def esc(s: str) -> str:
    out = []
    for ch in s:
        o = ord(ch)
        if ch == '\\':
            out.append('\\\\')
        elif o < 0x20 or o == 0x7f or 0x80 <= o <= 0x9f or 0xd800 <= o <= 0xdfff:
            out.append('\\u%04x' % o)
        elif o > 0xffff:  # write astral characters as their UTF-16 pair so the C# reader needs one rule only
            v = o - 0x10000
            out.append('\\u%04x\\u%04x' % (0xd800 + (v >> 10), 0xdc00 + (v & 0x3ff)))
        else:
            out.append(ch)
    return ''.join(out)

HI, LO = '\ud83d', '\ude00'  # halves of 😀, used alone below
texts = [
    "", " ", "   \t  ", "\n", "\r\n\r\n", "\u00a0\u2003\u200b", "\t\tMD\t\t",
    "\x1b[31mRED\x1b[0m oncologist, MD", "\x1b]0;title\x07 nurse RN", "\x1b", "bell\x07 \x00 nul \x7f del \x85 nel \x9b csi",
    "Dr.\x0bSmith\x0cMD", "carriage\rreturn nurse\rpractitioner",
    "😀", "😀😀😀😀", "👍🏽 great trial 👍🏿", "👩‍⚕️ pediatric oncologist 👩🏾‍⚕️", "❤️❤️ love this ☺ ✔ ★", "1️⃣ 2️⃣ #️⃣",
    "🇺🇸🇩🇪 flags", "🩺 MD", "🤖 automated", "🎗️ survivor", "nurse😀practitioner", "good😀bad", "#Cancer😀Care",
    HI, LO, LO + HI, "abc" + HI, HI + "abc", "nurse " + LO + " MD", "a" + HI + HI + "b",
    "\U0001d400\U0001d401\U0001d402 math bold", "𝓝𝓾𝓻𝓼𝓮 fancy nurse",
    "مرحبا طبيب أورام الأطفال", "שלום רופא", "\u202eDM ,tsigolocnO\u202c", "\u200fright-to-left mark MD\u200e",
    "Врач-онколог, MD", "医生 肿瘤科 MD", "ＭＤ ｎｕｒｓｅ fullwidth", "İstanbul İİ ıı", "Kelvin \u212a ohm \u2126",
    "STRASSE straße ß MEDICO MÉDICO médecin Médica", "e\u0301 me\u0301dico combining accent", "ǅ ǈ titlecase",
    "Baltimore, MD", "Baltimore,MD", "Towson , MD", "PhD, MD", "MD", "M.D.", "DO", "(DO)", "future DO", "Dr.", "dr", "Dra.",
    "Jane Smith, MD, PhD, FRCP(C)", "MBChB FRACP", "Dr. med. Meier", "PA-C", "NP-C, FNP-C", "RN BSN CCRN", "PharmD, BCOP",
    "not a doctor", "I'm not a doctor but", "Not that kind of doctor", "nurse's wife", "wife of a nurse", "proud mom of two doctors and a nurse",
    "ex-nurse", "former physician, now writer", "retired cardiologist", "Doctor Who fan", "Dr Pepper addict", "Doctora en biología",
    "heme/onc fellow PGY-5", "peds heme onc", "IM resident", "EM attending", "GI doc", "ID fellow", "im Krankenhaus em casa",
    "research fellow", "Fellow of the Royal College", "MS3", "M4", "OMS-II", "MIR de oncología", "bot", "not a bot", "i am a bot",
    "@bob: hi", "@bob.", "@@", "@", "#", "##", "#_a_b", "#CARTCell #HbA1c #COVID19Vaccine #a1 #über", "http://x.y", "HTTPS://EXAMPLE.ORG/path?q=1",
    "www.example.com", "doi.org/10.1056/NEJMoa2214171", "url:http://x", ":-) :) :( <3 </3 :D xD ;-)", ":-)))", "=)", ":'(",
    "sooooo goooood!!!!!!", "NOT GOOD AT ALL", "don't like it", "don’t like it", "can't won't isn't", "no. good", "never, ever good",
    "not good but great", "not_neg", "good_neg", "0.03 p<0.05 p = .04 n=30 HR 0.5 HR=0.62 $5,000 €12k £3bn",
    "B-cell T-cell CAR-T 2-yr 82% ~82% >1 <1 ≥3 ≤2", "a.b.c. U.S. e.g. i.e.", "don't-stop-me", "a&b a/b a=b a_b a%b 5%",
    "'quoted' \"double\" “curly” ‘single’", "...", "!!!", "?!?!", "—–-", "•·|", "a" * 300, "!" * 300, "😀" * 200,
    "word " * 400, "not " * 300, "MD " * 200, "nurse oncologist " * 150,
]
with open('adversarial-texts.txt', 'w', encoding='utf-8', newline='\n') as f:
    for t in texts:
        f.write(esc(t) + '\n')
print(len(texts), "texts")
