# shellcheck shell=sh
# Sourced by ./mvnw and ./guichet: exports JAVA_HOME pointing at a JDK 21 or newer.
# Order: $JAVA_HOME if it is >= 21, then the newest JDK >= 21 under /usr/lib/jvm (or
# $GUICHET_JDK_SEARCH), then `java` on the PATH if it is >= 21. Fails with a message otherwise.

guichet_jdk_major() { # $1: a JDK home; prints its feature version, or 0
  if [ -f "$1/release" ]; then
    v=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release")
  elif [ -x "$1/bin/java" ]; then
    v=$("$1/bin/java" -version 2>&1 | sed -n 's/.* version "\([0-9]*\).*/\1/p' | head -n 1)
  fi
  [ -x "$1/bin/javac" ] || v=0
  echo "${v:-0}"
}

guichet_select_jdk() {
  if [ -n "${JAVA_HOME-}" ] && [ "$(guichet_jdk_major "$JAVA_HOME")" -ge 21 ]; then
    return 0
  fi
  best=""; best_v=0
  case $- in *f*) guichet_noglob=1; set +f ;; *) guichet_noglob=0 ;; esac
  for d in ${GUICHET_JDK_SEARCH:-/usr/lib/jvm/* /opt/java/* /opt/jdk*}; do
    [ -d "$d" ] || continue
    v=$(guichet_jdk_major "$d")
    if [ "$v" -ge 21 ] && [ "$v" -gt "$best_v" ]; then best="$d"; best_v=$v; fi
  done
  [ "$guichet_noglob" = 1 ] && set -f
  if [ -z "$best" ] && command -v javac >/dev/null 2>&1; then
    d=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
    [ "$(guichet_jdk_major "$d")" -ge 21 ] && best="$d"
  fi
  if [ -z "$best" ]; then
    echo "Guichet needs a JDK 21 or newer and found none (checked \$JAVA_HOME, /usr/lib/jvm, /opt, PATH)." >&2
    echo "Install one (e.g. apt-get install openjdk-21-jdk-headless) or set JAVA_HOME." >&2
    return 1
  fi
  JAVA_HOME="$best"
  export JAVA_HOME
}

guichet_select_jdk || exit 1
