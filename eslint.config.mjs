import next from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import prettier from "eslint-config-prettier/flat";
import { boundaries } from "./eslint/boundaries.mjs";
import { dsfr } from "./eslint/dsfr.mjs";

// The layers (docs/adr/005-couches.md), enforced: a violation fails `npm run lint`, hence the
// build of `npm test`. tests/lint/boundaries.test.ts shows each rule firing.
const PRISMA = ["@prisma/*", "@/lib/generated/*", "**/lib/generated/**", "@/prisma/client", "**/prisma/client"];
const DB = ["@/lib/server/db", "**/lib/server/db", "@/lib/server/db/*"];
// lib/server's folders: the capabilities, and the core they stand on.
const CAPACITES = ["../*/**", "./*/**", "@/lib/server/*/**", "**/lib/server/*/**"];
const CORE = ["fichiers", "jobs", "documents"].flatMap((c) => [`../${c}/**`, `@/lib/server/${c}/**`, `**/lib/server/${c}/**`]);
// Internal links go through components/navigation/lien.tsx (no prefetching of per-agent pages).
const LIEN = { name: "next/link", message: "Les liens internes passent par Lien (@/components/navigation/lien), sans préchargement." };
const SERVER = ["@/lib/server/*", "@/lib/server/**", "**/lib/server/**", "../server/*", "../../server/*", "../../lib/server/*"];

const config = [
  ...next,
  ...nextTs,
  prettier,
  {
    ignores: [
      "lib/generated/**",
      ".next/**",
      "node_modules/**",
      ".data/**",
      "public/dsfr/**",
      "next-env.d.ts",
      "test-results/**",
      "playwright-report/**",
      "tmp/**",
    ],
  },
  {
    // Routes call named use cases and queries; they never see the database client or Prisma.
    files: ["app/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [LIEN],
          patterns: [
            {
              group: [...PRISMA, ...DB],
              message: "Routes, pages et actions passent par les cas d'usage de lib/server, jamais par la base.",
            },
          ],
        },
      ],
    },
  },
  {
    // Components get plain view types (lib/views) and receive server actions as props.
    files: ["components/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [LIEN],
          patterns: [
            { group: [...PRISMA, ...DB], message: "Les composants ne voient jamais la base : ils reçoivent des types de lib/views." },
            {
              group: ["@/app/*", "@/app/**", "**/app/**"],
              message: "Un composant reçoit les actions serveur en props, il ne les importe pas de app/.",
            },
          ],
        },
      ],
    },
  },
  {
    // The one place that wraps Next's link.
    files: ["components/navigation/lien.tsx"],
    rules: { "no-restricted-imports": "off" },
  },
  {
    // Components, even server ones, are given their data: lib/server only for its types (a use case
    // called from a component would hide a query in the view; pages call them).
    files: ["components/**"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: SERVER,
              allowTypeImports: true,
              message: "Un composant reçoit ses données de la page : de lib/server, il n'importe que des types.",
            },
          ],
        },
      ],
    },
  },
  {
    // The rules, the form schemas and the view types are pure: no server, no database.
    files: ["lib/domain/**", "lib/schemas/**", "lib/views/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: [...SERVER, ...PRISMA, "server-only"],
              message: "lib/domain, lib/schemas et lib/views sont purs : rien de lib/server ni de Prisma.",
            },
          ],
        },
      ],
    },
  },
  {
    // The core (the client, the file store, the job queue, documents) serves every capability and
    // imports none: a capability's folder may need the core, never the reverse (types excepted).
    files: ["lib/server/db.ts", "lib/server/fichiers/**", "lib/server/jobs/**", "lib/server/documents/**"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: [...CAPACITES, ...CORE.map((c) => `!${c}`)],
              allowTypeImports: true,
              message: "Le cœur de lib/server (db, fichiers, jobs, documents) n'importe aucun dossier de fonctionnalité.",
            },
          ],
        },
      ],
    },
  },
  {
    plugins: { boundaries },
    files: ["app/**", "components/**", "lib/**"],
    rules: { "boundaries/no-server-import-in-client": "error" },
  },
  {
    // Every DSFR button shows its text (components/dsfr/ButtonsGroup.tsx, eslint/dsfr.mjs).
    plugins: { dsfr },
    files: ["app/**/*.tsx", "components/**/*.tsx"],
    rules: { "dsfr/buttons": "error" },
  },
];
export default config;
