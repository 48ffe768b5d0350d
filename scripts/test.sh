#!/usr/bin/env bash
# Installs dependencies, builds and runs every test. Usage: scripts/test.sh [PRESET...]
# Presets: ci (default; warnings are errors), dev, asan (AddressSanitizer + UBSan), tsan (ThreadSanitizer).
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh
export QT_QPA_PLATFORM=offscreen

presets=("$@")
[ ${#presets[@]} -gt 0 ] || presets=(ci)
for preset in "${presets[@]}"; do
    echo "=== $preset: configure, build, test"
    cmake --preset "$preset"
    cmake --build --preset "$preset"
    ctest --preset "$preset"
done
