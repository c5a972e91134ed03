#!/usr/bin/env bash
# Kept-pages memory benchmark: with 100,000 articles (the bilingual corpus replicated), every
# article page is asked for once as a reader asks (100,000 distinct pages, each rendered and
# offered to the memory of kept pages), then the heap is measured after a full collection, beside
# the same measure taken before. The memory of kept pages is bounded by saola.pages.memory-mb
# (default 64): the heap must grow by about that much, not by 100,000 pages.
#
#   bench/pages-memory.sh            # BENCH_ARTICLES, BENCH_PAGES to change the sizes
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${BENCH_PORT:-18083}
ARTICLES=${BENCH_ARTICLES:-100000}
PAGES=${BENCH_PAGES:-100000}
CORPUS=${BENCH_CORPUS:-../shared/corpus/libreoffice-help.vi-en.ndjson.gz}
. bench/lib.sh

bench_server pages-memory "$PORT"
java bench/ReplicateCorpus.java "$CORPUS" "$WORK/corpus.ndjson" "$ARTICLES"
API_TOKEN=$(bench_token bench)
bench_import "$WORK/corpus.ndjson"
# the import indexes in the background: wait until it is done, so its work is not measured
bench_indexed

# every article page the sitemap lists (an index of parts past 50,000 addresses), PAGES of them
curl -s "$URL/sitemap.xml" >"$WORK/sitemap.xml"
if grep -q '<sitemapindex' "$WORK/sitemap.xml"; then
  grep -o '<loc>[^<]*</loc>' "$WORK/sitemap.xml" | sed 's#<loc>##; s#</loc>##' | while read -r part; do curl -s "$part"; done
else
  cat "$WORK/sitemap.xml"
fi | grep -o '<loc>[^<]*/bai-viet/[^<]*</loc>' | sed "s#<loc>[a-z]*://[^/]*##; s#</loc>##" >"$WORK/all-pages"
head -n "$PAGES" "$WORK/all-pages" >"$WORK/pages"
pages=$(wc -l <"$WORK/pages")

rss_mb() { ps -o rss= -p $SERVER | awk '{printf "%d", $1/1024}'; }

curl -s -o /dev/null -A "Mozilla/5.0" "$URL$(head -1 "$WORK/pages")"
before_heap=$(bench_heap_mb); before_rss=$(rss_mb)
echo "before: heap after a full collection $before_heap MB, resident $before_rss MB ($(wc -l <"$WORK/pages") pages to ask for)"
views() { curl -s "$URL/api/stats" | sed -E 's/.*"total":([0-9]+).*/\1/'; }
first_views=$(views)
start=$(date +%s.%N)
PAGES="$WORK/pages" wrk -t2 -c8 -d30m -s bench/each-page-once.lua "$URL" -- 2 >"$WORK/wrk.txt" &
WRK=$!
# every page asked for is a counted view: done when the counter has moved by as many
until [ "$(views)" -ge $((first_views + pages)) ]; do kill -0 $WRK 2>/dev/null || break; sleep 2; done
end=$(date +%s.%N)
kill $WRK 2>/dev/null || true; wait $WRK 2>/dev/null || true
after_heap=$(bench_heap_mb); after_rss=$(rss_mb)
# a change forgets every kept page (and the read model): what is left is what they held
curl -s -o /dev/null -X PUT -H "Authorization: Bearer $API_TOKEN" -H 'Content-Type: text/plain' --data published \
  "$URL/api/articles/$(head -1 "$WORK/corpus.ndjson" | sed -E 's/^\{"id": "([^"]+)".*/\1/')/status"
sleep 2
forgotten_heap=$(bench_heap_mb)

echo
echo "== Kept pages, memory ($(date -u +%Y-%m-%d), $(nproc) cores, saola.pages.memory-mb at its default)"
echo "articles imported: $ARTICLES; distinct article pages asked for once each: $pages"
awk -v a="$start" -v b="$end" -v n="$pages" 'BEGIN { printf "asked in %.0f s (%.0f pages/s, each rendered once)\n", b - a, n / (b - a) }'
echo "heap after a full collection: before $before_heap MB, after $after_heap MB (+$((after_heap - before_heap)) MB)," \
  "after a change forgot every kept page $forgotten_heap MB"
echo "resident memory: before $before_rss MB, after $after_rss MB"
