#!/usr/bin/env bash
# What pnpm test needs from the system, from Debian's packages: Chromium for the browser tests
# (driven through playwright-core; never a browser downloaded by a test tool), CJK fonts for the
# Chinese pages' screenshots, and PostgreSQL and ClickHouse, whose servers the table tests of
# @d2l-ts/data and @d2l-ts/models-linear start on 127.0.0.1 for themselves (test-servers/). Installs what is missing when this machine can
# (root, or sudo, with apt-get); otherwise says what to install.
set -euo pipefail
chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
missing=()
[ -x "$chromium" ] || missing+=(chromium)
[ -f /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc ] || missing+=(fonts-noto-cjk)
command -v clickhouse-server >/dev/null || [ -x /usr/bin/clickhouse-server ] || missing+=(clickhouse-server)
compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || missing+=(postgresql)
[ ${#missing[@]} = 0 ] && exit 0

as_root=()
[ "$(id -u)" = 0 ] || as_root=(sudo -n)
if command -v apt-get >/dev/null && "${as_root[@]}" true 2>/dev/null; then
  echo "Installing ${missing[*]} from Debian's packages for the tests…"
  "${as_root[@]}" apt-get update -qq
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
elif [ ${#missing[@]} = 1 ] && [ "${missing[0]}" = fonts-noto-cjk ]; then
  echo "Note: fonts-noto-cjk is not installed; Chinese text in screenshots will show as boxes." >&2
else
  echo "The tests need ${missing[*]}: run 'sudo apt-get install ${missing[*]}'" >&2
  echo "(or point CHROMIUM_PATH at a Chromium or Chrome binary)." >&2
  exit 1
fi
