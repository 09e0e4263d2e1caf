#!/usr/bin/env bash
# One-shot Temporal setup jobs for docker-compose.yml, run inside the temporalio/admin-tools image.
#
#   temporal-setup.sh schema      create the Temporal databases and migrate their schemas (before the server starts)
#   temporal-setup.sh namespace   create the namespace and register the app's search attributes (once it is up)
#
# Both modes are idempotent, so `docker compose up` can rerun them on every start.
set -euo pipefail

# Custom search attributes the workflows upsert and the API filters on. SQL visibility stores them in
# pre-allocated Keyword columns (ten per namespace), so keep this list short.
SEARCH_ATTRIBUTES=(AccountId LinkId LinkStatus SessionStatus ClientId EndpointId DeliveryStatus)

TEMPORAL_DB="${TEMPORAL_DB:-temporal}"
TEMPORAL_VISIBILITY_DB="${TEMPORAL_VISIBILITY_DB:-temporal_visibility}"
SCHEMA_ROOT="${SCHEMA_ROOT:-/etc/temporal/schema/postgresql/v12}"
TEMPORAL_ADDRESS="${TEMPORAL_ADDRESS:-temporal:7233}"
TEMPORAL_NAMESPACE="${TEMPORAL_NAMESPACE:-default}"
TEMPORAL_NAMESPACE_RETENTION="${TEMPORAL_NAMESPACE_RETENTION:-72h}"

log() { printf '[temporal-setup] %s\n' "$*"; }

# retry ATTEMPTS DELAY_SECONDS COMMAND...: the server answers before every internal service (and the namespace
# cache) is ready, so the first calls after startup can fail transiently.
retry() {
  local attempts=$1 delay=$2 n=1
  shift 2
  until "$@"; do
    if ((n >= attempts)); then
      log "giving up after $n attempts: $*"
      return 1
    fi
    log "attempt $n failed, retrying in ${delay}s: $*"
    n=$((n + 1))
    sleep "$delay"
  done
}

# Runs COMMAND and succeeds if it did, or if it failed only because the thing already exists (a rerun, or a
# concurrent setup). A conflicting definition ("different type") is still an error.
tolerate_exists() {
  local output
  if output=$("$@" 2>&1); then
    printf '%s\n' "$output"
    return 0
  fi
  if grep -qi 'already exists' <<<"$output" && ! grep -qi 'different type' <<<"$output"; then
    log "already exists, skipping: $*"
    return 0
  fi
  printf '%s\n' "$output" >&2
  return 1
}

setup_schema() {
  # temporal-sql-tool reads its connection from SQL_PLUGIN, SQL_HOST, SQL_PORT, SQL_USER and SQL_PASSWORD.
  : "${SQL_HOST:?SQL_HOST must be set}" "${SQL_USER:?SQL_USER must be set}" "${SQL_PASSWORD:?SQL_PASSWORD must be set}"
  export SQL_PLUGIN="${SQL_PLUGIN:-postgres12}" SQL_PORT="${SQL_PORT:-5432}"

  local db dir
  for db in "$TEMPORAL_DB" "$TEMPORAL_VISIBILITY_DB"; do
    if [[ $db == "$TEMPORAL_DB" ]]; then dir=temporal; else dir=visibility; fi
    log "database $db: create, set up versioning, migrate to the latest schema"
    # create-database ignores an existing database; setup-schema -v 0.0 never downgrades a newer version.
    temporal-sql-tool --db "$db" create-database
    temporal-sql-tool --db "$db" setup-schema -v 0.0
    temporal-sql-tool --db "$db" update-schema -d "$SCHEMA_ROOT/$dir/versioned"
  done
  log "schemas are up to date"
}

setup_namespace() {
  local address=(--address "$TEMPORAL_ADDRESS")
  log "waiting for the Temporal frontend at $TEMPORAL_ADDRESS"
  retry 60 2 temporal operator cluster health "${address[@]}"

  if temporal operator namespace describe --namespace "$TEMPORAL_NAMESPACE" "${address[@]}" >/dev/null 2>&1; then
    log "namespace $TEMPORAL_NAMESPACE exists"
  else
    log "creating namespace $TEMPORAL_NAMESPACE"
    retry 10 3 tolerate_exists temporal operator namespace create \
      --namespace "$TEMPORAL_NAMESPACE" --retention "$TEMPORAL_NAMESPACE_RETENTION" "${address[@]}"
  fi

  local name
  for name in "${SEARCH_ATTRIBUTES[@]}"; do
    # A namespace created moments ago is unknown to the frontend until its namespace cache refreshes (~10s).
    retry 20 3 tolerate_exists temporal operator search-attribute create \
      --namespace "$TEMPORAL_NAMESPACE" --name "$name" --type Keyword "${address[@]}"
  done
  log "namespace $TEMPORAL_NAMESPACE is ready with search attributes: ${SEARCH_ATTRIBUTES[*]}"
}

case "${1:-}" in
  schema) setup_schema ;;
  namespace) setup_namespace ;;
  *)
    echo "usage: $0 schema|namespace" >&2
    exit 64
    ;;
esac
