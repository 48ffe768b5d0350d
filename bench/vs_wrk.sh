#!/usr/bin/env bash
# Throughput efficiency: loadstudio-cli's transports against wrk, with the same number of keep-alive connections,
# against nginx (Debian's nginx-light) on loopback returning a small static response. Client and server are each
# pinned to their own core (taskset); the runs alternate and the medians are compared. Then a count check: a
# 1000-user run's report (completed + aborted) against the lines in nginx's access log.
# Bounded in time; 127.0.0.1 only. Needs: apt-get install nginx-light wrk
#
# Usage: bench/vs_wrk.sh [CONNECTIONS=50] [SECONDS=10] [REPEAT=3]    BUILD=build/dev PORT=18090
set -euo pipefail
cd "$(dirname "$0")/.."

connections=${1:-50}
seconds=${2:-10}
repeat=${3:-3}
build=${BUILD:-build/dev}
port=${PORT:-18090}
cli="$build/app/loadstudio-cli"
[ -x "$cli" ] || { echo "build first: cmake --preset dev && cmake --build --preset dev" >&2; exit 1; }
for tool in nginx wrk taskset python3; do
    command -v "$tool" >/dev/null || { echo "needs $tool (apt-get install nginx-light wrk)" >&2; exit 1; }
done
[ "$(nproc)" -ge 2 ] || { echo "needs two cores (one for the client, one for the server)" >&2; exit 1; }
ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)"

source bench/lib/nginx.sh
work=$(mktemp -d)
trap 'stop_nginx; wait 2>/dev/null || true; rm -rf "$work"' EXIT
start_nginx "$work" "$port" 1 "default_type application/json; return 200 '{\"status\":\"ok\"}';"

plan() { # users transport duration
    cat <<PLAN
{
  "format": "loadstudio-plan/1",
  "name": "vs wrk",
  "base_url": "http://127.0.0.1:$port",
  "transport": "$2",
  "timeout_s": 30,
  "scenarios": [{"name": "static", "method": "GET", "path": "/", "weight": 1}],
  "phases": [{"name": "load", "users": $1, "ramp_up_s": 0, "duration_s": $3, "graceful_stop_s": 5}]
}
PLAN
}
plan "$connections" native "$seconds" >"$work/native.json"
plan "$connections" qnam "$seconds" >"$work/qnam.json"

run_wrk() {
    taskset -c 0 wrk -t1 -c"$connections" -d"${seconds}s" "http://127.0.0.1:$port/" |
        awk '/^Requests\/sec:/ {print $2}'
}
run_cli() { # transport
    taskset -c 0 "$cli" run "$work/$1.json" --workers 1 --quiet --out "$work/$1-report.json" >/dev/null 2>&1 || true
    python3 -c 'import json, sys; m = json.load(open(sys.argv[1]))["phases"][0]["metrics"]; print(m["completed"] / float(sys.argv[2]))' \
        "$work/$1-report.json" "$seconds"
}

: >"$work/results.txt"
for i in $(seq "$repeat"); do
    echo "wrk $(run_wrk)" >>"$work/results.txt"
    echo "native $(run_cli native)" >>"$work/results.txt"
    echo "qnam $(run_cli qnam)" >>"$work/results.txt"
done

# Nothing lost: 1000 users for a few seconds, the report's count against nginx's access log.
plan 1000 native 5 >"$work/count.json"
sleep 1.5 # the access log buffer is flushed every second
before=$(wc -l <"$work/access.log")
"$cli" run "$work/count.json" --quiet --out "$work/count-report.json" >/dev/null 2>&1 || true
sleep 2
after=$(wc -l <"$work/access.log")

python3 - "$work/results.txt" "$work/count-report.json" "$((after - before))" "$connections" "$seconds" <<'PY'
import json, statistics, sys
runs = {}
for line in open(sys.argv[1]):
    name, value = line.split()
    runs.setdefault(name, []).append(float(value))
wrk = statistics.median(runs["wrk"])
print(f"{sys.argv[4]} keep-alive connections, {sys.argv[5]} s per run, client and nginx on one core each; "
      f"medians of {len(runs['wrk'])} alternating runs")
print(f"wrk                {wrk:10.0f} req/s   (runs: {', '.join(f'{v:.0f}' for v in runs['wrk'])})")
for name in ("native", "qnam"):
    median = statistics.median(runs[name])
    print(f"loadstudio {name:7} {median:10.0f} req/s   ratio to wrk {median / wrk:.2f}   "
          f"(runs: {', '.join(f'{v:.0f}' for v in runs[name])})")
m = json.load(open(sys.argv[2]))["phases"][0]["metrics"]
logged = int(sys.argv[3])
sent = m["completed"] + m["aborted"]
print(f"1000 users, 5 s: report completed + aborted = {sent}, nginx access log = {logged} -> "
      f"{'equal' if sent == logged else 'DIFFERENT'}")
PY
