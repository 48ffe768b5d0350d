#!/usr/bin/env bash
# Benchmark: the desktop app's GUI-thread lag (how late a 10 ms timer fires) during a 1000-user phase against the
# built-in demo target, with the Run page's live charts on screen. Goal: p99 below 50 ms.
# Runs under Xvfb when there is no display (apt-get install xvfb xauth), else on the offscreen platform.
#
# Usage: bench/gui_lag.sh [USERS=1000] [DURATION_S=30] [REPEAT=3]    BUILD=build/dev
set -euo pipefail
cd "$(dirname "$0")/.."
users=${1:-1000}
duration=${2:-30}
repeat=${3:-3}
tool="${BUILD:-build/dev}/bench/loadstudio-guilag"
[ -x "$tool" ] || { echo "build first: cmake --preset dev && cmake --build --preset dev" >&2; exit 1; }

run() {
    if [ -z "${DISPLAY:-}" ] && command -v xvfb-run >/dev/null; then
        xvfb-run -a -s "-screen 0 1400x950x24" "$tool" --users "$users" --duration-s "$duration"
    else
        QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} "$tool" --users "$users" --duration-s "$duration"
    fi
}
results=()
for i in $(seq "$repeat"); do
    line=$(run 2>/dev/null | tail -n 1)
    echo "run $i: $line"
    results+=("$line")
done
printf '%s\n' "${results[@]}" >"${TMPDIR:-/tmp}/gui_lag_runs.$$"
python3 - "${TMPDIR:-/tmp}/gui_lag_runs.$$" <<'PY'
import json, statistics, sys
runs = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
p99 = [r["lag_p99_ms"] for r in runs]
verdict = "met" if statistics.median(p99) < 50 else "NOT met"
print(f"GUI-thread lag over {len(runs)} runs at {runs[0]['users']} users: median p99 {statistics.median(p99):.1f} ms "
      f"(runs: {', '.join(f'{v:.1f}' for v in p99)}), median p50 {statistics.median(r['lag_p50_ms'] for r in runs):.2f} ms, "
      f"worst max {max(r['lag_max_ms'] for r in runs):.1f} ms; throughput median "
      f"{statistics.median(r['throughput_rps'] for r in runs):.0f} req/s; goal p99 < 50 ms: {verdict}")
PY
rm -f "${TMPDIR:-/tmp}/gui_lag_runs.$$"
