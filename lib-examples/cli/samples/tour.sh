#!/bin/sh
# Một vòng qua các lệnh, chạy từ thư mục gốc của kho / a tour of the commands, run from the repository root after
# `mvn -B -ntp -DskipTests package`. RunnableJarTest runs it; every command must end with the exit code shown.
set -u
HOCTAP="java -Xmx1g -jar lib-examples/cli/target/hoctap.jar"
UNITS=lib-examples/examples/src/main/resources/vn/hoctap/examples/units
CASES=lib-rules/src/test/resources/cases
OUT="${TMPDIR:-/tmp}/hoctap-tour"
mkdir -p "$OUT"
expect() { code=$?; [ "$code" -eq "$1" ] || { echo "exit $code, expected $1" >&2; exit 1; }; }

# sample:begin evaluate
$HOCTAP evaluate --kind unit $UNITS/01-ubnd-xa-tan-lap.json > "$OUT/tan-lap.json"          # one request: JSON
$HOCTAP evaluate --kind unit --format text $UNITS/*.json > "$OUT/units.txt"                # readable, Vietnamese
$HOCTAP evaluate --format brief lib-examples/cli/samples/mixed.jsonl > "$OUT/brief.tsv"       # one line per subject
$HOCTAP evaluate lib-examples/cli/samples/mixed.jsonl > "$OUT/mixed.jsonl"                 # JSON Lines of mixed kinds
cat lib-examples/cli/samples/mixed.jsonl | $HOCTAP evaluate - > "$OUT/stdin.jsonl"         # the same from stdin
# sample:end evaluate
expect 0
# sample:begin rollup
$HOCTAP rollup lib-examples/cli/samples/huyen-dan-phuong.jsonl > "$OUT/huyen.jsonl"
# sample:end rollup
expect 0
# sample:begin criteria
$HOCTAP criteria --date 2024-12-31 --scheme TT24.H > "$OUT/tt24-huyen.md"
$HOCTAP criteria --date 2024-12-31 --format html > "$OUT/tieu-chi.html"
$HOCTAP criteria --date 2024-12-31 --pack $CASES/province-pack/tinh-thu --format json > "$OUT/tinh-thu.json"
# sample:end criteria
expect 0
# sample:begin validate
$HOCTAP validate $CASES/province-pack/tinh-thu --cases $CASES/province-pack    # 0: valid, every case holds
$HOCTAP validate $CASES/province-pack/tinh-hong                               # 3: problems with file:line: [CODE]
# sample:end validate
expect 3
# sample:begin sheets
$HOCTAP template cong-dan -o "$OUT/mau-cong-dan.xlsx"     # the spreadsheet tools: lib-examples/sheets/README.md
# sample:end sheets
expect 0
# sample:begin schema
$HOCTAP schema commune > "$OUT/commune.schema.json"
$HOCTAP version
# sample:end schema
expect 0
