#!/bin/sh
# Gọi dịch vụ bằng curl / calling the service with curl. HOCTAP is the service's address.
set -eu
HOCTAP="${HOCTAP:-http://127.0.0.1:8080}"
# sample:begin curl
curl -sS -X POST "$HOCTAP/v1/evaluate?kind=unit" \
     -H 'Content-Type: application/json' \
     --data-binary @lib-examples/examples/src/main/resources/vn/hoctap/examples/units/01-ubnd-xa-tan-lap.json
# sample:end curl
