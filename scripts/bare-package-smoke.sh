# Runs inside the bare Debian 12 root after `apt-get install ./jiayi_*.deb` (fed to bash -s by
# scripts/bare-debian-check.sh --package): the installed programs from their installed paths.
set -euo pipefail
fail() {
    echo "package smoke: FAILED: $*" >&2
    exit 1
}
step() { echo "package smoke: $*"; }
export HOME=/root
DATA=$HOME/.local/share/jiayi/jiayi
touch /tmp/before-run
sleep 1

step "programs are on the PATH from /usr/bin"
for p in jiayi jiayi-cli jiayi-platform; do
    [ "$(command -v $p)" = "/usr/bin/$p" ] || fail "$p is not installed in /usr/bin"
done
step "jiayi-cli --version"
jiayi-cli --version | tee /tmp/cli-version
grep -q '^schema [0-9]' /tmp/cli-version || fail "jiayi-cli --version names no schema"
grep -q '^SQLite 3' /tmp/cli-version || fail "jiayi-cli --version names no SQLite (is libqt6sql6-sqlite installed?)"
step "jiayi --version (no display)"
jiayi --version | tee /tmp/app-version
grep -q '^OpenSSL' /tmp/app-version || fail "jiayi --version names no OpenSSL"
step "translations are compiled in"
jiayi-cli --lang en --help | grep -q 'Usage' || fail "jiayi-cli --lang en --help is not English"
step "jiayi-cli init"
jiayi-cli init --db /root/clinic.db || fail "jiayi-cli init failed"
jiayi-cli check --db /root/clinic.db || fail "jiayi-cli check failed on the new database"
step "the workstation runs offscreen for 5 s on its default database"
set +e
QT_QPA_PLATFORM=offscreen timeout 5 jiayi >/tmp/jiayi.out 2>&1
rc=$?
set -e
[ $rc -eq 124 ] || { cat /tmp/jiayi.out; fail "jiayi exited with $rc before 5 s"; }
[ -f "$DATA/jiayi.db" ] || fail "the default database is not in $DATA"
[ -f "$DATA/jiayi.log" ] || ls "$DATA"
step "nothing was written to the install folders"
written=$(find /usr /opt -newer /tmp/before-run -type f 2>/dev/null | head)
[ -z "$written" ] || fail "written to the install folder: $written"
step "desktop entry, icon, man pages, platform unit (not enabled)"
for f in /usr/share/applications/jiayi.desktop /usr/share/icons/hicolor/scalable/apps/jiayi.svg \
    /lib/systemd/system/jiayi-platform.service /usr/share/doc/jiayi/examples/nginx-jiayi-platform.conf \
    /usr/share/doc/jiayi/examples/jiayi-platform.default; do
    [ -f "$f" ] || fail "missing $f"
done
for m in jiayi jiayi-cli jiayi-platform; do
    ls /usr/share/man/man1/$m.1* >/dev/null 2>&1 || fail "missing man page $m(1)"
done
[ ! -e /etc/systemd/system/multi-user.target.wants/jiayi-platform.service ] ||
    fail "the platform unit is enabled by the package"
step "apt-get remove keeps the data"
DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq jiayi >/dev/null
[ ! -e /usr/bin/jiayi ] || fail "jiayi still installed after remove"
[ -f "$DATA/jiayi.db" ] || fail "the data folder is gone after remove"
[ -f /root/clinic.db ] || fail "the database made by jiayi-cli init is gone after remove"
step "OK"
