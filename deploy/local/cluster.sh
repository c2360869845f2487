#!/usr/bin/env bash
# Corroboration's distributed mode on one machine: Ingest, Matching and Scoring as separate
# processes (Release builds) over RabbitMQ and PostgreSQL on loopback.
#
#   deploy/local/cluster.sh up [--replicas N] [--no-build] [--own-broker]
#                                   infra.sh up, build once, start the services, wait until each
#                                   is SERVING (grpc.health.v1), then the dashboard (HTTP/1.1, forwarding
#                                   to them), print NAME=URL lines and token=…
#   deploy/local/cluster.sh restart-broker
#                                   stop and start the cluster's own RabbitMQ node (--own-broker)
#   deploy/local/cluster.sh kill NAME    SIGKILL one service (ingest, matching, scoring, matching-2, …)
#   deploy/local/cluster.sh start NAME   start it again on the same port, wait until SERVING
#   deploy/local/cluster.sh status       NAME=URL and whether it is up
#   deploy/local/cluster.sh down         stop every service it started (and RabbitMQ/PostgreSQL
#                                        only if this script's 'up' started them)
#
# --replicas N (1–4, default 1) also starts matching-2 … matching-N and scoring-2 … scoring-N.
# --own-broker runs a private RabbitMQ node for this cluster (node $CORRO_CLUSTER_NODE, default
# corro-cluster@localhost, on a free loopback port, data in the state folder), so the broker can
# be restarted without disturbing anyone else using the machine's RabbitMQ (fault tests do).
# State (ports, pids, logs, the signing key) lives in $CORRO_CLUSTER_DIR (default
# /tmp/corro-cluster), never in the repository. Each 'up' recreates the PostgreSQL database
# $CORRO_CLUSTER_DB (default corro_cluster) and uses its own RabbitMQ virtual host
# $CORRO_CLUSTER_VHOST (default corro-cluster), so a cluster shares no state with the tests.
# Run as root (infra.sh installs and starts RabbitMQ and PostgreSQL; rabbitmqctl needs it).
set -euo pipefail

ROOT="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)"
STATE="${CORRO_CLUSTER_DIR:-/tmp/corro-cluster}"
DB_NAME="${CORRO_CLUSTER_DB:-corro_cluster}"
VHOST="${CORRO_CLUSTER_VHOST:-corro-cluster}"
PG_PORT="${CORRO_PG_PORT:-55432}"
TIMEOUT="${CORRO_CLUSTER_TIMEOUT:-120}"
CONFIGURATION=Release
# What infra.sh creates on loopback: local-development defaults, not secrets.
PG_CONNECTION="Host=127.0.0.1;Port=$PG_PORT;Username=corro;Password=corro;Database=$DB_NAME"
CORRO_DLL="$ROOT/services/Corroboration.Cli/bin/$CONFIGURATION/net10.0/corro.dll"

log() { printf '[cluster] %s\n' "$*" >&2; }
die() { printf '[cluster] ERROR: %s\n' "$*" >&2; exit 1; }

corro() { dotnet "$CORRO_DLL" "$@"; }

# matching-2 → Matching, ingest → Ingest
project_of() {
  local base="${1%%-*}"
  case "$base" in
    ingest | matching | scoring | dashboard) printf 'Corroboration.%s' "${base^}" ;;
    *) die "unknown service '$1' (ingest, matching, scoring, matching-2, scoring-2, …, dashboard)" ;;
  esac
}

pid_of() { cat "$STATE/$1.pid" 2>/dev/null || true; }

# A service's process group (its supervising shell and dotnet) has a live member. A killed one
# that nobody has reaped yet is a zombie: kill -0 still finds it, but it is gone. The leader is
# looked at first: just started, it may not have made its group yet.
running() {
  local pgid stat line fields
  pgid="$(pid_of "$1")"
  [ -n "$pgid" ] || return 1
  for stat in "/proc/$pgid/stat" /proc/[0-9]*/stat; do
    read -r line 2>/dev/null <"$stat" || continue
    read -ra fields <<<"${line##*) }" # state, ppid, pgrp, … after "(comm)"
    if [ "${fields[0]}" != Z ] && { [ "$stat" = "/proc/$pgid/stat" ] || [ "${fields[2]:-}" = "$pgid" ]; }; then
      return 0
    fi
  done
  return 1
}

# A service runs as the leader of a process group of its own (setsid), so signalling the group
# reaches it wherever it is in its loop: when it ends with the bus watchdog's exit code (75: its
# bus cannot recover though the broker answers) it is started again, as compose's restart policy does.
supervise() {
  exec setsid bash -c 'while :; do
      dotnet "$1" && exit 0
      rc=$?
      [ "$rc" -eq 75 ] || exit "$rc"
      printf "[cluster] exit code 75 (bus watchdog): starting it again\n"
    done' supervise "$1"
}

names() {
  local f
  for f in "$STATE"/*.port; do
    [ -e "$f" ] && basename "$f" .port
  done
}

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Ports come from below the kernel's ephemeral range: a port picked from inside it can be taken by
# an outgoing connection (a service's pool to PostgreSQL or RabbitMQ) before its service binds it.
free_port() {
  local port i taken low
  low="$(awk '{print $1}' /proc/sys/net/ipv4/ip_local_port_range 2>/dev/null || printf 32768)"
  [ "$low" -gt 12000 ] || die "the ephemeral port range starts at $low: no room below it for the cluster's ports"
  for ((i = 0; i < 200; i++)); do
    port=$((10000 + RANDOM % (low - 10000)))
    taken="$(cat "$STATE"/*.port 2>/dev/null || true)"
    if ! port_in_use "$port" && ! grep -qx "$port" <<<"$taken"; then
      printf '%s' "$port"
      return 0
    fi
  done
  die "no free loopback port found"
}

# ---------------------------------------------------------------- infrastructure
# Like infra.sh with RabbitMQ: stop on 'down' only what this script's 'up' started. Listening
# ports are the test (infra.sh status can time out on a busy machine and say "down").
infra_up() {
  if port_in_use "$PG_PORT" && port_in_use 5672; then
    log "RabbitMQ and PostgreSQL already running: leaving them to whoever started them"
  else
    bash "$ROOT/deploy/local/infra.sh" up >/dev/null
    touch "$STATE/infra.started"
  fi
}

database_up() {
  local psql
  psql="$(ls /usr/lib/postgresql/*/bin/psql 2>/dev/null | sort -V | tail -n 1)"
  [ -n "$psql" ] || die "psql not found"
  log "postgres: recreating database $DB_NAME"
  PGPASSWORD=corro PGOPTIONS='-c client_min_messages=warning' "$psql" -X -q -h 127.0.0.1 -p "$PG_PORT" -U corro -d corroboration \
    -c "DROP DATABASE IF EXISTS \"$DB_NAME\" WITH (FORCE)" -c "CREATE DATABASE \"$DB_NAME\"" >/dev/null
}

vhost_up() {
  if rabbitmqctl -q add_vhost "$VHOST" >/dev/null 2>&1 || rabbitmqctl -q list_vhosts 2>/dev/null | grep -qx "$VHOST"; then
    rabbitmqctl -q set_permissions -p "$VHOST" guest '.*' '.*' '.*' >/dev/null
    log "rabbitmq: virtual host $VHOST"
  else
    log "rabbitmq: cannot create virtual host $VHOST (not root?); using /"
    VHOST=/
  fi
  printf '%s' "$VHOST" >"$STATE/vhost"
}

# A fresh random HS256 key per cluster, readable by this user only.
signing_key() {
  if [ ! -s "$STATE/signing.key" ]; then
    (umask 077 && head -c 48 /dev/urandom | base64 | tr -d '\n/+=' >"$STATE/signing.key")
  fi
  cat "$STATE/signing.key"
}

# ---------------------------------------------------------------- own broker
NODE="${CORRO_CLUSTER_NODE:-corro-cluster@localhost}"

own_broker() { [ -e "$STATE/broker.amqp-port" ]; }

# rabbitmq-env.conf names the machine's node; RABBITMQ_* variables take precedence over it.
with_own_node() {
  RABBITMQ_NODENAME="$NODE" RABBITMQ_NODE_IP_ADDRESS=127.0.0.1 RABBITMQ_NODE_PORT="$(cat "$STATE/broker.amqp-port")" \
    RABBITMQ_DIST_PORT="$(cat "$STATE/broker.dist-port")" RABBITMQ_MNESIA_BASE="$STATE/rabbitmq/mnesia" \
    RABBITMQ_LOG_BASE="$STATE/rabbitmq/log" RABBITMQ_PID_FILE="$STATE/rabbitmq/node.pid" "$@"
}

broker_start() {
  local i
  mkdir -p "$STATE/rabbitmq/mnesia" "$STATE/rabbitmq/log"
  chown -R rabbitmq:rabbitmq "$STATE/rabbitmq" 2>/dev/null || true
  chmod 711 "$STATE"
  log "rabbitmq: starting own node $NODE on 127.0.0.1:$(cat "$STATE/broker.amqp-port")"
  (cd / && with_own_node rabbitmq-server -detached >/dev/null 2>&1)
  for ((i = 0; i < TIMEOUT; i++)); do
    rabbitmq-diagnostics -q -n "$NODE" ping >/dev/null 2>&1 && rabbitmq-diagnostics -q -n "$NODE" check_port_connectivity >/dev/null 2>&1 && return 0
    sleep 1
  done
  die "own RabbitMQ node $NODE did not start (logs: $STATE/rabbitmq/log)"
}

broker_stop() {
  rabbitmqctl -q -n "$NODE" stop >/dev/null 2>&1 || true
  log "rabbitmq: own node $NODE stopped"
}

bus_port() { if own_broker; then cat "$STATE/broker.amqp-port"; else printf 5672; fi; }

# ---------------------------------------------------------------- services
start_service() {
  local name="$1" port project dll
  port="$(cat "$STATE/$name.port")"
  project="$(project_of "$name")"
  dll="$ROOT/services/$project/bin/$CONFIGURATION/net10.0/$project.dll"
  [ -f "$dll" ] || die "$dll not built (run 'up' without --no-build)"
  log "$name: starting on 127.0.0.1:$port"
  if [ "$name" = dashboard ]; then
    start_dashboard "$dll" "$port"
    return
  fi
  (
    cd "$(dirname "$dll")"
    export Urls="http://127.0.0.1:$port" \
      ASPNETCORE_ENVIRONMENT=Production \
      DOTNET_gcServer=0 \
      Database__Provider=postgres \
      Database__ConnectionString="$PG_CONNECTION" \
      Bus__Transport=rabbitmq \
      Bus__Host=127.0.0.1 \
      Bus__Port="$(bus_port)" \
      Bus__VirtualHost="$(cat "$STATE/vhost")" \
      Bus__Username=guest \
      Bus__Password=guest \
      Auth__SigningKey="$(signing_key)"
    supervise "$dll"
  ) >>"$STATE/$name.log" 2>&1 </dev/null &
  printf '%s' "$!" >"$STATE/$name.pid"
}

# The dashboard serves the web app and forwards its HTTP/JSON calls to the first replica of each service.
start_dashboard() {
  local dll="$1" port="$2"
  (
    cd "$(dirname "$dll")"
    export Urls="http://127.0.0.1:$port" \
      ASPNETCORE_ENVIRONMENT=Production \
      DOTNET_gcServer=0 \
      Dashboard__Ingest="http://127.0.0.1:$(cat "$STATE/ingest.port")" \
      Dashboard__Matching="http://127.0.0.1:$(cat "$STATE/matching.port")" \
      Dashboard__Scoring="http://127.0.0.1:$(cat "$STATE/scoring.port")"
    supervise "$dll"
  ) >>"$STATE/dashboard.log" 2>&1 </dev/null &
  printf '%s' "$!" >"$STATE/dashboard.pid"
}

# grpc.health.v1 for the services; GET /healthz (HTTP/1.1) for the dashboard.
healthy() {
  local name="$1" port
  port="$(cat "$STATE/$name.port")"
  if [ "$name" = dashboard ]; then
    (exec 3<>"/dev/tcp/127.0.0.1/$port" && printf 'GET /healthz HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n' >&3 && head -n 1 <&3 | grep -q ' 200 ') 2>/dev/null
  else
    corro health --url "http://127.0.0.1:$port" --timeout 2 >/dev/null 2>&1
  fi
}

wait_healthy() {
  local name="$1" port i
  port="$(cat "$STATE/$name.port")"
  for ((i = 0; i < TIMEOUT; i++)); do
    running "$name" || { tail -n 40 "$STATE/$name.log" >&2; die "$name exited before it was healthy (log: $STATE/$name.log)"; }
    if healthy "$name"; then
      log "$name: SERVING"
      return 0
    fi
    sleep 1
  done
  tail -n 40 "$STATE/$name.log" >&2
  die "$name not SERVING within ${TIMEOUT}s (log: $STATE/$name.log)"
}

print_endpoint() { printf '%s=http://127.0.0.1:%s\n' "$1" "$(cat "$STATE/$1.port")"; }

# Printed only once 'corro token' exists (it comes with the authentication work).
print_token() {
  local token
  if token="$(corro token --signing-key "$(signing_key)" --roles ingest,analyst,reader 2>/dev/null)"; then
    printf 'token=%s\n' "$token"
  else
    log "no 'corro token' command in this build: no token printed"
  fi
}

stop_service() {
  local name="$1" pid i
  pid="$(pid_of "$name")"
  if running "$name"; then
    kill -TERM -- "-$pid" 2>/dev/null || true
    for ((i = 0; i < 20; i++)); do
      running "$name" || break
      sleep 0.5
    done
    kill -KILL -- "-$pid" 2>/dev/null || true
    log "$name: stopped"
  fi
  rm -f "$STATE/$name.pid"
}

# ---------------------------------------------------------------- commands
cmd_up() {
  local replicas=1 build=1 own=0
  while [ $# -gt 0 ]; do
    case "$1" in
      --replicas)
        replicas="${2:-}"
        shift 2 || die "--replicas needs a number"
        ;;
      --no-build) build=0 && shift ;;
      --own-broker) own=1 && shift ;;
      *) usage ;;
    esac
  done
  [[ "$replicas" =~ ^[1-4]$ ]] || die "--replicas must be 1 to 4, not '$replicas'"
  mkdir -p "$STATE"
  chmod 700 "$STATE"
  local name
  for name in $(names); do
    running "$name" && die "$name is already running (pid $(pid_of "$name")): '$0 down' first"
  done
  rm -f "$STATE"/*.port "$STATE"/*.pid "$STATE/signing.key" "$STATE/broker.dist-port" "$STATE/broker.amqp-port"
  rm -rf "$STATE/rabbitmq"

  if [ "$build" -eq 1 ]; then
    log "building $CONFIGURATION (services and corro)"
    dotnet build "$ROOT/services/Corroboration.Cli/Corroboration.Cli.csproj" -c "$CONFIGURATION" -v q -nologo >&2
    dotnet build "$ROOT/services/Corroboration.Dashboard/Corroboration.Dashboard.csproj" -c "$CONFIGURATION" -v q -nologo >&2
  fi
  infra_up
  database_up
  if [ "$own" -eq 1 ]; then
    free_port >"$STATE/broker.amqp-port"
    free_port >"$STATE/broker.dist-port"
    broker_start
    printf / >"$STATE/vhost"
  else
    vhost_up
  fi

  local all=(ingest matching scoring) i
  for ((i = 2; i <= replicas; i++)); do
    all+=("matching-$i" "scoring-$i")
  done
  for name in "${all[@]}"; do
    free_port >"$STATE/$name.port"
  done
  # Ingest first: its migrations then run alone; the others follow once it is healthy.
  start_service ingest
  wait_healthy ingest
  for name in "${all[@]:1}"; do
    start_service "$name"
  done
  for name in "${all[@]:1}"; do
    wait_healthy "$name"
  done
  all+=(dashboard)
  free_port >"$STATE/dashboard.port"
  start_service dashboard
  wait_healthy dashboard
  for name in "${all[@]}"; do
    print_endpoint "$name"
  done
  print_token
}

cmd_kill() {
  local name="${1:-}"
  [ -n "$name" ] || usage
  [ -e "$STATE/$name.port" ] || die "no service '$name' in $STATE"
  running "$name" || die "$name is not running"
  kill -KILL -- "-$(pid_of "$name")"
  log "$name: SIGKILL sent to process group $(pid_of "$name")"
  # SIGKILL is delivered asynchronously: return once the process is really gone, so that a
  # 'start' right after it does not find it still running.
  local i
  for ((i = 0; i < 100; i++)); do
    running "$name" || return 0
    sleep 0.1
  done
  die "$name (pid $(pid_of "$name")) still running 10 s after SIGKILL"
}

cmd_start() {
  local name="${1:-}"
  [ -n "$name" ] || usage
  [ -e "$STATE/$name.port" ] || die "no service '$name' in $STATE (start the cluster with 'up')"
  running "$name" && die "$name is already running (pid $(pid_of "$name"))"
  start_service "$name"
  wait_healthy "$name"
  print_endpoint "$name"
}

cmd_restart_broker() {
  own_broker || die "this cluster uses the machine's RabbitMQ; restart-broker needs 'up --own-broker'"
  broker_stop
  broker_start
  log "rabbitmq: own node $NODE restarted"
}

cmd_status() {
  local name rc=0
  for name in $(names); do
    if running "$name" && healthy "$name"; then
      printf '%s up (pid %s)\n' "$(print_endpoint "$name")" "$(pid_of "$name")"
    else
      printf '%s down\n' "$(print_endpoint "$name")"
      rc=1
    fi
  done
  return "$rc"
}

cmd_down() {
  local name
  for name in $(names); do
    stop_service "$name"
  done
  if own_broker; then
    broker_stop
  fi
  rm -f "$STATE"/*.port "$STATE/signing.key" "$STATE/vhost" "$STATE/broker.dist-port" "$STATE/broker.amqp-port"
  if [ -e "$STATE/infra.started" ]; then
    bash "$ROOT/deploy/local/infra.sh" down
    rm -f "$STATE/infra.started"
  fi
  log "down (logs kept in $STATE)"
}

usage() {
  echo "usage: $0 up [--replicas N] [--no-build] [--own-broker] | kill NAME | start NAME | restart-broker | status | down" >&2
  exit 2
}

command="${1:-}"
shift || true
case "$command" in
  up) cmd_up "$@" ;;
  kill) cmd_kill "$@" ;;
  start) cmd_start "$@" ;;
  restart-broker) cmd_restart_broker ;;
  status) cmd_status ;;
  down) cmd_down ;;
  *) usage ;;
esac
