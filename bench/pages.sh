#!/usr/bin/env bash
# Page benchmark: start-up time of the run command, WAR size, resident memory, and the article
# page's throughput and latency under wrk. Needs Debian's wrk (installed when missing).
#
#   bench/pages.sh            # prints the figures recorded in docs/benchmarks.md
#
# It runs the README's run command itself (twice: the second start, build cached, is the one
# reported), on a throw-away data folder and port, and stops the server at the end.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${BENCH_PORT:-18080}
DURATION=${BENCH_DURATION:-20s}
# On 2 cores the JIT needs about two minutes of load to finish compiling the request path:
# measured on a fresh server, 10 s rounds went 205, 276, 295 … 745, 850, then ~1,150-1,220 req/s.
WARMUP=${BENCH_WARMUP:-150s}
DATA=$(mktemp -d /tmp/saola-bench.XXXXXX)
LOG="$DATA/server.log"
export SAOLA_DATA_DIR="$DATA/data" SAOLA_HTTP_PORT=$PORT SAOLA_ADMIN_PASSWORD=bench-password-$RANDOM$RANDOM

command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }

server_pid() { pgrep -f "payara-micro.jar --deploy .*--port $PORT" || true; }
stop_server() {
  local pid; pid=$(server_pid)
  [ -n "$pid" ] && kill "$pid" && while kill -0 "$pid" 2>/dev/null; do sleep 0.5; done
  [ -n "${MVN_PID:-}" ] && wait "$MVN_PID" 2>/dev/null || true
}
trap stop_server EXIT

start_and_time() {
  local start end
  start=$(date +%s.%N)
  mvn -q -Prun package >"$LOG" 2>&1 &
  MVN_PID=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$PORT/vi/")" = 200 ]; do
    kill -0 "$MVN_PID" 2>/dev/null || { echo "server died, see $LOG" >&2; exit 1; }
    sleep 0.2
  done
  end=$(date +%s.%N)
  awk -v a="$start" -v b="$end" 'BEGIN { printf "%.1f", b - a }'
}

mvn -q -DskipTests package   # build once, so both starts below find the build cached
first=$(start_and_time)
stop_server
second=$(start_and_time)

pid=$(server_pid)
rss_kb=$(ps -o rss= -p "$pid" | tr -d ' ')
war_bytes=$(stat -c %s target/saola.war)

article=$(curl -s "http://localhost:$PORT/vi/" | grep -o '/vi/bai-viet/so-cong-thuong[^"]*' | head -1)
url="http://localhost:$PORT$article"
curl -s -o /dev/null -w 'article page %{http_code}, %{size_download} bytes\n' "$url"

wrk -t2 -c16 -d"$WARMUP" "$url" >/dev/null    # warm-up: JIT and caches
result=$(wrk -t2 -c16 -d"$DURATION" --latency "$url")
echo "$result"

echo
echo "== Saola page figures ($(date -u +%Y-%m-%d), $(nproc) cores)"
echo "run command to first 200 on /vi/: first start $first s, second start $second s"
awk -v b="$war_bytes" 'BEGIN { printf "WAR size: %.1f MB\n", b / 1000000 }'
printf 'resident memory after start: %d MB\n' $((rss_kb / 1024))
echo "article page after $WARMUP warm-up, wrk -t2 -c16 -d$DURATION: $(echo "$result" | awk '/Requests\/sec/ {print $2}') requests/s, p50 $(echo "$result" | awk '$1=="50%" {print $2}'), p99 $(echo "$result" | awk '$1=="99%" {print $2}')"
