// Moves the files kept in PostgreSQL to the S3-compatible object store now configured
// (FICHIERS_S3_BUCKET…; docs/adr/010-magasin-de-fichiers.md), each one written, read back and
// checked before the table lets go of its bytes. Safe to stop and run again; the app can keep
// running meanwhile (new files already go to S3 once it was restarted with the configuration).
//   npm run fichiers:vers-s3
import { configurationS3 } from "../lib/server/fichiers/s3";
import { descriptionStockage, moveFichiersToS3 } from "../lib/server/fichiers/fichiers";
import { db } from "../lib/server/db";

async function main() {
  if (!configurationS3())
    throw new Error("Aucun stockage S3 n'est configuré : définissez FICHIERS_S3_BUCKET (et FICHIERS_S3_ENDPOINT… ; voir .env.example).");
  console.log(`Déplacement des fichiers de PostgreSQL vers ${descriptionStockage()}…`);
  let dernier = 0;
  const { deplaces } = await moveFichiersToS3({
    surProgression: (faits, total) => {
      if (faits === total || Date.now() - dernier > 1000) {
        dernier = Date.now();
        console.log(`  ${faits} / ${total} fichier(s) déplacé(s)`);
      }
    },
  });
  console.log(
    deplaces ? `✔ ${deplaces} fichier(s) déplacé(s) et vérifié(s).` : "✔ Aucun fichier à déplacer : tous sont déjà dans le stockage S3.",
  );
  await db.$disconnect();
}

main().catch((error) => {
  console.error(`\n✖ ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
