#!/usr/bin/env bash
# The counting memory's cap, measured: a million views, each from a new visitor, with the batches
# written or never written (an outage), with saola.stats.visitors-in-memory's default cap and
# without a cap. Prints the heap the ledger holds in each case.
#
#   bench/counting-memory.sh
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -DskipTests test-compile
cp=$(mvn -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=test)
java -Xmx4g -XX:+UseSerialGC -cp "target/classes:target/test-classes:$cp" vn.saola.stats.LedgerMemoryBench
