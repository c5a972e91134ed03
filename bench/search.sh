#!/usr/bin/env bash
# Search benchmark: imports the whole bilingual corpus replicated to BENCH_ARTICLES articles
# (default 100,000) through POST /api/import, then measures /api/search with wrk over the
# queries in bench/search-queries.txt (with and without diacritics).
#
#   bench/search.sh
#   BENCH_BASELINE_WAR=/tmp/base/target/saola.war bench/search.sh   # and an earlier build on the same
#       index without the memory of results, for a ratio measured in the same run (build it with
#       git worktree add /tmp/base <commit> && (cd /tmp/base && mvn -q -DskipTests package))
#
# Prints: import throughput, index size on disk, heap after indexing, search throughput and
# latency. Runs its own server on a throw-away data folder and stops it at the end.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${BENCH_PORT:-18081}
ARTICLES=${BENCH_ARTICLES:-100000}
CORPUS=${BENCH_CORPUS:-../shared/corpus/libreoffice-help.vi-en.ndjson.gz}
WARMUP=${BENCH_WARMUP:-300s}  # the JIT (one compiler thread for C2 on two cores) settles in minutes, not seconds
DURATION=${BENCH_DURATION:-30s}
. bench/lib.sh

bench_server search-bench "$PORT"
java bench/ReplicateCorpus.java "$CORPUS" "$WORK/corpus.ndjson" "$ARTICLES"
lines=$(wc -l <"$WORK/corpus.ndjson")
API_TOKEN=${API_TOKEN:-$(bench_token bench)}
start=$(date +%s.%N)
bench_import "$WORK/corpus.ndjson"
end=$(date +%s.%N)
bench_indexed
indexed=$(date +%s.%N)
heap=$(bench_heap_mb)
index_mb=$(du -sm "$WORK/data/index" | cut -f1)

measure() {
  wrk -t2 -c16 -d"$WARMUP" -s bench/search-queries.lua "$URL" >/dev/null
  wrk -t2 -c16 -d"$DURATION" --latency -s bench/search-queries.lua "$URL"
}
summary() {
  echo "$(echo "$1" | awk '/Requests\/sec/ {print $2}') searches/s, p50 $(echo "$1" | awk '$1=="50%" {print $2}'), p99 $(echo "$1" | awk '$1=="99%" {print $2}'), non-2xx: $(echo "$1" | awk '/Non-2xx/ {print $4}')"
}
result=$(measure)
echo "$result"
# The same load once more with the memory of recent results turned off: what the index alone does.
bench_stop
bench_server search-bench "$PORT" SAOLA_SEARCH_CACHE_SIZE=0
uncached=$(measure)
echo "$uncached"
if [ -n "${BENCH_BASELINE_WAR:-}" ]; then
  bench_stop
  BENCH_WAR=$BENCH_BASELINE_WAR bench_server search-bench "$PORT" SAOLA_SEARCH_CACHE_SIZE=0
  baseline=$(measure)
  echo "$baseline"
fi

echo
echo "== Saola search figures ($(date -u +%Y-%m-%d), $(nproc) cores)"
awk -v s="$start" -v e="$end" -v i="$indexed" -v a="$ARTICLES" -v l="$lines" 'BEGIN {
  printf "import: %d lines (%d+ articles) in %.0f s = %.0f articles/s, %.0f lines/s; searchable %.0f s after the import ended\n", l, a, e - s, a / (e - s), l / (e - s), i - e }'
echo "index size on disk: $index_mb MB"
echo "heap used after indexing (after a full GC): $heap MB"
echo "/api/search over $(grep -c . bench/search-queries.txt) queries, wrk -t2 -c16 -d$DURATION after $WARMUP warm-up: $(summary "$result")"
echo "the same without the memory of recent results (SAOLA_SEARCH_CACHE_SIZE=0): $(summary "$uncached")"
if [ -n "${BENCH_BASELINE_WAR:-}" ]; then
  echo "the baseline build ($BENCH_BASELINE_WAR), same index, same settings: $(summary "$baseline")"
  awk -v a="$(echo "$uncached" | awk '/Requests\/sec/ {print $2}')" -v b="$(echo "$baseline" | awk '/Requests\/sec/ {print $2}')" \
    'BEGIN { printf "without the memory of results, this build answers %.2f times as many searches a second as the baseline\n", a / b }'
fi
