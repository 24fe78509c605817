#!/usr/bin/env bash
# Load benchmark: the gilan-kg server in its own JVM, driven by wrk over every example query
# (queries/*.rq, except the federated one, which needs the internet) and a resource page, at 16
# and 64 connections; then the same against Virtuoso (Debian's virtuoso-opensource) loaded from
# our N-Quads dump, when it is installed; then the answer cache against a static file.
#
# Usage: bench/bench.sh [SECONDS]      (default 10 s per run; run from the repository root after
#                                        mvn -B -q package -DskipTests)
# Environment: BENCH_DIR (work directory, default /tmp/gilan-kg-bench), CONNECTIONS ("16 64"), WARMUP (s, 2),
#              XMX (server heap, default 1g), SKIP_VIRTUOSO=1.
# Prints one table per run: q/s, p50 and p99 in ms, non-2xx count; the peak resident memory of
# the server (VmHWM); the ratio gilan-kg / Virtuoso per query; the cached rate as a share of the
# static-file rate.
set -euo pipefail

SECONDS_PER_RUN=${1:-10}
CONNECTIONS=${CONNECTIONS:-"16 64"}
XMX=${XMX:-1g}
WORK=${BENCH_DIR:-/tmp/gilan-kg-bench}
JAR=target/gilan-kg.jar
ROOT=$(pwd)

command -v wrk >/dev/null || { echo "bench: wrk is not installed (apt-get install wrk)" >&2; exit 1; }
[ -f "$JAR" ] || { echo "bench: $JAR is missing: run mvn -B -q package -DskipTests first" >&2; exit 1; }
mkdir -p "$WORK"

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
urlencode() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.stdin.read(), safe=""))'; }
wait_for() { for _ in $(seq 1 600); do curl -fs -o /dev/null "$1" && return 0; sleep 0.2; done; echo "bench: $1 did not come up" >&2; return 1; }
to_ms() { awk '{ v=$1; if (v ~ /us$/) { sub(/us$/,"",v); v=v/1000 } else if (v ~ /ms$/) { sub(/ms$/,"",v) } else if (v ~ /s$/) { sub(/s$/,"",v); v=v*1000 } printf "%.2f", v }'; }

# run NAME URL ACCEPT CONNECTIONS -> prints "NAME C qps p50 p99 non2xx" and appends it to $RESULTS
run() {
  local name=$1 url=$2 accept=$3 c=$4 out
  out=$(wrk -t2 -c"$c" -d"${SECONDS_PER_RUN}s" --latency -H "Accept: $accept" "$url" 2>&1)
  local qps p50 p99 bad
  qps=$(awk '/Requests\/sec/ {printf "%.0f", $2}' <<<"$out")
  p50=$(awk '/^ +50%/ {print $2}' <<<"$out" | to_ms)
  p99=$(awk '/^ +99%/ {print $2}' <<<"$out" | to_ms)
  bad=$(awk '/Non-2xx/ {print $5}' <<<"$out"); bad=${bad:-0}
  local errors; errors=$(awk '/Socket errors/ {print}' <<<"$out")
  printf "%-28s %4s %9s %9s %9s %7s %s\n" "$name" "$c" "$qps" "$p50" "$p99" "$bad" "$errors" | tee -a "$RESULTS"
}

# warm NAME URL ACCEPT: a short unreported run, so the JIT has compiled the path before it is measured
warm() { wrk -t2 -c16 -d"${WARMUP:-2}s" -H "Accept: $3" "$2" >/dev/null 2>&1 || true; }

header() { printf "%-28s %4s %9s %9s %9s %7s\n" "target" "conn" "q/s" "p50 ms" "p99 ms" "non-2xx"; }

# The store the benchmark serves: built once into the work directory.
STORE=$WORK/run/store
if [ ! -d "$STORE" ]; then
  echo "bench: building the store into $WORK/run (once)"
  java -jar "$JAR" build --store "$STORE" >/dev/null
fi

QUERIES=()
for f in queries/*.rq; do
  grep -qi 'SERVICE' "$f" && continue   # federated: depends on the internet
  QUERIES+=("$f")
done

start_gilan() { # $1 = cache MiB
  PORT=$(free_port)
  java -Xmx"$XMX" -Dlog4j2.level=WARN -Dlog4j.configurationFile="$ROOT/bench/log4j2-quiet.xml" -jar "$JAR" serve \
    --store "$STORE" --port "$PORT" --cache-mb "$1" >"$WORK/server.log" 2>&1 &
  SERVER_PID=$!
  wait_for "http://127.0.0.1:$PORT/\$/ping"
}
stop_gilan() {
  PEAK_RSS=$(awk '/VmHWM/ {printf "%.0f MiB", $2/1024}' /proc/$SERVER_PID/status)
  kill "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true
}

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -sr); java $(java -version 2>&1 | head -1 | cut -d'"' -f2); ${SECONDS_PER_RUN}s per run"

# 1. gilan-kg, cold: answer cache off.
RESULTS=$WORK/gilan.txt; : >"$RESULTS"
start_gilan 0
for f in "${QUERIES[@]}"; do warm x "http://127.0.0.1:$PORT/gilan/sparql?query=$(urlencode <"$f")" "application/sparql-results+json"; done
warm x "http://127.0.0.1:$PORT/resource/mirza-kuchik-khan" "text/html"
echo; echo "gilan-kg (-Xmx$XMX, answer cache off; after ${WARMUP:-2} s of warm-up per target)"; header
for c in $CONNECTIONS; do
  for f in "${QUERIES[@]}"; do
    run "$(basename "$f" .rq)" "http://127.0.0.1:$PORT/gilan/sparql?query=$(urlencode <"$f")" "application/sparql-results+json" "$c"
  done
  run "resource-page" "http://127.0.0.1:$PORT/resource/mirza-kuchik-khan" "text/html" "$c"
done
stop_gilan
echo "peak resident memory (VmHWM): $PEAK_RSS"

# 2. Virtuoso on the same graph, when installed.
if [ -z "${SKIP_VIRTUOSO:-}" ] && command -v virtuoso-t >/dev/null && command -v isql-vt >/dev/null; then
  V=$WORK/virtuoso; rm -rf "$V"; mkdir -p "$V/data"
  cp "$STORE/../dumps/gilan-kg.nq.gz" "$V/data/"
  VSQL=$(free_port); VHTTP=$(free_port)
  sed -e "s|/var/lib/virtuoso-opensource-7/db|$V|g" \
      -e "s|^ServerPort *= *1111|ServerPort = $VSQL|" -e "s|^ServerPort *= *8890|ServerPort = $VHTTP|" \
      -e "s|^DirsAllowed .*|DirsAllowed = ., $V/data, /usr/share/virtuoso-opensource-7/vad|" \
      -e "s|^MaxClientConnections .*|MaxClientConnections = 128|" -e "s|^ServerThreads .*|ServerThreads = 64|" \
      -e "s|^MaxKeepAlives .*|MaxKeepAlives = 128|" \
      -e "s|^NumberOfBuffers .*|NumberOfBuffers = 170000|" -e "s|^MaxDirtyBuffers .*|MaxDirtyBuffers = 130000|" \
      /etc/virtuoso-opensource-7/virtuoso.ini >"$V/virtuoso.ini"
  pushd "$V" >/dev/null
  virtuoso-t +foreground +configfile "$V/virtuoso.ini" >"$V/stdout.log" 2>&1 &
  VPID=$!
  popd >/dev/null
  for _ in $(seq 1 300); do isql-vt "$VSQL" dba dba exec="select 1;" >/dev/null 2>&1 && break; sleep 0.5; done
  isql-vt "$VSQL" dba dba exec="ld_dir('$V/data', '*.nq.gz', 'urn:gilan-kg:unused'); rdf_loader_run(); checkpoint;" >"$V/load.log" 2>&1
  TRIPLES=$(isql-vt "$VSQL" dba dba exec="sparql select count(*) where { graph ?g { ?s ?p ?o } };" 2>/dev/null | awk '/^[0-9]+ *$/ {print $1; exit}')
  echo; echo "Virtuoso $(dpkg-query -W -f='${Version}' virtuoso-opensource-7-bin 2>/dev/null) (64 HTTP threads, 170,000 buffers), $TRIPLES quads loaded from gilan-kg.nq.gz"
  RESULTS=$WORK/virtuoso.txt; : >"$RESULTS"
  for f in "${QUERIES[@]}"; do warm x "http://127.0.0.1:$VHTTP/sparql?query=$(urlencode <"$f")" "application/sparql-results+json"; done
  header
  for c in $CONNECTIONS; do
    for f in "${QUERIES[@]}"; do
      run "$(basename "$f" .rq)" "http://127.0.0.1:$VHTTP/sparql?query=$(urlencode <"$f")" "application/sparql-results+json" "$c"
    done
  done
  echo "Virtuoso peak resident memory (VmHWM): $(awk '/VmHWM/ {printf "%.0f MiB", $2/1024}' /proc/$VPID/status 2>/dev/null)"
  kill "$VPID" 2>/dev/null; wait "$VPID" 2>/dev/null || true

  echo; echo "ratio gilan-kg / Virtuoso (q/s)"
  printf "%-28s %4s %9s %9s %7s\n" "query" "conn" "gilan" "virtuoso" "ratio"
  join -j1 <(awk '{print $1"@"$2, $3}' "$WORK/gilan.txt" | sort) <(awk '{print $1"@"$2, $3}' "$WORK/virtuoso.txt" | sort) |
    awk '{split($1,k,"@"); printf "%-28s %4s %9s %9s %7.2f\n", k[1], k[2], $2, $3, ($3>0 ? $2/$3 : 0)}' | sort -k2n -k1
else
  echo; echo "Virtuoso: not installed (apt-get install virtuoso-opensource) or SKIP_VIRTUOSO set: no comparison"
fi

# 3. The answer cache: repeated queries against the same server's static-file rate.
RESULTS=$WORK/cached.txt; : >"$RESULTS"
start_gilan 64
echo; echo "gilan-kg with the answer cache (repeated queries) and a static file"; header
c=$(echo $CONNECTIONS | awk '{print $1}')
warm x "http://127.0.0.1:$PORT/assets/gilan.css" "text/css"
for f in "${QUERIES[@]}"; do warm x "http://127.0.0.1:$PORT/gilan/sparql?query=$(urlencode <"$f")" "application/sparql-results+json"; done
run "static-file" "http://127.0.0.1:$PORT/assets/gilan.css" "text/css" "$c"
STATIC=$(awk '{print $3}' "$RESULTS")
for f in "${QUERIES[@]}"; do
  run "$(basename "$f" .rq)" "http://127.0.0.1:$PORT/gilan/sparql?query=$(urlencode <"$f")" "application/sparql-results+json" "$c"
done
run "resource-page" "http://127.0.0.1:$PORT/resource/mirza-kuchik-khan" "text/html" "$c"
stop_gilan
echo "peak resident memory (VmHWM): $PEAK_RSS"
awk -v s="$STATIC" 'NR>1 {printf "%-28s cached rate = %3.0f%% of the static-file rate\n", $1, 100*$3/s}' "$RESULTS"
