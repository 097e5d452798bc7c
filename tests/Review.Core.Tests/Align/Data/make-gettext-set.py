#!/usr/bin/python3
"""Builds the sentence-alignment test set from real translations: the gettext catalogs installed on
the machine that ran it (/usr/share/locale/LANG/LC_MESSAGES/*.mo, decoded with msgunfmt).

Each catalog's single-sentence messages are taken in file order and joined into paragraphs of
3 to 8 sentences. Some paragraphs are then damaged the way real paragraph pairs are: a target
sentence dropped (1-0), a source sentence dropped (0-1), two targets fused into one sentence (2-1)
or two sources fused (1-2). The true links are kept.

Twins are left out: a message whose source or target matches, letters and digits only, one already
taken from the same catalog ("Try '%s --help'..." and 'Try "%s --help"...'). A dropped sentence next
to its twin could be either one, so no reader could call its gold link right.

The paragraphs are shuffled and cut in two: the first PARAGRAPHS are the test set (OUT.jsonl), the
next PARAGRAPHS the development set (OUT with .dev.jsonl), on which the aligner's weights are set;
the two share no message.

Usage: make-gettext-set.py LANG OUT.jsonl [PARAGRAPHS]   (LANG is ko or zh_CN)
One JSON object a line: id, source (sentences), target (sentences), links ([[source indexes],
[target indexes]] in order). Deterministic for a given set of catalogs (seeded).
"""
import glob
import json
import random
import re
import subprocess
import sys

from translate.storage import pypo

lang, out = sys.argv[1], sys.argv[2]
wanted = int(sys.argv[3]) if len(sys.argv) > 3 else 150
rng = random.Random(15)

SOURCE_END = re.compile(r"[.!?]$")
TARGET_END = {"ko": re.compile(r"[.!?]$"), "zh_CN": re.compile(r"[。！？.]$")}[lang]
PLACEHOLDER = re.compile(r"%[-#0-9.]*[a-zA-Z]|\$\{|\{\w*\}|<\w+>|\b_\b")


def sentence_like(source, target):
    if "\n" in source or "\n" in target or "\t" in source + target:
        return False
    if not (20 <= len(source) <= 220) or len(target) < 4:
        return False
    if not source[0].isupper() or not SOURCE_END.search(source) or not TARGET_END.search(target):
        return False
    # one sentence each: no inner sentence end followed by a capital
    if re.search(r"[.!?] +[A-Z]", source) or re.search(r"[.!?。！？] *\S", target[:-1]):
        return False
    return source != target


def twin_key(text):
    return "".join(c for c in text.lower() if c.isalnum())


def catalog_units(path):
    po = subprocess.run(["msgunfmt", path], capture_output=True, check=True).stdout
    store = pypo.pofile(po)
    units, seen = [], set()
    for unit in store.units:
        if unit.isheader() or unit.hasplural() or unit.isfuzzy():
            continue
        source, target = str(unit.source).strip(), str(unit.target).strip()
        if not sentence_like(source, target):
            continue
        keys = (twin_key(source), "t:" + twin_key(target))
        if keys[0] in seen or keys[1] in seen:
            continue
        seen.update(keys)
        units.append((source, target))
    return units


def join_target(a, b):
    """Two target sentences fused into one, as a translator who merged them would write it."""
    if lang == "ko":
        return a[:-1] + ", " + b if a.endswith(".") else a + " " + b
    return a[:-1] + "，" + b if a[-1] in "。." else a + b


def join_source(a, b):
    return a[:-1] + "; " + b[0].lower() + b[1:]


def paragraph(units):
    """Source and target sentences of a paragraph and the true links, with at most two damages."""
    links = [([s], [t]) for s, t in units]
    for _ in range(rng.choice([0, 1, 1, 2])):
        i = rng.randrange(len(links))
        kind = rng.choice(["1-0", "0-1", "2-1", "1-2"])
        src, tgt = links[i]
        if len(src) != 1 or len(tgt) != 1:
            continue
        if kind == "1-0":
            links[i] = (src, [])
        elif kind == "0-1":
            links[i] = ([], tgt)
        elif i + 1 < len(links) and len(links[i + 1][0]) == 1 and len(links[i + 1][1]) == 1:
            nsrc, ntgt = links[i + 1]
            if kind == "2-1":
                links[i:i + 2] = [(src + nsrc, [join_target(tgt[0], ntgt[0])])]
            else:
                links[i:i + 2] = [([join_source(src[0], nsrc[0])], tgt + ntgt)]
    source, target, indexed = [], [], []
    for src, tgt in links:
        indexed.append([list(range(len(source), len(source) + len(src))), list(range(len(target), len(target) + len(tgt)))])
        source += src
        target += tgt
    return source, target, indexed


records = []
for path in sorted(glob.glob(f"/usr/share/locale/{lang}/LC_MESSAGES/*.mo")):
    name = path.rsplit("/", 1)[1][:-3]
    if name.startswith("iso_"):
        continue  # country and language names: no sentences
    units = catalog_units(path)
    at = 0
    while at + 3 <= len(units):
        size = rng.randint(3, 8)
        chunk = units[at:at + size]
        at += size
        if len(chunk) >= 3:
            records.append((name, chunk))

rng.shuffle(records)
for path, part, prefix in ((out, records[:wanted], lang), (out[:-len(".jsonl")] + ".dev.jsonl", records[wanted:2 * wanted], "dev-" + lang)):
    with open(path, "w", encoding="utf-8") as f:
        for n, (name, chunk) in enumerate(sorted(part, key=lambda r: r[0])):
            source, target, links = paragraph(chunk)
            f.write(json.dumps({"id": f"{prefix}-{name}-{n:03d}", "source": source, "target": target, "links": links}, ensure_ascii=False) + "\n")
