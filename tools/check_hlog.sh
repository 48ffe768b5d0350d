#!/usr/bin/env bash
# Reads an HdrHistogram interval log written by Load Studio (--hlog) with HdrHistogram's own JavaScript log
# reader (npm: hdr-histogram-js) and prints intervals, samples, max and tags: proof that other HdrHistogram
# tools read the file. Usage: tools/check_hlog.sh FILE.hlog   (needs node and npm; installs into a temp folder)
set -euo pipefail
file=$(realpath "${1:?usage: tools/check_hlog.sh FILE.hlog}")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm install --silent hdr-histogram-js@3 >/dev/null)
cat >"$work/read.js" <<'JS'
const hdr = require('hdr-histogram-js');
const fs = require('fs');
const reader = new hdr.HistogramLogReader(fs.readFileSync(process.argv[2], 'utf8'));
let intervals = 0, samples = 0, max = 0, h;
const tags = new Set();
while ((h = reader.nextIntervalHistogram()) !== null) {
    intervals++;
    samples += h.totalCount;
    max = Math.max(max, h.maxValue);
    tags.add(h.tag);
}
console.log(`intervals ${intervals}, samples ${samples}, max ${max} us, tags ${[...tags].join(',')}`);
JS
(cd "$work" && node read.js "$file")
