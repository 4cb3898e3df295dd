#!/usr/bin/env bash
# Browser tests drive Debian's Chromium through playwright-core (never a browser downloaded by a test
# tool). Installs it when missing and this machine can (root with apt-get); otherwise says how.
# CJK fonts are optional: without them the Chinese pages' screenshots show boxes.
set -euo pipefail
chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
missing=()
[ -x "$chromium" ] || missing+=(chromium)
[ -f /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc ] || missing+=(fonts-noto-cjk)
[ ${#missing[@]} = 0 ] && exit 0

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installing ${missing[*]} from Debian's packages for the browser tests…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
elif [ -x "$chromium" ]; then
  echo "Note: fonts-noto-cjk is not installed; Chinese text in screenshots will show as boxes." >&2
else
  echo "The browser tests need Chromium at $chromium: run 'sudo apt-get install chromium'," >&2
  echo "or point CHROMIUM_PATH at a Chromium or Chrome binary." >&2
  exit 1
fi
