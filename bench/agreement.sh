#!/usr/bin/env bash
# What agreement costs as the corpus grows: a database of N pairs decided by two annotators (ana on
# every pair, ben on every pair; every 10th pair they disagree on the kind, every 20th both edit with
# different texts), then `review agreement --json` and `review export --with-decisions`, wall time and
# peak memory of each. The decisions are written with sqlite3 in one statement, as the store would
# have written them (ben's supersede ana's, pairs.status follows the latest).
# Usage: bench/agreement.sh [N...]   (default: 100000 1000000)
# REVIEW="dotnet path/to/review.dll" picks the program (default: a Release build, built when missing).
# Needs sqlite3, python3 and GNU time (/usr/bin/time).
set -euo pipefail
cd "$(dirname "$0")/.."

sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(100000 1000000)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dll=src/Review.Cli/bin/Release/net10.0/review.dll
if [ -z "${REVIEW:-}" ]; then
  [ -f "$dll" ] || dotnet build src/Review.Cli -c Release -nologo -v quiet >/dev/null
  REVIEW="dotnet $dll"
fi
read -r -a review <<< "$REVIEW"

measure() {
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" >"$work/out" 2>&1 || { cat "$work/out" >&2; exit 1; }
  read -r wall kib < "$work/time"
  echo "$wall s, peak $((kib / 1024)) MiB"
}

for n in "${sizes[@]}"; do
  python3 - "$n" > "$work/c.jsonl" <<'PY'
import json, sys
for i in range(1, int(sys.argv[1]) + 1):
    print(json.dumps({"id": f"p{i}", "source": f"Sentence number {i} is a little longer than short.",
                      "target": f"문장 {i}번은 조금 길다고 할 수 있다.", "suggestion": f"{i}번 문장은 조금 길다."}, ensure_ascii=False))
PY
  rm -f "$work/c.db"
  "${review[@]}" import "$work/c.jsonl" --db "$work/c.db" --no-checks >/dev/null
  sqlite3 "$work/c.db" <<SQL
BEGIN;
INSERT INTO decisions (pair_id, kind, final_target, annotator, at, supersedes)
  SELECT id, CASE WHEN id % 20 = 0 THEN 'edit' ELSE 'accept' END,
         CASE WHEN id % 20 = 0 THEN target || ' 고침' ELSE target END, 'ana', '2026-12-03T12:00:00.000Z', NULL
  FROM pairs ORDER BY id;
INSERT INTO decisions (pair_id, kind, final_target, annotator, at, supersedes)
  SELECT id, CASE WHEN id % 20 = 0 THEN 'edit' WHEN id % 10 = 0 THEN 'reject' ELSE 'accept' END,
         CASE WHEN id % 20 = 0 THEN target || ' 다름' WHEN id % 10 = 0 THEN NULL ELSE target END,
         'ben', '2026-12-03T12:01:00.000Z', id
  FROM pairs ORDER BY id;
UPDATE pairs SET decision_id = id + (SELECT count(*) FROM pairs),
  status = CASE WHEN id % 20 = 0 THEN 'edited' WHEN id % 10 = 0 THEN 'rejected' ELSE 'accepted' END;
COMMIT;
SQL
  echo "n=$n pairs, $((2 * n)) decisions ($(du -m "$work/c.db" | cut -f1) MB)"
  echo "  agreement --json:        $(measure "${review[@]}" agreement --db "$work/c.db" --json)"
  grep -m1 '"value"' "$work/out" | sed 's/^ */    alpha /'
  echo "  export --with-decisions: $(measure "${review[@]}" export --db "$work/c.db" --out "$work/o.jsonl" --force --with-decisions)"
  echo "  export (plain):          $(measure "${review[@]}" export --db "$work/c.db" --out "$work/p.jsonl" --force)"
done
