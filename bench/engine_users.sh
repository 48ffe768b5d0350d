#!/usr/bin/env bash
# Benchmark: loadstudio-cli with many users against the built-in demo target answering after a known fixed
# delay. Prints requests/s, p50/p99 against the injected delay, and the CLI's peak RSS and CPU.
# Bounded in time; targets 127.0.0.1 only.
#
# Usage: bench/engine_users.sh [USERS=1000] [DURATION_S=60] [DELAY_MS=20] [TRANSPORT=auto]
#   BUILD=build/dev (where loadstudio-cli is), PORT=18089
set -euo pipefail
cd "$(dirname "$0")/.."

users=${1:-1000}
duration=${2:-60}
delay=${3:-20}
transport=${4:-auto}
build=${BUILD:-build/dev}
port=${PORT:-18089}
cli="$build/app/loadstudio-cli"
[ -x "$cli" ] || { echo "build first: cmake --preset dev && cmake --build --preset dev" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time (apt-get install time)" >&2; exit 1; }

work=$(mktemp -d)
trap 'kill "$target_pid" 2>/dev/null || true; rm -rf "$work"' EXIT

"$cli" demo-target --port "$port" --set "latency=$delay" --set "threads=${TARGET_THREADS:-2}" >"$work/target.log" 2>&1 &
target_pid=$!
for _ in $(seq 50); do grep -q listening "$work/target.log" && break; sleep 0.1; done

cat >"$work/plan.json" <<PLAN
{
  "format": "loadstudio-plan/1",
  "name": "bench $users users",
  "base_url": "http://127.0.0.1:$port",
  "transport": "$transport",
  "timeout_s": 30,
  "scenarios": [{"name": "health", "method": "GET", "path": "/api/health", "weight": 1}],
  "phases": [{"name": "load", "users": $users, "ramp_up_s": 5, "duration_s": $duration, "graceful_stop_s": 5}]
}
PLAN

/usr/bin/time -v "$cli" run "$work/plan.json" --quiet --out "$work/report.json" >"$work/cli.out" 2>"$work/time.txt" &
time_pid=$!
# Resident memory over the run, every 5 s, to see whether it stays flat once all users are running.
: >"$work/rss.txt"
start=$(date +%s)
while kill -0 "$time_pid" 2>/dev/null; do
    cli_pid=$(pgrep -P "$time_pid" | head -n 1 || true)
    if [ -n "$cli_pid" ] && [ -r "/proc/$cli_pid/status" ]; then
        rss=$(awk '/^VmRSS:/ {print $2}' "/proc/$cli_pid/status" 2>/dev/null || true)
        [ -n "$rss" ] && echo "$(( $(date +%s) - start )) $rss" >>"$work/rss.txt"
    fi
    sleep 5
done
wait "$time_pid" || true

python3 - "$work/report.json" "$work/time.txt" "$delay" "$users" "$duration" "$work/rss.txt" <<'PY'
import json, re, sys
report = json.load(open(sys.argv[1]))
timing = open(sys.argv[2]).read()
delay, users, duration = float(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
samples = [tuple(map(int, line.split())) for line in open(sys.argv[6]) if line.strip()]
phase = report["phases"][0]
m = phase["metrics"]
lat = m["latency_ms"]
rss_kb = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", timing).group(1))
cpu = re.search(r"Percent of CPU this job got: (\d+)%", timing).group(1)
wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)", timing).group(1)
ideal = users / (delay / 1000.0)
print(f"transport          {report['machine']['transport']}, {report['machine']['worker_threads']} worker threads")
print(f"users / duration   {users} users, {duration} s steady (+5 s ramp-up)")
print(f"requests           {m['requests']} ({m['failures']} failed, errors {list(m['errors'].keys())})")
print(f"throughput         {m['throughput_rps']:.0f} req/s  (ideal at {delay:.0f} ms: {ideal:.0f} req/s, "
      f"{100.0 * m['throughput_rps'] / ideal:.1f}%)")
print(f"latency p50 / p99  {lat['p50']:.2f} / {lat['p99']:.2f} ms  (injected delay {delay:.0f} ms; "
      f"p50 overhead {lat['p50'] - delay:.2f} ms)")
print(f"CLI peak RSS       {rss_kb / 1024:.1f} MiB")
print(f"CLI CPU            {cpu}% of one core over {wall} wall")
print(f"RSS per user       {rss_kb / users:.1f} KiB (peak RSS / users)")
# Flatness: from minute 2 (all users long running) to the last sample of the steady phase.
steady = [(t, kb) for t, kb in samples if t >= 120]
if len(steady) >= 2:
    first, last = steady[0], steady[-1]
    print(f"RSS at {first[0]} s / {last[0]} s  {first[1] / 1024:.1f} / {last[1] / 1024:.1f} MiB "
          f"(growth {100.0 * (last[1] - first[1]) / first[1]:+.1f}%)")
elif samples:
    print(f"RSS samples        {', '.join(f'{t}s:{kb / 1024:.0f}MiB' for t, kb in samples[-5:])} (run < 2 min: no flatness figure)")
PY
