#!/bin/sh
# Size of the rule-based planner's engine (issue #7 "Size"): non-blank, non-comment lines of
# src/controllers/rules/*.ts without the answer side (choose.ts, respond.ts, result-basis.ts) and the
# worker pool that runs the planner off the event loop (offload.ts, plan-worker.ts: they run it, they
# do not read requests), plus the lexicon's engine files (compile, types, index); the lexicon data
# does not count.
# Usage: sh scripts/planner-size.sh [--files]   (--files: one line per file as well)
cd "$(dirname "$0")/../src/controllers/rules" || exit 1
files=$(ls *.ts | grep -v -x -e choose.ts -e respond.ts -e result-basis.ts -e offload.ts -e plan-worker.ts; echo lexicon/compile.ts lexicon/types.ts lexicon/index.ts)
# A comment line starts with //, /*, * or */ once indented; a line that ends a block comment opened above is one too.
awk -v per="$1" '
  FNR == 1 { if (NR > 1 && per == "--files") printf "%6d %s\n", count, name; name = FILENAME; count = 0; block = 0 }
  { line = $0; sub(/^[ \t]+/, "", line) }
  block { if (line ~ /\*\//) block = 0; next }
  line == "" || line ~ /^\/\// { next }
  line ~ /^\/\*/ { if (line !~ /\*\//) block = 1; next }
  { count++; total++ }
  END { if (per == "--files") printf "%6d %s\n", count, name; printf "%6d total\n", total }
' $files
