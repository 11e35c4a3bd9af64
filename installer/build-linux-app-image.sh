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
  --jlink-options "--strip-debug --no-man-pages --no-header-files --generate-cds-archive" \
  --dest "$out"

# A class-data-sharing archive of what a start loads, made by one training start of the image itself (the
# window opens on a throw-away sample portfolio and closes once its table is painted). The image's runtime
# carries the JDK's base archive (--generate-cds-archive above); this one adds JavaFX, Derby and our classes.
# On 30 Nov 2026 it took the image's first filled window from about 2.6 s to about 1.8 s. JVM warnings go to
# stderr, so that if the image is moved and the archive no longer fits, the command line's output stays clean.
image="$out/innovation-portfolio"
archive="$image/lib/app/innovation-portfolio.jsa"
launch=("$image/bin/innovation-portfolio")
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  if command -v xvfb-run >/dev/null; then
    launch=(xvfb-run -a "${launch[@]}")
  else
    launch=()
  fi
fi
if [ ${#launch[@]} -eq 0 ]; then
  echo "No display and no xvfb-run: the image is built without its start-up archive (it starts about a third slower)."
else
  training=$(mktemp -d)
  "$image/bin/innovation-portfolio" --data-dir "$training" sample load >/dev/null
  INNOVATION_PORTFOLIO_BENCH_FIRST_SHOWN=1 JAVA_TOOL_OPTIONS="-XX:ArchiveClassesAtExit=$archive" \
    "${launch[@]}" --data-dir "$training" >/dev/null 2>&1 || true
  rm -rf "$training"
  if [ -f "$archive" ]; then
    cat >> "$image/lib/app/innovation-portfolio.cfg" <<'CFG'
java-options=-Xlog:disable
java-options=-Xlog:all=warning:stderr:uptime,level,tags
java-options=-XX:SharedArchiveFile=$APPDIR/innovation-portfolio.jsa
CFG
    echo "Start-up archive: $(du -h "$archive" | cut -f1)"
  else
    echo "The training start wrote no archive: the image works, but starts about a third slower."
  fi
fi

echo "App image: $out/innovation-portfolio (run bin/innovation-portfolio)"
du -sh "$out/innovation-portfolio" | cut -f1 | sed 's/^/Size: /'
