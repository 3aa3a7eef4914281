#!/usr/bin/env bash
# Crosscheck tier: the real renderers accept every diagram schemaforge writes for one schema.
#   - every Mermaid diagram (the .mmd files and the ```mermaid blocks of both documents)
#     renders to SVG with @mermaid-js/mermaid-cli driving Debian's chromium;
#   - every DOT file renders with Graphviz `dot -Tsvg`;
#   - with --html, the site loads in headless chromium with no console error, and one table
#     page's screenshot (kept as an artifact) is not blank.
# A missing tool is a failure, never a skip.
# Usage: render_check.sh BIN INPUT.sql OUT_DIR [--html [TABLE_PAGE]]
set -uo pipefail
bin=$1; input=$2; out=$3; html=${4:-}; page=${5:-}
here=$(cd "$(dirname "$0")" && pwd)
mmdc="$here/node_modules/.bin/mmdc"
fail() { echo "render_check: $*"; exit 1; }
command -v node >/dev/null || fail "node is missing (scripts/setup installs nodejs)"
command -v dot >/dev/null || fail "Graphviz dot is missing (scripts/setup installs graphviz)"
[ -x /usr/bin/chromium ] || fail "/usr/bin/chromium is missing (scripts/setup installs chromium)"
[ -x "$mmdc" ] || fail "mermaid-cli is missing: run scripts/setup (npm ci --prefix tests/crosscheck)"
export PUPPETEER_SKIP_DOWNLOAD=1

rm -rf "$out"; mkdir -p "$out"
"$bin" -q doc "$input" -o "$out/doc" ${html:+--html} || fail "schemaforge doc failed"
"$bin" -q erd "$input" --format mermaid -o "$out/erd/erd.mmd" || fail "erd --format mermaid failed"
"$bin" -q erd "$input" --format dot -o "$out/erd/erd.dot" || fail "erd --format dot failed"
"$bin" -q erd "$input" --format mermaid --detail tables -o "$out/erd/erd-tables.mmd" || fail "erd --detail tables failed"

# Every Mermaid diagram in one Markdown file, so chromium starts once.
all="$out/all-mermaid.md"
blocks=0
: >"$all"
while IFS= read -r f; do
  printf '## %s\n\n```mermaid\n' "${f#$out/}" >>"$all"; cat "$f" >>"$all"; printf '```\n\n' >>"$all"
  blocks=$((blocks + 1))
done < <(find "$out" -name '*.mmd' | sort)
for md in "$out/doc/database-schema.md" "$out/doc/database-schema-essentials.md"; do
  n=$(grep -c '^```mermaid$' "$md" || true)
  blocks=$((blocks + n))
  cat "$md" >>"$all"; printf '\n' >>"$all"
done
mkdir -p "$out/mermaid"
if ! "$mmdc" -q -p "$here/puppeteer.json" -c "$here/mermaid.json" -i "$all" -o "$out/mermaid/all.md" >"$out/mmdc.log" 2>&1; then
  cat "$out/mmdc.log"; fail "mermaid-cli rejected a diagram (see above)"
fi
svgs=$(find "$out/mermaid" -name '*.svg' -size +1k | wc -l)
[ "$svgs" -eq "$blocks" ] || fail "mermaid-cli rendered $svgs SVGs for $blocks diagrams"
if grep -l 'Syntax error' "$out"/mermaid/*.svg >/dev/null 2>&1; then fail "a Mermaid SVG shows a syntax error"; fi
echo "render_check: $blocks Mermaid diagrams rendered"

dots=0
while IFS= read -r f; do
  dot -Tsvg "$f" -o "$f.svg" 2>"$out/dot.log" || { cat "$out/dot.log"; fail "Graphviz rejected $f"; }
  [ -s "$f.svg" ] || fail "Graphviz wrote nothing for $f"
  dots=$((dots + 1))
done < <(find "$out" -name '*.dot' | sort)
[ "$dots" -gt 0 ] || fail "no DOT file was written"
echo "render_check: $dots DOT files rendered by Graphviz"

if [ -n "$html" ]; then
  node "$here/html_check.cjs" "$out/doc/html" "$out/table-page.png" $page || fail "the HTML site failed in chromium"
fi
echo "render_check: ok"
