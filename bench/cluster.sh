#!/usr/bin/env bash
# Several nodes: the rig of the several-nodes test (bench is not a test: figures, no verdicts) —
# PostgreSQL, OpenSearch 2.16, N clustered Payara Micro nodes, Debian's nginx round robin — with
# the whole corpus imported (../shared/corpus, 1,641 articles x 2 languages).
#
#   bench/cluster.sh
#
# 1. the article page through nginx with one node, then with two (wrk), and their ratio;
# 2. /api/search over bench/search-queries.txt on OpenSearch (results not kept in memory, as in
#    config/several-nodes) — compare with bench/search.sh's Lucene figure without memory;
# 3. with two nodes: how soon an article imported through one node is found through the other;
# 4. failover: wrk on the article page through nginx, node 2 killed (SIGKILL) after 10 s: wrk's
#    errors, a probe's view of when every request succeeded again, views counted vs answered.
#
#   BENCH_RELEVANCE=1 bench/cluster.sh   # instead: bench/relevance's known-item evaluation on
#                                        # OpenSearch (one node), to compare with Lucene's
set -euo pipefail
cd "$(dirname "$0")/.."

CORPUS=${BENCH_CORPUS:-../shared/corpus/libreoffice-help.vi-en.ndjson.gz}
WARMUP=${BENCH_WARMUP:-60s}
DURATION=${BENCH_DURATION:-20s}
WORK=$(mktemp -d /tmp/saola-cluster-bench.XXXXXX)
ARTICLE=demo-so-cong-thuong-tai-co-cau-2030
PAGE=/vi/bai-viet/so-cong-thuong-phan-dau-thuc-hien-co-hieu-qua-de-an-tai-co-cau-nganh-cong-thuong-giai-doan-den-nam-2030

command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
[ -x /usr/sbin/nginx ] || { apt-get update -qq && apt-get install -y -qq nginx-light >/dev/null; }
mvn -q -DskipTests package
mvn -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test.classpath
mvn -q -f src/test/cluster/opensearch-pom.xml dependency:build-classpath -Dmdep.outputFile="$PWD/target/opensearch.classpath"
java bench/ReplicateCorpus.java "$CORPUS" "$WORK/corpus.ndjson" 1641 >/dev/null

# start_rig N: the rig with N nodes; sets BAL, NODE0, PID1 (the second node's process), PW
start_rig() {
  java -Dsaola.it.opensearchClasspath=target/opensearch.classpath -Dsaola.it.workDir="$WORK/rig$1" \
    -cp "target/test-classes:target/classes:$(cat target/test.classpath)" vn.saola.testing.SaolaClusterMain "$1" \
    >"$WORK/rig$1.log" 2>&1 &
  RIG=$!
  until grep -q '^ready' "$WORK/rig$1.log"; do
    kill -0 $RIG 2>/dev/null || { echo "rig died, see $WORK/rig$1.log" >&2; exit 1; }
    sleep 2
  done
  BAL=$(sed -n 's/^balancer=//p' "$WORK/rig$1.log")
  NODE0=$(sed -n 's/^node0=\([^ ]*\).*/\1/p' "$WORK/rig$1.log")
  PID1=$(sed -n 's/^node1=.* pid=//p' "$WORK/rig$1.log")
  PW=$(sed -n 's/^admin-password=//p' "$WORK/rig$1.log")
}
stop_rig() { [ -n "${RIG:-}" ] && { kill $RIG 2>/dev/null; wait $RIG 2>/dev/null || true; RIG=; }; }
trap stop_rig EXIT

total() { curl -s "$1/api/search?lang=all&size=1&q=$2" | sed -E 's/.*"total":([0-9]+).*/\1/'; }
import_corpus() {
  API_TOKEN=$(SAOLA_PASSWORD=$PW "$(dirname "$0")/api-token.sh" "$BAL" "bench")  # each rig has its own database
  curl -s -H "Authorization: Bearer $API_TOKEN" -H 'Content-Type: application/x-ndjson' --data-binary @"$WORK/corpus.ndjson" "$BAL/api/import" >/dev/null
  previous=-1; current=$(total "$BAL" LibreOffice)
  while [ "$current" != "$previous" ]; do sleep 3; previous=$current; current=$(total "$BAL" LibreOffice); done
}
rate() { echo "$1" | awk '/Requests\/sec/ {print $2}'; }
pct() { echo "$1" | awk -v p="$2" '$1==p {print $2}'; }
pages() {
  wrk -t2 -c16 -d"$WARMUP" "$BAL$PAGE" >/dev/null
  wrk -t2 -c16 -d"$DURATION" --latency "$BAL$PAGE"
}
searches() {
  wrk -t2 -c16 -d30s -s bench/search-queries.lua "$BAL" >/dev/null
  wrk -t2 -c16 -d"$DURATION" --latency -s bench/search-queries.lua "$BAL"
}

start_rig 1
import_corpus
if [ -n "${BENCH_RELEVANCE:-}" ]; then
  java bench/relevance/Relevance.java "$CORPUS" "$BAL" "${BENCH_RELEVANCE_QUERIES:-200}" "${BENCH_RELEVANCE_SEED:-17}"
  exit 0
fi
one=$(pages)
search_one=$(searches)
stop_rig

start_rig 2
import_corpus
two=$(pages)
search_two=$(searches)

# cross-node visibility: imported through node 0, searched through the balancer's other node
delays=""
for i in 1 2 3 4 5; do
  word="vis$RANDOM$RANDOM"
  line="{\"id\":\"bench-$word\",\"lang\":\"vi\",\"title\":\"Thử $word\",\"body\":\"Nội dung $word\",\"category\":\"Thử\"}"
  start=$(date +%s%N)
  curl -s -H "Authorization: Bearer $API_TOKEN" -H 'Content-Type: application/x-ndjson' --data-binary "$line" "$NODE0/api/import" >/dev/null
  node1=$(sed -n 's/^node1=\([^ ]*\).*/\1/p' "$WORK/rig2.log")
  until [ "$(total "$node1" "$word")" = 1 ]; do sleep 0.05; done
  delays="$delays $(( ($(date +%s%N) - start) / 1000000 ))"
done

# failover
stats() { curl -s "$NODE0/api/stats?article=$ARTICLE" | sed -E 's/.*"total":([0-9]+).*/\1/'; }
before=$(stats)
wrk -t2 -c16 -d40s --latency -s bench/reader.lua "$BAL$PAGE" >"$WORK/failover.txt" &
WRK=$!
( while kill -0 $WRK 2>/dev/null; do
    echo "$(date +%s%N) $(curl -s -o /dev/null -m 5 -w '%{http_code}' "$BAL/vi/")"; sleep 0.05
  done ) >"$WORK/probe.txt" &
PROBE=$!
sleep 10
killed=$(date +%s%N)
kill -9 "$PID1"
wait $WRK; wait $PROBE || true
sleep 3
after=$(stats)
failover=$(cat "$WORK/failover.txt")
answered=$(echo "$failover" | awk '/requests in/ {print $1}')
non2xx=$(echo "$failover" | awk '/Non-2xx/ {print $4}'); non2xx=${non2xx:-0}
socket=$(echo "$failover" | awk '/Socket errors/ {print}'); socket=${socket:-"Socket errors: none"}
probe_failures=$(awk -v k="$killed" '$1 > k && $2 != 200' "$WORK/probe.txt" | wc -l)
last_failure=$(awk -v k="$killed" '$1 > k && $2 != 200 {t=$1} END {print t+0}' "$WORK/probe.txt")
recovery_ms=$([ "$last_failure" = 0 ] && echo 0 || echo $(( (last_failure - killed) / 1000000 )))
stop_rig

echo "$one"; echo "$two"; echo "$search_two"; echo "$failover"
echo
echo "== Saola on several nodes ($(date -u +%Y-%m-%d), $(nproc) cores shared by wrk, nginx, PostgreSQL, OpenSearch and the nodes)"
echo "article page through nginx, 1 node:  $(rate "$one") pages/s, p50 $(pct "$one" 50%), p99 $(pct "$one" 99%)"
echo "article page through nginx, 2 nodes: $(rate "$two") pages/s, p50 $(pct "$two" 50%), p99 $(pct "$two" 99%)"
awk -v a="$(rate "$one")" -v b="$(rate "$two")" 'BEGIN { printf "ratio 2 nodes / 1 node: %.2f\n", b / a }'
echo "/api/search on OpenSearch, 1 node:  $(rate "$search_one") searches/s, p50 $(pct "$search_one" 50%), p99 $(pct "$search_one" 99%)"
echo "/api/search on OpenSearch, 2 nodes: $(rate "$search_two") searches/s, p50 $(pct "$search_two" 50%), p99 $(pct "$search_two" 99%)"
echo "imported through node 1, found through node 2 after (ms):$delays"
echo "failover (node 2 killed 10 s into 40 s of wrk -c16): answered $answered, non-2xx $non2xx, $socket"
echo "probe every 50 ms on /vi/ through nginx: $probe_failures failed after the kill; all succeed again $recovery_ms ms after it"
echo "views counted $((after - before)) for $answered requests answered (wrk leaves up to 16 in flight; the killed node's last second of views is lost by design)"
