#!/usr/bin/env bash
# Installs dependencies, builds, and runs the bundled demo plan against the built-in demo target.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh
cmake --preset dev
cmake --build --preset dev
exec build/dev/app/loadstudio-cli demo "$@"
