#!/usr/bin/env bash
# Measurement accuracy: loadstudio-cli at many users against nginx answering after a fixed delay (echo_sleep,
# Debian's libnginx-mod-http-echo), compared with two server-side truths taken in the same run:
#   - the wire: a loopback capture (tcpdump, nanosecond timestamps) pairing each request segment with its
#     response segment, i.e. what an observer between client and server saw, at microsecond resolution;
#   - nginx's own $request_time from its access log: millisecond resolution, truncated, and blind to the time a
#     request waits before nginx reads it.
# Goal: p50 within max(1 ms, 3%), p99 within max(2 ms, 5%). Client and server on a core each. Bounded in time;
# 127.0.0.1 only. Needs: apt-get install nginx-light libnginx-mod-http-echo tcpdump (capturing needs root;
# without tcpdump only nginx's truth is shown).
#
# Usage: bench/accuracy.sh [USERS=1000] [DURATION_S=20] [DELAY_MS=20] [TRANSPORT=native]   BUILD=build/dev PORT=18092
set -euo pipefail
cd "$(dirname "$0")/.."

users=${1:-1000}
duration=${2:-20}
delay=${3:-20}
transport=${4:-native}
build=${BUILD:-build/dev}
port=${PORT:-18092}
cli="$build/app/loadstudio-cli"
[ -x "$cli" ] || { echo "build first: cmake --preset dev && cmake --build --preset dev" >&2; exit 1; }
[ -f /usr/lib/nginx/modules/ngx_http_echo_module.so ] ||
    { echo "needs the echo module: apt-get install libnginx-mod-http-echo" >&2; exit 1; }
ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)"

source bench/lib/nginx.sh
work=$(mktemp -d)
trap 'stop_nginx; wait 2>/dev/null || true; rm -rf "$work"' EXIT
delay_s=$(python3 -c "print($delay / 1000)")
start_nginx "$work" "$port" 1 "echo_sleep $delay_s; echo ok;" '$request_time'

cat >"$work/plan.json" <<PLAN
{
  "format": "loadstudio-plan/1",
  "name": "accuracy",
  "base_url": "http://127.0.0.1:$port",
  "transport": "$transport",
  "timeout_s": 30,
  "scenarios": [{"name": "delayed", "method": "GET", "path": "/", "weight": 1}],
  "phases": [{"name": "load", "users": $users, "ramp_up_s": 5, "duration_s": $duration, "graceful_stop_s": 5}]
}
PLAN
capture=""
if command -v tcpdump >/dev/null && [ "$(id -u)" = 0 ]; then
    # Only segments that carry data (PSH): requests and responses, not the bare ACKs.
    tcpdump -i lo -s 96 -B 65536 --time-stamp-precision=nano -w "$work/wire.pcap" \
        "tcp port $port and (tcp[tcpflags] & tcp-push != 0)" 2>"$work/tcpdump.log" &
    capture=$!
    sleep 1
else
    echo "(no wire truth: tcpdump missing or not root; comparing with nginx's log only)"
fi
# One worker thread on the client's one core: two would only take turns on it.
taskset -c 0 "$cli" run "$work/plan.json" --workers "${WORKERS:-1}" --quiet --out "$work/report.json" >/dev/null 2>&1 || true
sleep 2 # the access log is flushed every second
: >"$work/wire.txt"
if [ -n "$capture" ]; then
    kill -INT "$capture"
    wait "$capture" 2>/dev/null || true
    python3 bench/lib/wire_latency.py "$work/wire.pcap" "$port" "$work/wire.txt"
fi

python3 - "$work/report.json" "$work/access.log" "$work/wire.txt" "$delay" "$users" <<'PY'
import json, math, sys
report = json.load(open(sys.argv[1]))
phase = report["phases"][0]
m = phase["metrics"]
nginx = sorted(float(line) * 1000.0 for line in open(sys.argv[2]) if line.strip())
wire = sorted(float(line) for line in open(sys.argv[3]) if line.strip())
def pct(values, p):  # nearest rank, as the histogram does
    return values[max(0, math.ceil(p / 100.0 * len(values)) - 1)]
delay, users = float(sys.argv[4]), int(sys.argv[5])
client = m["latency_ms"]
print(f"{users} users against a {delay:.0f} ms server, transport {report['machine']['transport']}; "
      f"{m['completed']} requests measured, {len(nginx)} in nginx's log, {len(wire)} on the wire, "
      f"{m['throughput_rps']:.0f} req/s")
gen = phase["load_generator"]
lag = m.get("receive_lag_ms")
print(f"load generator: busiest thread up to {gen['cpu_max_percent']:.0f}% of a core; responses waited for it "
      f"p50 {lag['p50']:.2f} / p99 {lag['p99']:.2f} ms after arriving (not counted in latency)" if lag else
      f"load generator: busiest thread up to {gen['cpu_max_percent']:.0f}% of a core")
print(f"warnings: {gen['warnings'] or 'none'}")
verdicts = {}
for truth_name, truth_values in (("wire", wire), ("nginx $request_time", nginx)):
    if not truth_values:
        continue
    ok = True
    for name, p, rel, floor in (("p50", 50, 0.03, 1.0), ("p99", 99, 0.05, 2.0)):
        truth = pct(truth_values, p)
        measured = client[name]
        allowed = max(floor, rel * truth)
        good = abs(measured - truth) <= allowed
        ok = ok and good
        print(f"{name}: measured {measured:7.2f} ms, {truth_name} {truth:7.3f} ms, difference {measured - truth:+6.2f} ms "
              f"(allowed ±{allowed:.2f}) -> {'within' if good else 'OUTSIDE'}")
    verdicts[truth_name] = ok
for truth_name, ok in verdicts.items():
    print(f"accuracy goal against the {truth_name} truth: {'met' if ok else 'NOT met'}")
if "wire" in verdicts and nginx and wire:
    print(f"nginx's log against the wire: p50 {pct(nginx, 50) - pct(wire, 50):+.2f} ms, "
          f"p99 {pct(nginx, 99) - pct(wire, 99):+.2f} ms (millisecond truncation and nginx's own queueing)")
PY
