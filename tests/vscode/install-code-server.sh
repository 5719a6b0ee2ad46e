#!/usr/bin/env bash
# Offline-friendly install of code-server 4.100.3 (Code 1.100.3, the last release for Node 20) from the
# npm registry. code-server's own postinstall downloads ripgrep from GitHub, which is not reachable in CI,
# so we run the same steps by hand with --ignore-scripts, build the native modules with npm's bundled
# node-gyp against the system's node headers and use Debian's ripgrep.
# Needs: node 20, npm, python3, make, g++, and the Debian packages ripgrep and libkrb5-dev.
# Usage: install-code-server.sh [DEST]   (default: .cache/code-server in the repository)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
DEST=${1:-$ROOT/.cache/code-server}
VERSION=4.100.3
ENTRY="$DEST/node_modules/code-server/out/node/entry.js"
if [ -f "$DEST/.installed-$VERSION" ] && [ -f "$ENTRY" ]; then
  echo "code-server $VERSION already installed in $DEST"
  exit 0
fi
export npm_config_nodedir=${npm_config_nodedir:-/usr}
export npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false
# npm's own node-gyp, as npm gives it to install scripts. Not "$(npm root -g)/npm/...": with a
# personal npm prefix (npm_config_prefix=~/.npm-global) npm itself is not installed there.
# shellcheck disable=SC2016
NODE_GYP=$(npm exec --yes=false -c 'echo "$npm_config_node_gyp"' 2>/dev/null | tail -n 1)
if [ ! -f "$NODE_GYP" ]; then
  echo "node-gyp not found (npm gave '$NODE_GYP'); is npm 7 or newer installed?" >&2
  exit 1
fi
mkdir -p "$DEST" && cd "$DEST"
[ -f package.json ] || echo '{"name":"code-server-install","private":true}' > package.json
npm i --no-save --ignore-scripts "code-server@$VERSION" >/dev/null
npm rebuild argon2 >/dev/null
cd node_modules/code-server/lib/vscode
npm install --omit=dev --ignore-scripts >/dev/null
for m in kerberos node-pty @vscode/spdlog native-watchdog @vscode/deviceid; do
  (cd "node_modules/$m" && node "$NODE_GYP" rebuild --nodedir="$npm_config_nodedir" >/dev/null 2>&1)
done
mkdir -p node_modules/@vscode/ripgrep/bin
cp "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg
ln -sfn node_modules node_modules.asar
(cd bin/remote-cli && ln -sf code-linux.sh code-server)
(cd bin/helpers && ln -sf browser-linux.sh browser.sh)
(cd extensions && npm install --omit=dev >/dev/null)
cd "$DEST"
node "$ENTRY" --config /dev/null --version
touch "$DEST/.installed-$VERSION"
