#!/bin/sh
# Checks that annotated outputs of `hscheck check --format docx` still open in LibreOffice:
# converts every *.annotated.docx and *.annotated.pdf under DIR to PDF with soffice, and fails
# naming any file that does not convert. Usage: docs/check-annotated.sh DIR
# Needs: apt-get install -y libreoffice-writer-nogui libreoffice-draw-nogui poppler-utils
# (Writer opens the .docx, Draw imports the PDF).
set -eu
dir=${1:?usage: docs/check-annotated.sh DIR (a --out folder of hscheck check --format docx)}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
count=0
for f in "$dir"/*.annotated.docx "$dir"/*.annotated.pdf; do
  [ -e "$f" ] || continue
  count=$((count + 1))
  base=$(basename "$f")
  case "$f" in
    *.docx) filter=pdf ;;
    *.pdf) filter=pdf:draw_pdf_Export; base="$base" ;;
  esac
  mkdir -p "$work/out/$base"
  # a private profile so parallel runs do not fight over the default one
  if soffice -env:UserInstallation="file://$work/profile" --headless --convert-to "$filter" \
       --outdir "$work/out/$base" "$f" >"$work/log" 2>&1 \
     && ls "$work/out/$base"/*.pdf >/dev/null 2>&1; then
    pages=$(pdfinfo "$work/out/$base"/*.pdf 2>/dev/null | awk '/^Pages:/ {print $2}')
    echo "ok    $f (${pages:-?} pages)"
  else
    echo "FAIL  $f"; sed 's/^/      /' "$work/log"
    status=1
  fi
done
[ "$count" -gt 0 ] || { echo "no *.annotated.docx or *.annotated.pdf in $dir"; exit 1; }
exit $status
