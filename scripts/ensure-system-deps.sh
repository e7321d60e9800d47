#!/usr/bin/env bash
# System packages the tests need, from Debian (never a browser downloaded by a test tool):
# Chromium for the end-to-end tests, poppler-utils (pdftotext, pdftoppm) for the PDF checks.
set -euo pipefail
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
  echo "✖ Paquets système manquants : ${missing[*]}. Installez-les : sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
echo "Installation des paquets système : ${missing[*]}…"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
