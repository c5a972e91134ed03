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
  . bench/lib.sh
  bench_server relevance "${BENCH_PORT:-18084}"
  BENCH_URL=$URL
  API_TOKEN=$(bench_token relevance)
  bench_import "$CORPUS"
  bench_indexed
fi

java bench/relevance/Relevance.java "$CORPUS" "$BENCH_URL" "$PER_LANGUAGE" "$SEED"
