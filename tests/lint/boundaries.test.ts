// Each layering rule of eslint.config.mjs fires on a deliberate violation, and stays quiet on the
// allowed form of the same import (docs/adr/005-couches.md).
import { beforeAll, describe, expect, it } from "vitest";
import { ESLint } from "eslint";

const eslint = new ESLint({ cwd: process.cwd() });
// Loading the configuration (Next's plugins, typescript-eslint) takes seconds the first time.
beforeAll(() => eslint.lintText("export {};\n", { filePath: "lib/domain/echauffement.ts" }), 60_000);

async function errors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.severity === 2).map((m) => `${m.ruleId}: ${m.message}`);
}

const RESTRICTED = "no-restricted-imports";
const CLIENT = "boundaries/no-server-import-in-client";

describe("layering lint rules", () => {
  it.each([
    [
      "a page imports the database client",
      "app/(app)/exemple/page.tsx",
      'import { db } from "@/lib/server/db";\nexport default function P() { return db ? null : null; }\n',
      RESTRICTED,
    ],
    [
      "a route imports the generated Prisma client",
      "app/api/exemple/route.ts",
      'import { PrismaClient } from "@/lib/generated/prisma/client";\nexport const x = PrismaClient;\n',
      RESTRICTED,
    ],
    [
      "an action imports a Prisma type",
      "app/(app)/exemple/actions.ts",
      'import type { Prisma } from "@prisma/client";\nexport type X = Prisma.ConventionWhereInput;\n',
      RESTRICTED,
    ],
    [
      "a page makes its own client",
      "app/(app)/exemple/page.tsx",
      'import { createPrismaClient } from "@/prisma/client";\nexport const x = createPrismaClient;\n',
      RESTRICTED,
    ],
    [
      "a component imports a Prisma type",
      "components/exemple/Vue.tsx",
      'import type { Convention } from "@/lib/generated/prisma/client";\nexport type X = Convention;\n',
      RESTRICTED,
    ],
    [
      "a component imports the database client by a relative path",
      "components/exemple/Vue.tsx",
      'import { db } from "../../lib/server/db";\nexport const x = db;\n',
      RESTRICTED,
    ],
    [
      "a page links with Next's prefetching link",
      "app/(app)/exemple/page.tsx",
      'import Link from "next/link";\nexport const x = Link;\n',
      RESTRICTED,
    ],
    [
      "a component links with Next's prefetching link",
      "components/exemple/Vue.tsx",
      'import Link from "next/link";\nexport const x = Link;\n',
      RESTRICTED,
    ],
    [
      "a component imports an action from app/",
      "components/exemple/Bouton.tsx",
      'import { createPersonneAction } from "@/app/(app)/referentiel/actions";\nexport const x = createPersonneAction;\n',
      RESTRICTED,
    ],
    [
      "a server component calls a use case",
      "components/exemple/Liste.tsx",
      'import { findConventions } from "@/lib/server/conventions/find-conventions";\nexport const x = findConventions;\n',
      "@typescript-eslint/no-restricted-imports",
    ],
    [
      "a domain rule imports lib/server",
      "lib/domain/exemple.ts",
      'import { can } from "@/lib/server/policies";\nexport const x = can;\n',
      RESTRICTED,
    ],
    [
      "a domain rule imports lib/server by a relative path",
      "lib/domain/exemple.ts",
      'import { db } from "../server/db";\nexport const x = db;\n',
      RESTRICTED,
    ],
    [
      "a schema imports a server type",
      "lib/schemas/exemple.ts",
      'import type { ConventionDetail } from "@/lib/server/conventions/get-convention";\nexport type X = ConventionDetail;\n',
      RESTRICTED,
    ],
    [
      "a view type imports Prisma",
      "lib/views/exemple.ts",
      'import type { Convention } from "@/lib/generated/prisma/client";\nexport type X = Convention;\n',
      RESTRICTED,
    ],
    [
      "a client component imports a server module",
      "components/exemple/Client.tsx",
      '"use client";\nimport { getConvention } from "@/lib/server/conventions/get-convention";\nexport const x = getConvention;\n',
      CLIENT,
    ],
    [
      "a client component imports the action wrapper",
      "components/exemple/Client.tsx",
      '"use client";\nimport { makeAction } from "@/lib/actions/action";\nexport const x = makeAction;\n',
      CLIENT,
    ],
    [
      "a client component imports server-only",
      "components/exemple/Client.tsx",
      '"use client";\nimport "server-only";\nexport const x = 1;\n',
      CLIENT,
    ],
    [
      "a client page under app/ imports lib/server relatively",
      "app/(app)/exemple/Client.tsx",
      '"use client";\nimport { can } from "../../../lib/server/policies";\nexport const x = can;\n',
      CLIENT,
    ],
    [
      "the file store imports a capability",
      "lib/server/fichiers/exemple.ts",
      'import { refreshSuivi } from "../execution/refresh-suivi";\nexport const x = refreshSuivi;\n',
      "@typescript-eslint/no-restricted-imports",
    ],
    [
      "the job queue imports a capability by its alias",
      "lib/server/jobs/exemple.ts",
      'import { notify } from "@/lib/server/notifications/notify";\nexport const x = notifier;\n',
      "@typescript-eslint/no-restricted-imports",
    ],
    [
      "the database client imports a capability",
      "lib/server/db.ts",
      'import { can } from "./revue/revue";\nexport const x = can;\n',
      "@typescript-eslint/no-restricted-imports",
    ],
  ])("fails when %s", async (_name, file, code, rule) => {
    const found = await errors(file, code);
    expect(
      found.some((m) => m.startsWith(`${rule}:`)),
      found.join("\n") || "no error",
    ).toBe(true);
  });

  it.each([
    [
      "a capability uses the core, and the core a type of a capability",
      "lib/server/fichiers/exemple.ts",
      'import { addJob } from "../jobs/job";\nimport type { PdfFige } from "../pdf/pdf-response";\nimport { db } from "../db";\nexport type X = PdfFige;\nexport const x = [addJob, db];\n',
    ],
    [
      "a page calls a named use case",
      "app/(app)/exemple/page.tsx",
      'import { getConvention } from "@/lib/server/conventions/get-convention";\nexport const x = getConvention;\n',
    ],
    [
      "a component uses a view type and the action result type",
      "components/exemple/Vue.tsx",
      '"use client";\nimport type { ConventionDetail } from "@/lib/views/convention";\nimport type { ActionResult } from "@/lib/actions/result";\nexport type X = [ConventionDetail, ActionResult<number>];\n',
    ],
    [
      "a component names the type of what a use case returns",
      "components/exemple/Vue.tsx",
      'import type { Historique } from "@/lib/server/historique/get-historique";\nexport type X = Historique;\n',
    ],
    [
      "a page links through Lien",
      "app/(app)/exemple/page.tsx",
      'import { Lien } from "@/components/navigation/lien";\nexport const x = Lien;\n',
    ],
    [
      "a domain rule imports another",
      "lib/domain/exemple.ts",
      'import { formatMontant } from "./money";\nexport const x = formatMontant;\n',
    ],
    [
      "a use case imports the database client",
      "lib/server/exemple.ts",
      'import "server-only";\nimport { db } from "./db";\nexport const x = db;\n',
    ],
  ])("passes when %s", async (_name, file, code) => {
    expect(await errors(file, code)).toEqual([]);
  });
});
