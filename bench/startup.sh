#!/usr/bin/env bash
# Start-up benchmark: seconds from `java -jar payara-micro.jar --deploy saola.war` (the README's run
# command without Maven around it, same arguments) to the first 200 on /vi/, ROUNDS times, beside the
# floor (Payara Micro deploying a one-page WAR, measured first in the same run): a first
# start on an empty data folder (creating the schema, the administrator and the demo content), then a
# restart on the data that start left, as an operator's restart is.
#
#   bench/startup.sh [ROUNDS]     # after `mvn -DskipTests package`
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS=${1:-3}
PORT=${BENCH_PORT:-18090}
[ -f target/saola.war ] && [ -f target/payara-micro.jar ] || mvn -q -DskipTests package

start_once() { # label, data folder
  local label=$1 DATA=$2 war=${3:-target/saola.war} path=${4:-/vi/} start end pid
  start=$(date +%s.%N)
  SAOLA_DATA_DIR="$DATA/data" SAOLA_ADMIN_PASSWORD=bench-password-$RANDOM$RANDOM \
    java ${BENCH_JAVA_OPTS:-} -jar target/payara-micro.jar --deploy "$war" --contextroot / \
      --port "$PORT" --nocluster --prebootcommandfile config/payara-preboot.asadmin \
      --rootdir "$DATA/payara" >"$DATA/server.log" 2>&1 &
  pid=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$PORT$path")" = 200 ]; do
    kill -0 "$pid" 2>/dev/null || { echo "server died, see $DATA/server.log" >&2; exit 1; }
    sleep 0.1
  done
  end=$(date +%s.%N)
  awk -v l="$label" -v a="$start" -v b="$end" 'BEGIN { printf "[startup] %s: first 200 after %.1f s\n", l, b - a }'
  kill "$pid"; wait "$pid" 2>/dev/null || true
  if [ -n "${BENCH_KEEP_LOG:-}" ]; then cp "$DATA/server.log" "$BENCH_KEEP_LOG.${label// /-}"; fi
}

# The floor, in the same run: Payara Micro deploying a WAR holding one static page.
FLOOR=$(mktemp -d /tmp/saola-startup.XXXXXX)
echo '<!doctype html><title>floor</title>' >"$FLOOR/index.html"
(cd "$FLOOR" && jar cf empty.war index.html)
start_once "Payara Micro, a one-page WAR" "$FLOOR" "$FLOOR/empty.war" /index.html
rm -rf "$FLOOR"

for round in $(seq "$ROUNDS"); do
  DATA=$(mktemp -d /tmp/saola-startup.XXXXXX)
  start_once "round $round, first start" "$DATA"
  rm -rf "$DATA/payara"
  start_once "round $round, restart" "$DATA"
  rm -rf "$DATA"
done
