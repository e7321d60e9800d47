#!/usr/bin/env bash
# System packages, from Debian (never a browser downloaded by a test tool). The app needs (npm start
# and npm run demo call this script with --app): openssl for the signatories' certificates,
# poppler-utils' pdfsig and libnss3-tools' certutil for « Vérifier un PDF ». The tests also need
# Chromium — its headless shell, Debian's build of the browser without a window: the journeys spend
# most of their time in the browser on 2 cores, and the shell does not start the full browser's
# interface processes for each context —, and poppler-utils' pdftotext and pdftoppm for the PDF checks.
set -euo pipefail
missing=()
command -v openssl >/dev/null 2>&1 || missing+=(openssl)
command -v pdfsig >/dev/null 2>&1 || missing+=(poppler-utils)
command -v certutil >/dev/null 2>&1 || missing+=(libnss3-tools)
# pg_dump and pg_restore, for npm run db:backup / db:restore (and their test).
command -v pg_dump >/dev/null 2>&1 || missing+=(postgresql-client)
[ "${1:-}" = "--app" ] || command -v chromium-headless-shell >/dev/null 2>&1 || missing+=(chromium-headless-shell)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
  echo "✖ Paquets système manquants : ${missing[*]}. Installez-les : sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
echo "Installation des paquets système : ${missing[*]}…"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
