#!/usr/bin/env bash
# Installs (if needed) and starts a local PostgreSQL server for the store's PostgreSQL tests, and prints the
# JDBC URL they use. Debian's package; loopback only.
set -euo pipefail

if ! command -v pg_ctlcluster >/dev/null 2>&1 || [ -z "$(ls /usr/lib/postgresql/*/bin/postgres 2>/dev/null)" ]; then
    apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
fi
version=$(ls /usr/lib/postgresql | sort -n | tail -1)
if ! pg_lsclusters -h | grep -q "^$version main"; then
    pg_createcluster "$version" main >&2
fi
pg_ctlcluster "$version" main start >&2 2>/dev/null || true
for _ in $(seq 1 30); do
    if su postgres -c "psql -qAtc 'select 1'" >/dev/null 2>&1; then
        break
    fi
    sleep 1
done
su postgres -c "psql -qAtc \"select 1 from pg_roles where rolname='dossier'\"" | grep -q 1 \
    || su postgres -c "psql -qc \"create role dossier login password 'dossier'\"" >&2
su postgres -c "psql -qAtc \"select 1 from pg_database where datname='dossier_test'\"" | grep -q 1 \
    || su postgres -c "psql -qc \"create database dossier_test owner dossier\"" >&2
echo "jdbc:postgresql://127.0.0.1:5432/dossier_test?user=dossier&password=dossier"
