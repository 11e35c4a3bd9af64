#!/usr/bin/env bash
# Installs the .deb on this machine and uses it as an officer's laptop would, then removes it:
#   the desktop entry is valid; the installed launcher prints its version, loads the sample into a new data
#   folder and lists it; the window opens under Xvfb and paints the filled portfolio; removing the package
#   leaves the user's data folder exactly as it was.
# Needs root (dpkg -i). Installs what it needs with apt-get. Builds the .deb first when there is none.
#
#   installer/test-linux-deb.sh
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
out="$root/target/installer"
package=innovation-portfolio
launcher=/opt/innovation-portfolio/bin/innovation-portfolio

sudo_cmd=""
[ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"

need=(fakeroot desktop-file-utils xdg-utils libglib2.0-bin shared-mime-info xvfb xauth libgtk-3-0 zip)
missing=()
for p in "${need[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  $sudo_cmd apt-get update -qq
  $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

deb=$(ls "$out"/${package}_*.deb 2>/dev/null | head -n 1 || true)
if [ -z "$deb" ]; then
  "$root/installer/build-linux-deb.sh"
  deb=$(ls "$out"/${package}_*.deb | head -n 1)
fi

passed=0
failed=0
check() {
  local name=$1
  shift
  if "$@"; then
    echo "ok: $name"
    passed=$((passed + 1))
  else
    echo "FAILED: $name"
    failed=$((failed + 1))
  fi
}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
data="$work/data"

# A data folder the user already has, which installing and removing must never touch.
kept="$work/kept-data"
mkdir -p "$kept"
echo "an officer's own file" > "$kept/notes.txt"

# Every desktop has the system menu folders that the package's postinst (xdg-desktop-menu) writes into; a bare
# build machine may not.
$sudo_cmd mkdir -p /usr/share/applications /usr/share/desktop-directories /usr/share/icons/hicolor
$sudo_cmd dpkg -i "$deb" >/dev/null
check "the launcher is installed" test -x "$launcher"

desktop=$(dpkg -L "$package" | grep '\.desktop$' | head -n 1 || true)
check "the package has a desktop entry" test -n "$desktop"
if [ -n "$desktop" ]; then
  check "the desktop entry is valid" desktop-file-validate "$desktop"
  check "the desktop entry has the icon" grep -q '^Icon=/opt/innovation-portfolio/' "$desktop"
fi
# A .ippack file is a project pack, and opens in the app: asked as a user's desktop asks (GNOME's gio), with a
# home of its own so that nothing this machine's user chose earlier counts.
fresh_home="$work/home"
mkdir -p "$fresh_home"
(cd "$work" && echo "a pack" > inside.txt && zip -q x.ippack inside.txt)
as_user() { env -u XDG_CONFIG_HOME -u XDG_DATA_HOME HOME="$fresh_home" XDG_CURRENT_DESKTOP=GNOME "$@"; }
check "a .ippack file has the project pack's type" \
  test "$(as_user xdg-mime query filetype "$work/x.ippack")" = application/x-innovation-portfolio-pack
check "the desktop opens project packs with the app" \
  test "$(as_user xdg-mime query default application/x-innovation-portfolio-pack)" = \
  innovation-portfolio-innovation-portfolio.desktop
if [ -n "$desktop" ]; then
  check "the desktop entry passes the file it is given" grep -q '^Exec=/opt/innovation-portfolio/bin/innovation-portfolio %f$' "$desktop"
fi
check "the licence is installed" test -n "$(dpkg -L "$package" | grep -i -E 'copyright|LICENSE' | head -n 1)"

check "--version prints the version" bash -c "'$launcher' --version | grep -q 'Innovation Portfolio'"
check "the start-up archive loads at the install path" \
  bash -c "'$launcher' --version 2>&1 >/dev/null | { ! grep -q 'Unable to use shared archive'; }"
check "sample load fills a new data folder" "$launcher" --data-dir "$data" sample load
check "portfolio list reads it" bash -c "'$launcher' --data-dir '$data' portfolio list --format csv | grep -q 'Mockingbird'"

# The window: the app prints its marker once the filled portfolio table has painted, then closes itself.
paint() {
  INNOVATION_PORTFOLIO_BENCH_FIRST_SHOWN=1 timeout 120 xvfb-run -a "$launcher" --data-dir "$data" \
    > "$work/window.out" 2> "$work/window.err" || true
  grep -q 'innovation-portfolio: first window shown' "$work/window.out"
}
check "the window opens and paints the portfolio under Xvfb" paint

before=$(cd "$kept" && find . -type f -exec sha256sum {} + | sort)
data_before=$(cd "$data" && find . -type f -name '*.dat' | wc -l)
$sudo_cmd dpkg -r "$package" >/dev/null
check "removing the package removes the app" test ! -e /opt/innovation-portfolio
check "removing the package leaves the user's files as they were" \
  test "$before" = "$(cd "$kept" && find . -type f -exec sha256sum {} + | sort)"
check "removing the package removes the pack's file type" \
  test ! -e /usr/share/mime/packages/innovationportfolio-ippack.xml
check "removing the package leaves the data folder" test "$data_before" -gt 0 -a -d "$data"

echo "Package size: $(stat -c %s "$deb") bytes; installed size: $(dpkg-deb -f "$deb" Installed-Size) KiB"
echo "The .deb: $passed checks ok, $failed failed."
[ "$failed" -eq 0 ]
