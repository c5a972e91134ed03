#!/usr/bin/env bash
# The register of official documents with 20,000 documents (issue 20): a real server on a
# throw-away data folder, the documents imported through POST /api/import (generated: 9 types,
# 40 issuing bodies, 7 fields, issued 2005-2025), then wrk against the register's pages with every
# memory of content and pages off (each answer queries and renders), and in the same run nginx
# serving the first page's bytes as a static file, the reference each figure is a share of.
# Last, the same pages with the default settings (what readers get, the kept pages serving).
#
#   bench/documents.sh [DOCUMENTS]
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
[ -x /usr/sbin/nginx ] || { apt-get update -qq && apt-get install -y -qq nginx-light >/dev/null; }

COUNT=${1:-20000}
PORT=${BENCH_PORT:-18094}
NGINX_PORT=${BENCH_NGINX_PORT:-18095}
DURATION=${BENCH_DURATION:-20s}
WARMUP=${BENCH_WARMUP:-60s}
READER="Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0"

bench_server documents "$PORT" SAOLA_CONTENT_CACHE_SECONDS=0
API_TOKEN=$(bench_token documents-bench)

python3 - "$COUNT" >"$WORK/documents.ndjson" <<'PY'
import json, sys
count = int(sys.argv[1])
types = [("Quyết định", "QĐ"), ("Kế hoạch", "KH"), ("Thông báo", "TB"), ("Công văn", "CV"), ("Chỉ thị", "CT"),
         ("Nghị quyết", "NQ"), ("Thông tư", "TT"), ("Nghị định", "NĐ"), ("Luật", "L")]
issuers = [f"UBND huyện số {i}" for i in range(1, 37)] + ["UBND tỉnh", "Thủ tướng Chính phủ", "Bộ Công Thương", "Sở Công Thương"]
fields = ["Công thương", "Kế hoạch và đầu tư", "Tài chính", "Nông nghiệp", "Giáo dục", "Y tế", "Tổ chức bộ máy"]
topics = ["tái cơ cấu ngành công thương", "phát triển thương mại điện tử", "quản lý thị trường", "khuyến công",
          "an toàn thực phẩm", "xúc tiến thương mại", "năng lượng tái tạo", "cụm công nghiệp"]
for i in range(count):
    name, symbol = types[i % len(types)]
    issuer = issuers[(i // 9) % len(issuers)]
    year = 2005 + i % 21
    topic = topics[i % len(topics)]
    print(json.dumps({"type": "document", "id": f"bench-doc-{i}", "lang": "vi",
        "title": f"{name} về {topic} năm {year} (số {i + 1})", "number": f"{i + 1}/{symbol}-BENCH",
        "documentType": name, "issuer": issuer, "field": fields[i % len(fields)], "signer": "Nguyễn Văn A",
        "issuedAt": f"{year}-{1 + i % 12:02d}-{1 + i % 28:02d}", "publishedAt": f"{year}-{1 + i % 12:02d}-{1 + i % 28:02d}",
        "summary": f"Trích yếu: {name.lower()} về {topic}, áp dụng trên địa bàn tỉnh."}, ensure_ascii=False))
PY
start=$(date +%s.%N)
bench_import "$WORK/documents.ndjson"
awk -v a="$start" -v b="$(date +%s.%N)" -v n="$COUNT" 'BEGIN { printf "imported %d documents in %.0f s (%.0f a second)\n", n, b - a, n / (b - a) }'

listed=$(curl -s "$URL/vi/van-ban" | grep -o 'class="register-count">[^<]*' | sed 's/.*>//')
echo "the register says: $listed"

# nginx serves the first page's bytes, as a reader gets them, from a file
mkdir -p "$WORK/static"
chmod 755 "$WORK" "$WORK/static"
curl -s -A "$READER" "$URL/vi/van-ban" -o "$WORK/static/van-ban.html"
gzip -9 -k "$WORK/static/van-ban.html"
chmod 644 "$WORK/static/"*
cat >"$WORK/nginx.conf" <<CONF
worker_processes auto;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  default_type text/html;
  gzip_static on;
  server { listen $NGINX_PORT; root $WORK/static; }
}
CONF
/usr/sbin/nginx -c "$WORK/nginx.conf"
trap 'kill "$(cat "$WORK/nginx.pid")" 2>/dev/null || true; bench_stop' EXIT

measure() { # label url → "label: N req/s, p50 …, p99 …"
  wrk -t2 -c8 -d"$DURATION" --latency -H "User-Agent: $READER" -H 'Accept-Encoding: gzip' "$2" >"$WORK/wrk.txt"
  awk -v label="$1" '/Requests\/sec/ {rps=$2} /^ +50%/ {p50=$2} /^ +99%/ {p99=$2}
    END { printf "%-44s %8.0f req/s   p50 %8s   p99 %8s\n", label, rps, p50, p99 }' "$WORK/wrk.txt"
  awk '/Requests\/sec/ {print $2}' "$WORK/wrk.txt" >"$WORK/last-rps"
}

PAGES=("/vi/van-ban" "/vi/van-ban?page=500" "/vi/van-ban?type=quyet-dinh&year=2015"
       "/vi/van-ban?issuer=ubnd-tinh&sort=oldest" "/vi/van-ban?field=cong-thuong&type=ke-hoach&page=3")
echo "warming up for $WARMUP"
for page in "${PAGES[@]}"; do
  wrk -t2 -c8 -d"$(( ${WARMUP%s} / ${#PAGES[@]} ))s" -H "User-Agent: $READER" "$URL$page" >/dev/null
done

measure "nginx, the first page's bytes (reference)" "http://localhost:$NGINX_PORT/van-ban.html"
reference=$(cat "$WORK/last-rps")
echo "Saola, every memory off (each answer queries and renders):"
for page in "${PAGES[@]}"; do
  measure "  $page" "$URL$page"
  awk -v a="$(cat "$WORK/last-rps")" -v r="$reference" 'BEGIN { printf "%58s %.3f of nginx\n", "", a / r }'
done

bench_stop
bench_server documents "$PORT"
trap 'kill "$(cat "$WORK/nginx.pid")" 2>/dev/null || true; bench_stop' EXIT
for page in "${PAGES[@]:0:1}"; do
  wrk -t2 -c8 -d10s -H "User-Agent: $READER" "$URL$page" >/dev/null
done
echo "Saola, default settings (kept pages):"
measure "  /vi/van-ban" "$URL/vi/van-ban"
awk -v a="$(cat "$WORK/last-rps")" -v r="$reference" 'BEGIN { printf "%58s %.3f of nginx\n", "", a / r }'
