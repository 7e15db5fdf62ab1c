# A quiet Maven build for the bin/ scripts. Sourced after bin/lib/java.sh.

dossier_quiet_build() {
  # Runs 'mvn -q -B ARGS...' with its output on stderr. Maven 3.8 writes ANSI reset codes ("ESC[0m") even with
  # colours off, which a user's terminal log or a script's stderr would show as "[0m"; they are stripped.
  local status
  set +e
  mvn -q -B -Dstyle.color=never "$@" 2>&1 | sed -E 's/\x1b\[[0-9;]*m//g' >&2
  status=${PIPESTATUS[0]}
  set -e
  return "$status"
}
