# Steps every benchmark takes, sourced by the scripts beside it (run from the repository's top):
#
#   bench_server NAME PORT [VAR=value…]   a server on a throw-away data folder, waited for until
#                                         /vi/ answers; sets WORK, URL, PASSWORD, SERVER, and stops
#                                         it when the script exits (bench_stop stops it earlier);
#                                         BENCH_WAR=… deploys another build than target/saola.war
#   bench_token NAME                      an administrator's API token on that server
#   bench_import FILE                     POSTs FILE (NDJSON, or .gz) to /api/import as one request
#   bench_indexed                         waits until the background index stops growing
#   bench_heap_mb                         the server's heap after a full collection, in MB
#
# WORK survives a restart (bench_stop, then bench_server again with the same WORK set), so a
# second start finds the first one's data.

command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
[ -f target/saola.war ] && [ -f target/payara-micro.jar ] || mvn -q -DskipTests package

bench_server() {
  local name=$1 port=$2
  shift 2
  WORK=${WORK:-$(mktemp -d "/tmp/saola-$name.XXXXXX")}
  PASSWORD=${PASSWORD:-bench-password-$RANDOM$RANDOM}
  URL="http://localhost:$port"
  env SAOLA_DATA_DIR="$WORK/data" SAOLA_ADMIN_PASSWORD="$PASSWORD" SAOLA_DEMO_CONTENT=false \
    SAOLA_CONFIG_DIR=config "$@" \
    java -jar target/payara-micro.jar --deploy "${BENCH_WAR:-target/saola.war}" --contextroot / --port "$port" --nocluster \
    --prebootcommandfile config/payara-preboot.asadmin >>"$WORK/server.log" 2>&1 &
  SERVER=$!
  trap bench_stop EXIT
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "$URL/vi/")" = 200 ]; do
    kill -0 "$SERVER" 2>/dev/null || { echo "server died, see $WORK/server.log" >&2; exit 1; }
    sleep 1
  done
}

bench_stop() {
  kill "$SERVER" 2>/dev/null || true
  wait "$SERVER" 2>/dev/null || true
}

bench_token() {
  SAOLA_PASSWORD=$PASSWORD bench/api-token.sh "$URL" "$1"
}

bench_import() {
  local reader=cat
  [[ $1 == *.gz ]] && reader="gunzip -c"
  $reader "$1" | curl -s -H "Authorization: Bearer $API_TOKEN" -H 'Content-Type: application/x-ndjson' \
    --data-binary @- "$URL/api/import" >"$WORK/import.json"
  echo "import report: $(cut -c1-200 "$WORK/import.json")"
}

bench_indexed() {
  local previous=-1 current
  current=$(bench_search_total LibreOffice)
  while [ "$current" != "$previous" ]; do
    sleep 3
    previous=$current
    current=$(bench_search_total LibreOffice)
  done
}

bench_search_total() {
  curl -s "$URL/api/search?lang=all&size=1&q=$1" | sed -E 's/.*"total":([0-9]+).*/\1/'
}

bench_heap_mb() {
  jcmd "$SERVER" GC.run >/dev/null
  jcmd "$SERVER" GC.heap_info | awk '/garbage-first heap/ {for (i=1;i<=NF;i++) if ($i=="used") {sub("K","",$(i+1)); printf "%d", $(i+1)/1024}}'
}
