#!/usr/bin/env bash
# How soon a change is found by search on one node: imports BENCH_CHANGES articles one at a time
# through POST /api/import (each with a word of its own) and, after each, asks /api/search every
# 10 ms until it finds it. Prints the delays (median, 95th percentile, worst) against the promise
# of one second. The tests only check that a change arrives (within 30 s, for a busy machine);
# this is where the promise is measured.
#
#   bench/index-latency.sh               # on an otherwise idle machine
#   BENCH_BUSY=1 bench/index-latency.sh  # with one CPU-bound process a core beside it
#
# Runs its own server on a throw-away data folder and stops it at the end.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${BENCH_PORT:-18084}
CHANGES=${BENCH_CHANGES:-100}
. bench/lib.sh

bench_server index-latency "$PORT"
BUSY=()
trap 'kill "${BUSY[@]}" 2>/dev/null || true; bench_stop' EXIT
if [ -n "${BENCH_BUSY:-}" ]; then
  for _ in $(seq "$(nproc)"); do timeout 30m sh -c 'while :; do :; done' & BUSY+=($!); done
fi

found() { curl -s "$URL/api/search?lang=vi&size=1&q=$1" | grep -q '"total":1'; }
delays=()
API_TOKEN=${API_TOKEN:-$(bench_token bench)}
for i in $(seq "$CHANGES"); do
  word="dotre$RANDOM$RANDOM$i"
  curl -s -H "Authorization: Bearer $API_TOKEN" -H 'Content-Type: application/x-ndjson' -o /dev/null --data-binary \
    "{\"id\":\"latency-$i\",\"lang\":\"vi\",\"title\":\"Thông báo $word\",\"body\":\"Nội dung thông báo.\",\"category\":\"Đo đạc\"}" \
    "$URL/api/import"
  start=$(date +%s%N)
  until found "$word"; do sleep 0.01; done
  delays+=($(( ($(date +%s%N) - start) / 1000000 )))
done

sorted=$(printf '%s\n' "${delays[@]}" | sort -n)
at() { echo "$sorted" | awk -v q="$1" '{ v[NR] = $1 } END { i = int(NR * q + 0.999999); if (i < 1) i = 1; print v[i] }'; }
echo "== How soon an imported article is found ($(date -u +%Y-%m-%d), $(nproc) cores$([ -n "${BENCH_BUSY:-}" ] && echo ", every core kept busy"), $CHANGES imports one at a time)"
echo "import answered to search finding it, ms: median $(at 0.5), p95 $(at 0.95), worst $(at 1.0)"
echo "within the promised second: $(echo "$sorted" | awk '$1 <= 1000' | wc -l) of $CHANGES"
