#!/usr/bin/env bash
# The WordPress import (issue 22): exports of the real fixture's shape (../shared/fixtures/wordpress,
# replicated by bench/ReplicateWordPress.java) of 1,000 and BENCH_POSTS (default 10,000) posts, each
# with the fixture's pages, attachment and uploads ZIP, imported through POST /api/import/wordpress
# on one server. Prints items per second and the heap's peak during each import (sampled every half
# second with jcmd), and, as the reference measured in the same run, the NDJSON import
# (POST /api/import) of the same posts' words.
#
#   bench/wordpress-import.sh
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh

POSTS=${BENCH_POSTS:-10000}
PORT=${BENCH_PORT:-18098}
FIXTURE=${BENCH_FIXTURE:-../shared/fixtures/wordpress}

bench_server wordpress "$PORT"
API_TOKEN=$(bench_token wordpress-bench)
(cd "$FIXTURE" && zip -qr "$WORK/uploads.zip" uploads)
java bench/ReplicateWordPress.java "$FIXTURE/wordpress-export.xml" "$WORK/small.xml" "$WORK/small.ndjson" 1000 http://so-a.example
java bench/ReplicateWordPress.java "$FIXTURE/wordpress-export.xml" "$WORK/large.xml" "$WORK/large.ndjson" "$POSTS" http://so-b.example
java bench/ReplicateWordPress.java "$FIXTURE/wordpress-export.xml" "$WORK/reference.xml" "$WORK/reference.ndjson" "$POSTS" http://so-r.example

heap_used_mb() {
  jcmd "$SERVER" GC.heap_info 2>/dev/null | awk '/garbage-first heap/ {for (i=1;i<=NF;i++) if ($i=="used") {sub("K","",$(i+1)); printf "%d", $(i+1)/1024}}'
}

# Runs "$@" while sampling the heap; prints seconds and the peak in MB.
measured() {
  local peak_file="$WORK/peak" start end
  echo 0 >"$peak_file"
  ( while sleep 0.5; do used=$(heap_used_mb); [ -n "$used" ] && [ "$used" -gt "$(cat "$peak_file")" ] && echo "$used" >"$peak_file"; done ) &
  local sampler=$!
  start=$(date +%s.%N)
  "$@"
  end=$(date +%s.%N)
  kill "$sampler" 2>/dev/null; wait "$sampler" 2>/dev/null || true
  echo "$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.2f", b - a }') $(cat "$peak_file")"
}

wxr_import() {
  curl -s -f -H "Authorization: Bearer $API_TOKEN" -F "wxr=@$1;type=application/xml" -F "uploads=@$WORK/uploads.zip" \
    "$URL/api/import/wordpress" >"$WORK/wxr-report.json"
}

items() { grep -c '<item>' "$1"; }
baseline=$(bench_heap_mb)
echo "heap after a full collection before any import: $baseline MB"

read -r small_s small_peak < <(measured wxr_import "$WORK/small.xml" | tail -1)
echo "WordPress, $(items "$WORK/small.xml") items ($(du -m "$WORK/small.xml" | cut -f1) MB): ${small_s} s, $(awk -v n="$(items "$WORK/small.xml")" -v s="$small_s" 'BEGIN { printf "%.0f", n / s }') items/s, heap peak $small_peak MB; $(cut -c1-120 "$WORK/wxr-report.json")"

read -r ref_s ref_peak < <(measured bench_import "$WORK/reference.ndjson" | tail -1)
echo "reference: the same $POSTS posts as NDJSON lines: ${ref_s} s, $(awk -v n="$POSTS" -v s="$ref_s" 'BEGIN { printf "%.0f", n / s }') lines/s, heap peak $ref_peak MB"

read -r large_s large_peak < <(measured wxr_import "$WORK/large.xml" | tail -1)
large_items=$(items "$WORK/large.xml")
echo "WordPress, $large_items items ($(du -m "$WORK/large.xml" | cut -f1) MB): ${large_s} s, $(awk -v n="$large_items" -v s="$large_s" 'BEGIN { printf "%.0f", n / s }') items/s, heap peak $large_peak MB; $(cut -c1-120 "$WORK/wxr-report.json")"
echo "ratio: the WordPress import at $(awk -v a="$ref_s" -v b="$large_s" -v n="$large_items" -v m="$POSTS" 'BEGIN { printf "%.2f", (n / b) / (m / a) }') of the NDJSON import's speed; heap peak ${large_peak} MB for $POSTS posts against ${small_peak} MB for 1,000"

# Bounded memory: a larger export (BENCH_BOUNDED_POSTS, default 40,000 posts) on a new server whose
# heap is capped (BENCH_HEAP, default 512m). Imported whole, it shows the import does not hold the file.
BOUNDED=${BENCH_BOUNDED_POSTS:-40000}
HEAP=${BENCH_HEAP:-512m}
java bench/ReplicateWordPress.java "$FIXTURE/wordpress-export.xml" "$WORK/bounded.xml" "$WORK/bounded.ndjson" "$BOUNDED" http://so-c.example
bench_stop
BOUNDED_WORK=$(mktemp -d /tmp/saola-wordpress-bounded.XXXXXX)
mv "$WORK/bounded.xml" "$WORK/uploads.zip" "$BOUNDED_WORK/"
rm -rf "$WORK"
WORK=$BOUNDED_WORK
bench_server wordpress-bounded "$PORT" JAVA_TOOL_OPTIONS="-Xmx$HEAP"
API_TOKEN=$(bench_token wordpress-bounded)
bounded_items=$(items "$WORK/bounded.xml")
read -r bounded_s bounded_peak < <(measured wxr_import "$WORK/bounded.xml" | tail -1)
echo "bounded: $bounded_items items ($(du -m "$WORK/bounded.xml" | cut -f1) MB) with the heap capped at $HEAP: ${bounded_s} s, $(awk -v n="$bounded_items" -v s="$bounded_s" 'BEGIN { printf "%.0f", n / s }') items/s, heap peak $bounded_peak MB; $(cut -c1-60 "$WORK/wxr-report.json")"
