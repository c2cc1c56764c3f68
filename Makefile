# mvtls / mvbasic / SERAPHIM — top-level build.
# `make run` and `make test` are the whole set-up: missing Debian packages and
# tools are installed on first use (see `deps`).

SHELL       := /bin/bash
PREFIX      ?= /usr/local
DESTDIR     ?=
CARGO       ?= cargo
RELEASE_DIR := target/release
LIB_SO      := $(RELEASE_DIR)/libmvtls.so
LIB_A       := $(RELEASE_DIR)/libmvtls.a
MVBASIC     := $(RELEASE_DIR)/mvbasic
SHARED_DIR  ?= $(abspath $(CURDIR)/../shared)
TOOLS       := $(CURDIR)/.tools
CBINDGEN    := $(TOOLS)/bin/cbindgen
SOVERSION   := 0
VERSION     := 0.1.0
SHARE        = $(PREFIX)/share/mvtls

# Debian packages needed to build and test (bench adds its own).
DEB_TEST    := clang libclang-dev llvm gcc make openssl curl valgrind chromium libnss3-tools python3 procps psmisc pkg-config nginx
DEB_BENCH   := nginx caddy wrk hyperfine linux-perf

.PHONY: all build header header-check deps deps-bench test test-rust test-ffi test-e2e test-soak-short soak test-install test-bench-check fuzz fuzz-mvtls \
        test-basic-mvtls \
        fmt-check clippy fuzz-check check-layers test-ring run stop bench install uninstall clean scarletdme-check \
        difftest test-difftest-self \
        cluster cluster-stop test-cluster deps-cluster ticket-keys ticket-keys-rotate

all: build

# ---- set-up -----------------------------------------------------------------
deps: $(TOOLS)/deps.stamp
$(TOOLS)/deps.stamp:
	@mkdir -p $(TOOLS)
	@missing=""; for p in $(DEB_TEST); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing Debian packages:$$missing"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	fi
	@touch $@

deps-bench: deps
	@missing=""; for p in $(DEB_BENCH); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing Debian packages:$$missing"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	fi

$(CBINDGEN):
	$(CARGO) install cbindgen --version '^0.27' --locked --root $(TOOLS) --quiet

# ---- build ------------------------------------------------------------------
build: deps
	$(CARGO) build --release --workspace
	@# a soname'd copy for install and for hosts that link by soname
	@cp -f $(LIB_SO) $(RELEASE_DIR)/libmvtls.so.$(SOVERSION)

header: $(CBINDGEN)
	$(CBINDGEN) --config cbindgen.toml --crate mvtls --output include/mvtls.h --quiet

header-check: $(CBINDGEN)
	@$(CBINDGEN) --config cbindgen.toml --crate mvtls --output $(TOOLS)/mvtls.h.fresh --quiet
	@if ! diff -u include/mvtls.h $(TOOLS)/mvtls.h.fresh; then \
	  echo "include/mvtls.h is stale: run 'make header' and commit it"; exit 1; fi
	@echo "header-check: include/mvtls.h matches a fresh cbindgen run"

# ---- static checks ----------------------------------------------------------
# Formatting (workspace and the fuzz target, which is its own workspace).
fmt-check:
	$(CARGO) fmt --all --check
	rustfmt --edition 2021 --check fuzz/fuzz_targets/*.rs
	@echo "fmt-check: rustfmt clean"

# Lints on everything, tests included, warnings as errors. --release reuses the
# build's build-script outputs (bindgen) instead of running them again.
clippy: deps
	$(CARGO) clippy --release --workspace --all-targets -- -D warnings
	@echo "clippy: no warnings"

# The fuzz target (its own workspace, built for real only by `make fuzz`)
# still compiles against the runtime's API.
fuzz-check:
	CARGO_TARGET_DIR=$(CURDIR)/target/fuzz-check $(CARGO) check --locked --manifest-path fuzz/Cargo.toml
	@echo "fuzz-check: the fuzz target compiles"

# mvbasic's layers: no module cycle, the front end never reaches the VM, host
# or sockets, and no source file over 800 lines (scripts/check-layers.py).
check-layers:
	python3 scripts/check-layers.py

# ---- tests ------------------------------------------------------------------
test: build header-check fmt-check clippy fuzz-check check-layers test-rust test-ring test-ffi test-e2e test-soak-short \
      test-install test-bench-check test-basic-mvtls test-difftest-self
	@echo "make test: all suites passed"

test-rust: build
	SHARED_DIR=$(SHARED_DIR) $(CARGO) test --release --workspace

test-ffi: build
	$(MAKE) -C ffi-tests test

# mvtls built and tested with the ring provider instead of the default
# aws-lc-rs, in its own target directory so the main build stays warm.
RING_TARGET := $(CURDIR)/target/ring
test-ring: deps
	CARGO_TARGET_DIR=$(RING_TARGET) $(CARGO) test --release -p mvtls --no-default-features --features ring

# Static checks of the benchmark kit (responder builds against the header,
# expected outputs match the model, report arithmetic); runs no benchmark.
test-bench-check: build
	bench/check.sh

# `make install` into a scratch DESTDIR, then build and run a C program using
# only the installed header, soname'd library and mvtls.pc.
test-install: build
	@rm -rf $(TOOLS)/inst && $(MAKE) --no-print-directory install DESTDIR=$(TOOLS)/inst PREFIX=/usr >/dev/null
	@readelf -d $(TOOLS)/inst/usr/lib/libmvtls.so.$(VERSION) | grep -q 'SONAME.*libmvtls.so.$(SOVERSION)' \
	  || { echo "test-install: soname libmvtls.so.$(SOVERSION) missing"; exit 1; }
	cc -Wall -Wextra -Werror -o $(TOOLS)/inst/abi_check tests/install/abi_check.c \
	  $$(PKG_CONFIG_PATH=$(TOOLS)/inst/usr/lib/pkgconfig pkg-config --define-variable=prefix=$(TOOLS)/inst/usr --cflags --libs mvtls)
	LD_LIBRARY_PATH=$(TOOLS)/inst/usr/lib $(TOOLS)/inst/abi_check

# MVTLS_LIB: SERAPHIM and its PHANTOMs load this checkout's library, whatever
# the caller's environment says.
test-e2e: build
	MVBASIC=$(CURDIR)/$(MVBASIC) MVTLS_LIB=$(CURDIR)/$(LIB_SO) python3 tests/e2e/run.py

# SERAPHIM's reliability soak (tests/soak/README.md), loopback only. The short
# version (make test, under a minute) checks counts only: failed requests of
# the normal client, good-client errors, worker restarts, descriptor growth.
test-soak-short: build
	MVBASIC=$(CURDIR)/$(MVBASIC) MVTLS_LIB=$(CURDIR)/$(LIB_SO) python3 tests/soak/soak.py --short

# The full soak (outside make test, a few minutes; needs a quiet machine for
# figures worth quoting): 600 slow TLS clients, 3,000 silent TCP clients, a
# 50,000-request mixed soak with 30% abusive clients, ulimit -n 1024.
soak: build
	MVBASIC=$(CURDIR)/$(MVBASIC) MVTLS_LIB=$(CURDIR)/$(LIB_SO) python3 tests/soak/soak.py

# The MVTLS BASIC library (basic/MVTLS.BP) on mvbasic with CCALL's argument
# slots 32 bits wide, as upstream 64-bit ScarletDME has them (so no pointer can
# pass): its tests, the HTTPS client against a scripted peer, openssl, nginx
# and SERAPHIM, and SERAPHIM itself served through the CCALL socket layer.
test-basic-mvtls: build
	python3 tests/mvtls-basic/run.py --host mvbasic

# ---- real ScarletDME (outside `make test`: needs `qm`, see docs/scarletdme.md) --
# The MVTLS BASIC library's tests, the HTTPS client's and SERAPHIM's end-to-end
# HTTP tests on real ScarletDME (scratch accounts), then requests/s of SERAPHIM
# on ScarletDME next to SERAPHIM on mvbasic. Without qm: a message, exit 0.
scarletdme-check: build
	@if ! command -v qm >/dev/null 2>&1; then \
	  echo "scarletdme-check: qm (ScarletDME) is not installed: nothing to check (see docs/scarletdme.md)"; exit 0; fi; \
	command -v wrk >/dev/null 2>&1 || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }; \
	command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx >/dev/null; }; \
	python3 tests/mvtls-basic/run.py --host scarletdme

# ---- differential testing against real ScarletDME (outside `make test`) ------
# Random valid programs (tools/difftest/gen.py, seeds DIFFTEST_START ..
# +DIFFTEST_COUNT-1) run on mvbasic and on ScarletDME in scratch accounts
# under target/difftest; every differing line is reported, the log ends with
# the count. tools/difftest/minimise.py SEED CASE shrinks one difference to a
# regression for runtime/tests/dialect/fuzz/. Without qm: a message, exit 0.
# ScarletDME's results are cached in DIFFTEST_SD_CACHE (tools/difftest/sdcache.py:
# keyed by the sha256 of the program's bytes and of the ScarletDME installation,
# only complete runs), so a second run of the same seeds only runs mvbasic; the
# log's last line says how many ScarletDME results came from the cache.
# DIFFTEST_PROFILE picks the generator: `default` (expressions, intrinsics,
# conversions, small control flow: the standard 20,000-seed run) or `stmts`
# (tools/difftest/gen_stmts.py: statements with clauses and side effects,
# LOCATE/FIND/INS/DEL/REMOVE/MAT, random conversion codes and FMT masks with
# STATUS(), PRINT formats, GOSUB and LOCAL functions, edge values and run-time
# errors; give it its own seeds and cache, see tools/difftest/README.md), e.g.
#   make difftest DIFFTEST_PROFILE=stmts DIFFTEST_START=1000001 DIFFTEST_COUNT=5000 \
#        DIFFTEST_SD_CACHE=target/difftest-sd-cache-stmts
DIFFTEST_START ?= 1
DIFFTEST_COUNT ?= 20000
DIFFTEST_SD_CACHE ?= target/difftest-sd-cache
DIFFTEST_PROFILE ?= default
difftest:
	@if ! command -v qm >/dev/null 2>&1; then \
	  echo "difftest: qm (ScarletDME) is not installed: nothing to run (see docs/scarletdme.md)"; exit 0; fi; \
	$(CARGO) build --release -p mvbasic && \
	python3 tools/difftest/run.py --start $(DIFFTEST_START) --count $(DIFFTEST_COUNT) --workers 2 \
	  --profile $(DIFFTEST_PROFILE) --sd-cache $(DIFFTEST_SD_CACHE) 2>&1 | tee target/difftest.log | grep -v '^progress:'

# The generator, shrinker, output parser and result cache of `make difftest` (no ScarletDME).
test-difftest-self:
	python3 tools/difftest/selftest.py

# ---- benchmarks (outside `make test`; report in bench/results/LATEST.md) ------
bench: deps-bench build
	bench/run.sh

# ---- fuzzing (outside `make test`; `make test` replays fuzz/corpus) -----------
FUZZ_RUNS ?= 1000000
CARGO_FUZZ := $(TOOLS)/bin/cargo-fuzz
$(CARGO_FUZZ):
	$(CARGO) install cargo-fuzz --locked --root $(TOOLS) --quiet

# cargo-fuzz needs nightly-only rustc flags: RUSTC_BOOTSTRAP enables them on the
# machine's stable toolchain. New interesting inputs are minimised back into
# the committed regression corpus.
fuzz: deps $(CARGO_FUZZ)
	@mkdir -p target/fuzz-work && cp -f fuzz/corpus/compile/* target/fuzz-work/
	PATH=$(TOOLS)/bin:$$PATH RUSTC_BOOTSTRAP=1 CARGO_TARGET_DIR=$(CURDIR)/target/fuzz \
	  cargo fuzz run --fuzz-dir fuzz -s none compile target/fuzz-work -- \
	  -runs=$(FUZZ_RUNS) -max_len=4096 -timeout=10 -print_final_stats=1
	PATH=$(TOOLS)/bin:$$PATH RUSTC_BOOTSTRAP=1 CARGO_TARGET_DIR=$(CURDIR)/target/fuzz \
	  cargo fuzz cmin --fuzz-dir fuzz -s none compile target/fuzz-work
	@rm -rf fuzz/corpus/compile.new && mkdir -p fuzz/corpus/compile.new && cp target/fuzz-work/* fuzz/corpus/compile.new/ \
	  && rm -rf fuzz/corpus/compile && mv fuzz/corpus/compile.new fuzz/corpus/compile
	@echo "fuzz: $(FUZZ_RUNS) runs done; corpus: $$(ls fuzz/corpus/compile | wc -l) inputs"

# The mvtls targets (options parser, PEM loader, DER reader, PROXY v2 header,
# ticket key file), one after the
# other, each seeded from and minimised back into fuzz/corpus/<target>
# (replayed by `make test` through src/tests/fuzz_corpus.rs).
FUZZ_RUNS_MVTLS    ?= 1000000
MVTLS_FUZZ_TARGETS ?= mvtls_options mvtls_pem mvtls_der mvtls_proxy mvtls_ticket_keys
fuzz-mvtls: deps $(CARGO_FUZZ)
	@set -e; for t in $(MVTLS_FUZZ_TARGETS); do \
	  rm -rf target/fuzz-work-$$t && mkdir -p target/fuzz-work-$$t && cp -f fuzz/corpus/$$t/* target/fuzz-work-$$t/; \
	  PATH=$(TOOLS)/bin:$$PATH RUSTC_BOOTSTRAP=1 CARGO_TARGET_DIR=$(CURDIR)/target/fuzz \
	    cargo fuzz run --fuzz-dir fuzz -s none $$t target/fuzz-work-$$t -- \
	    -runs=$(FUZZ_RUNS_MVTLS) -max_len=8192 -timeout=10 -print_final_stats=1; \
	  PATH=$(TOOLS)/bin:$$PATH RUSTC_BOOTSTRAP=1 CARGO_TARGET_DIR=$(CURDIR)/target/fuzz \
	    cargo fuzz cmin --fuzz-dir fuzz -s none $$t target/fuzz-work-$$t; \
	  rm -rf fuzz/corpus/$$t.new && mkdir -p fuzz/corpus/$$t.new && cp target/fuzz-work-$$t/* fuzz/corpus/$$t.new/ \
	    && rm -rf fuzz/corpus/$$t && mv fuzz/corpus/$$t.new fuzz/corpus/$$t; \
	  echo "fuzz-mvtls: $$t: $(FUZZ_RUNS_MVTLS) runs done; corpus: $$(ls fuzz/corpus/$$t | wc -l) inputs"; \
	done

# ---- run --------------------------------------------------------------------
run: build
	@MVBASIC=$(CURDIR)/$(MVBASIC) scripts/run-seraphim.sh

stop:
	@scripts/stop-seraphim.sh

# ---- several hosts behind haproxy (deploy/README.md) ---------------------------
# `make cluster`: three SERAPHIM hosts, each in its own network namespace
# (loopback addresses 127.0.0.2-4 where namespaces are unavailable) with its
# own account copy, behind haproxy (TCP mode, leastconn, health checks,
# PROXY v2) with shared session-ticket keys. `make test-cluster` (outside
# `make test`) starts its own cluster, checks it and stops it.
DEB_CLUSTER := haproxy wrk iproute2
deps-cluster: deps
	@missing=""; for p in $(DEB_CLUSTER); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing Debian packages:$$missing"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	fi

cluster: build deps-cluster
	@MVBASIC=$(CURDIR)/$(MVBASIC) MVTLS_LIB=$(CURDIR)/$(LIB_SO) scripts/cluster.sh start

cluster-stop:
	@scripts/cluster.sh stop

test-cluster: build deps-cluster
	MVBASIC=$(CURDIR)/$(MVBASIC) MVTLS_LIB=$(CURDIR)/$(LIB_SO) python3 tests/cluster/run.py

# Session-ticket key files (TICKET.KEYS; format in docs/c-api.md):
# `make ticket-keys KEYS=file` makes one, `make ticket-keys-rotate KEYS=file`
# puts a new current key in front and keeps the 2 newest previous ones.
ticket-keys:
	@test -n "$(KEYS)" || { echo "usage: make ticket-keys KEYS=path"; exit 2; }
	@test ! -e "$(KEYS)" || { echo "$(KEYS) exists: use make ticket-keys-rotate"; exit 1; }
	@scripts/ticket-keys.sh new "$(KEYS)"

ticket-keys-rotate:
	@test -n "$(KEYS)" || { echo "usage: make ticket-keys-rotate KEYS=path [KEEP=2]"; exit 2; }
	@scripts/ticket-keys.sh rotate "$(KEYS)" $(or $(KEEP),2)

# ---- install ----------------------------------------------------------------
install: build
	install -d $(DESTDIR)$(PREFIX)/lib $(DESTDIR)$(PREFIX)/include $(DESTDIR)$(PREFIX)/lib/pkgconfig $(DESTDIR)$(PREFIX)/bin
	install -m 0755 $(LIB_SO) $(DESTDIR)$(PREFIX)/lib/libmvtls.so.$(VERSION)
	ln -sf libmvtls.so.$(VERSION) $(DESTDIR)$(PREFIX)/lib/libmvtls.so.$(SOVERSION)
	ln -sf libmvtls.so.$(SOVERSION) $(DESTDIR)$(PREFIX)/lib/libmvtls.so
	install -m 0644 $(LIB_A) $(DESTDIR)$(PREFIX)/lib/libmvtls.a
	install -m 0644 include/mvtls.h $(DESTDIR)$(PREFIX)/include/mvtls.h
	sed -e 's|@PREFIX@|$(PREFIX)|g' -e 's|@VERSION@|$(VERSION)|g' mvtls.pc.in > $(DESTDIR)$(PREFIX)/lib/pkgconfig/mvtls.pc
	install -m 0755 $(MVBASIC) $(DESTDIR)$(PREFIX)/bin/mvbasic
	@# the MVTLS BASIC library and its ScarletDME installer (docs/scarletdme.md)
	install -d $(DESTDIR)$(SHARE)/basic/MVTLS.BP $(DESTDIR)$(SHARE)/scripts
	install -m 0644 basic/MVTLS.BP/* $(DESTDIR)$(SHARE)/basic/MVTLS.BP/
	install -m 0755 scripts/scarletdme-install.sh $(DESTDIR)$(SHARE)/scripts/
	@# a real install: tell the dynamic loader, so dlopen("libmvtls.so.0") finds it
	@if [ -z "$(DESTDIR)" ] && command -v ldconfig >/dev/null; then ldconfig; fi

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/lib/libmvtls.so* $(DESTDIR)$(PREFIX)/lib/libmvtls.a \
	      $(DESTDIR)$(PREFIX)/include/mvtls.h $(DESTDIR)$(PREFIX)/lib/pkgconfig/mvtls.pc $(DESTDIR)$(PREFIX)/bin/mvbasic
	rm -rf $(DESTDIR)$(SHARE)

clean:
	$(CARGO) clean
	rm -rf ffi-tests/build test-output
