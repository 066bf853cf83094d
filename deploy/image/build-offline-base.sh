#!/usr/bin/env bash
# Builds the offline stand-in for the production base image (eclipse-temurin 17 JRE, see the root pom's image
# profile) as a Docker image tarball that Jib reads with quarkus.jib.base-jvm-image=tar://<file>.
# Here no container registry can be reached, so the real base cannot be pulled; this base is made from the
# machine's own JDK 17 instead: a jlink'ed Java runtime at the same path as in the Temurin image
# (/opt/java/openjdk, on PATH), the shared libraries it links against, a minimal /etc/passwd and /etc/group, and
# a world-writable /tmp. No shell, no package manager.
#
#   deploy/image/build-offline-base.sh            # prints the tarball's path; rebuilt only when missing
#   deploy/image/build-offline-base.sh --force    # rebuilt anyway
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
out_dir="$root/target/image-base"
tarball="$out_dir/sip-offline-jre17-base.tar"

if [[ -s "$tarball" && "${1:-}" != "--force" ]]; then
  echo "$tarball"
  exit 0
fi

java_home="${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}"
version="$(sed -n 's/^JAVA_VERSION="\(.*\)"$/\1/p' "$java_home/release")"
if [[ "$version" != 17.* ]]; then
  echo "build-offline-base: needs a JDK 17 (JAVA_HOME=$java_home is $version)" >&2
  exit 1
fi
if [[ ! -d "$java_home/jmods" ]]; then
  echo "build-offline-base: $java_home has no jmods/ for jlink (Debian: apt-get install openjdk-17-jdk-headless)" >&2
  exit 1
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
rootfs="$work/rootfs"
mkdir -p "$rootfs/opt/java" "$rootfs/etc" "$rootfs/tmp"

# What a JRE holds: Java SE plus the JDK modules a server needs at run time (no compiler, no tools).
modules=java.se,jdk.charsets,jdk.crypto.cryptoki,jdk.crypto.ec,jdk.httpserver,jdk.jfr,jdk.localedata,jdk.management,jdk.management.agent,jdk.management.jfr,jdk.naming.dns,jdk.net,jdk.security.auth,jdk.security.jgss,jdk.unsupported,jdk.zipfs
"$java_home/bin/jlink" --module-path "$java_home/jmods" --add-modules "$modules" \
  --strip-debug --no-header-files --no-man-pages --compress=2 \
  --output "$rootfs/opt/java/openjdk"
# Debian keeps the CA store outside the JDK; the runtime needs it for TLS (Kafka, PostgreSQL, OIDC in production).
if [[ -f /etc/ssl/certs/java/cacerts ]]; then
  cp -L /etc/ssl/certs/java/cacerts "$rootfs/opt/java/openjdk/lib/security/cacerts"
fi

# Headless, as Debian's openjdk-17-jre-headless: without the parts that draw on an X11 display.
rm -f "$rootfs"/opt/java/openjdk/lib/{libawt_xawt,libjawt,libsplashscreen}.so

# The shared libraries the runtime links against (glibc, zlib, ...), at the paths the loader looks for them.
find "$rootfs/opt/java/openjdk" -type f \( -name '*.so' -o -path '*/bin/*' \) -print0 |
  xargs -0 ldd 2>/dev/null |
  awk '$2 == "=>" && $3 ~ /^\// { print $3 } $1 ~ /^\// && $1 !~ /:$/ { print $1 }' |
  grep -v "^$rootfs/" |
  sort -u |
  while read -r lib; do
    cp -L --parents "$lib" "$rootfs"
  done

printf 'root:x:0:0:root:/root:/sbin/nologin\nnobody:x:65534:65534:nobody:/nonexistent:/sbin/nologin\n' >"$rootfs/etc/passwd"
printf 'root:x:0:\nnogroup:x:65534:\n' >"$rootfs/etc/group"
chmod 1777 "$rootfs/tmp"

# One layer, reproducible: sorted entries, owner root, a fixed time.
layer="$work/image/layer.tar"
mkdir -p "$work/image"
(cd "$rootfs" && tar --sort=name --numeric-owner --owner=0 --group=0 --mtime=@0 -cf "$layer" -- *)
diff_id="sha256:$(sha256sum "$layer" | cut -d' ' -f1)"

jq -n --arg diff_id "$diff_id" --arg version "$version" '{
  architecture: "amd64",
  os: "linux",
  created: "1970-01-01T00:00:00Z",
  config: {
    Env: [
      "PATH=/opt/java/openjdk/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
      "JAVA_HOME=/opt/java/openjdk",
      "LANG=C.UTF-8"
    ],
    Labels: {
      "se.sip.image.base": "offline stand-in for eclipse-temurin 17 JRE, made from the build machine'"'"'s JDK \($version)"
    }
  },
  rootfs: { type: "layers", diff_ids: [$diff_id] },
  history: [ { created: "1970-01-01T00:00:00Z", created_by: "deploy/image/build-offline-base.sh" } ]
}' >"$work/image/config.json"
jq -n --arg version "$version" \
  '[{ Config: "config.json", RepoTags: ["sip-offline/jre17-base:\($version)"], Layers: ["layer.tar"] }]' \
  >"$work/image/manifest.json"

mkdir -p "$out_dir"
tar -C "$work/image" --sort=name --mtime=@0 -cf "$tarball.partial" manifest.json config.json layer.tar
mv "$tarball.partial" "$tarball"
echo "$tarball"
