# jixiao — common tasks. `make help` lists them.
GO      ?= go
BIN     ?= bin/jixiao
FUZZTIME ?= 30s
BENCH_N ?= 2000
BENCH_RUNS ?= 3

.PHONY: help build test run golden fuzz bench bench-encoder instr vet fmt clean

help:
	@echo "make build   build $(BIN)"
	@echo "make test    vet, gofmt check and all tests (what CI runs)"
	@echo "make run     extract every report in corpus/ to out/corpus.jsonl"
	@echo "make golden  rewrite golden/ from corpus/ (review the diff!)"
	@echo "make fuzz    run each fuzz target for FUZZTIME ($(FUZZTIME)); says the total first"
	@echo "make instr   instructions per document of each stage, counted by valgrind or perf (steady where timings are not)"
	@echo "make bench   benchmarks: per stage (MB/s, allocs), then the whole process over BENCH_N ($(BENCH_N)) copies of corpus/, median of BENCH_RUNS ($(BENCH_RUNS)) runs (docs/s, MB/s, peak RSS)"
	@echo "make bench-encoder  the whole process with the generated JSON encoder against encoding/json, in paired runs"

# CGO_ENABLED=0: nothing of jixiao needs cgo (the SQLite driver is pure Go),
# and without it the binary is one static file that runs on any Linux.
build:
	CGO_ENABLED=0 $(GO) build -o $(BIN) ./cmd/jixiao

test: vet
	@unformatted=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	if [ -n "$$unformatted" ]; then echo "gofmt needed: $$unformatted"; exit 1; fi
	$(GO) test -count=1 ./...

vet:
	$(GO) vet ./...

run: build
	@mkdir -p out
	./$(BIN) extract --format jsonl -o out/corpus.jsonl corpus/*.txt corpus/*.docx; status=$$?; \
	echo "wrote out/corpus.jsonl"; [ $$status -le 1 ]

golden:
	$(GO) test ./extract -run TestGolden -count=1 -update
	@git status --short golden/ 2>/dev/null || true

# make fuzz finds the fuzz targets (func FuzzX in the root module's test
# files) and says first how long the whole run takes (targets × FUZZTIME,
# plus building each package's test binary), then fuzzes each in turn;
# FUZZTIME=10s make fuzz for a quick pass.
fuzz:
	@targets=$$(grep -rHo --include='*_test.go' --exclude-dir=beam --exclude-dir=testdata '^func Fuzz[A-Za-z0-9_]*' . | \
	  sed -e 's|^\./\(.*\)/[^/]*_test\.go:func |./\1:|' -e 's|^\./[^/]*_test\.go:func |.:|' | sort); \
	n=$$(echo "$$targets" | grep -c .); \
	echo "make fuzz: $$n fuzz targets × FUZZTIME=$(FUZZTIME) each, plus a build per package; FUZZTIME=10s make fuzz for a quick pass"; \
	for t in $$targets; do \
	  pkg=$${t%%:*}; target=$${t#*:}; \
	  echo "== $$pkg $$target"; \
	  $(GO) test $$pkg -run '^$$' -fuzz "^$$target$$" -fuzztime $(FUZZTIME) || exit 1; \
	done

bench: build
	$(GO) test -run '^$$' -bench . -benchmem ./...
	$(GO) run ./internal/benchrun -bin $(BIN) -n $(BENCH_N) -runs $(BENCH_RUNS)

# The measurement that keeps write/encode_gen.go: the same binary built with
# -tags jixiao_stdjson sends every report through encoding/json.
bench-encoder: build
	CGO_ENABLED=0 $(GO) build -tags jixiao_stdjson -o $(BIN)-stdjson ./cmd/jixiao
	$(GO) run ./internal/benchrun -bin $(BIN),$(BIN)-stdjson -n $(BENCH_N) -runs $(BENCH_RUNS) -j 1 seed-text=corpus/000_*.txt seed-docx=corpus/*seed_word*.docx

instr:
	internal/benchrun/instructions.sh

clean:
	rm -rf bin out
