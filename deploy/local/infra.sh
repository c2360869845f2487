#!/usr/bin/env bash
# Local infrastructure for Corroboration's distributed mode and integration tests:
# RabbitMQ and PostgreSQL on loopback, without Docker.
#
#   deploy/local/infra.sh up      install if missing, start, wait until ready (idempotent)
#   deploy/local/infra.sh down    stop what this script starts
#   deploy/local/infra.sh status  show what is running
#
# Run as root on Debian 12 (or another Debian/Ubuntu with apt). Everything listens on
# 127.0.0.1 only:
#   - PostgreSQL: a private cluster in $CORRO_PG_DATA (default /var/lib/corroboration/postgres)
#     on port $CORRO_PG_PORT (default 55432, so it never collides with a Debian cluster on 5432),
#     role corro/corro (LOGIN CREATEDB) owning database corroboration.
#   - RabbitMQ: the system node, configured through /etc/rabbitmq/rabbitmq-env.conf
#     (a marked block) as rabbit@localhost on 127.0.0.1:5672; guest/guest works from loopback.
# The credentials are local-development defaults, not secrets.
set -euo pipefail

PG_DATA="${CORRO_PG_DATA:-/var/lib/corroboration/postgres}"
PG_PORT="${CORRO_PG_PORT:-55432}"
PG_SOCKET_DIR="${CORRO_PG_SOCKET_DIR:-/var/run/postgresql}"
PG_LOG="$(dirname "$PG_DATA")/postgres.log"
PG_ROLE=corro
PG_PASSWORD=corro
PG_DATABASE=corroboration
RABBIT_PORT=5672
RABBIT_ENV_CONF=/etc/rabbitmq/rabbitmq-env.conf
RABBIT_MARKER="$(dirname "$PG_DATA")/rabbitmq.started-by-infra"
TIMEOUT="${CORRO_INFRA_TIMEOUT:-90}"

log() { printf '[infra] %s\n' "$*" >&2; }
die() { printf '[infra] ERROR: %s\n' "$*" >&2; exit 1; }

# The postgres/rabbitmq users may not be able to read the caller's working directory.
cd /

as_postgres() { runuser -u postgres -- "$@"; }

pg_bin_dir() {
  # Highest installed PostgreSQL major version that has initdb.
  local d best=""
  for d in /usr/lib/postgresql/*/bin; do
    [ -x "$d/initdb" ] || continue
    if [ -z "$best" ] || [ "$(basename "$(dirname "$d")")" -gt "$(basename "$(dirname "$best")")" ]; then
      best="$d"
    fi
  done
  printf '%s' "$best"
}

# ---------------------------------------------------------------- install
install_missing() {
  local pkgs=()
  command -v rabbitmq-server >/dev/null 2>&1 || pkgs+=(rabbitmq-server)
  [ -n "$(pg_bin_dir)" ] || pkgs+=(postgresql)
  if [ ${#pkgs[@]} -eq 0 ]; then
    return 0
  fi

  [ "$(id -u)" -eq 0 ] || die "need root to install ${pkgs[*]}"
  log "installing ${pkgs[*]} with apt-get"
  # Keep the packages' postinst scripts from auto-starting their default services (a
  # RabbitMQ node on all interfaces, a PostgreSQL cluster on 5432): this script starts
  # what it needs itself. Only if nobody else installed a policy already.
  local policy=/usr/sbin/policy-rc.d created_policy=0
  if [ ! -e "$policy" ]; then
    printf '#!/bin/sh\nexit 101\n' >"$policy"
    chmod 755 "$policy"
    created_policy=1
  fi
  local rc=0
  {
    export DEBIAN_FRONTEND=noninteractive
    apt-get update &&
      apt-get install -y --no-install-recommends "${pkgs[@]}"
  } || rc=$?
  if [ "$created_policy" -eq 1 ]; then
    rm -f "$policy"
  fi
  [ "$rc" -eq 0 ] || die "apt-get failed ($rc)"
}

# ---------------------------------------------------------------- rabbitmq
rabbit_ping() { rabbitmq-diagnostics -q ping >/dev/null 2>&1; }

# 'ping' answers as soon as the Erlang node is up, before the AMQP listener exists.
amqp_open() { (exec 3<>"/dev/tcp/127.0.0.1/$RABBIT_PORT") 2>/dev/null; }

rabbit_ready() { rabbit_ping && amqp_open; }

epmd_bin() { command -v epmd 2>/dev/null || ls /usr/lib/erlang/erts-*/bin/epmd 2>/dev/null | tail -n 1; }

epmd_kill_if_unused() {
  local epmd names
  epmd="$(epmd_bin)"
  [ -n "$epmd" ] || return 0
  names="$("$epmd" -names 2>/dev/null || true)"
  case "$names" in
    *"up and running"*) ;;
    *) return 0 ;;
  esac
  if ! grep -q '^name ' <<<"$names"; then
    "$epmd" -kill >/dev/null 2>&1 || true
  fi
}

configure_rabbit() {
  # A marked, rewritable block: loopback-only AMQP, Erlang distribution and epmd, and a
  # node name that does not depend on the machine's hostname resolving.
  local begin='# >>> corroboration infra.sh >>>' end='# <<< corroboration infra.sh <<<'
  mkdir -p "$(dirname "$RABBIT_ENV_CONF")"
  touch "$RABBIT_ENV_CONF"
  local tmp
  tmp="$(mktemp)"
  sed "/^$begin\$/,/^$end\$/d" "$RABBIT_ENV_CONF" >"$tmp"
  cat >>"$tmp" <<EOF
$begin
NODENAME=rabbit@localhost
NODE_IP_ADDRESS=127.0.0.1
NODE_PORT=$RABBIT_PORT
SERVER_ADDITIONAL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}"
export ERL_EPMD_ADDRESS=127.0.0.1
$end
EOF
  if ! cmp -s "$tmp" "$RABBIT_ENV_CONF"; then
    cat "$tmp" >"$RABBIT_ENV_CONF"
    log "wrote $RABBIT_ENV_CONF"
  fi
  rm -f "$tmp"
}

rabbit_up() {
  configure_rabbit
  if rabbit_ping; then
    log "rabbitmq: already running"
  else
    start_rabbit
  fi
  local i
  for ((i = 0; i < TIMEOUT; i++)); do
    if rabbit_ready; then
      log "rabbitmq: ready"
      return 0
    fi
    sleep 1
  done
  tail -n 40 /var/log/rabbitmq/*.log 2>/dev/null >&2 || true
  die "rabbitmq not ready on 127.0.0.1:$RABBIT_PORT within ${TIMEOUT}s"
}

start_rabbit() {
  log "rabbitmq: starting (detached)"
  mkdir -p "$(dirname "$RABBIT_MARKER")"
  # An epmd left over from an earlier Erlang command may listen on all interfaces;
  # if no node is registered with it, restart it on loopback with the node.
  epmd_kill_if_unused
  # The Debian wrapper switches to the rabbitmq user itself.
  RABBITMQ_NODE_IP_ADDRESS=127.0.0.1 ERL_EPMD_ADDRESS=127.0.0.1 rabbitmq-server -detached >/dev/null 2>&1 ||
    die "rabbitmq-server -detached failed (see /var/log/rabbitmq/)"
  touch "$RABBIT_MARKER"
}

rabbit_down() {
  if ! rabbit_ping; then
    log "rabbitmq: not running"
    rm -f "$RABBIT_MARKER"
    return 0
  fi
  if [ ! -e "$RABBIT_MARKER" ]; then
    log "rabbitmq: running but not started by infra.sh; leaving it alone"
    return 0
  fi
  log "rabbitmq: shutting down"
  # 'shutdown' is 'stop' that also waits for the Erlang VM to exit, so 'up' can follow at once.
  rabbitmqctl -q shutdown || rabbitmqctl -q stop || true
  rm -f "$RABBIT_MARKER"
  # Stop epmd too if no other Erlang node uses it.
  epmd_kill_if_unused
}

# ---------------------------------------------------------------- postgresql
pg_ready() { "$1/pg_isready" -q -h 127.0.0.1 -p "$PG_PORT" -t 2; }

pg_running() { [ -f "$PG_DATA/PG_VERSION" ] && as_postgres "$1/pg_ctl" status -D "$PG_DATA" >/dev/null 2>&1; }

psql_admin() { as_postgres "$PGBIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$PG_SOCKET_DIR" -p "$PG_PORT" -d postgres "$@"; }

pg_up() {
  PGBIN="$(pg_bin_dir)"
  [ -n "$PGBIN" ] || die "no PostgreSQL server binaries under /usr/lib/postgresql"

  mkdir -p "$(dirname "$PG_DATA")" "$PG_SOCKET_DIR"
  chown postgres:postgres "$PG_SOCKET_DIR"
  chmod 2775 "$PG_SOCKET_DIR"
  if [ ! -f "$PG_DATA/PG_VERSION" ]; then
    log "postgres: initdb $PG_DATA ($PGBIN)"
    mkdir -p "$PG_DATA"
    chown postgres:postgres "$PG_DATA"
    chmod 700 "$PG_DATA"
    as_postgres "$PGBIN/initdb" -D "$PG_DATA" -U postgres -E UTF8 --locale=C.UTF-8 \
      --auth-local=peer --auth-host=scram-sha-256 >/dev/null
  fi
  # Settings live in an included file that is rewritten on every 'up'.
  cat >"$PG_DATA/corroboration.conf" <<EOF
# Managed by deploy/local/infra.sh
listen_addresses = '127.0.0.1'
port = $PG_PORT
unix_socket_directories = '$PG_SOCKET_DIR'
password_encryption = 'scram-sha-256'
max_connections = 200
fsync = on
# A fresh database grows fast: statistics (and so the plans of prepared statements, which keep a
# plan made while a table was nearly empty until its next ANALYZE) should follow within seconds.
autovacuum_naptime = 10s
EOF
  chown postgres:postgres "$PG_DATA/corroboration.conf"
  grep -q "^include_if_exists = 'corroboration.conf'" "$PG_DATA/postgresql.conf" ||
    echo "include_if_exists = 'corroboration.conf'" >>"$PG_DATA/postgresql.conf"

  if pg_running "$PGBIN"; then
    log "postgres: already running"
  else
    log "postgres: starting on 127.0.0.1:$PG_PORT"
    touch "$PG_LOG"
    chown postgres:postgres "$PG_LOG"
    as_postgres "$PGBIN/pg_ctl" start -D "$PG_DATA" -l "$PG_LOG" -w -t "$TIMEOUT" >/dev/null ||
      { tail -n 40 "$PG_LOG" >&2; die "pg_ctl start failed"; }
  fi
  local i
  for ((i = 0; i < TIMEOUT; i++)); do
    pg_ready "$PGBIN" && break
    sleep 1
  done
  pg_ready "$PGBIN" || die "postgres not ready on 127.0.0.1:$PG_PORT within ${TIMEOUT}s"

  psql_admin <<SQL
DO \$\$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$PG_ROLE') THEN
    CREATE ROLE $PG_ROLE LOGIN CREATEDB PASSWORD '$PG_PASSWORD';
  ELSE
    ALTER ROLE $PG_ROLE LOGIN CREATEDB PASSWORD '$PG_PASSWORD';
  END IF;
END
\$\$;
SQL
  if [ "$(psql_admin -tAc "SELECT 1 FROM pg_database WHERE datname = '$PG_DATABASE'")" != 1 ]; then
    log "postgres: creating database $PG_DATABASE"
    psql_admin -c "CREATE DATABASE $PG_DATABASE OWNER $PG_ROLE"
  fi
  # Prove that the connection string we print works (TCP + password).
  PGPASSWORD="$PG_PASSWORD" "$PGBIN/psql" -X -q -h 127.0.0.1 -p "$PG_PORT" -U "$PG_ROLE" -d "$PG_DATABASE" \
    -tAc 'SELECT 1' >/dev/null || die "cannot log in as $PG_ROLE over TCP"
  log "postgres: ready"
}

pg_down() {
  PGBIN="$(pg_bin_dir)"
  if [ -n "$PGBIN" ] && pg_running "$PGBIN"; then
    log "postgres: stopping"
    as_postgres "$PGBIN/pg_ctl" stop -D "$PG_DATA" -m fast -w -t "$TIMEOUT" >/dev/null
  else
    log "postgres: not running"
  fi
}

# ---------------------------------------------------------------- commands
print_endpoints() {
  echo "postgres=Host=127.0.0.1;Port=$PG_PORT;Username=$PG_ROLE;Password=$PG_PASSWORD;Database=$PG_DATABASE"
  echo "rabbitmq=amqp://guest:guest@127.0.0.1:$RABBIT_PORT/"
}

cmd_up() {
  [ "$(id -u)" -eq 0 ] || die "run as root"
  install_missing
  pg_up
  rabbit_up
  print_endpoints
}

cmd_down() {
  [ "$(id -u)" -eq 0 ] || die "run as root"
  pg_down
  rabbit_down
}

cmd_status() {
  local rc=0 bin
  bin="$(pg_bin_dir)"
  if [ -n "$bin" ] && pg_ready "$bin"; then
    echo "postgres: up (127.0.0.1:$PG_PORT, data $PG_DATA)"
  else
    echo "postgres: down"
    rc=1
  fi
  if command -v rabbitmq-diagnostics >/dev/null 2>&1 && rabbit_ready; then
    echo "rabbitmq: up (127.0.0.1:$RABBIT_PORT)"
  else
    echo "rabbitmq: down"
    rc=1
  fi
  if command -v ss >/dev/null 2>&1; then
    ss -ltn "( sport = :$PG_PORT or sport = :$RABBIT_PORT )" | sed 's/^/  /'
  fi
  return "$rc"
}

case "${1:-}" in
  up) cmd_up ;;
  down) cmd_down ;;
  status) cmd_status ;;
  *)
    echo "usage: $0 up|down|status" >&2
    exit 2
    ;;
esac
