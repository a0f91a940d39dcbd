# The README's two commands: `make run` and `make test`. Both install what is
# missing (scripts/install-deps.sh), configure and build with CMake first.
BUILD    ?= build
CMAKEOPT ?=
JOBS     ?= 2

.PHONY: all deps build run test sanitize fuzz bench clean

all: build

deps:
	@scripts/install-deps.sh

build: deps
	@cmake -S . -B $(BUILD) $(CMAKEOPT) >/dev/null
	@cmake --build $(BUILD) -j $(JOBS)

# The main job on the bundled examples.
run: build
	@scripts/run-examples.sh $(BUILD)/cli/ziping $(CURDIR)/$(BUILD)/reports

test: build
	@ctest --test-dir $(BUILD) --output-on-failure -j $(JOBS)

# The whole test suite once more under ASan + UBSan.
sanitize:
	@$(MAKE) --no-print-directory test BUILD=build-sanitize CMAKEOPT="-DZP_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug"

# Each fuzz target for FUZZ_SECONDS (default 20).
fuzz: deps
	@scripts/fuzz.sh $(FUZZ_SECONDS)

bench: build
	@bench/run.sh $(BUILD)

clean:
	rm -rf build build-sanitize build-fuzz
