#!/usr/bin/env bash
# Prints a new API token for scripts: signs in to the admin with the form as USER (default admin),
# whose password is read from SAOLA_PASSWORD (never from the command line), and makes a token on
# /admin/tokens. Usage: SAOLA_PASSWORD=… bench/api-token.sh http://localhost:8080 [name] [ADMIN|EDITOR] [user]
set -euo pipefail
URL=${1:?usage: api-token.sh URL [name] [role] [user]}
NAME=${2:-script $(date +%F)}
ROLE=${3:-ADMIN}
USER_NAME=${4:-admin}
: "${SAOLA_PASSWORD:?set SAOLA_PASSWORD to the password of that account}"
JAR=$(mktemp)
trap 'rm -f "$JAR"' EXIT
csrf() { sed -nE 's/.*name="_csrf" value="([^"]+)".*/\1/p' | head -1; }
form=$(curl -s -c "$JAR" -b "$JAR" "$URL/admin/login" | csrf)
status=$(printf %s "$SAOLA_PASSWORD" | curl -s -o /dev/null -w '%{http_code}' -c "$JAR" -b "$JAR" \
  --data-urlencode "_csrf=$form" --data-urlencode "username=$USER_NAME" --data-urlencode "password@-" "$URL/admin/login")
[ "$status" = 303 ] || { echo "sign-in as $USER_NAME refused ($status)" >&2; exit 1; }
form=$(curl -s -b "$JAR" "$URL/admin/tokens" | csrf)
curl -s -b "$JAR" --data-urlencode "_csrf=$form" --data-urlencode "name=$NAME" --data-urlencode "role=$ROLE" \
  --data-urlencode "days=" "$URL/admin/tokens" | sed -nE 's/.*class="token-secret"[^>]*value="([^"]+)".*/\1/p' | head -1 | grep . \
  || { echo "no token made (is $USER_NAME an administrator?)" >&2; exit 1; }
