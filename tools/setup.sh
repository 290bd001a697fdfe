#!/usr/bin/env bash
# Installs what claimx needs to build and test on Debian 12, then configures
# and builds it. Usage: tools/setup.sh [BUILD_DIR] [extra cmake args...]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
shift || true

pkgs=(g++ cmake ninja-build pkg-config python3
      libre2-dev libicu-dev libutf8proc-dev nlohmann-json3-dev catch2
      libcli11-dev libfmt-dev libtbb-dev)
. tools/apt_install.sh
apt_install setup "${pkgs[@]}"

cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >/dev/null
cmake --build "$build" -j "$(nproc)"
