"""Builds labelled.jsonl: pairs from data/arxiv-translator-ko.jsonl with the check ids a careful
reviewer expects. The Korean is first un-garbled (bytes read back through Windows-874/1252 and
decoded as UTF-8; a dropped continuation byte is re-guessed from Hangul jamo frequencies). Then
errors of every kind are injected into copies, each with its label. Pairs the corpus itself gets
wrong were reviewed by hand: NATURAL lists them. Run from the repository root:
    python3 tests/Review.Core.Tests/Checks/Labelled/make_labelled.py
"""
import collections
import json
import random
import re

CORPUS = "data/arxiv-translator-ko.jsonl"
OUT = "tests/Review.Core.Tests/Checks/Labelled/labelled.jsonl"

# Real problems of the (un-garbled) sample, found by reading the pairs the checks flagged and the
# pairs around them: U+FFFD where bytes were lost, formulas the MT altered, emphasis it dropped.
NATURAL = {
    "arxiv-ko-0009": ["markup"], "arxiv-ko-0012": ["math"],
    "arxiv-ko-0013": ["number", "citation", "markup", "length-ratio"], "arxiv-ko-0014": ["encoding"],
    "arxiv-ko-0025": ["encoding"], "arxiv-ko-0038": ["encoding"], "arxiv-ko-0040": ["math"],
    "arxiv-ko-0041": ["markup"], "arxiv-ko-0046": ["encoding"], "arxiv-ko-0047": ["markup"],
    "arxiv-ko-0056": ["math"], "arxiv-ko-0057": ["markup"], "arxiv-ko-0061": ["math"],
    "arxiv-ko-0088": ["markup"], "arxiv-ko-0095": ["markup", "encoding"], "arxiv-ko-0097": ["encoding"],
}

DROPPED = [0x81, 0x8D, 0x8F, 0x90, 0x9D]
COMMON = set("이다의는에하고을가를한지로서기리사어도아수인일있대자해적시나정되주게으라보전상제부만성여들와과것그면스진구장등문위동화우트데계까분내경모된링생원텍포평용확능방법터델학습결연검색추론최작업품질필크롤됩됐될던며든현했할함및각통새형태합값명련번더오없않개")


def byte_map():
    reverse = {}
    for b in range(256):
        try:
            c = bytes([b]).decode("cp1252" if 0x80 <= b <= 0x9F else "cp874")
        except UnicodeDecodeError:
            continue
        reverse.setdefault(c, b)
    return reverse


REVERSE = byte_map()


def sequences(data):
    i, out = 0, []
    while i < len(data):
        b = data[i]
        n = 1 if b < 0x80 else 2 if 0xC0 <= b < 0xE0 else 3 if 0xE0 <= b < 0xF0 else 4 if b >= 0xF0 else 0
        if n <= 1:
            out.append(("ok" if n == 1 else "stray", data[i:i + 1]))
            i += 1
            continue
        j = i + 1
        while j < len(data) and j - i < n and 0x80 <= data[j] < 0xC0:
            j += 1
        out.append(("ok" if j - i == n else "damaged", data[i:j]))
        i = j
    return out


def ungarble(rows):
    raw = [bytes(REVERSE[c] if ord(c) >= 0x80 else ord(c) for c in r["arxiv-translator"]) for r in rows]
    freq = collections.Counter(s.decode() for data in raw for k, s in sequences(data) if k == "ok" and len(s) == 3)
    jamo = [collections.Counter(), collections.Counter(), collections.Counter()]
    for ch, n in freq.items():
        o = ord(ch) - 0xAC00
        if 0 <= o < 11172:
            for part, value in zip(jamo, (o // 588, (o % 588) // 28, o % 28)):
                part[value] += n

    def score(ch):
        o = ord(ch) - 0xAC00
        if not 0 <= o < 11172:
            return -1
        if ch in COMMON:
            return 1e12
        return freq.get(ch, 0) * 1e6 + (jamo[0][o // 588] + 1) * (jamo[1][(o % 588) // 28] + 1) * (jamo[2][o % 28] + 1)

    def repair(data):
        out = []
        for kind, seq in sequences(data):
            if kind == "ok":
                out.append(seq.decode())
                continue
            best = None
            if kind == "damaged" and len(seq) == 2 and seq[0] >= 0xE0:
                for pos in (1, 2):
                    for d in DROPPED:
                        try:
                            ch = (seq[:pos] + bytes([d]) + seq[pos:]).decode()
                        except UnicodeDecodeError:
                            continue
                        if best is None or score(ch) > score(best):
                            best = ch
            out.append(best or "\ufffd")
        return "".join(out)

    return [repair(data) for data in raw]


PLAIN = re.compile(r"^[^\d\[\]()*_$\\{}<>\"“”「」%]*$")
MATH = re.compile(r"\\\(.*?\\\)")
BRACKET_CITE = re.compile(r"\[\d+(?:, ?\d+)*\]")
AUTHOR_CITE = re.compile(r"\([A-Z][A-Za-z\-]+ (?:et al\.|등|외), (?:19|20)\d\d[a-z]?\)")
NUMBER = re.compile(r"(?<![\d.\w])(?!(?:19|20)\d\d\b)\d+(?:\.\d+)?(?![\d.,])")


def ratio(source, target):
    measure = lambda t: sum(1 for c in t if not c.isspace())
    return measure(target) / max(1, measure(source))


def plain_tail(target, fraction):
    """A cut point in the last part of the target after which nothing checkable follows."""
    cut = target.rfind(" ", 0, int(len(target) * fraction))
    return cut if cut > 0 and PLAIN.match(target[cut:]) else -1


def inject(kind, pair, rng):
    """Returns (new source, new target, expected ids) or None when this pair cannot take the error."""
    s, t = pair["source"], pair["target"]
    if kind == "number":
        hits = [m for m in NUMBER.finditer(t) if t.count(m.group()) == 1 and s.count(m.group()) == 1
                and not any(a.start() <= m.start() < a.end() for a in list(MATH.finditer(t)) + list(re.finditer(r"\[[^\]]*\]", t)) + list(AUTHOR_CITE.finditer(t)))]
        if not hits:
            return None
        m = rng.choice(hits)
        value = m.group()
        changed = value[:-1] + str((int(value[-1]) + 3) % 10) if len(value) > 1 else str(int(value) + 7)
        return s, t[:m.start()] + changed + t[m.end():], ["number"]
    if kind == "citation":
        hits = [m for m in BRACKET_CITE.finditer(t) if s.count(m.group()) == 1 and t.count(m.group()) == 1]
        hits += [m for m in AUTHOR_CITE.finditer(t) if "et al." in m.group() and s.count(m.group()) == 1]
        if not hits:
            return None
        m = rng.choice(hits)
        mode = rng.choice(["drop", "mangle"])
        if mode == "drop" or not m.group().startswith("["):
            return s, t[:m.start()] + t[m.end():], ["citation"]
        return s, t[:m.start()] + "［" + m.group()[1:-1].replace(", ", " ,") + "］" + t[m.end():], ["citation"]
    if kind == "math":
        hits = [m for m in MATH.finditer(t) if t.count(m.group()) == 1 and s.count(m.group()) == 1 and len(m.group()) > 6 and "_" not in m.group()]
        if not hits:
            return None
        m = rng.choice(hits)
        span = m.group()
        mangled = rng.choice(["\\ (" + span[2:], span[:-3] + " " + span[-3:], span.replace("\\", "\\\\", 1)[:-2] + "\\)"])
        return s, t[:m.start()] + mangled + t[m.end():], ["math"]
    if kind == "markup":
        bold = re.search(r"\*\*([^*]+)\*\*", t)
        if bold and s.count("**") == t.count("**"):
            return s, t[:bold.end() - 2] + t[bold.end():], ["markup"]
        words = [m for m in re.finditer(r"(?<= )[A-Za-z]{4,}(?= )", s)]
        if not words or "`" in s + t:
            return None
        w = rng.choice(words).group()
        return s.replace(" " + w + " ", " `" + w + "` ", 1), t, ["markup"]
    if kind == "url":
        url = rng.choice(["https://github.com/example/review-tool", "https://huggingface.co/datasets/example/corpus", "team@example.org"])
        end = t.rstrip()
        if not end.endswith(".") or not s.rstrip().endswith("."):
            return None
        broken = rng.choice([url.replace("https://", "").replace("@", " at "), url.replace("example", "exmaple")])
        return s.rstrip()[:-1] + " (see " + url + ").", end[:-1] + " (" + broken + " 참조).", ["url"]
    if kind == "untranslated":
        if rng.random() < 0.5:
            return s, s, ["untranslated"]
        english = "우리는 " + s
        expected = ["untranslated"] + (["length-ratio"] if not 0.2 <= ratio(s, english) <= 1.0 else [])
        return s, english, expected
    if kind == "length-ratio":
        if not PLAIN.match(t) or not PLAIN.match(s):
            return None
        if rng.random() < 0.5:
            longer = (t + " ") * 3
            return s, longer.strip(), ["length-ratio"]
        first = t.find(". ")
        if first < 0 or ratio(s, t[:first + 1]) >= 0.2:
            return None
        short = t[:first + 1]
        return s, short, ["length-ratio"] + (["truncation"] if ratio(s, short) < 0.1 else [])
    if kind == "truncation":
        cut = plain_tail(t, rng.uniform(0.8, 0.95))
        if cut < 0 or not s.rstrip().endswith("."):
            return None
        cut_target = t[:cut].rstrip(" ,")
        expected = ["truncation"]
        if rng.random() < 0.3:
            cut_target += "\ufffd"
            expected.append("encoding")
        if not 0.2 <= ratio(s, cut_target) <= 1.0:
            expected.append("length-ratio")
        return s, cut_target, expected
    if kind == "whitespace":
        spaces = [m.start() for m in re.finditer(r"(?<=[가-힣]) (?=[가-힣])", t)]
        if not spaces:
            return None
        at = rng.choice(spaces)
        mode = rng.choice(["double", "nbsp", "before-period", "trailing"])
        if mode == "double":
            return s, t[:at] + "  " + t[at + 1:], ["whitespace"]
        if mode == "nbsp":
            return s, t[:at] + "\u00a0" + t[at + 1:], ["whitespace"]
        if mode == "trailing":
            return s, t + " ", ["whitespace"]
        dot = t.find(". ")
        return (s, t[:dot] + " ." + t[dot + 1:], ["whitespace"]) if dot > 0 else None
    if kind == "bracket":
        hits = [m for m in re.finditer(r"\(([A-Za-z가-힣 ]{2,30})\)", t) if not re.search(r"\d", m.group())]
        if not hits:
            return None
        m = rng.choice(hits)
        mode = rng.choice(["close", "open", "quote"])
        if mode == "close":
            return s, t[:m.end() - 1] + t[m.end():], ["bracket"]
        if mode == "open":
            return s, t[:m.start()] + t[m.start() + 1:], ["bracket"]
        return s, t[:m.start()] + "“" + t[m.start():], ["bracket"]
    if kind == "repeat":
        words = [m for m in re.finditer(r"(?<= )[가-힣]{2,}(?= [가-힣])", t)]
        if not words:
            return None
        m = rng.choice(words)
        return s, t[:m.end()] + " " + m.group() + t[m.end():], ["repeat"]
    if kind == "encoding":
        hangul = [m.start() for m in re.finditer(r"[가-힣]", t)]
        at = rng.choice(hangul)
        if rng.random() < 0.5:
            return s, t[:at] + "\ufffd" + t[at + 1:], ["encoding"]
        end = t.find(" ", at)
        end = end if end > 0 else len(t)
        word = t[at:end]
        garbled = word.encode("utf-8").decode("cp1252", errors="replace").replace("\ufffd", "")
        return s, t[:at] + garbled + t[end:], ["encoding"]
    if kind == "control":
        at = rng.choice([m.start() for m in re.finditer(r"[가-힣]", t)])
        ch = rng.choice(["\u200b", "\u202e", "\u0007", "\ufeff", "\u00ad"])
        return s, t[:at] + ch + t[at:], ["control"]
    raise ValueError(kind)


KINDS = ["number", "citation", "math", "markup", "url", "untranslated", "length-ratio", "truncation",
         "whitespace", "bracket", "repeat", "encoding", "control"]


def variants(clean, seed, rounds, prefix):
    """One injected copy per kind and round, each into a pair chosen at random among those that can take it."""
    rng = random.Random(seed)
    candidates = [p for p in clean if p["id"] not in NATURAL]
    made_entries = []
    for round_ in range(rounds):
        for kind in KINDS:
            order = candidates[:]
            rng.shuffle(order)
            for pair in order:
                made = inject(kind, pair, rng)
                if made:
                    s, t, expected = made
                    made_entries.append({"id": f"{pair['id']}~{prefix}{kind}{round_}", "source": s, "target": t,
                                         "expected": sorted(set(expected)), "injected": kind})
                    break
    return made_entries


def main():
    rows = [json.loads(line) for line in open(CORPUS, encoding="utf-8")]
    clean = [{"source": r["text"], "target": t, "id": r["id"]} for r, t in zip(rows, ungarble(rows))]
    # The tuning part: every sample pair as it is, plus injected copies. The checks were adjusted
    # while reading their mistakes here. The held-out part uses another seed and was scored once.
    tune = [{"id": p["id"], "source": p["source"], "target": p["target"],
             "expected": sorted(NATURAL.get(p["id"], [])), "injected": None} for p in clean]
    tune += variants(clean, 20261121, 12, "")
    seen = {(e["source"], e["target"]) for e in tune}
    holdout = [e for e in variants(clean, 4242, 10, "h") if (e["source"], e["target"]) not in seen]
    with open(OUT, "w", encoding="utf-8") as out:
        for split, entries in (("tune", tune), ("holdout", holdout)):
            for entry in entries:
                entry["split"] = split
                out.write(json.dumps(entry, ensure_ascii=False) + "\n")
    print(len(tune), "tuning entries,", len(holdout), "held-out entries")


main()
