#!/usr/bin/env bash
# Known-item relevance benchmark (issue 18): starts Saola on a throw-away data folder, imports the
# bilingual corpus with its ids, waits for the index, then runs Relevance.java against it and
# prints MRR@10 and success@1 per way of typing. BENCH_URL=… asks a server already running with
# the corpus instead (the several-nodes setup on OpenSearch, say).
#
#   bench/relevance/run.sh [queries per language] [seed]
set -euo pipefail
cd "$(dirname "$0")/../.."

PER_LANGUAGE=${1:-200}
SEED=${2:-17}
CORPUS=${BENCH_CORPUS:-../shared/corpus/libreoffice-help.vi-en.ndjson.gz}

if [ -z "${BENCH_URL:-}" ]; then
  PORT=${BENCH_PORT:-18084}
  WORK=$(mktemp -d /tmp/saola-relevance.XXXXXX)
  PASSWORD=bench-password-$RANDOM$RANDOM
  BENCH_URL="http://localhost:$PORT"
  [ -f target/saola.war ] && [ -f target/payara-micro.jar ] || mvn -q -DskipTests package
  SAOLA_DATA_DIR="$WORK/data" SAOLA_ADMIN_PASSWORD=$PASSWORD SAOLA_DEMO_CONTENT=false SAOLA_CONFIG_DIR=config \
    java -jar target/payara-micro.jar --deploy target/saola.war --contextroot / --port "$PORT" --nocluster \
    --prebootcommandfile config/payara-preboot.asadmin >"$WORK/server.log" 2>&1 &
  SERVER=$!
  trap 'kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null || true' EXIT
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "$BENCH_URL/vi/")" = 200 ]; do
    kill -0 $SERVER 2>/dev/null || { echo "server died, see $WORK/server.log" >&2; exit 1; }
    sleep 1
  done
  TOKEN=$(SAOLA_PASSWORD=$PASSWORD bench/api-token.sh "$BENCH_URL" "relevance")
  gunzip -c "$CORPUS" | curl -s -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/x-ndjson' \
    --data-binary @- "$BENCH_URL/api/import" >"$WORK/import.json"
  cut -c1-200 "$WORK/import.json"
  total() { curl -s "$BENCH_URL/api/search?lang=all&size=1&q=LibreOffice" | sed -E 's/.*"total":([0-9]+).*/\1/'; }
  previous=-1; current=$(total)
  while [ "$current" != "$previous" ]; do sleep 3; previous=$current; current=$(total); done
fi

java bench/relevance/Relevance.java "$CORPUS" "$BENCH_URL" "$PER_LANGUAGE" "$SEED"
