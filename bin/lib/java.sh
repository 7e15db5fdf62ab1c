# Finds a JDK 21 or newer and exports JAVA_HOME and PATH for it. Sourced by bin/dossier and bin/test.
# Order: $JAVA_HOME, the java on PATH, then JDKs under /usr/lib/jvm and /opt (highest version first).

dossier_java_version() {
  # Prints the feature version (17, 21, 25, ...) of the java binary $1, or nothing.
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9][0-9]*\).*/\1/p' | head -n 1
}

dossier_find_java() {
  local candidates=() candidate version
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME/bin/java")
  command -v java >/dev/null 2>&1 && candidates+=("$(readlink -f "$(command -v java)")")
  for candidate in $(ls -d /usr/lib/jvm/*/bin/java /opt/*/bin/java /opt/java/*/bin/java 2>/dev/null | sort -t/ -k4 -Vr); do
    candidates+=("$candidate")
  done
  for candidate in "${candidates[@]}"; do
    [ -x "$candidate" ] || continue
    version=$(dossier_java_version "$candidate")
    if [ -n "$version" ] && [ "$version" -ge 21 ]; then
      JAVA_HOME=$(cd "$(dirname "$candidate")/.." && pwd)
      export JAVA_HOME
      export PATH="$JAVA_HOME/bin:$PATH"
      # Maven's bundled Guava uses sun.misc.Unsafe, which JDK 24+ warns about on every build.
      if [ "$version" -ge 24 ]; then
        case " ${MAVEN_OPTS:-} " in
          *sun-misc-unsafe-memory-access*) ;;
          *) export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow" ;;
        esac
      fi
      return 0
    fi
  done
  echo "error: Dossier needs Java 21 or newer, and none was found (checked \$JAVA_HOME, the java on PATH," >&2
  echo "       /usr/lib/jvm and /opt). Install a JDK 21+ (for example Eclipse Temurin) and set JAVA_HOME." >&2
  return 1
}
