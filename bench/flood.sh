#!/usr/bin/env bash
# Credential flood: readers' throughput on the home page while eight clients send wrong HTTP Basic
# credentials to /api/me as fast as they are answered, all on the same cores, as a share of the
# readers' throughput without them (measured in the same run); and the password checks per second
# the server spends meanwhile (counted from its log: each wrong password logs one line).
#
#   bench/flood.sh      # two floods: guessing admin's password, and a botnet of new names and addresses
#
# Needs Debian's wrk (installed when missing).
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${BENCH_PORT:-18085}
WARMUP=${BENCH_WARMUP:-60s}
DURATION=${BENCH_DURATION:-20s}
. bench/lib.sh

# The benchmark's wrk plays the trusted proxy, so the botnet's X-Forwarded-For addresses are believed.
bench_server flood-bench "$PORT" SAOLA_DEMO_CONTENT=true SAOLA_PROXY_TRUSTED=127.0.0.1

readers() { wrk -t1 -c16 -d"$DURATION" "$URL/vi/" | awk '/Requests\/sec/ { print int($2) }'; }
checks() { grep -c "Wrong password for" "$WORK/server.log" || true; }
cpu_ticks() { awk '{ print $14 + $15 }' /proc/$SERVER/stat; }

wrk -t2 -c16 -d"$WARMUP" "$URL/vi/" >/dev/null
echo "== Credential flood ($(date -u +%Y-%m-%d), $(nproc) cores shared by the server, the readers' wrk and the flood's wrk)"
alone=$(readers)
echo "readers alone: $alone req/s on /vi/ (wrk -t1 -c16 -d$DURATION)"
for mode in admin botnet; do
  before=$(checks); ticks=$(cpu_ticks)
  FLOOD_MODE=$mode wrk -t1 -c8 -d"$DURATION" -s bench/flood.lua "$URL/api/me" >"$WORK/flood-$mode.txt" &
  flood=$!
  during=$(readers)
  wait $flood
  spent=$(( $(checks) - before )); cpu=$(( $(cpu_ticks) - ticks ))
  answered=$(awk '/Requests\/sec/ { print int($2) }' "$WORK/flood-$mode.txt")
  seconds=${DURATION%s}
  echo "flood '$mode' (8 clients): readers $during req/s = $(( 100 * during / alone ))% of alone;" \
    "flood answered $answered req/s; password checks $spent in ${seconds}s = $(awk -v n="$spent" -v s="$seconds" 'BEGIN { printf "%.1f", n / s }')/s;" \
    "server CPU $(awk -v t="$cpu" -v s="$seconds" -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.0f", 100 * t / hz / s }')% of one core"
  statuses=$(grep -oE "Non-2xx or 3xx responses: [0-9]+" "$WORK/flood-$mode.txt" || true)
  echo "  (${statuses:-no non-2xx count}; every flood answer is 401 or 429)"
done
