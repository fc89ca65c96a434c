#!/usr/bin/env bash
# Measures the time from `java -jar` to a healthy service, on a fresh H2 database (first start: schema creation,
# process deployment, demo data) and on the same database again (restart), several times.
#   docs/benchmarks/startup-time.sh [runs]      (default 3; builds the jar if it is missing)
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-3}
jar=$(ls target/guichet-ess-*.jar 2>/dev/null | grep -v original | head -1 || true)
if [ -z "$jar" ]; then
  ./mvnw -B -q -DskipTests package
  jar=$(ls target/guichet-ess-*.jar | grep -v original | head -1)
fi
port=18080

wait_healthy() {
  local start=$1
  until curl -fs "http://localhost:${port}/actuator/health" | grep -q '"UP"'; do
    if ! kill -0 "$pid" 2>/dev/null; then echo "the service died, see $log" >&2; exit 1; fi
    sleep 0.1
  done
  echo $(( $(date +%s%N) / 1000000 - start ))
}

measure() {
  local data=$1
  local start=$(( $(date +%s%N) / 1000000 ))
  log="$data/service.log"
  java -jar "$jar" --server.port=$port --spring.datasource.url="jdbc:h2:file:$data/db;DB_CLOSE_ON_EXIT=FALSE" \
    --guichet.storage.directory="$data/files" > "$log" 2>&1 &
  pid=$!
  local elapsed
  elapsed=$(wait_healthy "$start")
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo "$elapsed"
}

echo "jar: $jar, $(nproc) cores, $(java -version 2>&1 | head -1)"
for i in $(seq 1 "$runs"); do
  data=$(mktemp -d)
  first=$(measure "$data")
  again=$(measure "$data")
  echo "run $i: first start ${first} ms, restart ${again} ms"
  rm -rf "$data"
done
