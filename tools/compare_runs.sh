#!/usr/bin/env bash
# Two runs of a four-level plan against the built-in demo target, the second with a slower database, as
# material for the Compare page's screenshots (and a quick manual check of `loadstudio-cli compare`).
# Writes OUT_DIR/before.json and OUT_DIR/after.json; 127.0.0.1 only; about 2 minutes.
#
# Usage: tools/compare_runs.sh OUT_DIR   BUILD=build/dev PORT=18510
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:?usage: tools/compare_runs.sh OUT_DIR}
build=${BUILD:-build/dev}
port=${PORT:-18510}
cli="$build/app/loadstudio-cli"
mkdir -p "$out"
cat >"$out/levels.plan.json" <<PLAN
{
  "format": "loadstudio-plan/1",
  "name": "Four levels",
  "base_url": "http://127.0.0.1:$port",
  "scenarios": [
    {"name": "Health Check", "path": "/api/health", "weight": 20},
    {"name": "List Agents", "path": "/api/mcp/retell/agents/1", "weight": 30}
  ],
  "phases": [
    {"name": "baseline", "users": 10, "ramp_up_s": 2, "duration_s": 12},
    {"name": "normal", "users": 50, "ramp_up_s": 2, "duration_s": 12},
    {"name": "peak", "users": 200, "ramp_up_s": 2, "duration_s": 12},
    {"name": "stress", "users": 800, "ramp_up_s": 2, "duration_s": 12}
  ],
  "targets": {"p95_ms": {"goal": 60, "critical": 150}, "error_rate": {"goal": 1, "critical": 5}}
}
PLAN
for run in before after; do
    db=$([ "$run" = before ] && echo 10 || echo 16)
    "$cli" demo-target --port "$port" --set latency=5 --set db_query_latency=$db --set downstream_latency=10 \
        >/dev/null 2>&1 &
    target=$!
    sleep 1
    "$cli" run "$out/levels.plan.json" --quiet --out "$out/$run.json" || true
    kill "$target"
    wait "$target" 2>/dev/null || true
done
"$cli" compare "$out/before.json" "$out/after.json" | tail -25
