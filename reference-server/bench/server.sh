#!/usr/bin/env bash
# Speed benchmark of the reference server against a bare Javalin endpoint serving the same body, in the same run
# (docs/performance.md).
#
#   reference-server/bench/server.sh [name=value ...]     e.g. jobs=100000 seconds=10 warmup=5 connections=32
#
# Builds the server's jar and its class-data archive (package, no test runs) and the benchmark, then runs
# org.aicnet.server.bench.ServerBenchmark, which starts the servers as JVMs of their own on 127.0.0.1 (the server
# from its jar, as it is run) and prints a Markdown table: each figure, its baseline, the ratio, the target and PASS
# or MISS. Exit status 1 on a MISS. Maven's own options go in MAVEN_ARGS (e.g. MAVEN_ARGS=-o to stay offline), the
# benchmark JVM's in BENCH_JAVA_OPTIONS, the measured servers' in -Daicnet.bench.jvmOptions=OPTION of
# BENCH_JAVA_OPTIONS.
set -euo pipefail

cd "$(dirname "$0")/../.."
mvn -B -ntp -q ${MAVEN_ARGS:-} -pl reference-server -am package -DskipTests dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
cd reference-server
exec java ${BENCH_JAVA_OPTIONS:-} -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  -Daicnet.bench.serverJar="$PWD/target/aicnet-server.jar" \
  org.aicnet.server.bench.ServerBenchmark "$@"
