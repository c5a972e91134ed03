#!/usr/bin/env bash
# Search benchmark: imports the whole bilingual corpus replicated to BENCH_ARTICLES articles
# (default 100,000) through POST /api/import, then measures /api/search with wrk over the
# queries in bench/search-queries.txt (with and without diacritics).
#
#   bench/search.sh
#
# Prints: import throughput, index size on disk, heap after indexing, search throughput and
# latency. Runs its own server on a throw-away data folder and stops it at the end.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${BENCH_PORT:-18081}
ARTICLES=${BENCH_ARTICLES:-100000}
CORPUS=${BENCH_CORPUS:-../shared/corpus/libreoffice-help.vi-en.ndjson.gz}
WARMUP=${BENCH_WARMUP:-90s}
DURATION=${BENCH_DURATION:-30s}
WORK=$(mktemp -d /tmp/saola-search-bench.XXXXXX)
PASSWORD=bench-password-$RANDOM$RANDOM
URL="http://localhost:$PORT"

command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
[ -f target/saola.war ] && [ -f target/payara-micro.jar ] || mvn -q -DskipTests package

java bench/ReplicateCorpus.java "$CORPUS" "$WORK/corpus.ndjson" "$ARTICLES"

# start_server [environment…]: a server on the benchmark's data folder, waited for until it answers
start_server() {
  env "$@" SAOLA_DATA_DIR="$WORK/data" SAOLA_ADMIN_PASSWORD=$PASSWORD SAOLA_DEMO_CONTENT=false SAOLA_CONFIG_DIR=config \
    java -jar target/payara-micro.jar --deploy target/saola.war --contextroot / --port "$PORT" --nocluster \
    --prebootcommandfile config/payara-preboot.asadmin >>"$WORK/server.log" 2>&1 &
  SERVER=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "$URL/vi/")" = 200 ]; do
    kill -0 $SERVER 2>/dev/null || { echo "server died, see $WORK/server.log" >&2; exit 1; }
    sleep 1
  done
}
stop_server() { kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null || true; }
trap stop_server EXIT
start_server

lines=$(wc -l <"$WORK/corpus.ndjson")
start=$(date +%s.%N)
API_TOKEN=${API_TOKEN:-$(SAOLA_PASSWORD=$PASSWORD "$(dirname "$0")/api-token.sh" "$URL" "bench")}
report=$(curl -s -H "Authorization: Bearer $API_TOKEN" -H 'Content-Type: application/x-ndjson' --data-binary @"$WORK/corpus.ndjson" \
  "$URL/api/import")
end=$(date +%s.%N)
echo "import report: ${report:0:200}"

total() { curl -s "$URL/api/search?lang=all&size=1&q=$1" | sed -E 's/.*"total":([0-9]+).*/\1/'; }
# the import indexes in the background: wait until the index stops growing
previous=-1; current=$(total LibreOffice)
while [ "$current" != "$previous" ]; do sleep 3; previous=$current; current=$(total LibreOffice); done
indexed=$(date +%s.%N)

jcmd $SERVER GC.run >/dev/null
heap=$(jcmd $SERVER GC.heap_info | awk '/garbage-first heap/ {for (i=1;i<=NF;i++) if ($i=="used") print $(i+1)}')
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
stop_server
start_server SAOLA_SEARCH_CACHE_SIZE=0
uncached=$(measure)
echo "$uncached"

echo
echo "== Saola search figures ($(date -u +%Y-%m-%d), $(nproc) cores)"
awk -v s="$start" -v e="$end" -v i="$indexed" -v a="$ARTICLES" -v l="$lines" 'BEGIN {
  printf "import: %d lines (%d+ articles) in %.0f s = %.0f articles/s, %.0f lines/s; searchable %.0f s after the import ended\n", l, a, e - s, a / (e - s), l / (e - s), i - e }'
echo "index size on disk: $index_mb MB"
echo "heap used after indexing (after a full GC): $heap"
echo "/api/search over $(grep -c . bench/search-queries.txt) queries, wrk -t2 -c16 -d$DURATION after $WARMUP warm-up: $(summary "$result")"
echo "the same without the memory of recent results (SAOLA_SEARCH_CACHE_SIZE=0): $(summary "$uncached")"
