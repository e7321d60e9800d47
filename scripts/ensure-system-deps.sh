#!/usr/bin/env bash
# System packages, from Debian (never a browser downloaded by a test tool): openssl for the
# signatories' certificates (the app needs it too: npm start and npm run demo call this script with
# --app), Chromium for the end-to-end tests, poppler-utils (pdftotext, pdftoppm, pdfsig) for the
# PDF checks, libnss3-tools (certutil) to trust the development CA when pdfsig checks a signature.
set -euo pipefail
missing=()
command -v openssl >/dev/null 2>&1 || missing+=(openssl)
if [ "${1:-}" != "--app" ]; then
  command -v chromium >/dev/null 2>&1 || missing+=(chromium)
  command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
  command -v certutil >/dev/null 2>&1 || missing+=(libnss3-tools)
fi
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
  echo "✖ Paquets système manquants : ${missing[*]}. Installez-les : sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
echo "Installation des paquets système : ${missing[*]}…"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
