// Accounts from the command line, for the start of a deployment (README « Mise en service »):
//   npm run compte -- creer-admin EMAIL [--nom "Prénom Nom"] [--force]
// creates the first administrator (refused when one already exists, unless --force) and prints the
// link with which they choose their password (e-mailed too when SMTP_URL is set).
import { parseArgs } from "node:util";
import { createFirstAdmin } from "../lib/server/comptes/create-first-admin";
import { db } from "../lib/server/db";
import { ErreurMetier } from "../lib/domain/erreurs";

const USAGE = 'Usage : npm run compte -- creer-admin ADRESSE [--nom "Prénom Nom"] [--force]';

async function main() {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { nom: { type: "string" }, force: { type: "boolean", default: false } },
  });
  const [commande, email] = positionals;
  if (commande !== "creer-admin" || !email) throw new ErreurMetier("USAGE", USAGE);
  const r = await createFirstAdmin({ email, nom: values.nom ?? email.split("@")[0]!, force: values.force });
  console.log(r.promu ? `✔ Le compte ${r.email} est maintenant administrateur.` : `✔ Compte administrateur créé : ${r.email}.`);
  console.log(`  Lien pour choisir son mot de passe (valable 72 heures, une seule fois) : ${r.lien}`);
  if (r.envoyee) console.log("  Il lui a aussi été envoyé par courriel.");
  console.log("  Avec ProConnect configuré, cette adresse peut aussi se connecter directement par ProConnect.");
  await db.$disconnect();
}

main().catch((error) => {
  console.error(`✖ ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
