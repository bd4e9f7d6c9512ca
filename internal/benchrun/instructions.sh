#!/usr/bin/env bash
# instructions.sh — instructions per document of each pipeline stage (make
# instr). On a shared machine wall-clock ns/op moves by ±30 % between
# identical runs; an instruction count moves by well under 1 % with the
# collector off, so it is the figure to compare before and after a change.
#
# Usage: internal/benchrun/instructions.sh [STAGE...]
#   STAGE is a sub-benchmark of extract's BenchmarkStages: read, segment,
#   values, profile, check, assemble, encode, all (default: all of them).
#   INSTR_FILES (default "000 010": the seed's text and its Word DOCX) picks
#   the corpus files; INSTR_N (default 200) the iterations.
#
# Each stage runs at N and 2N iterations with GOGC=off; the difference over N
# is its cost per document, without the fixed cost of starting up.
#
# The counter, in order of preference:
#   - valgrind (cachegrind without its cache simulation). Valgrind 3.19
#     stops on RDTSCP, which Go 1.26's runtime uses to read the clock, so
#     the runtime is told not to (GODEBUG=cpu.rdtscp=off). Valgrind's CPU has
#     no SHA-NI, so hashing (assemble's sha256) counts more instructions
#     here than it costs on a CPU that has it.
#   - perf stat -e instructions:u, where the kernel lets a user read the CPU's
#     counters (perf_event_paranoid <= 2 and a real PMU: most virtual
#     machines have none).
# With neither, the script says so and stops; `make bench` still measures
# throughput.
set -euo pipefail
cd "$(dirname "$0")/../.."
stages=("$@")
[ ${#stages[@]} -gt 0 ] || stages=(read segment values profile check assemble encode all)
n=${INSTR_N:-200}

# counter picks the tool that counts instructions, or explains what is
# missing.
counter() {
	if command -v valgrind >/dev/null; then
		echo valgrind
	elif command -v perf >/dev/null && perf stat -x, -e instructions:u true 2>&1 | grep -q '^[0-9]'; then
		echo perf
	else
		cat >&2 <<-EOF
			instructions.sh: cannot count instructions on this machine: it needs
			valgrind (apt-get install valgrind), or perf with access to the CPU's
			instruction counter (linux-perf, kernel.perf_event_paranoid <= 2, and a
			CPU that exposes its counters: most virtual machines do not).
			make bench measures throughput without either.
		EOF
		return 1
	fi
}
tool=$(counter)
bin=$(mktemp -t jixiao-instr.XXXXXX)
trap 'rm -f "$bin"' EXIT
go test -c -o "$bin" ./extract

# count prints the instructions of one run of the bench binary: pattern,
# iterations. A run that does not end in PASS (valgrind stopped on an
# instruction it does not know, say) gives no count, not a wrong one.
count() {
	local args=(-test.run '^$' -test.bench "$1" -test.benchtime "${2}x" -test.cpu 1) out
	cd extract
	export GOGC=off GODEBUG="${GODEBUG:+$GODEBUG,}cpu.rdtscp=off"
	case $tool in
	valgrind)
		out=$(valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null "$bin" "${args[@]}" 2>&1) || true
		! grep -q '^PASS' <<<"$out" || grep 'I *refs' <<<"$out" | tr -d ',' | awk '{print $NF}'
		;;
	perf)
		out=$(perf stat -x, -e instructions:u "$bin" "${args[@]}" 2>&1) || true
		! grep -q '^PASS' <<<"$out" || awk -F, '$3 ~ /^instructions/ {print $1}' <<<"$out"
		;;
	esac
	return 0
}
printf '%-6s %-10s %14s   (%s)\n' file stage instructions/doc "$tool"
for f in ${INSTR_FILES:-000 010}; do
	for s in "${stages[@]}"; do
		a=$(count "Stages/${f}_.*/${s}\$" "$n")
		b=$(count "Stages/${f}_.*/${s}\$" $((2 * n)))
		if [ -z "$a" ] || [ -z "$b" ]; then
			echo "instructions.sh: $tool gave no count for $f $s (run it by hand to see why)" >&2
			exit 1
		fi
		printf '%-6s %-10s %14d\n' "$f" "$s" $(((b - a) / n))
	done
done
