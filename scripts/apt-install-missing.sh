# Sourced by the install-*.sh scripts: installs the Debian packages of a list that are missing,
# as root or through sudo, refreshing the package lists only when installing fails.
#   apt_install_missing <name for messages> <package>...
# Returns 0 when everything is installed, 1 when it cannot install (not Debian, not root).
# APT_NO_SERVICE_START=1 keeps packages that ship a service (prometheus) from starting it.

apt_install_missing() {
  local name=$1
  shift
  if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
    echo "$name: not a Debian-based system (no apt-get); the features that need $* stay unavailable" >&2
    return 1
  fi
  local missing=() package
  for package in "$@"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
  done
  if [ "${#missing[@]}" -eq 0 ]; then
    echo "$name: all installed ($*)"
    return 0
  fi
  local as_root=()
  if [ "$(id -u)" != "0" ]; then
    if command -v sudo >/dev/null 2>&1; then as_root=(sudo); else
      echo "$name: run as root (or install sudo) to install: ${missing[*]}" >&2
      return 1
    fi
  fi
  echo "$name: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  local policy=/usr/sbin/policy-rc.d created_policy=
  if [ "${APT_NO_SERVICE_START:-}" = 1 ] && [ ! -e "$policy" ]; then
    printf '#!/bin/sh\nexit 101\n' | "${as_root[@]}" tee "$policy" >/dev/null
    "${as_root[@]}" chmod +x "$policy"
    created_policy=1
  fi
  local status=0
  if ! "${as_root[@]}" apt-get install -y --no-install-recommends "${missing[@]}"; then
    # The package lists may be missing (fresh image) or stale.
    "${as_root[@]}" apt-get update && "${as_root[@]}" apt-get install -y --no-install-recommends "${missing[@]}" || status=1
  fi
  if [ -n "$created_policy" ]; then "${as_root[@]}" rm -f "$policy"; fi
  return "$status"
}
