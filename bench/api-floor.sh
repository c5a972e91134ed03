#!/usr/bin/env bash
# What a request to /api/search costs before any searching: wrk on an empty query (answered
# without asking the index) against a server with no content, with the server's processor time per
# request read from /proc around the measured round. BENCH_BASELINE_WAR=… measures an earlier build
# the same way in the same run and prints the ratio.
#
#   bench/api-floor.sh
#   BENCH_BASELINE_WAR=/tmp/base/target/saola.war bench/api-floor.sh
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${BENCH_PORT:-18086}
WARMUP=${BENCH_WARMUP:-60s}
DURATION=${BENCH_DURATION:-20s}
. bench/lib.sh

# Prints "requests/s processor-ms-per-request" for the server started last.
floor() {
  wrk -t2 -c16 -d"$WARMUP" "$URL/api/search?lang=vi&q=" >/dev/null
  local before after out
  before=$(awk '{print $14 + $15}' "/proc/$SERVER/stat")
  out=$(wrk -t2 -c16 -d"$DURATION" "$URL/api/search?lang=vi&q=")
  after=$(awk '{print $14 + $15}' "/proc/$SERVER/stat")
  echo "$out" | awk -v b="$before" -v a="$after" -v hz="$(getconf CLK_TCK)" '
    /requests in/ {n = $1} /Requests\/sec/ {r = $2}
    END {printf "%.0f %.3f\n", r, (a - b) * 1000 / hz / n}'
}

bench_server api-floor "$PORT"
read -r rate cpu < <(floor)
if [ -n "${BENCH_BASELINE_WAR:-}" ]; then
  bench_stop
  BENCH_WAR=$BENCH_BASELINE_WAR bench_server api-floor "$PORT"
  read -r base_rate base_cpu < <(floor)
fi

echo
echo "== /api/search with an empty query ($(date -u +%Y-%m-%d), $(nproc) cores, wrk -t2 -c16 -d$DURATION after $WARMUP)"
echo "this build: $rate requests/s, $cpu ms of server processor time a request"
if [ -n "${BENCH_BASELINE_WAR:-}" ]; then
  echo "the baseline ($BENCH_BASELINE_WAR): $base_rate requests/s, $base_cpu ms a request"
  awk -v a="$rate" -v b="$base_rate" 'BEGIN { printf "this build answers %.1f times as many requests a second\n", a / b }'
fi
