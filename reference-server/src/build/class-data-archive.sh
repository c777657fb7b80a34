#!/usr/bin/env bash
# The class-data archive of the server's jar (AppCDS, JDK 17's dynamic archive): one start of the jar on a fresh data
# directory under -XX:ArchiveClassesAtExit writes every class it loaded, parsed and verified, to aicnet-server.jsa
# beside the jar; a start with -XX:SharedArchiveFile=aicnet-server.jsa maps them instead of reading the jar again.
# The archive holds for this jar and this Java only: the JVM checks both, and starts without it (a warning) where
# either differs, so the build makes it anew with every jar, with the Java that built it.
# Usage: class-data-archive.sh TARGET_DIR [JAVA_HOME]
set -euo pipefail

target=${1:?usage: class-data-archive.sh TARGET_DIR [JAVA_HOME]}
java_home=${2:-${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}}
jar=$target/aicnet-server.jar
archive=$target/aicnet-server.jsa
data=$target/class-data-run

rm -rf "$data" "$archive"
# a fresh data directory, so that the start creates the database and runs the migrations, as a first start does;
# a restart loads a subset of those classes
"$java_home/bin/java" -XX:ArchiveClassesAtExit="$archive" -Xlog:cds=off -Xlog:cds+dynamic=off \
  -jar "$jar" --exit-after-start --port 0 --host 127.0.0.1 --data-dir "$data" > "$target/class-data-run.log" 2>&1 || {
  echo "class-data-archive.sh: the start that makes the archive failed:" >&2
  cat "$target/class-data-run.log" >&2
  exit 1
}
rm -rf "$data"
[[ -s $archive ]] || { echo "class-data-archive.sh: $archive was not written" >&2; exit 1; }
