#!/usr/bin/env bash
# Builds a Debian package of Innovation Portfolio from the Linux app image: the app with its own trimmed Java
# runtime and start-up archive, a menu entry with the icon, and the licence. Needs jpackage (a full JDK 17 or
# newer), fakeroot and dpkg-deb.
#
#   installer/build-linux-deb.sh      # builds the jar and the app image if needed, then the .deb
#   sudo dpkg -i target/installer/innovation-portfolio_*.deb
#
# The app installs under /opt/innovation-portfolio; the user's data stays in their own data folder
# (~/.local/share/innovation-portfolio), which installing, upgrading or removing the package never touches.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
out="$root/target/installer"
image="$out/innovation-portfolio"

for tool in jpackage fakeroot dpkg-deb; do
  command -v "$tool" >/dev/null || { echo "$tool was not found: it is needed to build a .deb." >&2; exit 1; }
done

if [ ! -x "$image/bin/innovation-portfolio" ] || [ "${REBUILD_IMAGE:-}" = 1 ]; then
  "$root/installer/build-linux-app-image.sh"
fi

version=$(sed -n 's/^java-options=-Djpackage.app-version=//p' "$image/lib/app/innovation-portfolio.cfg" | head -n 1)
[ -n "$version" ] || version=0.0.1

# The start-up archive only works at the path it was trained at, so train it again at the install path. That
# needs /opt to be writable and free of an installed copy; otherwise the package goes without a working archive.
install_dir=/opt/innovation-portfolio
staged="$out/deb-image"
rm -rf "$staged"
cp -a "$image" "$staged"
# The project pack's file type (shared-mime-info), installed by the postinst with xdg-mime.
mime_xml=innovationportfolio-ippack.xml
cp "$root/installer/linux/$mime_xml" "$staged/lib/"
# Java 17 also checks the jar's modification time, which packaging does not keep: the jar is stamped with a
# whole second here, and the package's postinst puts the same stamp back on the installed jar.
stamp=$(date +%s)
resources="$out/deb-resources"
rm -rf "$resources"
mkdir -p "$resources"
# The menu entry, in place of jpackage's: it opens a pack given as a local file (%f) and declares the pack's type,
# so that a double-click on a .ippack file starts the app on its import preview (or hands it to the open window).
cp "$root/installer/linux/innovation-portfolio.desktop" "$resources/innovation-portfolio.desktop"
cat > "$resources/postinst" <<POSTINST
#!/bin/sh
# postinst script for innovation-portfolio: the menu entry, the project pack's file type (system-wide, so every
# user's double-click on a .ippack opens the app), and the jar's time as the start-up archive expects it.
set -e
case "\$1" in
    configure)
        xdg-desktop-menu install /opt/innovation-portfolio/lib/innovation-portfolio-innovation-portfolio.desktop
        xdg-mime install --mode system /opt/innovation-portfolio/lib/$mime_xml
        if command -v update-desktop-database >/dev/null 2>&1; then
            update-desktop-database -q /usr/share/applications || true
        fi
        touch -d @$stamp /opt/innovation-portfolio/lib/app/innovation-portfolio.jar
    ;;
    abort-upgrade|abort-remove|abort-deconfigure)
    ;;
    *)
        echo "postinst called with unknown argument \\\`\$1'" >&2
        exit 1
    ;;
esac
exit 0
POSTINST
cat > "$resources/prerm" <<PRERM
#!/bin/sh
# prerm script for innovation-portfolio: takes the menu entry and the pack's file type away again.
set -e
case "\$1" in
    remove|upgrade|deconfigure)
        xdg-mime uninstall --mode system /opt/innovation-portfolio/lib/$mime_xml || true
        xdg-desktop-menu uninstall /opt/innovation-portfolio/lib/innovation-portfolio-innovation-portfolio.desktop || true
        if command -v update-desktop-database >/dev/null 2>&1; then
            update-desktop-database -q /usr/share/applications || true
        fi
    ;;
esac
exit 0
PRERM
chmod 755 "$resources/postinst" "$resources/prerm"
# jpackage's own note of the association (it also writes its MimeInfo.xml beside the app; ours is the one installed).
cat > "$resources/ippack.properties" <<PROPERTIES
extension=ippack
mime-type=application/x-innovation-portfolio-pack
description=Innovation Portfolio project pack
PROPERTIES
if [ -w /opt ] && [ ! -e "$install_dir" ]; then
  cp -a "$image" "$install_dir"
  trap 'rm -rf "$install_dir"' EXIT
  touch -d "@$stamp" "$install_dir/lib/app/innovation-portfolio.jar"
  "$root/installer/train-cds.sh" "$install_dir"
  cp "$install_dir/lib/app/innovation-portfolio.cfg" "$staged/lib/app/"
  cp "$install_dir/lib/app/innovation-portfolio.jsa" "$staged/lib/app/" 2>/dev/null || rm -f "$staged/lib/app/innovation-portfolio.jsa"
  rm -rf "$install_dir"
  trap - EXIT
else
  echo "$install_dir is not free to train the start-up archive at: the package starts about a third slower."
  rm -f "$staged/lib/app/innovation-portfolio.jsa"
  sed -i '/^java-options=-XX:SharedArchiveFile=/d' "$staged/lib/app/innovation-portfolio.cfg"
fi

rm -f "$out"/innovation-portfolio_*.deb
jpackage \
  --type deb \
  --app-image "$staged" \
  --name innovation-portfolio \
  --app-version "$version" \
  --vendor "Innovation Portfolio contributors" \
  --description "Portfolio, briefing packs and project packs for children's services innovation leads" \
  --copyright "Copyright Innovation Portfolio contributors. Licensed under AGPL-3.0-or-later." \
  --license-file "$root/LICENSE" \
  --icon "$root/icons/innovation-portfolio-256.png" \
  --linux-shortcut \
  --linux-menu-group "Office" \
  --linux-app-category misc \
  --linux-package-deps "libgtk-3-0, xdg-utils" \
  --file-associations "$resources/ippack.properties" \
  --resource-dir "$resources" \
  --dest "$out"

deb=$(ls "$out"/innovation-portfolio_*.deb)
echo "Package: $deb"
echo "Package size: $(du -h "$deb" | cut -f1) ($(stat -c %s "$deb") bytes)"
echo "Installed size: $(dpkg-deb -f "$deb" Installed-Size) KiB"
