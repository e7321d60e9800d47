import next from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...next,
  ...nextTs,
  { ignores: ["lib/generated/**", ".next/**", "node_modules/**", ".data/**", "public/dsfr/**", "next-env.d.ts", "test-results/**", "playwright-report/**", "tmp/**"] },
  {
    // Nothing under app/ or components/ imports Prisma (house style): they go through lib/server.
    files: ["app/**", "components/**"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["@/lib/generated/*", "@prisma/*", "**/generated/prisma*"], message: "Passez par lib/server." }] }],
    },
  },
];
export default config;
