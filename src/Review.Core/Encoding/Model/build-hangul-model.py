#!/usr/bin/env python3
"""Build the Korean character model used to choose among candidates for lost bytes.

Sources are Debian packages (install them first):
    apt-get install -y libreoffice-help-ko debian-faq-ko gimp-help-ko hunspell-ko

Text is extracted from the HTML help and FAQ pages and from hunspell's word list, NFC-normalised,
and reduced to a token stream: each non-ASCII character is its own token, ASCII letters collapse to
'A', digits to '0', whitespace to ' ', other ASCII stays itself.

Every file whose path hashes to 0 mod 10 is HELD OUT: it never enters the model, and a sample of
its Korean lines is written to the test folder so the repair accuracy is measured on unseen text.

Output (little-endian, fixed width, so loading is one copy): magic b'HGLM3', int32 token count V,
int32 bigram count B, int32[V] token code points (ascending), int32[V] token counts,
int32[B] bigram keys (previous index << 16 | next index, ascending), int32[B] bigram counts.

Usage: build-hangul-model.py OUT_MODEL.bin.gz OUT_HELDOUT.txt
"""
import collections
import glob
import html
import re
import struct
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


def write_model(path, unigrams, bigrams):
    unigrams[' '] += 1
    vocab = sorted(unigrams, key=ord)
    index = {t: i for i, t in enumerate(vocab)}
    kept = sorted(((index[a] << 16) | index[b], c) for (a, b), c in bigrams.items()
                  if a in index and b in index)
    ints = [len(vocab), len(kept)]
    ints += [ord(t) for t in vocab] + [unigrams[t] for t in vocab]
    ints += [k for k, _ in kept] + [c for _, c in kept]
    with open(path, 'wb') as f:
        f.write(b'HGLM3' + struct.pack(f'<{len(ints)}i', *ints))
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
