#!/usr/bin/env bash
# Debian packages some embedded experts run as separate processes, plus what their tests need.
# Idempotent: installs only what is missing, and does nothing when everything is there.
#
#   scripts/install-debian-extras.sh            runtime packages + test data (CI, development)
#   scripts/install-debian-extras.sh --runtime  runtime packages only (Docker image)
#
# runtime:
#   espeak-ng           text-to-speech (local/espeak-ng; without it a wasm build runs in a child process)
#   apertium            translation engine (local/apertium-en-es)
#   apertium-eng-spa    its English <-> Spanish language pair
#   pocketsphinx        speech recognition (local/pocketsphinx-en-us)
#   pocketsphinx-en-us  its US English acoustic and language models
#   sox                 resamples audio to 16 kHz mono for pocketsphinx
#   libsox-fmt-mp3      lets sox read MP3 uploads
#   fonts-dejavu-core   the font of labels drawn on images (and of the text images OCR tests draw)
# tests:
#   pocketsphinx-testdata  real recorded speech (LibriVox) with reference transcripts
#   chromium               the browser the playground's test drives (playwright-core, never
#                          `playwright install`)
set -euo pipefail

RUNTIME_PACKAGES=(espeak-ng apertium apertium-eng-spa pocketsphinx pocketsphinx-en-us sox libsox-fmt-mp3 fonts-dejavu-core)
TEST_PACKAGES=(pocketsphinx-testdata chromium)

packages=("${RUNTIME_PACKAGES[@]}")
case "${1:-}" in
  --runtime) ;;
  '') packages+=("${TEST_PACKAGES[@]}") ;;
  -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
  *) echo "unknown option: $1 (use --runtime or nothing)" >&2; exit 2 ;;
esac

source "$(dirname "$0")/apt-install-missing.sh"
apt_install_missing install-debian-extras "${packages[@]}"
