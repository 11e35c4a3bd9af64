#!/usr/bin/env bash
# Builds the macOS disk image (.dmg) of Innovation Portfolio with jpackage: the app with its own trimmed Java
# runtime, its icon, and the .ippack document type. Run on a Mac with a full JDK 17 or newer; the jar must be built
# there too, so that it carries the Mac's JavaFX natives.
#
#   ./mvnw -B -DskipTests package && installer/build-macos-dmg.sh
#   open target/installer/Innovation\ Portfolio-<version>.dmg
#
# Not signed or notarised: Gatekeeper asks the user to confirm the first start (right-click › Open). Written for and
# run by the CI workflow on a macOS runner (.github/workflows/installers.yml); not run on the project's Linux machines.
#
# On macOS a double-click on a pack reaches a running app as an "open file" event, not as an argument: the app does
# not yet handle that event, so a double-click starts the app without opening the pack (see the installers note).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
jar="$root/target/innovation-portfolio.jar"
out="$root/target/installer"

for tool in jpackage jdeps jlink; do
  command -v "$tool" >/dev/null || { echo "$tool was not found: install a full JDK 17 or newer (not a JRE)." >&2; exit 1; }
done
if [ ! -f "$jar" ]; then
  (cd "$root" && ./mvnw -q -B -DskipTests package)
fi

# jpackage on macOS wants a version whose first number is at least 1.
version=$(unzip -p "$jar" META-INF/MANIFEST.MF | tr -d '\r' | sed -n 's/^Implementation-Version: *//p' | head -n 1)
version=${version%%-*}
[ -n "$version" ] || version=0.0.1
case "$version" in 0.*) mac_version="1.${version#0.}" ;; *) mac_version=$version ;; esac

rm -rf "$out/runtime" "$out/dmg-input" "$out"/*.dmg
mkdir -p "$out/dmg-input"
cp "$jar" "$out/dmg-input/"

modules=$(jdeps --print-module-deps --ignore-missing-deps --multi-release 17 "$jar")
modules="$modules,jdk.localedata,jdk.charsets,jdk.zipfs,jdk.crypto.ec"
echo "Runtime modules: $modules"
jlink --add-modules "$modules" --include-locales=en,en-GB --strip-debug --no-man-pages --no-header-files \
  --compress=2 --output "$out/runtime"

# The icon: an .icns made from the PNGs with the Mac's own sips and iconutil.
icon_args=()
if command -v iconutil >/dev/null && command -v sips >/dev/null; then
  set_dir="$out/innovation-portfolio.iconset"
  rm -rf "$set_dir" && mkdir -p "$set_dir"
  for size in 16 32 128 256 512; do
    sips -z $size $size "$root/icons/innovation-portfolio-512.png" --out "$set_dir/icon_${size}x${size}.png" >/dev/null
    double=$((size * 2))
    [ $double -le 512 ] && sips -z $double $double "$root/icons/innovation-portfolio-512.png" \
      --out "$set_dir/icon_${size}x${size}@2x.png" >/dev/null
  done
  iconutil -c icns "$set_dir" -o "$out/innovation-portfolio.icns"
  icon_args=(--icon "$out/innovation-portfolio.icns")
fi

cat > "$out/ippack.properties" <<PROPERTIES
extension=ippack
mime-type=application/x-innovation-portfolio-pack
description=Innovation Portfolio project pack
mac.CFBundleTypeRole=Editor
mac.LSHandlerRank=Owner
PROPERTIES

jpackage \
  --type dmg \
  --runtime-image "$out/runtime" \
  --input "$out/dmg-input" \
  --main-jar innovation-portfolio.jar \
  --main-class org.innovationportfolio.app.Launcher \
  --name "Innovation Portfolio" \
  --app-version "$mac_version" \
  --vendor "Innovation Portfolio contributors" \
  --description "Portfolio, briefing packs and project packs for children's services innovation leads" \
  --copyright "Copyright Innovation Portfolio contributors. Licensed under AGPL-3.0-or-later." \
  --license-file "$root/LICENSE" \
  --java-options "-Dfile.encoding=UTF-8" \
  --file-associations "$out/ippack.properties" \
  --mac-package-identifier org.innovationportfolio \
  --mac-package-name "Innovation Portfolio" \
  "${icon_args[@]}" \
  --dest "$out"

dmg=$(ls "$out"/*.dmg | head -n 1)
echo "Disk image: $dmg"
echo "Size: $(du -h "$dmg" | cut -f1)"
