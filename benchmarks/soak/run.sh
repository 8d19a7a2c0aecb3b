#!/usr/bin/env bash
# Soak of issue 11: two web nodes on loopback sharing one PostgreSQL database and one data folder (the shared-storage
# deployment of docs/operations.md), the demo site seeded, then the benchmark's `soak` mode sends mixed anonymous
# reads at a fixed rate to the nodes in turn and publishes news items through the write API, for a set time; it prints
# errors, latency, how soon the other node's news list shows each publication, and both nodes' resident memory.
# Not run by CI: the figures are recorded in benchmarks/README.md with the machine and the date.
#
#   benchmarks/soak/run.sh [minutes=10] [reads/s=500] [publications/s=2]
# Needs: the .NET SDK, curl, a PostgreSQL server and a role that may create databases, given as
#   PORTAL_SOAK_POSTGRES="Host=localhost;Port=5432;Username=portal_ci;Password=portal_ci;SSL Mode=Disable" (the
#   default: on loopback TLS only costs CPU the nodes need, as a Unix socket would not; across a network, keep it).
# The database portal_soak is dropped and created afresh. The nodes' logs are copied to $PORTAL_SOAK_LOGS
# (/tmp/fip-soak-logs) at the end.
set -euo pipefail
minutes=${1:-10}
reads=${2:-500}
publishes=${3:-2}
root=$(cd "$(dirname "$0")/../.." && pwd)
server=${PORTAL_SOAK_POSTGRES:-Host=localhost;Port=5432;Username=portal_ci;Password=portal_ci;SSL Mode=Disable}
work=$(mktemp -d /tmp/fip-soak.XXXXXX)
pids=()
# The nodes' logs outlive the run (the summary below shows only their first error lines).
logs=${PORTAL_SOAK_LOGS:-/tmp/fip-soak-logs}
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true
  mkdir -p "$logs" && cp "$work"/host-*.log "$logs"/ 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

echo "== building the portal and the benchmark (Release)"
dotnet publish "$root/src/Web/ForeignInfoPortal.Web" -c Release -o "$work/app" --nologo -v quiet >/dev/null
dotnet build "$root/benchmarks/ForeignInfoPortal.Benchmarks" -c Release --nologo -v quiet >/dev/null

# Npgsql's connection string keys, read back for psql.
key() { tr ';' '\n' <<<"$server" | sed -n "s/^$1=//Ip" | head -1; }
export PGHOST=$(key Host) PGPORT=$(key Port) PGUSER=$(key Username) PGPASSWORD=$(key Password)
psql -q -d postgres -c "DROP DATABASE IF EXISTS portal_soak WITH (FORCE)" -c "CREATE DATABASE portal_soak"

export ASPNETCORE_ENVIRONMENT=Production
export Portal__Database__Provider=PostgreSql
# Each node's request pool at most 32 connections (and its public reads' 10): two nodes' default pools (100 each)
# would exceed PostgreSQL's default max_connections (100) under load; docs/operations.md (Nodes) says how to size it.
export ConnectionStrings__Portal="$server;Database=portal_soak;Maximum Pool Size=32"
export Portal__DataFolder="$work/data"
export Portal__Admin__Password="Soak-$(date +%s)-Ki3m"
# PORTAL_SOAK_JSON_LOGS=true logs one JSON object per line, with each line's request path and any exception.
export Portal__Logging__Json=${PORTAL_SOAK_JSON_LOGS:-false}
export Logging__LogLevel__Default=Warning
# Every read comes from 127.0.0.1: the per-address limit of anonymous API reads would refuse most of them.
export Portal__RateLimits__AnonymousReads__PermitLimit=100000000
echo "== seeding the demo site into PostgreSQL"
(cd "$work/app" && dotnet ForeignInfoPortal.Web.dll recipe demo >/dev/null)
token=$(cd "$work/app" && dotnet ForeignInfoPortal.Web.dll token create --user admin@portal.local --name soak | sed -n 1p)

start() { # port
  (cd "$work/app" && ASPNETCORE_URLS="http://127.0.0.1:$1" exec dotnet ForeignInfoPortal.Web.dll >"$work/host-$1.log" 2>&1) &
  pids+=($!)
  for _ in $(seq 1 60); do curl -fs "http://127.0.0.1:$1/health/ready" >/dev/null && return 0; sleep 1; done
  echo "node on port $1 did not start; see its log:" >&2; cat "$work/host-$1.log" >&2; exit 1
}
start 5091
start 5092

echo "== soak: machine $(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg), $(date -u '+%Y-%m-%d %H:%M UTC')"
status=0
failures='^(fail|crit)|"LogLevel":"(Error|Critical)"'
dotnet "$root/benchmarks/ForeignInfoPortal.Benchmarks/bin/Release/net10.0/ForeignInfoPortal.Benchmarks.dll" soak \
  --nodes http://127.0.0.1:5091/,http://127.0.0.1:5092/ --token "$token" --pids "${pids[0]},${pids[1]}" \
  --minutes "$minutes" --reads "$reads" --publishes "$publishes" || status=$?
for port in 5091 5092; do
  errors=$(grep -c -E "$failures" "$work/host-$port.log" || true)
  echo "node $port: $errors error lines in its log"
  grep -E -A3 "$failures" "$work/host-$port.log" | head -20 || true
done
echo "load average at the end $(cut -d' ' -f1-3 /proc/loadavg)"
exit $status
