# Sourced by ./play and .ci/run: makes sure `node` is 22.12 or newer, installing Node 24 from the
# npm registry into .tools/node24 (and putting it first on PATH) when the machine's Node is older.
ensure_node() {
  local root="$1" version major minor
  version=$(node --version 2>/dev/null || echo v0.0.0)
  major=$(echo "$version" | sed -E 's/^v([0-9]+).*/\1/')
  minor=$(echo "$version" | sed -E 's/^v[0-9]+\.([0-9]+).*/\1/')
  if [ "$major" -gt 22 ] || { [ "$major" -eq 22 ] && [ "$minor" -ge 12 ]; }; then
    return 0
  fi
  local dir="$root/.tools/node24"
  if [ ! -x "$dir/node_modules/.bin/node" ]; then
    echo "Node $version is older than 22.12: installing Node 24 into .tools/node24" >&2
    mkdir -p "$dir"
    npm install --prefix "$dir" --no-audit --no-fund --loglevel=error node@24 >&2
  fi
  export PATH="$dir/node_modules/.bin:$PATH"
  echo "using Node $(node --version) from .tools/node24" >&2
}

# Installs the packages when package-lock.json changed since the last install.
ensure_packages() {
  local root="$1" stamp="$1/node_modules/.package-lock.sha"
  local want
  want=$(sha256sum "$root/package-lock.json" | cut -d' ' -f1)
  if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
    (cd "$root" && npm ci --no-audit --no-fund)
    echo "$want" > "$stamp"
  fi
}
