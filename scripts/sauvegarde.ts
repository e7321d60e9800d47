// npm run db:backup [-- DOSSIER]     — backs the app's database up (and the object store's files when one is used)
// npm run db:restore -- DOSSIER [--remplacer]  — restores it into the app's database (DATABASE_URL /
//   DATABASE_NAME; the embedded one when unset): a new or empty database, or one emptied with --remplacer.
// scripts/lib/sauvegarde.ts says what a backup holds.
import path from "node:path";
import { loadEnvFiles } from "./lib/env-files";
import { resolveDatabase } from "./lib/database";
import { restaurer, sauvegarder } from "./lib/sauvegarde";

async function main() {
  loadEnvFiles();
  const [action, ...args] = process.argv.slice(2);
  const positionnel = args.find((a) => !a.startsWith("--"));
  const log = (ligne: string) => console.error(ligne);
  const database = await resolveDatabase({ log });
  try {
    if (action === "sauvegarder") {
      const horodatage = new Date().toISOString().slice(0, 19).replace(/[-:]/g, "").replace("T", "-");
      const dossier = path.resolve(positionnel ?? path.join(".data", "sauvegardes", `conventions-${horodatage}`));
      const m = await sauvegarder({ url: database.url, dossier, log });
      console.log(
        `Sauvegarde faite dans ${dossier} (base « ${m.base} », PostgreSQL ${m.versionServeur}, ${m.fichiersS3.length} fichier(s) du magasin d'objets).`,
      );
      if (m.fichiersManquants.length) {
        console.error(
          `⚠ ${m.fichiersManquants.length} fichier(s) que la base situe dans le magasin d'objets y manquent ou y sont altérés (listés dans manifeste.json).`,
        );
        process.exitCode = 2;
      }
    } else if (action === "restaurer") {
      if (!positionnel) throw new Error("Usage : npm run db:restore -- DOSSIER [--remplacer]");
      const m = await restaurer({ url: database.url, dossier: path.resolve(positionnel), remplacer: args.includes("--remplacer"), log });
      console.log(
        `Sauvegarde du ${m.faiteLe} restaurée (${m.fichiersS3.length} fichier(s) remis dans le magasin d'objets). Lancez npm run db:migrate si l'application est plus récente.`,
      );
    } else throw new Error("Usage : tsx scripts/sauvegarde.ts sauvegarder|restaurer [DOSSIER]");
  } finally {
    await database.server?.stop().catch(() => {});
  }
}

main().catch((error) => {
  console.error(`\n✖ ${error instanceof Error ? error.message : error}\n`);
  process.exit(1);
});
