#!/usr/bin/env bash
# Importing a big JMeter result file: writes a JTL (CSV, JMeter's default header) of about SIZE_MB megabytes
# with realistic rows (4 labels, ~1% errors), then times `loadstudio-cli import` on it and reports its peak
# resident memory (/usr/bin/time -v). Goal: memory bounded (independent of the file's size).
#
# Usage: bench/import_jtl.sh [SIZE_MB=1024]   BUILD=build/dev KEEP=1 (keep the generated file)
set -euo pipefail
cd "$(dirname "$0")/.."

size_mb=${1:-1024}
build=${BUILD:-build/dev}
cli="$build/app/loadstudio-cli"
[ -x "$cli" ] || { echo "build first: cmake --preset dev && cmake --build --preset dev" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time: apt-get install time" >&2; exit 1; }
work=$(mktemp -d)
[ -n "${KEEP:-}" ] || trap 'rm -rf "$work"' EXIT

python3 - "$work/results.jtl" "$size_mb" <<'PY'
import random, sys
path, size_mb = sys.argv[1], int(sys.argv[2])
limit = size_mb * 1024 * 1024
labels = ["Health Check", "List Agents", "Check Availability", "Book Appointment"]
urls = ["/api/health", "/api/mcp/retell/agents/1", "/api/calcom/availability", "/api/retell/webhook"]
rng = random.Random(1)
t = 1733300000000
with open(path, "w", buffering=1 << 20) as f:
    f.write("timeStamp,elapsed,label,responseCode,responseMessage,threadName,dataType,success,failureMessage,"
            "bytes,sentBytes,grpThreads,allThreads,URL,Latency,IdleTime,Connect\n")
    written = 0
    chunk = []
    while written < limit:
        for _ in range(10000):
            i = rng.randrange(4)
            elapsed = int(rng.lognormvariate(4.6, 0.5))
            ok = rng.random() > 0.01
            code, msg, fail = ("200", "OK", "") if ok else ("503", "Service Unavailable", "Test failed: code expected 200")
            t += rng.randrange(3)
            row = (f"{t},{elapsed},{labels[i]},{code},{msg},Thread Group 1-{rng.randrange(1, 501)},text,"
                   f"{'true' if ok else 'false'},{fail},{rng.randrange(200, 2000)},{rng.randrange(100, 400)},500,500,"
                   f"http://127.0.0.1:8089{urls[i]},{elapsed - 1},0,{rng.randrange(0, 3)}\n")
            chunk.append(row)
            written += len(row)
        f.write("".join(chunk))
        chunk.clear()
PY
bytes=$(stat -c %s "$work/results.jtl")
rows=$(($(wc -l <"$work/results.jtl") - 1))
echo "generated $((bytes / 1024 / 1024)) MiB, $rows samples"
/usr/bin/time -v "$cli" import "$work/results.jtl" -o "$work/report.json" >"$work/out.txt" 2>"$work/time.txt" || {
    cat "$work/out.txt" "$work/time.txt"
    exit 1
}
cat "$work/out.txt"
wall=$(grep "Elapsed (wall clock)" "$work/time.txt" | awk '{print $NF}')
rss_kb=$(grep "Maximum resident set size" "$work/time.txt" | awk '{print $NF}')
python3 - "$bytes" "$rows" "$wall" "$rss_kb" <<'PY'
import sys
size, rows, wall, rss_kb = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], int(sys.argv[4])
parts = [float(p) for p in wall.split(":")]
seconds = parts[-1] + (parts[-2] * 60 if len(parts) > 1 else 0) + (parts[-3] * 3600 if len(parts) > 2 else 0)
print(f"import: {seconds:.1f} s ({size / 1024 / 1024 / seconds:.0f} MiB/s, {rows / seconds:,.0f} samples/s), "
      f"peak RSS {rss_kb / 1024:.1f} MiB for a {size / 1024 / 1024:.0f} MiB file")
PY
