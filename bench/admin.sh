#!/usr/bin/env bash
# Editors' workspace benchmark: imports the bilingual corpus replicated to BENCH_ARTICLES articles
# (default 100,000), signs in, and times the admin pages an editor opens all day — the article
# list with each filter, an article's form, its translate screen and its revisions — with curl,
# BENCH_RUNS times each (median and slowest printed).
#
#   bench/admin.sh
#
# Runs its own server on a throw-away data folder and stops it at the end.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${BENCH_PORT:-18082}
ARTICLES=${BENCH_ARTICLES:-100000}
RUNS=${BENCH_RUNS:-15}
CORPUS=${BENCH_CORPUS:-../shared/corpus/libreoffice-help.vi-en.ndjson.gz}
. bench/lib.sh
bench_server admin-bench "$PORT"
JAR="$WORK/cookies"
java bench/ReplicateCorpus.java "$CORPUS" "$WORK/corpus.ndjson" "$ARTICLES"
API_TOKEN=${API_TOKEN:-$(bench_token bench)}
bench_import "$WORK/corpus.ndjson"

csrf() { sed -nE 's/.*name="_csrf" value="([^"]+)".*/\1/p' | head -1; }
token=$(curl -s -c "$JAR" -b "$JAR" "$URL/admin/login" | csrf)
curl -s -o /dev/null -c "$JAR" -b "$JAR" --data-urlencode "_csrf=$token" --data-urlencode "username=admin" \
  --data-urlencode "password=$PASSWORD" "$URL/admin/login"
id=$(curl -s -b "$JAR" "$URL/admin/articles" | grep -oE 'href="/admin/articles/[0-9]+/vi"' | head -1 | grep -oE '[0-9]+')

# time PATH: median and slowest of RUNS requests (after one to warm up), in milliseconds
time_page() {
  curl -s -o /dev/null -b "$JAR" "$URL$1"
  for _ in $(seq "$RUNS"); do curl -s -o /dev/null -b "$JAR" -w '%{time_total}\n' "$URL$1"; done | sort -n |
    awk -v p="$1" '{t[NR]=$1*1000} END {printf "%-55s median %6.1f ms, slowest %6.1f ms\n", p, t[int((NR+1)/2)], t[NR]}'
}

echo "== Saola admin pages with $ARTICLES articles ($(date -u +%Y-%m-%d), $(nproc) cores, $RUNS runs each)"
for path in "/admin/articles" "/admin/articles?page=2500" "/admin/articles?needs=en" "/admin/articles?status=draft" \
  "/admin/articles?q=libreoffice" "/admin/articles?q=b%E1%BA%A3ng%20t%C3%ADnh&needs=vi" \
  "/admin/articles/$id/vi" "/admin/articles/$id/en/translate" "/admin/articles/$id/vi/revisions" \
  "/admin/preview/vi/$id" "/admin/categories"; do
  time_page "$path"
done
