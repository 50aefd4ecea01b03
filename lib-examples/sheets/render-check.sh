#!/usr/bin/env bash
# Opens what the sheets module writes in a real spreadsheet program, as an official would, and turns each page into
# a PNG to look at: LibreOffice Calc (headless) converts the workbooks and the printable pages to PDF, pdftoppm
# turns the PDFs into PNGs. Not run by CI (it needs LibreOffice: apt-get install -y libreoffice-calc poppler-utils).
#
#   bash lib-examples/sheets/render-check.sh [OUTPUT_DIR]     (from the repository root)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
out="${1:-$root/lib-examples/sheets/target/render}"
mkdir -p "$out"
cd "$root"
# package and the class path in one reactor run, so that the sibling modules resolve to their jars
mvn -B -ntp -q -o -pl lib-examples/sheets -am package dependency:build-classpath -DskipTests \
    -Dmdep.outputFile="$out/cp.txt" -Dmdep.includeScope=test
cp="lib-examples/sheets/target/classes:lib-examples/sheets/target/test-classes:$(cat "$out/cp.txt")"
# SampleFiles fills the templates with a few rows and runs the four commands into $out.
java -Xmx1g -cp "$cp" vn.hoctap.sheets.SampleFiles "$out"
cd "$out"
# One PDF directory per extension: a workbook and its printable page share a base name (bao-cao.xlsx, bao-cao.html)
# and LibreOffice would write both to the same bao-cao.pdf.
for f in *.xlsx *.html; do
  soffice --headless --convert-to pdf --outdir "$out/pdf/${f##*.}" "$f" >/dev/null 2>&1 || echo "cannot convert $f"
done
mkdir -p png
for p in pdf/*/*.pdf; do
  kind="$(basename "$(dirname "$p")")"
  pdftoppm -png -r 70 -l 3 "$p" "png/$(basename "$p" .pdf)-$kind"
done
ls -1 "$out/png"
