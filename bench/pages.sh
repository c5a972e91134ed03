#!/usr/bin/env bash
# Page benchmark: start-up time of the run command, WAR size, resident memory, then in one run
# nginx serving the article's own bytes as a static file (the limit) and Saola serving the
# article, the home page and a category page, each Saola figure also as a share of nginx's; and the
# ceiling for anything on Payara Micro, a one-servlet WAR writing the same bytes from memory.
# Needs Debian's wrk and nginx (installed when missing).
#
#   bench/pages.sh            # prints the figures recorded in docs/benchmarks.md
#
# It runs the README's run command itself (twice: the second start, build cached, is the one
# reported), on a throw-away data folder and port, and stops the servers at the end. Pages are
# asked for as an anonymous reader's browser asks (a User-Agent, so every request is a view).
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${BENCH_PORT:-18080}
DURATION=${BENCH_DURATION:-20s}
# On 2 cores the JIT needs about two minutes of load to finish compiling the request path:
# measured on a fresh server, 10 s rounds went 205, 276, 295 … 745, 850, then ~1,150-1,220 req/s.
WARMUP=${BENCH_WARMUP:-150s}
DATA=$(mktemp -d /tmp/saola-bench.XXXXXX)
LOG="$DATA/server.log"
export SAOLA_DATA_DIR="$DATA/data" SAOLA_HTTP_PORT=$PORT SAOLA_ADMIN_PASSWORD=bench-password-$RANDOM$RANDOM

NGINX_PORT=${BENCH_NGINX_PORT:-18081}
READER="Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0"

command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
[ -x /usr/sbin/nginx ] || { apt-get update -qq && apt-get install -y -qq nginx-light >/dev/null; }

server_pid() { pgrep -f "payara-micro.jar --deploy .*--port $PORT" || true; }
stop_server() {
  local pid; pid=$(server_pid)
  [ -n "$pid" ] && kill "$pid" && while kill -0 "$pid" 2>/dev/null; do sleep 0.5; done
  [ -n "${MVN_PID:-}" ] && wait "$MVN_PID" 2>/dev/null || true
}
stop_all() {
  [ -f "$DATA/nginx.pid" ] && kill "$(cat "$DATA/nginx.pid")" 2>/dev/null || true
  [ -n "${CEILING_PID:-}" ] && kill "$CEILING_PID" 2>/dev/null || true
  stop_server
}
trap stop_all EXIT

start_and_time() {
  local start end
  start=$(date +%s.%N)
  mvn -q -Prun package >"$LOG" 2>&1 &
  MVN_PID=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$PORT/vi/")" = 200 ]; do
    kill -0 "$MVN_PID" 2>/dev/null || { echo "server died, see $LOG" >&2; exit 1; }
    sleep 0.2
  done
  end=$(date +%s.%N)
  awk -v a="$start" -v b="$end" 'BEGIN { printf "%.1f", b - a }'
}

mvn -q -DskipTests package   # build once, so both starts below find the build cached
first=$(start_and_time)
stop_server
second=$(start_and_time)

pid=$(server_pid)
rss_kb=$(ps -o rss= -p "$pid" | tr -d ' ')
war_bytes=$(stat -c %s target/saola.war)

base="http://localhost:$PORT"
article=$(curl -s "$base/vi/" | grep -o '/vi/bai-viet/so-cong-thuong[^"]*' | head -1)
category=$(curl -s "$base/vi/" | grep -o '/vi/chuyen-muc/[^"]*' | head -1)

# nginx serves the article's bytes, as a reader gets them, from a file
mkdir -p "$DATA/static"
chmod 755 "$DATA" "$DATA/static"    # nginx's workers run as another user
curl -s -A "$READER" "$base$article" -o "$DATA/static/article.html"
gzip -9 -k "$DATA/static/article.html"   # what nginx sends to whoever takes gzip (gzip_static)
chmod 644 "$DATA/static/article.html" "$DATA/static/article.html.gz"
cat >"$DATA/nginx.conf" <<CONF
worker_processes auto;
pid $DATA/nginx.pid;
error_log $DATA/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  default_type text/html;
  gzip_static on;
  server {
    listen $NGINX_PORT;
    root $DATA/static;
  }
}
CONF
/usr/sbin/nginx -c "$DATA/nginx.conf"
sleep 1

# The ceiling for anything running on Payara Micro: a WAR of one servlet writing the same bytes
# (and the same gzip) from memory, on the same Payara Micro and settings, measured in the same run.
CEILING_PORT=${BENCH_CEILING_PORT:-18082}
mkdir -p "$DATA/ceiling/war/WEB-INF/classes"
cat >"$DATA/ceiling/SameBytes.java" <<'JAVA'
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

@WebServlet("/article.html")
public class SameBytes extends HttpServlet {
    private static final byte[] PLAIN = read("");
    private static final byte[] GZIP = read(".gz");

    private static byte[] read(String suffix) {
        try {
            return Files.readAllBytes(Path.of(System.getProperty("bench.static"), "article.html" + suffix));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String accepts = request.getHeader("Accept-Encoding");
        boolean gzip = accepts != null && accepts.contains("gzip");
        byte[] body = gzip ? GZIP : PLAIN;
        response.setContentType("text/html;charset=UTF-8");
        if (gzip) {
            response.setHeader("Content-Encoding", "gzip");
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
JAVA
mvn -q dependency:build-classpath -Dmdep.includeScope=provided -Dmdep.outputFile="$DATA/ceiling/classpath" >/dev/null
javac -cp "$(cat "$DATA/ceiling/classpath")" -d "$DATA/ceiling/war/WEB-INF/classes" "$DATA/ceiling/SameBytes.java"
(cd "$DATA/ceiling/war" && jar cf ../same-bytes.war .)
java -Dbench.static="$DATA/static" -jar target/payara-micro.jar --deploy "$DATA/ceiling/same-bytes.war" \
  --contextroot / --port "$CEILING_PORT" --nocluster --prebootcommandfile config/payara-preboot.asadmin \
  --rootdir "$DATA/ceiling/root" >"$DATA/ceiling/server.log" 2>&1 &
CEILING_PID=$!
until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$CEILING_PORT/article.html")" = 200 ]; do
  kill -0 "$CEILING_PID" 2>/dev/null || { echo "the one-servlet WAR did not start, see $DATA/ceiling/server.log" >&2; exit 1; }
  sleep 0.5
done
curl -s -o /dev/null -w 'nginx: article bytes %{http_code}, %{size_download} bytes\n' "http://localhost:$NGINX_PORT/article.html"
curl -s -o /dev/null -w 'Saola: article page %{http_code}, %{size_download} bytes\n' -A "$READER" "$base$article"

wrk -t2 -c16 -d60s -H "User-Agent: $READER" "http://localhost:$CEILING_PORT/article.html" >/dev/null
wrk -t2 -c16 -d"$WARMUP" -H "User-Agent: $READER" "$base$article" >/dev/null    # warm-up: JIT and caches
wrk -t2 -c16 -d20s -H "User-Agent: $READER" "$base/vi/" >/dev/null
wrk -t2 -c16 -d20s -H "User-Agent: $READER" "$base$category" >/dev/null

measure() { wrk -t2 -c16 -d"$DURATION" --latency -H "User-Agent: $READER" "$@"; }
rate() { echo "$1" | awk '/Requests\/sec/ {print $2}'; }
pct() { echo "$1" | awk -v p="$2" '$1==p {print $2}'; }
limit=$(measure "http://localhost:$NGINX_PORT/article.html")
ceiling=$(measure "http://localhost:$CEILING_PORT/article.html")
saola_article=$(measure "$base$article")
saola_home=$(measure "$base/vi/")
saola_category=$(measure "$base$category")
GZIP="Accept-Encoding: gzip"
limit_gzip=$(measure -H "$GZIP" "http://localhost:$NGINX_PORT/article.html")
ceiling_gzip=$(measure -H "$GZIP" "http://localhost:$CEILING_PORT/article.html")
saola_article_gzip=$(measure -H "$GZIP" "$base$article")
saola_home_gzip=$(measure -H "$GZIP" "$base/vi/")
share() { awk -v a="$(rate "$1")" -v b="$(rate "${2:-$limit}")" 'BEGIN { printf "%.1f %%", 100 * a / b }'; }
line() { printf '%-34s %10s req/s  p50 %-9s p99 %-9s %s\n' "$1" "$(rate "$2")" "$(pct "$2" 50%)" "$(pct "$2" 99%)" "$3"; }

echo
echo "== Saola page figures ($(date -u +%Y-%m-%d), $(nproc) cores shared by wrk, nginx and Saola)"
echo "run command to first 200 on /vi/: first start $first s, second start $second s"
awk -v b="$war_bytes" 'BEGIN { printf "WAR size: %.1f MB\n", b / 1000000 }'
printf 'resident memory after start: %d MB\n' $((rss_kb / 1024))
echo "wrk -t2 -c16 -d$DURATION after warm-ups ($WARMUP on the article, 20 s on the others):"
line "nginx, the article's bytes (file)" "$limit" "(the limit)"
line "Payara Micro, one servlet, same bytes" "$ceiling" "$(share "$ceiling") of nginx (the ceiling on Payara)"
line "Saola, article" "$saola_article" "$(share "$saola_article") of nginx, $(share "$saola_article" "$ceiling") of the ceiling"
line "Saola, home /vi/" "$saola_home" "$(share "$saola_home") of nginx"
line "Saola, category" "$saola_category" "$(share "$saola_category") of nginx"
echo "the same with Accept-Encoding: gzip (nginx: gzip_static, the file gzipped -9; Saola: its kept gzip):"
curl -s -o /dev/null -w "  sizes: nginx %{size_download} bytes, " -H "$GZIP" "http://localhost:$NGINX_PORT/article.html"
curl -s -o /dev/null -w "Saola %{size_download} bytes\n" -H "$GZIP" -A "$READER" "$base$article"
line "nginx, the article gzipped (file)" "$limit_gzip" "(the limit)"
line "Payara Micro, one servlet, gzip" "$ceiling_gzip" "$(share "$ceiling_gzip" "$limit_gzip") of nginx (the ceiling on Payara)"
line "Saola, article, gzip" "$saola_article_gzip" "$(share "$saola_article_gzip" "$limit_gzip") of nginx, $(share "$saola_article_gzip" "$ceiling_gzip") of the ceiling"
line "Saola, home /vi/, gzip" "$saola_home_gzip" "$(share "$saola_home_gzip" "$limit_gzip") of nginx"
