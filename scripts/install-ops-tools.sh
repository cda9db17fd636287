#!/usr/bin/env bash
# Debian packages test/ops.test.ts uses to check the operator's files without a Docker engine:
#   prometheus      promtool (checks the scrape config and every dashboard query) and a real
#                   Prometheus server that scrapes a test instance of the service
#   docker-compose  Compose v1, whose `docker-compose config` validates docker-compose.yml
# Idempotent: installs only what is missing. Without them those tests are skipped and say why.
set -euo pipefail

PACKAGES=(prometheus docker-compose)

if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
  echo "install-ops-tools: not a Debian-based system (no apt-get); the ops checks will be skipped" >&2
  exit 1
fi

missing=()
for package in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$package")
  fi
done
if [ "${#missing[@]}" -eq 0 ]; then
  echo "install-ops-tools: all installed (${PACKAGES[*]})"
  exit 0
fi

as_root=()
if [ "$(id -u)" != "0" ]; then
  if command -v sudo >/dev/null 2>&1; then as_root=(sudo); else
    echo "install-ops-tools: run as root (or install sudo) to install: ${missing[*]}" >&2
    exit 1
  fi
fi

echo "install-ops-tools: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
# The Debian package would start a Prometheus service on :9090 where an init system runs; the
# tests start their own, so keep the packaged one from starting.
policy=/usr/sbin/policy-rc.d
created_policy=
if [ ! -e "$policy" ]; then
  printf '#!/bin/sh\nexit 101\n' | "${as_root[@]}" tee "$policy" >/dev/null
  "${as_root[@]}" chmod +x "$policy"
  created_policy=1
fi
cleanup() { if [ -n "$created_policy" ]; then "${as_root[@]}" rm -f "$policy"; fi; }
trap cleanup EXIT
install() { "${as_root[@]}" apt-get install -y --no-install-recommends "${missing[@]}"; }
# The package lists may be missing (fresh image) or stale: refresh them only if installing fails.
if ! install; then
  "${as_root[@]}" apt-get update
  install
fi
