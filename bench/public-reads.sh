#!/usr/bin/env bash
# The public pages' cost per request against the previous version, on the same machine in the same
# run: the bilingual corpus replicated to BENCH_ARTICLES articles (default 5,000) imported into a
# server of the previous build (BASE, default HEAD~1, built in a worktree) and into one of this
# build, each with every memory off (SAOLA_CONTENT_CACHE_SECONDS=0: each answer queries and
# renders), then wrk on the home page, a category, an article and the site's feed, BENCH_WARMUP
# (default 20s) then BENCH_DURATION (default 20s) each. Prints requests/s and p50 of both and
# this build's share of the previous one's throughput.
#
#   bench/public-reads.sh [BASE]
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh

BASE=${1:-HEAD~1}
ARTICLES=${BENCH_ARTICLES:-5000}
PORT=${BENCH_PORT:-18098}
DURATION=${BENCH_DURATION:-20s}
WARMUP=${BENCH_WARMUP:-20s}
CORPUS=${BENCH_CORPUS:-../shared/corpus/libreoffice-help.vi-en.ndjson.gz}
READER="Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0"

TREE=$(mktemp -d /tmp/saola-public-reads-base.XXXXXX)
git worktree add -q --detach "$TREE" "$BASE"
trap 'git worktree remove --force "$TREE"' EXIT
(cd "$TREE" && mvn -q -o -DskipTests package)
BASE_WAR="$TREE/target/saola.war"
CORPUS_FILE=$(mktemp /tmp/saola-public-reads-corpus.XXXXXX)
java bench/ReplicateCorpus.java "$CORPUS" "$CORPUS_FILE" "$ARTICLES"

declare -A RESULT
measure() {
  local label=$1 war=$2
  WORK=$(mktemp -d "/tmp/saola-public-reads-$label.XXXXXX")
  PASSWORD=bench-password-$RANDOM$RANDOM
  BENCH_WAR=$war bench_server "public-reads-$label" "$PORT" SAOLA_CONTENT_CACHE_SECONDS=0
  trap 'bench_stop; git worktree remove --force "$TREE"' EXIT
  API_TOKEN=$(bench_token "public-reads-$label")
  bench_import "$CORPUS_FILE"
  local article category
  article=$(curl -s "$URL/vi/" | grep -oE 'href="/vi/bai-viet/[^"]+"' | head -1 | sed -E 's/href="([^"]+)"/\1/')
  category=$(curl -s "$URL/vi/" | grep -oE 'href="/vi/chuyen-muc/[^"]+"' | head -1 | sed -E 's/href="([^"]+)"/\1/')
  for path in /vi/ "$category" "$article" /vi/rss.xml; do
    wrk -t2 -c8 -d"$WARMUP" -H "User-Agent: $READER" "$URL$path" >/dev/null
    local out
    out=$(wrk -t2 -c8 -d"$DURATION" --latency -H "User-Agent: $READER" "$URL$path")
    RESULT[$label|$path]="$(echo "$out" | awk '/Requests\/sec/ {print $2}') $(echo "$out" | awk '/ 50%/ {print $2}')"
    PATHS+=("$path")
  done
  bench_stop
  unset WORK PASSWORD
}
PATHS=()
measure previous "$BASE_WAR"
measure current target/saola.war

echo "== public pages, every memory off, $ARTICLES articles ($(date -u +%Y-%m-%d), $(nproc) cores): previous ($BASE) and this build"
for i in 0 1 2 3; do
  path=${PATHS[$i]}
  read -r before before_p50 <<<"${RESULT[previous|$path]}"
  read -r now now_p50 <<<"${RESULT[current|${PATHS[$((i + 4))]}]}"
  awk -v p="$path" -v a="$before" -v b="$now" -v c="$before_p50" -v d="$now_p50" \
    'BEGIN { printf "  %-60s previous %7.0f req/s (p50 %s), this build %7.0f req/s (p50 %s): %.2f of the previous\n", substr(p, 1, 60), a, c, b, d, b / a }'
done
