#!/usr/bin/env bash
# Debian packages test/ops.test.ts uses to check the operator's files without a Docker engine:
#   prometheus      promtool (checks the scrape config and every dashboard query) and a real
#                   Prometheus server that scrapes a test instance of the service
#   docker-compose  Compose v1, whose `docker-compose config` validates docker-compose.yml
# Idempotent: installs only what is missing. Without them those tests are skipped and say why.
set -euo pipefail

PACKAGES=(prometheus docker-compose)

# The Debian package would start a Prometheus service on :9090 where an init system runs; the
# tests start their own, so keep the packaged one from starting.
source "$(dirname "$0")/apt-install-missing.sh"
APT_NO_SERVICE_START=1 apt_install_missing install-ops-tools "${PACKAGES[@]}"
