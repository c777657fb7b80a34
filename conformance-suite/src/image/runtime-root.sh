#!/usr/bin/env bash
# The root file system of the kit's container image, built from the Java of the build itself, so that no base image
# is pulled from a registry: a Java runtime made by jlink in /opt/java, the shared libraries it links to (as ldd
# resolves them on this machine, at the same paths), and the few files a program expects of a Linux system.
# Usage: runtime-root.sh OUTPUT_DIR [JAVA_HOME]
set -euo pipefail

root=${1:?usage: runtime-root.sh OUTPUT_DIR [JAVA_HOME]}
java_home=${2:-${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}}
# java.se and what the kit and the Allure command line reach beyond it (Unsafe, elliptic curves for TLS, the zip
# file system, the Chinese and other charsets)
modules=java.se,jdk.unsupported,jdk.crypto.ec,jdk.zipfs,jdk.charsets,jdk.localedata

rm -rf "$root"
mkdir -p "$root"
"$java_home/bin/jlink" --add-modules "$modules" --include-locales en,zh \
  --strip-debug --no-man-pages --no-header-files --compress=2 --output "$root/opt/java"

# a kit without a display: no X11 toolkit, splash screen or AWT native interface, and none of the libraries they need
rm -f "$root"/opt/java/lib/{libawt_xawt.so,libjawt.so,libsplashscreen.so}

# every shared library of the runtime's programs and libraries, with the libraries those need, at ldd's paths
find "$root/opt/java" -type f \( -name '*.so' -o -perm -u+x \) -print0 |
  xargs -0 ldd 2>/dev/null |
  grep -oE '/[^ ]+\.so[^ ]*' |
  sort -u |
  while read -r library; do
    case "$library" in "$root"/*) continue ;; esac
    mkdir -p "$root$(dirname "$library")"
    cp -L "$library" "$root$library"
  done
if [[ ! -e "$root/lib64/ld-linux-x86-64.so.2" && -e /lib64/ld-linux-x86-64.so.2 ]]; then
  mkdir -p "$root/lib64" && cp -L /lib64/ld-linux-x86-64.so.2 "$root/lib64/"
fi

mkdir -p "$root/etc" "$root/tmp" "$root/work" "$root/root"
chmod 1777 "$root/tmp"
printf 'root:x:0:0:root:/root:/sbin/nologin\nnobody:x:65534:65534:nobody:/nonexistent:/sbin/nologin\n' >"$root/etc/passwd"
printf 'root:x:0:\nnogroup:x:65534:\n' >"$root/etc/group"
printf 'hosts: files dns\n' >"$root/etc/nsswitch.conf"
printf '127.0.0.1 localhost\n::1 localhost\n' >"$root/etc/hosts"
echo "runtime-root: $(du -sh "$root" | cut -f1) in $root"
