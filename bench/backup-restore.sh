#!/usr/bin/env bash
# Backup and restore (issue 22): the bilingual corpus replicated to BENCH_ARTICLES articles
# (default 100,000) on one server (the embedded H2 database); times
# POST /api/backup on the running site, then the start of a second, empty installation restoring
# the archive (SAOLA_RESTORE_FROM) until its home page answers, against the start of an empty
# installation in the same run (the reference), and the restore's own line in the log. Checks
# that the restored site has as many articles as the first.
#
#   bench/backup-restore.sh
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh

ARTICLES=${BENCH_ARTICLES:-100000}
PORT=${BENCH_PORT:-18099}
CORPUS=${BENCH_CORPUS:-../shared/corpus/libreoffice-help.vi-en.ndjson.gz}
bench_server backup-source "$PORT"
SOURCE_WORK=$WORK
java bench/ReplicateCorpus.java "$CORPUS" "$WORK/corpus.ndjson" "$ARTICLES"
API_TOKEN=$(bench_token backup-bench)
start=$(date +%s.%N)
bench_import "$WORK/corpus.ndjson"
echo "imported $ARTICLES articles in $(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.0f", b - a }') s"
rm -f "$WORK/corpus.ndjson"
articles() { curl -s "$1/api/search?lang=all&size=1&q=LibreOffice" | sed -E 's/.*"total":([0-9]+).*/\1/'; }
bench_indexed
source_total=$(articles "$URL")

start=$(date +%s.%N)
(cd "$WORK" && curl -s -f -X POST -OJ -H "Authorization: Bearer $API_TOKEN" "$URL/api/backup")
backup_s=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
archive=$(ls "$WORK"/saola-*.zip)
echo "backup of the running site: ${backup_s} s, $(du -m "$archive" | cut -f1) MB ($archive)"
bench_stop

# The reference: an empty installation's start, on this machine now.
WORK=$(mktemp -d /tmp/saola-backup-empty.XXXXXX)
start=$(date +%s.%N)
bench_server backup-empty "$PORT"
empty_s=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
bench_stop
rm -rf "$WORK"

WORK=$(mktemp -d /tmp/saola-backup-restored.XXXXXX)
start=$(date +%s.%N)
bench_server backup-restored "$PORT" SAOLA_RESTORE_FROM="$archive"
restore_s=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
echo "an empty installation starts in ${empty_s} s; one restoring the backup in ${restore_s} s ($(grep -o 'Restored .* in [0-9.]* s' "$WORK/server.log" | sed 's/.* in /restore itself: /'))"
# The index is not in the backup: the start-up check finds it empty and rebuilds it in the background.
start=$(date +%s)
until [ "$(articles "$URL")" = "$source_total" ] || [ $(( $(date +%s) - start )) -gt 1800 ]; do sleep 5; done
echo "articles found by search: $source_total before, $(articles "$URL") after the restore, the index rebuilt within $(( $(date +%s) - start )) s of the start"
rm -rf "$SOURCE_WORK"
