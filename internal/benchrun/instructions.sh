#!/usr/bin/env bash
# instructions.sh — instructions per document of each pipeline stage, counted
# by valgrind (make instr). On a shared VM wall-clock ns/op moves by ±30 %
# between identical runs; an instruction count moves by well under 1 % with
# the collector off, so it is the figure to compare before and after a change.
#
# Usage: internal/benchrun/instructions.sh [STAGE...]
#   STAGE is a sub-benchmark of extract's BenchmarkStages: read, segment,
#   values, profile, check, assemble, encode, all (default: all of them).
#   INSTR_FILES (default "000 010": the seed's text and its Word DOCX) picks
#   the corpus files; INSTR_N (default 200) the iterations.
#
# Each stage runs at N and 2N iterations with GOGC=off; the difference over N
# is its cost per document, without the fixed cost of starting up. Note that
# valgrind's CPU has no SHA-NI, so hashing (assemble's sha256) counts more
# instructions here than it costs on a CPU that has it.
set -euo pipefail
command -v valgrind >/dev/null || { echo "instructions.sh: needs valgrind" >&2; exit 1; }
cd "$(dirname "$0")/../.."
stages=("$@")
[ ${#stages[@]} -gt 0 ] || stages=(read segment values profile check assemble encode all)
n=${INSTR_N:-200}
bin=$(mktemp -t jixiao-instr.XXXXXX)
trap 'rm -f "$bin"' EXIT
go test -c -o "$bin" ./extract
count() { # bench iterations
	(cd extract && GOGC=off valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null \
		"$bin" -test.run '^$' -test.bench "$1" -test.benchtime "${2}x" -test.cpu 1 2>&1) |
		grep 'I *refs' | tr -d ',' | awk '{print $NF}'
}
printf '%-6s %-10s %14s\n' file stage instructions/doc
for f in ${INSTR_FILES:-000 010}; do
	for s in "${stages[@]}"; do
		a=$(count "Stages/${f}_.*/${s}\$" "$n")
		b=$(count "Stages/${f}_.*/${s}\$" $((2 * n)))
		printf '%-6s %-10s %14d\n' "$f" "$s" $(((b - a) / n))
	done
done
