#!/usr/bin/env python3
"""Build the Korean character model used to choose among candidates for lost bytes.

Sources are Debian packages (install them first):
    apt-get install -y libreoffice-help-ko debian-faq-ko gimp-help-ko hunspell-ko

Text is extracted from the HTML help and FAQ pages and from hunspell's word list, NFC-normalised,
and reduced to a token stream: each non-ASCII character is its own token, ASCII letters collapse to
'A', digits to '0', whitespace to ' ', other ASCII stays itself.

Every file whose path hashes to 0 mod 10 is HELD OUT: it never enters the model, and a sample of
its Korean lines is written to the test folder so the repair accuracy is measured on unseen text.

Output (raw bytes, ~200 KB, embedded uncompressed so loading is a single read): magic b'HGLM2', varint token count, then per token (varint code point, varint count),
varint bigram count, then per bigram (varint prev index delta-coded within prev, varint next index,
varint count), sorted by prev then next. All bigrams are kept (the file stays well under 1 MB).

Usage: build-hangul-model.py OUT_MODEL.bin.gz OUT_HELDOUT.txt
"""
import collections
import glob
import html
import re
import sys
import unicodedata
import zlib

SOURCES = [
    ('/usr/share/libreoffice/help/ko', '**/*.html'),
    ('/usr/share/gimp/2.0/help/ko', '**/*.html'),
    ('/usr/share/doc/debian/FAQ/ko', '*.html'),
]
HUNSPELL = '/usr/share/hunspell/ko.dic'
TAG = re.compile(r'<script.*?</script>|<style.*?</style>|<[^>]+>', re.S | re.I)
HANGUL = re.compile(r'[\uac00-\ud7a3]')


def token(ch):
    if ch.isspace():
        return ' '
    if ord(ch) < 0x80:
        if ch.isalpha():
            return 'A'
        if ch.isdigit():
            return '0'
    return ch


def lines_of(path):
    with open(path, encoding='utf-8', errors='replace') as f:
        text = TAG.sub('\n', f.read())
    for line in html.unescape(text).splitlines():
        line = unicodedata.normalize('NFC', ' '.join(line.split()))
        if HANGUL.search(line):
            yield line


def held_out(path):
    return zlib.crc32(path.encode()) % 10 == 0


def count(lines, unigrams, bigrams):
    for line in lines:
        prev = ' '
        for ch in line:
            tok = token(ch)
            unigrams[tok] += 1
            bigrams[(prev, tok)] += 1
            prev = tok
        bigrams[(prev, ' ')] += 1


def varint(n):
    out = bytearray()
    while True:
        b = n & 0x7F
        n >>= 7
        if n:
            out.append(b | 0x80)
        else:
            out.append(b)
            return bytes(out)


def write_model(path, unigrams, bigrams):
    unigrams[' '] += 1
    vocab = sorted(unigrams, key=ord)
    index = {t: i for i, t in enumerate(vocab)}
    kept = sorted(((index[a], index[b], c) for (a, b), c in bigrams.items()
                   if c >= 1 and a in index and b in index))
    out = bytearray(b'HGLM2')
    out += varint(len(vocab))
    for t in vocab:
        out += varint(ord(t)) + varint(unigrams[t])
    out += varint(len(kept))
    last_prev = 0
    for a, b, c in kept:
        out += varint(a - last_prev) + varint(b) + varint(c)
        last_prev = a
    with open(path, 'wb') as f:
        f.write(bytes(out))
    return len(vocab), len(kept)


def main(model_path, heldout_path):
    unigrams, bigrams = collections.Counter(), collections.Counter()
    heldout_lines = []
    files = 0
    for root, pattern in SOURCES:
        for path in sorted(glob.glob(f'{root}/{pattern}', recursive=True)):
            files += 1
            lines = list(lines_of(path))
            if held_out(path):
                heldout_lines.extend(lines)
            else:
                count(lines, unigrams, bigrams)
    with open(HUNSPELL, encoding='utf-8') as f:
        words = [unicodedata.normalize('NFC', l.split('/')[0].strip()) for l in f.readlines()[1:]]
    count((w for w in words if HANGUL.search(w)), unigrams, bigrams)
    vocab, kept = write_model(model_path, unigrams, bigrams)
    sample = sorted(set(l for l in heldout_lines if 20 <= len(l) <= 300 and
                        len(HANGUL.findall(l)) >= 0.4 * len(l)))
    step = max(1, len(sample) // 1500)
    with open(heldout_path, 'w', encoding='utf-8') as f:
        f.write('\n'.join(sample[::step][:1500]) + '\n')
    print(f'{files} files, {sum(unigrams.values())} tokens, {vocab} types, {kept} bigrams kept; '
          f'{len(sample[::step][:1500])} held-out lines', file=sys.stderr)


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
