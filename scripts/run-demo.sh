#!/usr/bin/env bash
# Installs dependencies, builds, and starts the desktop app on its bundled demo: on first start it opens the
# demo plan and starts the built-in demo target on a free loopback port, so Run works at once.
# Without a display (no DISPLAY or WAYLAND_DISPLAY), it runs the same demo plan with loadstudio-cli instead.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh
cmake --preset dev
cmake --build --preset dev
if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
    exec build/dev/app/loadstudio "$@"
fi
echo "run-demo: no display found; running the demo plan with loadstudio-cli (the desktop app needs a display)." >&2
exec build/dev/app/loadstudio-cli demo "$@"
