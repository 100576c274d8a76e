# Shared helpers for the scripts in this folder. Source it; do not run it.
#
# The local cluster lives in .local/pg (ignored by git): data in .local/pg/data,
# the Unix socket in .local/pg/run. No TCP port is opened and no system service
# is touched. As root, the server runs as the `postgres` system user, because
# initdb and postgres refuse to run as root.

set -euo pipefail

ENGAGE_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

# The cluster's folder: ENGAGE_PG_DIR, else .local/pg in the repository — unless, as root, the
# postgres user cannot reach it (a private parent such as /root) or the socket path would be too
# long; then a folder in /tmp named after the repository's path, so each checkout keeps its own.
# ENGAGE_PG_DIR may be relative to the current folder; it is made absolute, since the server's
# commands run from / (see as_pg_owner).
pg_dir() {
    if [ -n "${ENGAGE_PG_DIR:-}" ]; then
        case $ENGAGE_PG_DIR in /*) echo "$ENGAGE_PG_DIR" ;; *) echo "$PWD/$ENGAGE_PG_DIR" ;; esac
        return
    fi
    local local_dir=$ENGAGE_ROOT/.local/pg
    local reachable=1
    if [ "$(id -u)" -eq 0 ] && id postgres >/dev/null 2>&1; then
        (cd / && runuser -u postgres -- test -x "$ENGAGE_ROOT") 2>/dev/null || reachable=0
    fi
    if [ "$reachable" -eq 1 ] && [ ${#local_dir} -lt 90 ]; then
        echo "$local_dir"
    else
        echo "${TMPDIR:-/tmp}/engage-pg-$(printf '%s' "$ENGAGE_ROOT" | md5sum | cut -c1-12)"
    fi
}
PG_DIR=$(pg_dir)
PG_DATA=$PG_DIR/data
PG_SOCKET=$PG_DIR/run
PG_LOG=$PG_DIR/server.log
PG_SUPERUSER=engage
ENGAGE_DB=${ENGAGE_DB:-engage}

say() { printf '==> %s\n' "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

# Installs what a fresh Debian machine lacks: the PostgreSQL server and libpq's headers.
ensure_packages() {
    local missing=()
    compgen -G "/usr/lib/postgresql/*/bin/pg_ctl" >/dev/null || missing+=(postgresql)
    [ -f /usr/include/postgresql/libpq-fe.h ] || missing+=(libpq-dev)
    command -v pkg-config >/dev/null || missing+=(pkg-config)
    [ ${#missing[@]} -eq 0 ] && return 0
    say "installing ${missing[*]}"
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
    command -v swift >/dev/null || die "no Swift toolchain on PATH: install Swift 6 from swift.org first"
}

# Makes sure COMMAND is on the PATH: as root, installs the Debian PACKAGE that has it with apt-get;
# otherwise (or when that fails) says in one line how to install it and exits 69 (EX_UNAVAILABLE).
ensure_command() { # command, Debian package
    local command=$1 package=$2
    command -v "$command" >/dev/null && return 0
    if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
        say "installing $package (for $command)"
        { apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$package" >/dev/null; } || true
        command -v "$command" >/dev/null && return 0
    fi
    printf 'error: %s is not installed: apt-get install %s\n' "$command" "$package" >&2
    exit 69
}

pg_bindir() {
    local dir
    dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
    [ -n "$dir" ] || die "PostgreSQL server binaries not found under /usr/lib/postgresql"
    printf '%s\n' "$dir"
}

# The path of a PostgreSQL client program (pg_dump, pg_restore, psql): the one in pg_bindir's
# folder (the newest server installed) when there is one, else the one on the PATH. When neither
# exists, installs Debian's postgresql-client (as root, or through sudo).
pg_client() {
    local name=$1 dir
    for _ in 1 2; do
        dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
        if [ -n "$dir" ] && [ -x "$dir/$name" ]; then echo "$dir/$name"; return 0; fi
        if command -v "$name" >/dev/null; then command -v "$name"; return 0; fi
        say "installing postgresql-client (for $name)"
        local sudo=""
        [ "$(id -u)" -eq 0 ] || sudo="sudo"
        { $sudo apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq postgresql-client >/dev/null; } ||
            die "$name is not installed and apt-get install postgresql-client failed"
    done
    die "$name is not installed: apt-get install postgresql-client"
}

# Runs a server-side command as the unprivileged owner of the cluster. As root it runs as
# `postgres` from /, not from the caller's folder: a checkout under /root is a folder postgres
# cannot enter, and initdb, pg_ctl and postgres would each complain `could not change directory
# to "…": Permission denied` (every path they are given is absolute).
as_pg_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        (cd / && runuser -u postgres -- "$@")
    else
        "$@"
    fi
}

# The environment under which libpq (and so `engage`) finds the local cluster.
pg_env() {
    export PGHOST=$PG_SOCKET PGUSER=$PG_SUPERUSER PGDATABASE=$ENGAGE_DB
    unset PGPORT PGPASSWORD DATABASE_URL
}

pg_is_running() {
    [ -S "$PG_SOCKET/.s.PGSQL.5432" ] && "$(pg_bindir)/pg_isready" -q -h "$PG_SOCKET" -U "$PG_SUPERUSER" -d postgres
}

# Creates (once) and starts the cluster. Idempotent.
pg_start() {
    local bin
    bin=$(pg_bindir)
    if pg_is_running; then return 0; fi
    [ ${#PG_SOCKET} -lt 100 ] || die "socket path too long for a Unix socket ($PG_SOCKET); set ENGAGE_PG_DIR to a shorter folder"
    mkdir -p "$PG_DIR"
    if [ "$(id -u)" -eq 0 ]; then
        chown postgres: "$PG_DIR"
        as_pg_owner test -w "$PG_DIR" ||
            die "the postgres user cannot write $PG_DIR; set ENGAGE_PG_DIR to a folder it can reach, e.g. /tmp/engage-pg"
    fi
    if [ ! -f "$PG_DATA/PG_VERSION" ]; then
        say "creating a local PostgreSQL cluster in ${PG_DATA#"$ENGAGE_ROOT"/}"
        as_pg_owner "$bin/initdb" -D "$PG_DATA" -U "$PG_SUPERUSER" --auth=trust \
            --encoding=UTF8 --locale=C.UTF-8 >/dev/null
    fi
    as_pg_owner mkdir -p "$PG_SOCKET"
    say "starting PostgreSQL (socket in ${PG_SOCKET#"$ENGAGE_ROOT"/})"
    # A throwaway development cluster: durability settings are traded for speed.
    as_pg_owner "$bin/pg_ctl" -D "$PG_DATA" -l "$PG_LOG" -w -t 60 start -o \
        "-c listen_addresses='' -c unix_socket_directories='$PG_SOCKET' -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" >/dev/null ||
        { tail -n 20 "$PG_LOG" >&2 || true; die "PostgreSQL did not start; its log is $PG_LOG"; }
}

pg_stop() {
    [ -f "$PG_DATA/postmaster.pid" ] || return 0
    say "stopping PostgreSQL"
    as_pg_owner "$(pg_bindir)/pg_ctl" -D "$PG_DATA" -m fast -w stop >/dev/null
}

# Creates the named database when it does not exist yet.
pg_ensure_database() {
    local name=$1
    local exists
    exists=$(psql -h "$PG_SOCKET" -U "$PG_SUPERUSER" -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$name'")
    [ "$exists" = 1 ] || psql -h "$PG_SOCKET" -U "$PG_SUPERUSER" -d postgres -qc "CREATE DATABASE \"$name\"" >/dev/null
}

# Builds the release engage the benchmarks time, with the Swift runtime linked statically (as for
# an installed engage: resolving its symbols in shared libraries at every start costs more than
# the rest of a short command), in .build-static; prints its path. Dies, showing the compiler's
# errors, when the build fails, so a benchmark never times a stale binary.
build_release_engage() {
    local log
    log=$(mktemp)
    say "building engage (release, static Swift runtime, in .build-static)"
    if ! swift build -c release --product engage --static-swift-stdlib --scratch-path "$ENGAGE_ROOT/.build-static" >"$log" 2>&1; then
        grep -E 'error' "$log" | head -n 20 >&2
        rm -f "$log"
        die "the release build failed: swift build -c release --product engage --static-swift-stdlib --scratch-path .build-static"
    fi
    rm -f "$log"
    echo "$ENGAGE_ROOT/.build-static/release/engage"
}
