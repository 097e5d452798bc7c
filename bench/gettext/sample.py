"""Draws a random sample of findings for judging by hand. Reads the pairs (bench/gettext/pairs.py's
output) and `review check --db X --json` output, and writes one JSONL line per drawn finding with its
pair, ready for a verdict ("real": true/false) and a one-line reason. Usage:
    python3 bench/gettext/sample.py ko ko.jsonl ko.findings.jsonl 50 20261203 > ko.sample.jsonl
The seed is given so that the draw can be repeated; a sample drawn after a fix uses a new seed.
"""
import json
import random
import sys


def main():
    lang, pairs_path, findings_path, count, seed = sys.argv[1:6]
    pairs = {}
    with open(pairs_path, encoding="utf-8") as reader:
        for line in reader:
            record = json.loads(line)
            pairs[record["id"]] = record
    with open(findings_path, encoding="utf-8") as reader:
        findings = [json.loads(line) for line in reader if line.strip()]
    drawn = random.Random(int(seed)).sample(findings, int(count))
    for finding in drawn:
        pair = pairs[finding["id"]]
        print(json.dumps({"lang": lang, "seed": int(seed), "id": finding["id"], "check": finding["check"],
                          "severity": finding["severity"], "message": finding["message"],
                          "source": pair["source"], "target": pair["target"], "real": None, "reason": ""},
                         ensure_ascii=False))


main()
