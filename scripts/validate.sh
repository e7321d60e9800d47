#!/usr/bin/env bash
# Every check, in the order a failure is cheapest to find: format, lint, types, unit, integration
# (real PostgreSQL), production build, end-to-end (real Chromium). `npm test` and .ci/run call it.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1 CHECKPOINT_DISABLE=1
mkdir -p tmp/reports
rm -f tmp/reports/*.json
started=$(date +%s)
step() { printf '\n\033[1m▶ %s\033[0m\n' "$1"; }

step "Paquets système (Chromium, poppler-utils)"
bash scripts/ensure-system-deps.sh
step "Client Prisma"
npx prisma generate >/dev/null
step "Formatage (Prettier ; npm run format corrige), lint et types, en parallèle"
# Three single-threaded checks on a 2-core machine: side by side, each one's output printed after it.
pids=() noms=()
for verif in "prettier --check . --log-level warn" "eslint ." "tsc --noEmit"; do
  noms+=("${verif%% *}")
  (npx $verif > "tmp/reports/${verif%% *}.log" 2>&1) &
  pids+=($!)
done
echec=0
for i in "${!pids[@]}"; do
  if wait "${pids[$i]}"; then echo "✓ ${noms[$i]}"; else echo "✗ ${noms[$i]}" && echec=1; fi
  cat "tmp/reports/${noms[$i]}.log"
done
[ "$echec" = 0 ]
step "Tests unitaires (lib/domain)"
npx vitest run --project unit --reporter=default --reporter=json --outputFile.json=tmp/reports/unit.json
step "Tests d'intégration (PostgreSQL réel, base neuve)"
npx vitest run --project "integration*" --reporter=default --reporter=json --outputFile.json=tmp/reports/integration.json
step "Build de production"
npm run -s build
step "Tests de bout en bout (Chromium)"
PLAYWRIGHT_JSON_OUTPUT_NAME=tmp/reports/e2e.json npx playwright test --reporter=list,json

node scripts/lib/test-summary.mjs tmp/reports "$(( $(date +%s) - started ))"
