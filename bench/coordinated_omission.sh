#!/usr/bin/env bash
# Coordinated omission: the open model at a constant rate against nginx, with the server stopped for STALL_S
# seconds mid-run (SIGSTOP, then SIGCONT, of the nginx worker this script started). A generator that waits for
# answers before sending would report the stall as one slow request; the open model counts every request from its
# scheduled time, so the reported p99 must match the analytical value within 10%.
#
# Analytically: of N = RATE * D requests, the RATE * S scheduled during the stall wait until it ends, uniformly
# between 0 and S (plus the normal latency L); all others take L. With f = S / D > 1%, the p99 lies among the
# stalled ones: p99 = S * (1 - 0.01 / f) + L.
#
# Usage: bench/coordinated_omission.sh [RATE=1000] [DURATION_S=20] [STALL_S=1]   BUILD=build/dev PORT=18093
set -euo pipefail
cd "$(dirname "$0")/.."

rate=${1:-1000}
duration=${2:-20}
stall=${3:-1}
build=${BUILD:-build/dev}
port=${PORT:-18093}
cli="$build/app/loadstudio-cli"
[ -x "$cli" ] || { echo "build first: cmake --preset dev && cmake --build --preset dev" >&2; exit 1; }
ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)"

source bench/lib/nginx.sh
work=$(mktemp -d)
trap 'kill -CONT "$(nginx_worker_pid)" 2>/dev/null || true; stop_nginx; wait 2>/dev/null || true; rm -rf "$work"' EXIT
start_nginx "$work" "$port" 1 "default_type text/plain; return 200 'ok';"

# Enough users that the stall never runs out of them: the stalled requests are late, not dropped.
max_users=$(python3 -c "print(int($rate * $stall * 2 + 200))")
cat >"$work/plan.json" <<PLAN
{
  "format": "loadstudio-plan/1",
  "name": "coordinated omission",
  "base_url": "http://127.0.0.1:$port",
  "timeout_s": 30,
  "scenarios": [{"name": "static", "method": "GET", "path": "/", "weight": 1}],
  "phases": [{"name": "constant rate", "arrival_rate": $rate, "max_users": $max_users, "duration_s": $duration,
              "graceful_stop_s": 10}]
}
PLAN
taskset -c 0 "$cli" run "$work/plan.json" --quiet --out "$work/report.json" >/dev/null 2>&1 &
cli_pid=$!
stall_at=$(python3 -c "print($duration / 2)")
sleep "$stall_at"
worker=$(nginx_worker_pid)
kill -STOP "$worker"
sleep "$stall"
kill -CONT "$worker"
wait "$cli_pid" || true

python3 - "$work/report.json" "$rate" "$duration" "$stall" <<'PY'
import json, sys
phase = json.load(open(sys.argv[1]))["phases"][0]
m = phase["metrics"]
rate, duration, stall = float(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4])
normal = m["latency_ms"]["p50"]  # the latency outside the stall
f = stall / duration
analytical = stall * 1000.0 * (1 - 0.01 / f) + normal
measured = m["latency_ms"]["p99"]
err = (measured - analytical) / analytical
print(f"{rate:.0f} req/s for {duration:.0f} s, server stopped for {stall:.1f} s in the middle; "
      f"{m['requests']} requests, {m['dropped']} dropped, {m['failures']} failed")
print(f"analytical p99 = S*(1 - 0.01/f) + L = {stall * 1000:.0f}*(1 - 0.01/{f:.3f}) + {normal:.2f} = {analytical:.1f} ms")
print(f"reported p99 {measured:.1f} ms ({100 * err:+.1f}%) -> {'within 10%' if abs(err) <= 0.10 else 'NOT within 10%'}")
print(f"max {m['latency_ms']['max']:.1f} ms (the first request of the stall waits about {stall * 1000:.0f} ms); "
      f"send lag p99 {m.get('send_lag_ms', {}).get('p99', 0):.2f} ms")
PY
