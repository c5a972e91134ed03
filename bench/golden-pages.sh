#!/usr/bin/env bash
# Golden-file comparison of the public pages: builds two revisions, runs each with the demo content
# on a throw-away data folder, fetches every public page a visitor or a crawler can reach (home,
# categories, articles, their page 2, feeds, sitemaps, robots.txt, search results, the 404 page) and
# compares the bytes. A refactoring that changes no behaviour must print "identical".
#
#   bench/golden-pages.sh [BASE [HEAD]]   # revisions, default HEAD~1 and the working tree
#
# Search pages use queries whose results have distinct scores (equal scores come back in index
# order, which differs from run to run).
# Pages are fetched without a User-Agent, as a crawler would, so no view is counted and the
# counters on the pages stay at the demo's figures.
set -euo pipefail
cd "$(dirname "$0")/.."

BASE=${1:-HEAD~1}
HEAD_REV=${2:-}
PORT=${GOLDEN_PORT:-18090}
WORK=$(mktemp -d /tmp/saola-golden.XXXXXX)
echo "[golden] working in $WORK"

pages_of() { # $1 = base URL; prints the paths to fetch
  local base=$1
  printf '%s\n' /vi/ /en/ /robots.txt /sitemap.xml /vi/rss.xml /en/rss.xml \
    '/vi/tim-kiem?q=c%C3%B4ng+th%C6%B0%C6%A1ng' '/en/search?q=arrowroot+vermicelli' '/vi/tim-kiem?q=xu%E1%BA%A5t+kh%E1%BA%A9u&page=2' \
    /vi/khong-co-trang-nay '/vi/?page=2' '/en/?page=2'
  curl -s "$base/sitemap.xml" | grep -o '<loc>[^<]*</loc>' | sed 's|<loc>||; s|</loc>||' | sed "s|^https\?://[^/]*||" \
    | while read -r part; do
        echo "$part"
        case "$part" in
          /sitemap-*) curl -s "$base$part" | grep -o '<loc>[^<]*</loc>' | sed 's|<loc>||; s|</loc>||; s|^https\?://[^/]*||' ;;
        esac
      done
}

capture() { # $1 = source folder, $2 = output folder
  local src=$1 out=$2 data log pid
  data=$(mktemp -d "$WORK/data.XXXX")
  log="$data/server.log"
  mkdir -p "$out"
  (cd "$src" && SAOLA_DATA_DIR="$data/data" SAOLA_HTTP_PORT=$PORT SAOLA_ADMIN_PASSWORD=golden-$RANDOM$RANDOM$RANDOM \
     setsid mvn -q -Prun package >"$log" 2>&1) &
  local mvn=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$PORT/vi/")" = 200 ]; do
    sleep 1
    kill -0 "$mvn" 2>/dev/null || { cat "$log" >&2; exit 1; }
  done
  sleep 5 # let the search index finish its start-up check
  local base="http://localhost:$PORT"
  pages_of "$base" | sort -u >"$out.list"
  while read -r path; do
    local name
    name=$(echo "$path" | sed 's|[/?=&%+]|_|g')
    curl -s -D "$out/$name.headers" -o "$out/$name" "$base$path"
    # headers that are about this moment, not about the page
    sed -i '/^[Dd]ate:/d; /^[Ss]et-[Cc]ookie:/d; /^X-Powered-By/d; /^[Ss]erver:/d; /^X-CSRF-TOKEN:/d' "$out/$name.headers"
    # the demo content is imported at start, so its "modified" time is this run's; every other byte must match
    sed -i -E "s/$(TZ=Asia/Ho_Chi_Minh date +%F)T[0-9:]{8}(\.[0-9]+)?/TODAY/g" "$out/$name"
  done <"$out.list"
  pid=$(pgrep -f "payara-micro.jar --deploy .*--port $PORT" || true)
  [ -n "$pid" ] && kill "$pid" && while kill -0 "$pid" 2>/dev/null; do sleep 0.5; done
  wait || true
  echo "[golden] $(wc -l <"$out.list") pages from $src"
}

git worktree add -q --detach "$WORK/base" "$BASE"
trap 'git worktree remove --force "$WORK/base" >/dev/null 2>&1 || true' EXIT
capture "$WORK/base" "$WORK/before"
if [ -n "$HEAD_REV" ]; then
  git worktree add -q --detach "$WORK/head" "$HEAD_REV"
  capture "$WORK/head" "$WORK/after"
  git worktree remove --force "$WORK/head"
else
  capture "$PWD" "$WORK/after"
fi

if diff -r "$WORK/before" "$WORK/after" >"$WORK/diff.txt" && diff "$WORK/before.list" "$WORK/after.list" >>"$WORK/diff.txt"; then
  echo "[golden] $(wc -l <"$WORK/after.list") public pages, bodies and headers: identical ($BASE vs ${HEAD_REV:-working tree})"
else
  echo "[golden] DIFFERENT: see $WORK/diff.txt"
  head -50 "$WORK/diff.txt"
  exit 1
fi
