#!/usr/bin/env bash
# Start-up benchmark of the reference server's jar (issue #3, point 11: "it starts in under 2 seconds").
#
#   reference-server/bench/startup.sh [RUNS] [-- SERVER ARGS...]     (after mvn package; RUNS defaults to 10)
#
# Times, RUNS times each, from launching `java -jar aicnet-server.jar --port 0` to its "listening on" line:
#   fresh    a new, empty data directory (the database and its tables are created)
#   restart  the data directory of the previous run (the database is opened, running tasks reconciled)
# and, as the baseline of this machine in the same run, `java -jar aicnet-server.jar --version`: the JVM's own start
# and the jar's opening, which no server start can beat. It prints the median, min and max of each, the ratio of each
# median to the baseline's, the process's CPU time at its start-up line, and whether the fresh median is under 2 s.
# The arguments after -- go to every server start (e.g. -- --config my-network.yaml). Every start maps the jar's
# class-data archive (aicnet-server.jsa beside it, made by the build) where there is one; AICNET_CLASS_DATA=off
# starts without it.
set -euo pipefail

cd "$(dirname "$0")/.."
JAR=${AICNET_SERVER_JAR:-target/aicnet-server.jar}
RUNS=10
if [[ $# -gt 0 && $1 != -- ]]; then RUNS=$1; shift; fi
if [[ $# -gt 0 && $1 == -- ]]; then shift; fi
SERVER_ARGS=("$@")
TARGET_MS=2000

[[ $RUNS =~ ^[1-9][0-9]*$ ]] || { echo "startup.sh: RUNS must be a positive number, not '$RUNS'" >&2; exit 2; }
[[ -f $JAR ]] || { echo "startup.sh: $JAR is missing; run mvn -B -ntp package -DskipTests first" >&2; exit 2; }
CLASS_DATA=()
ARCHIVE=${JAR%.jar}.jsa
if [[ ${AICNET_CLASS_DATA:-on} != off && -f $ARCHIVE ]]; then
  CLASS_DATA=(-XX:SharedArchiveFile="$ARCHIVE" -Xshare:on)
fi

WORK=$(mktemp -d)
SERVER=
cleanup() {
  [[ -n $SERVER ]] && kill "$SERVER" 2>/dev/null && wait "$SERVER" 2>/dev/null
  rm -rf "$WORK"
}
trap cleanup EXIT
mkfifo "$WORK/out"

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

# One start: prints "WALL_MS CPU_MS", reading the server's output as it comes (no polling, which would steal CPU
# from the start it measures).
start_once() {
  local data=$1 started line cpu
  started=$(now_ms)
  java "${CLASS_DATA[@]}" -jar "$JAR" --port 0 --data-dir "$data" "${SERVER_ARGS[@]}" > "$WORK/out" 2> "$WORK/err" &
  SERVER=$!
  exec 3< "$WORK/out"
  while IFS= read -r -u 3 line; do
    [[ $line == *"listening on"* ]] && break
  done || { echo "startup.sh: the server did not start:" >&2; cat "$WORK/err" >&2; exit 1; }
  local wall=$(( $(now_ms) - started ))
  cpu=$(awk -v hz="$(getconf CLK_TCK)" '{ printf "%d", ($14 + $15) * 1000 / hz }' "/proc/$SERVER/stat")
  kill "$SERVER"; wait "$SERVER" 2>/dev/null || true; SERVER=
  exec 3<&-
  echo "$wall $cpu"
}

baseline_once() {
  local started
  started=$(now_ms)
  java "${CLASS_DATA[@]}" -jar "$JAR" --version > /dev/null
  echo $(( $(now_ms) - started ))
}

stats() { sort -n | awk '{ v[NR] = $1 } END { printf "%d %d %d\n", v[int((NR + 1) / 2)], v[1], v[NR] }'; }

echo "aicnet-server start-up, $RUNS runs each: $JAR on $(nproc) cores, $(java -version 2>&1 | head -1)," \
  "class-data archive: ${CLASS_DATA[0]:-none}"
baseline=(); fresh=(); fresh_cpu=(); restart=(); restart_cpu=()
for run in $(seq 1 "$RUNS"); do
  baseline+=("$(baseline_once)")
  read -r wall cpu < <(start_once "$WORK/data-$run")
  fresh+=("$wall"); fresh_cpu+=("$cpu")
  read -r wall cpu < <(start_once "$WORK/data-$run")
  restart+=("$wall"); restart_cpu+=("$cpu")
  printf '\r  run %d/%d' "$run" "$RUNS" >&2
done
printf '\r' >&2

read -r base_median base_min base_max < <(printf '%s\n' "${baseline[@]}" | stats)
report() {
  local name=$1 median min max cpu
  read -r median min max < <(printf '%s\n' "${@:2:$RUNS}" | stats)
  read -r cpu _ _ < <(printf '%s\n' "${@:$((RUNS + 2))}" | stats)
  printf '%-9s median %5d ms  (min %5d, max %5d)  %5.2f x baseline  cpu %5d ms\n' \
    "$name" "$median" "$min" "$max" "$(awk -v a="$median" -v b="$base_median" 'BEGIN { print a / b }')" "$cpu"
  [[ $name != fresh ]] || FRESH_MEDIAN=$median
}
printf '%-9s median %5d ms  (min %5d, max %5d)\n' baseline "$base_median" "$base_min" "$base_max"
report fresh "${fresh[@]}" "${fresh_cpu[@]}"
report restart "${restart[@]}" "${restart_cpu[@]}"
if (( FRESH_MEDIAN < TARGET_MS )); then
  echo "target: a fresh start under $TARGET_MS ms: met ($FRESH_MEDIAN ms)"
else
  echo "target: a fresh start under $TARGET_MS ms: NOT met ($FRESH_MEDIAN ms)"
  exit 1
fi
