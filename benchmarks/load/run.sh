#!/usr/bin/env bash
# Load benchmark of issue 10 ("Speed"): on loopback, in one run, wrk measures side by side
#   1. a static file from wwwroot of the same size as the article page (the ceiling),
#   2. the article page served from the output cache,
#   3. the same page rendered every time (a second host with the cache off, same database),
#   4. the same page missing the output cache every time on the first host (a query string of its own per request,
#      miss.lua): a render on a production node, whose settings, fragments and database connections are warm,
# and prints requests/s, p99 latency and the ratios to the static file. Not run by CI: speed targets are recorded
# in benchmarks/README.md with the machine and the date.
#
#   benchmarks/load/run.sh [connections=64] [seconds=15]
#   benchmarks/load/run.sh lighthouse     Lighthouse performance and accessibility of the home, a list and an article
# Needs: the .NET SDK, curl; wrk (apt-get install wrk); for lighthouse, Chromium (apt-get install chromium) and npx.
# On PostgreSQL instead of the embedded SQLite: PORTAL_LOAD_POSTGRES="Host=…;Port=…;Username=…;Password=…" names a
# server and a role that may create databases (on loopback add "SSL Mode=Disable", as the soak does: TLS to a server on
# the same machine spends the node's processor on encryption no deployment on one machine would use); the database
# portal_load is dropped and created afresh (needs psql).
set -euo pipefail
mode=wrk
if [ "${1:-}" = lighthouse ]; then mode=lighthouse; shift; fi
connections=${1:-64}
seconds=${2:-15}
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d /tmp/fip-load.XXXXXX)
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

if [ "$mode" = wrk ]; then command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 2; }; fi

echo "== publishing the portal (Release) to $work/app"
dotnet publish "$root/src/Web/ForeignInfoPortal.Web" -c Release -o "$work/app" --nologo -v quiet >/dev/null

export ASPNETCORE_ENVIRONMENT=Production
export Portal__DataFolder="$work/data"
export Portal__Logging__Json=false
export Logging__LogLevel__Default=Warning
engine=SQLite
if [ -n "${PORTAL_LOAD_POSTGRES:-}" ]; then
  engine=PostgreSQL
  key() { tr ';' '\n' <<<"$PORTAL_LOAD_POSTGRES" | sed -n "s/^$1=//Ip" | head -1; }
  PGHOST=$(key Host) PGPORT=$(key Port) PGUSER=$(key Username) PGPASSWORD=$(key Password) \
    psql -q -d postgres -c "DROP DATABASE IF EXISTS portal_load WITH (FORCE)" -c "CREATE DATABASE portal_load"
  export Portal__Database__Provider=PostgreSql
  # Two hosts share the server: each request pool at most 32 connections (docs/operations.md, Nodes).
  export ConnectionStrings__Portal="$PORTAL_LOAD_POSTGRES;Database=portal_load;Maximum Pool Size=32"
fi
echo "== seeding the demo site ($engine)"
(cd "$work/app" && dotnet ForeignInfoPortal.Web.dll recipe demo >/dev/null)
if [ "$engine" = PostgreSQL ]; then
  # The seeding's aftermath (autovacuum and analyze of the freshly written tables) done now, so that it does not run
  # on the two cores during one of the measurements and not during the others.
  PGHOST=$(key Host) PGPORT=$(key Port) PGUSER=$(key Username) PGPASSWORD=$(key Password) psql -q -d portal_load -c "VACUUM ANALYZE"
fi

start() { # port, cache on/off
  (cd "$work/app" && Portal__OutputCache__Enabled=$2 ASPNETCORE_URLS="http://127.0.0.1:$1" \
    exec dotnet ForeignInfoPortal.Web.dll >"$work/host-$1.log" 2>&1) &
  pids+=($!)
  for _ in $(seq 1 60); do curl -fs "http://127.0.0.1:$1/health/live" >/dev/null && return 0; sleep 1; done
  echo "host on port $1 did not start; see $work/host-$1.log" >&2; cat "$work/host-$1.log" >&2; exit 1
}
start 5081 true
[ "$mode" = lighthouse ] || start 5082 false

# The newest news article, as the site map lists it.
article=$(curl -fs http://127.0.0.1:5081/sitemap.xml | grep -o '<loc>[^<]*</loc>' | sed 's/<[^>]*>//g' | grep '/tin-tuc/.\+' | sed -n 1p)
path=${article#http*://*/}
path="/${path}"
[ "$path" != "/" ] || { echo "no article in sitemap.xml" >&2; exit 1; }
if [ "$mode" = lighthouse ]; then
  export CHROME_PATH=${CHROME_PATH:-$(command -v chromium || command -v chromium-browser)}
  for page in / /tin-tuc "$path"; do
    npx --yes lighthouse@12 "http://127.0.0.1:5081$page" --quiet --output=json --output-path="$work/lh.json" \
      --only-categories=performance,accessibility --chrome-flags="--headless=new --no-sandbox" >/dev/null 2>&1 \
      || { echo "lighthouse failed on $page" >&2; exit 1; }
    node -e 'const r = require(process.argv[1]); const c = r.categories;
      console.log(`${process.argv[2].padEnd(60)} performance ${Math.round(c.performance.score * 100)}  accessibility ${Math.round(c.accessibility.score * 100)}  LCP ${r.audits["largest-contentful-paint"].displayValue}  TBT ${r.audits["total-blocking-time"].displayValue}`)' \
      "$work/lh.json" "$page"
  done
  echo "machine: $(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg), $(date -u '+%Y-%m-%d %H:%M UTC'); Lighthouse default mobile profile (simulated throttling)"
  exit 0
fi
size=$(curl -fs "http://127.0.0.1:5081$path" | wc -c)
# A static file of the same size, written into the published wwwroot (never into the repository).
head -c "$size" /dev/zero | tr '\0' 'a' > "$work/app/wwwroot/load-benchmark.html"
curl -fs -o /dev/null "http://127.0.0.1:5081/load-benchmark.html" || { echo "the static file is not served" >&2; exit 1; }
echo "== article $path, $size bytes; $connections connections, ${seconds}s each, 2 threads"

measure() { # name, url, variable, [wrk script, [warm-up seconds]]
  local script=(); [ -z "${4:-}" ] || script=(-s "$4")
  curl -fs -o /dev/null "$2"; curl -fs -o /dev/null "$2"
  wrk -t2 -c"$connections" -d"${5:-5}s" --latency "${script[@]}" "$2" >/dev/null   # warm-up
  local out; out=$(wrk -t2 -c"$connections" -d"${seconds}s" --latency "${script[@]}" "$2")
  local rps p99 errors
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  p99=$(echo "$out" | awk '$1 == "99%" {print $2}')
  errors=$(echo "$out" | awk '/Non-2xx|Socket errors/ {print}' | tr '\n' ' ')
  printf '%-28s %12s req/s   p99 %8s  %s\n' "$1" "$rps" "$p99" "$errors"
  eval "rps_$3=$rps"
}
measure "static file (wwwroot)" "http://127.0.0.1:5081/load-benchmark.html" static
measure "article, output cache" "http://127.0.0.1:5081$path" cached
measure "article, rendered" "http://127.0.0.1:5082$path" rendered
# A warm node: the render path compiled at its final tier and the output cache at its steady size (it stores every
# miss until it holds SizeLimitMegabytes, then evicts). Under a full load of misses on 2 cores both take 30-60 s; a
# 5 s warm-up measured the node while it was still warming (about 60 % of the steady rate).
measure "article, cache miss" "http://127.0.0.1:5081$path" missed "$root/benchmarks/load/miss.lua" 60
awk -v s="$rps_static" -v c="$rps_cached" -v r="$rps_rendered" -v m="$rps_missed" 'BEGIN {
  printf "cached / static   = %.2f (target >= 0.50)\nrendered / static = %.2f (every cache off)\nmissed / static   = %.2f (target >= 0.10: a render on a node whose other caches are warm)\n", c / s, r / s, m / s }'
echo "engine: $engine; machine: $(nproc) CPUs, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), load average $(cut -d' ' -f1-3 /proc/loadavg), $(date -u '+%Y-%m-%d %H:%M UTC')"
