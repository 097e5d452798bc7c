"""Lists the pairs translate-toolkit's `pofilter -t printf` flags on which review reports no
placeholder finding. Reads the ids bench/gettext/pairs.py recorded in <pairs>.printf, the pairs, and
`review check --db X --json` output. Prints one JSON line per miss (id, source, target) and a summary
on stderr; exit status 1 when there are misses. pofilter also flags valid gettext (reordered `%n$`,
`%<PRIdMAX>`, a changed precision), so each miss is then judged: a real defect review missed is a
bug, the rest are pofilter's false alarms. Usage:
    python3 bench/gettext/printf-parity.py ko.jsonl ko.findings.jsonl
"""
import json
import sys


def main():
    pairs_path, findings_path = sys.argv[1:3]
    with open(pairs_path + ".printf", encoding="utf-8") as reader:
        flagged = [line.strip() for line in reader if line.strip()]
    pairs = {}
    with open(pairs_path, encoding="utf-8") as reader:
        for line in reader:
            record = json.loads(line)
            pairs[record["id"]] = record
    reported = set()
    with open(findings_path, encoding="utf-8") as reader:
        for line in reader:
            if line.strip():
                finding = json.loads(line)
                if finding["check"] == "placeholder":
                    reported.add(finding["id"])
    missed = [pair_id for pair_id in flagged if pair_id not in reported]
    for pair_id in missed:
        pair = pairs[pair_id]
        print(json.dumps({"id": pair_id, "source": pair["source"], "target": pair["target"]}, ensure_ascii=False))
    print(f"{pairs_path}: pofilter flagged {len(flagged)}, review reported {len(flagged) - len(missed)}, "
          f"missed {len(missed)}", file=sys.stderr)
    sys.exit(1 if missed else 0)


main()
