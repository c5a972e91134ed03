#!/usr/bin/env bash
# The export's round trip (issue 21): the bilingual corpus replicated to BENCH_ARTICLES articles
# (default 5,000) on one server; an administrator downloads the whole content as a ZIP
# (/admin/export/content.zip); a second, empty server answering as the first (SAOLA_SITE_URL)
# imports it through POST /api/import (lines and files). Prints the export's and the import's
# speed, then fetches every public address of the first server's sitemap from both and counts the
# pages (BENCH_PAGES of them, default 2,000, spread evenly) whose bytes are identical, and those identical once the view counter (statistics, not
# content) is taken out.
#
#   bench/export-roundtrip.sh
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh

ARTICLES=${BENCH_ARTICLES:-5000}
PAGES=${BENCH_PAGES:-2000}
SOURCE_PORT=${BENCH_PORT:-18096}
TARGET_PORT=${BENCH_TARGET_PORT:-18097}
CORPUS=${BENCH_CORPUS:-../shared/corpus/libreoffice-help.vi-en.ndjson.gz}

bench_server export-source "$SOURCE_PORT"
SOURCE_URL=$URL SOURCE_WORK=$WORK SOURCE_SERVER=$SERVER SOURCE_PASSWORD=$PASSWORD
java bench/ReplicateCorpus.java "$CORPUS" "$WORK/corpus.ndjson" "$ARTICLES"
API_TOKEN=$(bench_token export-bench)
start=$(date +%s.%N)
bench_import "$WORK/corpus.ndjson"
reference=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.2f", b - a }')
echo "reference: the corpus itself imported into the first server in $reference s"

JAR="$WORK/cookies"
csrf() { sed -nE 's/.*name="_csrf" value="([^"]+)".*/\1/p' | head -1; }
token=$(curl -s -c "$JAR" -b "$JAR" "$URL/admin/login" | csrf)
curl -s -o /dev/null -c "$JAR" -b "$JAR" --data-urlencode "_csrf=$token" --data-urlencode "username=admin" \
  --data-urlencode "password=$PASSWORD" "$URL/admin/login"
start=$(date +%s.%N)
curl -s -f -b "$JAR" "$URL/admin/export/content.zip" -o "$WORK/export.zip"
exported=$(date +%s.%N)
unzip -p "$WORK/export.zip" content.ndjson >"$WORK/content.ndjson"
lines=$(wc -l <"$WORK/content.ndjson")
articles=$(python3 -c 'import json,sys; print(len({json.loads(l)["id"] for l in open(sys.argv[1])}))' "$WORK/content.ndjson")
awk -v a="$start" -v b="$exported" -v n="$lines" -v m="$articles" -v s="$(stat -c %s "$WORK/export.zip")" \
  'BEGIN { printf "export: %d articles, %d lines, %.1f MB in %.1f s (%.0f articles/s)\n", m, n, s / 1048576, b - a, m / (b - a) }'

# The second server, empty, answering as the first.
WORK=$(mktemp -d /tmp/saola-export-target.XXXXXX)
PASSWORD=bench-target-$RANDOM$RANDOM
bench_server export-target "$TARGET_PORT" SAOLA_SITE_URL="$SOURCE_URL"
TARGET_URL=$URL
trap 'kill "$SERVER" "$SOURCE_SERVER" 2>/dev/null || true; wait 2>/dev/null || true' EXIT
API_TOKEN=$(bench_token export-bench)
start=$(date +%s.%N)
curl -s -H "Authorization: Bearer $API_TOKEN" -F "lines=@$SOURCE_WORK/content.ndjson;type=application/x-ndjson" \
  -F "files=@$SOURCE_WORK/export.zip;type=application/zip" "$TARGET_URL/api/import" >"$WORK/import.json"
imported=$(date +%s.%N)
echo "import report: $(cut -c1-200 "$WORK/import.json")"
awk -v a="$start" -v b="$imported" -v n="$lines" -v m="$articles" -v r="$reference" \
  'BEGIN { printf "import: %d articles, %d lines in %.1f s (%.0f articles/s, %.0f lines/s; %.2f of the corpus import'"'"'s speed)\n", m, n, b - a, m / (b - a), n / (b - a), r / (b - a) }'

python3 - "$SOURCE_URL" "$TARGET_URL" "$PAGES" <<'PY'
import re, sys, urllib.request
source, target, wanted = sys.argv[1], sys.argv[2], int(sys.argv[3])
def get(url):
    with urllib.request.urlopen(url) as answer:
        return answer.read()
sitemap = get(source + "/sitemap.xml").decode()
paths = sorted({re.sub(r"^https?://[^/]+", "", loc) for loc in re.findall(r"<loc>([^<]+)</loc>", sitemap)})
listed = len(paths)
paths = paths[::max(1, len(paths) // wanted)][:wanted]
counter = re.compile(rb'<section class="view-counter".*?</section>', re.S)
same = same_content = 0
different = []
for path in paths:
    one, other = get(source + path), get(target + path)
    if one == other:
        same += 1
    if counter.sub(b"", one) == counter.sub(b"", other):
        same_content += 1
    else:
        different.append(path)
print(f"public pages: {listed} in the sitemap, {len(paths)} compared; byte-identical: {same};"
      f" identical but for the view counter: {same_content}")
import difflib
for path in different[:3]:
    one = counter.sub(b"", get(source + path)).decode().splitlines()
    other = counter.sub(b"", get(target + path)).decode().splitlines()
    print("  differs:", path)
    for line in list(difflib.unified_diff(one, other, lineterm="", n=0))[2:8]:
        print("    " + line[:200])
PY
