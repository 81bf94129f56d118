#!/usr/bin/env bash
# Installs Guichet from the offline bundle, with no network: run as root from the unpacked folder.
#   ./install.sh                 checks every file, installs, enables and starts the service
#   DESTDIR=/mnt/image ./install.sh --no-start   installs under another root (an image being built)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
start=yes
[ "${1:-}" = "--no-start" ] && start=no
dest="${DESTDIR:-}"
cd "$here"
sha256sum --quiet -c SHA256SUMS || { echo "install: the bundle is damaged (SHA256SUMS does not match)" >&2; exit 1; }
install -d -m 0755 "$dest/opt/guichet" "$dest/opt/guichet/models" "$dest/etc/guichet" "$dest/etc/systemd/system"
install -m 0644 guichet.jar "$dest/opt/guichet/guichet.jar"
cp -r models/. "$dest/opt/guichet/models/"
chmod -R a+rX,go-w "$dest/opt/guichet/models"
install -m 0644 guichet.service "$dest/etc/systemd/system/guichet.service"
[ -f "$dest/etc/guichet/guichet.env" ] || install -m 0600 /dev/null "$dest/etc/guichet/guichet.env"
if [ -z "$dest" ]; then
  id guichet >/dev/null 2>&1 || useradd --system --home-dir /var/lib/guichet --shell /usr/sbin/nologin guichet
  systemctl daemon-reload
  if [ "$start" = yes ]; then
    systemctl enable --now guichet
    echo "install: started; follow it with journalctl -u guichet -f"
  fi
fi
echo "install: done (jar and models under $dest/opt/guichet, settings in $dest/etc/guichet/guichet.env)"
