#!/usr/bin/env bash
# Attached PDFs (issue 20): text extraction's pages a second and heap on a 50-page PDF, then the
# time from an upload's answer until a word of the PDF's last page finds its article (a real
# server, started by the tests' harness on a throw-away data folder). Beside it, the reference: poppler's
# pdftotext (Debian's poppler-utils) reading the same file in the same run.
#
#   bench/attachments.sh [PAGES]
#   BENCH_JAVA_OPTS=-Xmx32m bench/attachments.sh   # the reading within a small heap
set -euo pipefail
cd "$(dirname "$0")/.."
command -v pdftotext >/dev/null || { apt-get update -qq && apt-get install -y -qq poppler-utils >/dev/null; }
[ -f target/saola.war ] && [ -f target/payara-micro.jar ] || mvn -q -DskipTests package
mvn -q -DskipTests test-compile
mvn -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test.classpath
java ${BENCH_JAVA_OPTS:-} -Dsaola.it.workDir="$(mktemp -d /tmp/saola-attachments-bench.XXXXXX)" \
  -cp "target/test-classes:target/classes:$(cat target/test.classpath)" vn.saola.media.PdfTextBench "${1:-50}"
