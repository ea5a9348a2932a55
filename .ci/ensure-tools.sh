#!/usr/bin/env bash
# Installs what the test suites need beyond Node and npm: pnpm 10 (pnpm 11+ needs Node 22),
# Debian's chromium for the browser journeys, and oathtool and zbarimg for the interoperability
# tests. Quiet when everything is already there.
set -euo pipefail

if ! command -v pnpm >/dev/null 2>&1 || [[ "$(pnpm --version)" != 10.* ]]; then
  echo "Installing pnpm 10.34.9 ..."
  npm install --global pnpm@10.34.9 >/dev/null
fi

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v oathtool >/dev/null 2>&1 || missing+=(oathtool)
command -v zbarimg >/dev/null 2>&1 || missing+=(zbar-tools)

if [[ ${#missing[@]} -gt 0 ]]; then
  if [[ "$(id -u)" -ne 0 ]]; then
    echo "The tests need these Debian packages: ${missing[*]}." >&2
    echo "Install them with: sudo apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
  echo "Installing ${missing[*]} from Debian ..."
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi
