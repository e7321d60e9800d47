// Demo data: the referential, the three real conventions (seeds 001, 003, 004) and one account per
// role. Idempotent: what exists is kept (never overwritten), what is missing is added.
import bcrypt from "bcryptjs";
import { createPrismaClient } from "./client";
import { upsertReferentiel, insertConvention } from "./seed/insert";
import { DEMO_USERS } from "./seed/referentiel";
import { SEED_CONVENTIONS } from "./seed/index";

export const DEMO_PASSWORD = process.env.DEMO_PASSWORD || "Conventions-demo-2026";

export async function seed(url: string, options: { demoUsers?: boolean; log?: (line: string) => void } = {}) {
  const log = options.log ?? console.log;
  const db = createPrismaClient(url, { poolSize: 2 });
  try {
    const orgs = await upsertReferentiel(db);
    if (options.demoUsers ?? process.env.SEED_DEMO_USERS !== "false") {
      const passwordHash = await bcrypt.hash(DEMO_PASSWORD, 10);
      for (const user of DEMO_USERS) {
        const organisationId = user.organisation ? orgs.get(user.organisation)! : null;
        await db.user.upsert({
          where: { email: user.email },
          create: {
            email: user.email,
            nom: user.nom,
            roles: [user.role, ...("autresRoles" in user ? user.autresRoles : [])],
            organisationId,
            passwordHash,
          },
          update: {},
        });
      }
    }
    let added = 0;
    for (const convention of SEED_CONVENTIONS) {
      const existante = await db.convention.findUnique({ where: { reference: convention.reference } });
      if (existante) {
        // Held since this demo data was loaded: the imputation table as the signed document prints it.
        if (convention.imputation?.lignesImprimees)
          await db.imputationBudgetaire.updateMany({
            where: { conventionId: existante.id, lignesImprimees: null },
            data: { lignesImprimees: convention.imputation.lignesImprimees },
          });
        continue;
      }
      await insertConvention(db, convention);
      added++;
    }
    log(`Données de démonstration : ${added} convention(s) ajoutée(s), ${SEED_CONVENTIONS.length - added} déjà présente(s).`);
  } finally {
    await db.$disconnect();
  }
}

if (require.main === module) {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error("DATABASE_URL n'est pas défini : lancez `npm run db:seed`.");
    process.exit(1);
  }
  seed(url).catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
