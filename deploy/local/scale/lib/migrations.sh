# shellcheck shell=bash
# What the scale parts share: migration files in Flyway's order. Sourced by deploy/local/scale/*.sh, never run.

# flyway_order FILE...: prints "VERSION<TAB>FILE" for each V<version>__<name>.sql, in Flyway's order: by version,
# numerically per part (0.8 before 1, 2 before 10).
flyway_order() {
  local f v
  for f in "$@"; do
    v="$(basename "$f")"
    v="${v#V}"
    v="${v%%__*}"
    printf '%s\t%s\n' "${v//_/.}" "$f"
  done | sort -t$'\t' -k1,1V
}
