# SpinCoach: `make run` sets everything up and starts a practice call; `make test` runs every test.
PREFIX ?= /usr/local
SWIFT ?= swift
PERSONA ?= kwame-asante
APT_PACKAGES := libreadline-dev libsqlite3-dev tmux chromium
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: deps build release run test lint bench install uninstall clean

# Installs what the build links against and the tests drive (tmux, headless Chromium), only when missing.
deps:
	@missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
		echo "installing$$missing"; \
		$(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	fi

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release --product spincoach

# After the call, says where the binary is and how to run it from anywhere.
run: release
	@status=0; .build/release/spincoach practice --persona $(PERSONA) || status=$$?; \
	echo ""; \
	echo "The binary is $(CURDIR)/.build/release/spincoach. To run it as 'spincoach' from anywhere:"; \
	echo "  make install PREFIX=\$$HOME/.local    # then put \$$HOME/.local/bin on PATH if it is not"; \
	echo "  export PATH=\"$(CURDIR)/.build/release:\$$PATH\"    # or just for this shell"; \
	exit $$status

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

lint:
	$(SWIFT) format lint --strict --recursive Package.swift Sources Tests Benchmarks

bench: deps
	$(SWIFT) build -c release --product spincoach
	$(SWIFT) build -c release --product spincoach-bench
	.build/release/spincoach-bench

install: release
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/spincoach
	install -m 755 .build/release/spincoach $(DESTDIR)$(PREFIX)/bin/spincoach
	cp -R Scripts Personas $(DESTDIR)$(PREFIX)/share/spincoach/

uninstall:
	rm -rf $(DESTDIR)$(PREFIX)/bin/spincoach $(DESTDIR)$(PREFIX)/share/spincoach

clean:
	rm -rf .build
