#!/usr/bin/env bash
# Builds the Debian package (cargo-deb, metadata in crates/app/Cargo.toml), validates its
# launcher and AppStream metainfo, installs it on this machine with apt-get, and checks the
# installed app: `waymark --version`, the default application of the project MIME type, and
# that `xdg-open` on a .waymark file starts Waymark on it (under Xvfb). Not part of CI's test
# run (it installs system-wide and builds a release); run it before a release.
#   bash scripts/package.sh            build, validate, install, check
#   bash scripts/package.sh --build    build and validate only
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --package

app_id=io.github.waymark.Waymark
mime=application/x-waymark
cargo_deb_version=3.8.0
sudo=""
[[ $(id -u) -eq 0 ]] || sudo="sudo"

if ! cargo deb --version 2>/dev/null | grep -q "$cargo_deb_version"; then
  echo "package: installing cargo-deb $cargo_deb_version"
  cargo install --locked cargo-deb --version "$cargo_deb_version"
fi

echo "package: validating the launcher and the metainfo"
desktop-file-validate "packaging/linux/$app_id.desktop"
appstreamcli validate --no-net "packaging/linux/$app_id.metainfo.xml"

target=${CARGO_TARGET_DIR:-target}
rm -f "$target"/debian/waymark_*.deb
cargo deb -p waymark -- --locked
deb=$(ls "$target"/debian/waymark_*.deb)
deb=$(realpath "$deb")
echo "package: built $deb ($(du -h "$deb" | cut -f1))"
dpkg-deb --contents "$deb" | awk '{print $6}' | grep -E "usr/(bin|share/(applications|metainfo|mime|icons))" | sed 's/^/  /'
[[ ${1:-} == --build ]] && exit 0

echo "package: installing it"
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --reinstall "$deb" >/dev/null
installed=$(command -v waymark)
[[ $installed == /usr/bin/waymark ]] || { echo "package: waymark is $installed, not /usr/bin/waymark" >&2; exit 1; }
/usr/bin/waymark --version
desktop-file-validate "/usr/share/applications/$app_id.desktop"
appstreamcli validate --no-net "/usr/share/metainfo/$app_id.metainfo.xml" >/dev/null

work=$(mktemp -d)
xvfb_pid=""
cleanup() {
  [[ -n ${app_pid:-} ]] && kill "$app_pid" 2>/dev/null || true
  [[ -n $xvfb_pid ]] && kill "$xvfb_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
export HOME=$work/home XDG_DATA_HOME=$work/home/.local/share XDG_CONFIG_HOME=$work/home/.config
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME"
/usr/bin/waymark new "$work/Checkout journey.waymark" --template ecommerce >/dev/null

filetype=$(xdg-mime query filetype "$work/Checkout journey.waymark")
[[ $filetype == "$mime" ]] || { echo "package: a .waymark file is $filetype, not $mime" >&2; exit 1; }
default=$(xdg-mime query default "$mime")
[[ $default == "$app_id.desktop" ]] || { echo "package: the default for $mime is '$default'" >&2; exit 1; }
echo "package: $mime files open with $default"

# A display nobody uses (other test runs use :97).
display=""
for n in $(seq 110 140); do
  [[ -e /tmp/.X11-unix/X$n || -e /tmp/.X$n-lock ]] || { display=":$n"; break; }
done
[[ -n $display ]] || { echo "package: no free X display" >&2; exit 1; }
Xvfb "$display" -screen 0 1440x900x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
export DISPLAY=$display
for _ in $(seq 50); do xdotool getmouselocation >/dev/null 2>&1 && break; sleep 0.1; done

XDG_CURRENT_DESKTOP="" xdg-open "$work/Checkout journey.waymark" >/dev/null 2>&1 &
window=""
for _ in $(seq 150); do
  # (xdotool's pattern is a regular expression in the C locale: no em dash in it.)
  window=$(xdotool search --name "^Checkout journey.waymark .* Waymark$" 2>/dev/null | head -1 || true)
  [[ -n $window ]] && break
  sleep 0.2
done
[[ -n $window ]] || { echo "package: xdg-open did not open a Waymark window on the file" >&2; exit 1; }
app_pid=$(xdotool getwindowpid "$window")
echo "package: xdg-open started $(readlink "/proc/$app_pid/exe") (pid $app_pid): '$(xdotool getwindowname "$window")'"
if [[ -n ${WAYMARK_PACKAGE_SCREENSHOT:-} ]]; then
  sleep 1
  import -window root "$WAYMARK_PACKAGE_SCREENSHOT"
  echo "package: screenshot in $WAYMARK_PACKAGE_SCREENSHOT"
fi
echo "package: ok"
