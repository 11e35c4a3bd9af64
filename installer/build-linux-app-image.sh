#!/usr/bin/env bash
# Builds a Linux app image of Innovation Portfolio: a folder with the app and its own Java
# runtime, so the user needs no Java installed. Uses jpackage from the JDK (17 or newer).
#
#   installer/build-linux-app-image.sh            # builds the jar if needed, then the image
#   target/installer/innovation-portfolio/bin/innovation-portfolio   # runs it
#
# installer/build-linux-deb.sh packages this image as a .deb.
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

rm -rf "$out/innovation-portfolio" "$out/runtime"
mkdir -p "$out"

# The app's own trimmed Java runtime: the modules jdeps finds in the jar, plus those it cannot see because they are
# reached by name at run time (en-GB dates and months, zip file systems, other charsets, TLS curves), and only the
# English locales. The whole JDK would be about 240 MB; this is about a fifth of that.
command -v jdeps >/dev/null && command -v jlink >/dev/null \
  || { echo "jdeps and jlink were not found: install a full JDK 17 or newer (not a JRE)." >&2; exit 1; }
modules=$(jdeps --print-module-deps --ignore-missing-deps --multi-release 17 "$jar")
modules="$modules,jdk.localedata,jdk.charsets,jdk.zipfs,jdk.crypto.ec"
echo "Runtime modules: $modules"
jlink \
  --add-modules "$modules" \
  --include-locales=en,en-GB \
  --strip-debug --no-man-pages --no-header-files --compress=2 \
  --generate-cds-archive \
  --output "$out/runtime"
# jlink writes a second base archive for heaps over 32 GB (compressed pointers off); a laptop app never runs so.
rm -f "$out/runtime/lib/server/classes_nocoops.jsa"

jpackage \
  --type app-image \
  --runtime-image "$out/runtime" \
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

# The start-up archive (class-data sharing) of what a start loads; see train-cds.sh.
"$root/installer/train-cds.sh" "$out/innovation-portfolio"

echo "App image: $out/innovation-portfolio (run bin/innovation-portfolio)"
du -sh "$out/innovation-portfolio" | cut -f1 | sed 's/^/Size: /'
