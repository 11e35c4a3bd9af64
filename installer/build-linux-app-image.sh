#!/usr/bin/env bash
# Builds a Linux app image of Innovation Portfolio: a folder with the app and its own Java
# runtime, so the user needs no Java installed. Uses jpackage from the JDK (17 or newer).
#
#   installer/build-linux-app-image.sh            # builds the jar if needed, then the image
#   target/installer/innovation-portfolio/bin/innovation-portfolio   # runs it
#
# Native installers (.deb, .msi, .dmg) come later; they start from this image.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
jar="$root/target/innovation-portfolio.jar"
icon="$root/icons/innovation-portfolio-256.png"
out="$root/target/installer"

command -v jpackage >/dev/null || { echo "jpackage was not found: install a full JDK 17 or newer (not a JRE)." >&2; exit 1; }

if [ ! -f "$jar" ]; then
  (cd "$root" && ./mvnw -q -B -DskipTests package)
fi

# jpackage wants a numeric version: 0.1.0 from the jar's manifest.
version=$(unzip -p "$jar" META-INF/MANIFEST.MF | tr -d '\r' | sed -n 's/^Implementation-Version: *//p' | head -n 1)
version=${version%%-*}
[ -n "$version" ] || version=0.0.1

input=$(mktemp -d)
trap 'rm -rf "$input"' EXIT
cp "$jar" "$input/"

rm -rf "$out/innovation-portfolio"
mkdir -p "$out"
jpackage \
  --type app-image \
  --name innovation-portfolio \
  --app-version "$version" \
  --vendor "Innovation Portfolio contributors" \
  --description "Portfolio, briefing packs and project packs for children's services innovation leads" \
  --copyright "AGPL-3.0-or-later" \
  --input "$input" \
  --main-jar innovation-portfolio.jar \
  --main-class org.innovationportfolio.app.Launcher \
  --icon "$icon" \
  --java-options "-Dfile.encoding=UTF-8" \
  --dest "$out"

echo "App image: $out/innovation-portfolio (run bin/innovation-portfolio)"
du -sh "$out/innovation-portfolio" | cut -f1 | sed 's/^/Size: /'
