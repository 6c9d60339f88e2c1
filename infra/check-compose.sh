#!/usr/bin/env bash
# Validates docker-compose.yml (and the EventStoreDB override) without a Docker engine, with
# whichever Compose is installed: the `docker compose` plugin (v2) or Debian's docker-compose 1.29
# (apt-get install docker-compose). Skips, saying so, when neither is installed.
set -euo pipefail
cd "$(dirname "$0")/.."

if docker compose version >/dev/null 2>&1; then
  compose=(docker compose)
elif command -v docker-compose >/dev/null 2>&1; then
  compose=(docker-compose)
else
  echo "check-compose: SKIPPED, neither 'docker compose' nor 'docker-compose' is installed" >&2
  echo "  (Debian: apt-get install -y docker-compose)" >&2
  exit 0
fi

check() {
  echo "check-compose: ${compose[*]} $*"
  "${compose[@]}" "$@" config -q
}

check -f docker-compose.yml
check -f docker-compose.yml --profile eventstoredb
check -f docker-compose.yml -f infra/compose.eventstoredb.yml --profile eventstoredb
check -f docker-compose.yml --profile plattform

# Every profile on: docker-compose 1.29 lists every service whatever the profiles, v2 only active ones.
services=$("${compose[@]}" -f docker-compose.yml --profile eventstoredb --profile plattform config --services | sort | tr '\n' ' ')
expected='api eventstoredb front plattform-db-1 plattform-db-2 postgres redis worker '
if [ "$services" != "$expected" ]; then
  echo "check-compose: expected services '$expected', got '$services'" >&2
  exit 1
fi
echo "check-compose: OK"
