# Sourced by .ci/run: starts a throwaway PostgreSQL server on 127.0.0.1 for the tests of the
# production database, exports LINSTORJ_TEST_POSTGRES_URL, and stops it when the run ends.
# Needs root (to run the server as the 'postgres' user); without it the PostgreSQL tests skip.
pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ "$(id -u)" = 0 ] && [ -n "$pg_bin" ] && id postgres >/dev/null 2>&1; then
  pg_dir=$(mktemp -d /tmp/linstorj-ci-pg.XXXXXX)
  chown postgres "$pg_dir"
  # The first free port from 55432: several runs on one machine (CI beside a developer's build)
  # must not share, and then stop, one another's server.
  pg_port=55432
  while (exec 3<>"/dev/tcp/127.0.0.1/$pg_port") 2>/dev/null; do
    pg_port=$((pg_port + 1))
  done
  runuser -u postgres -- "$pg_bin/initdb" --auth=trust --username=postgres -D "$pg_dir/data" >/dev/null
  runuser -u postgres -- "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/log" -w \
    -o "-c listen_addresses=127.0.0.1 -p $pg_port -k $pg_dir" start >/dev/null
  stop_postgres() {
    runuser -u postgres -- "$pg_bin/pg_ctl" -D "$pg_dir/data" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$pg_dir"
  }
  trap stop_postgres EXIT
  runuser -u postgres -- "$pg_bin/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -qc "CREATE DATABASE linstorj" >/dev/null
  export LINSTORJ_TEST_POSTGRES_URL="jdbc:postgresql://127.0.0.1:$pg_port/linstorj"
  echo "PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') for the tests at $LINSTORJ_TEST_POSTGRES_URL"
else
  echo "No PostgreSQL server for the tests (needs root and the postgresql package): its tests skip."
fi
