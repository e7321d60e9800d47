// The file store: every file's bytes — frozen and signed PDFs, scans, kept copies of imported
// extracts, and tomorrow the archive's documents — go through here, named by the SHA-256 of what
// they are (docs/adr/010-magasin-de-fichiers.md). The table « Contenu » always says which files
// exist, their size and where their bytes are: in it (the default, nothing to configure) or in an
// S3-compatible object store (FICHIERS_S3_BUCKET…). Written once: the database refuses any change,
// and the deletion of bytes a row still points at.
//
// A use case puts its bytes **before** its transaction (sending 20 Mo to an object store is no work
// for a transaction held open), then writes the rows that point at them in it; bytes left without a
// row by a transaction that failed are removed by the nightly purge (`purgeFichiers`).
import "server-only";
import { createHash } from "node:crypto";
import { Prisma } from "@/lib/generated/prisma/client";
import { db, on, type InTx } from "../db";
import { configurationS3, magasinS3, type MagasinObjets } from "./s3";

export const sha256 = (octets: Uint8Array) => createHash("sha256").update(octets).digest("hex");

export type FichierStocke = { sha256: string; taille: number };

// One object store per configuration (read at first use; tests change it through the environment).
let objets: { cle: string; magasin: MagasinObjets | null } | undefined;
function magasinObjets(): MagasinObjets | null {
  const config = configurationS3();
  const cle = JSON.stringify(config);
  if (objets?.cle !== cle) objets = { cle, magasin: config ? magasinS3(config) : null };
  return objets.magasin;
}

/** Where new files go, said on the health page and in the logs. */
export const descriptionStockage = () => magasinObjets()?.description ?? "PostgreSQL (table Contenu)";

/** Keeps the bytes and returns their name. Putting bytes already there changes nothing. */
export async function putFichier(octets: Uint8Array): Promise<FichierStocke> {
  const fichier = { sha256: sha256(octets), taille: octets.byteLength };
  const magasin = magasinObjets();
  if (magasin) {
    await magasin.deposer(fichier.sha256, octets);
    await db.$executeRaw`INSERT INTO "Contenu" ("sha256", "taille", "emplacement") VALUES (${fichier.sha256}, ${fichier.taille}, 'S3')
      ON CONFLICT ("sha256") DO NOTHING`;
  } else {
    await db.$executeRaw`INSERT INTO "Contenu" ("sha256", "taille", "octets") VALUES (${fichier.sha256}, ${fichier.taille}, ${Buffer.from(octets)})
      ON CONFLICT ("sha256") DO NOTHING`;
  }
  return fichier;
}

/** The bytes named `empreinte`, checked against their name (a file altered where it is kept is
 *  never served as the signed original). */
export async function getFichier(empreinte: string, { tx }: InTx = {}): Promise<Buffer> {
  const contenu = await on(tx).contenu.findUnique({ where: { sha256: empreinte } });
  if (!contenu) throw new Error(`Le fichier ${empreinte} n'est pas dans le magasin de fichiers.`);
  let octets: Uint8Array | null = contenu.octets;
  if (!octets) {
    const magasin = magasinObjets();
    if (!magasin) throw new Error(`Le fichier ${empreinte} est dans le stockage S3, qui n'est plus configuré (FICHIERS_S3_BUCKET…).`);
    octets = await magasin.lire(empreinte);
    if (!octets) throw new Error(`Le fichier ${empreinte} manque dans le stockage S3 (${magasin.description}).`);
  }
  if (octets.byteLength !== contenu.taille || sha256(octets) !== empreinte)
    throw new Error(`Le fichier ${empreinte} est altéré dans le magasin de fichiers : ses octets ne correspondent plus à leur empreinte.`);
  return Buffer.from(octets.buffer, octets.byteOffset, octets.byteLength);
}

/** Whether a row of the application still points at these bytes. */
const REFERENCES = Prisma.sql`
  EXISTS (SELECT 1 FROM "Fichier" r WHERE r."sha256" = c."sha256")
  OR EXISTS (SELECT 1 FROM "VersionFigee" r WHERE r."sha256" = c."sha256")
  OR EXISTS (SELECT 1 FROM "PdfSigne" r WHERE r."sha256" = c."sha256")
  OR EXISTS (SELECT 1 FROM "ImportExecution" r WHERE r."copieSha256" = c."sha256")`;

/** Removes bytes no row points at any more; false (and nothing removed) while one does. */
export async function deleteFichier(empreinte: string): Promise<boolean> {
  let retire: { emplacement: string }[];
  try {
    retire = await db.$queryRaw<{ emplacement: string }[]>`DELETE FROM "Contenu" c WHERE c."sha256" = ${empreinte} AND NOT (${REFERENCES})
      RETURNING c."emplacement"::text AS emplacement`;
  } catch (e) {
    // A row pointing at them was written meanwhile: the foreign key keeps them.
    if (/23503|foreign key/i.test(e instanceof Error ? e.message : String(e))) return false;
    throw e;
  }
  if (retire.length === 0) return false;
  if (retire[0]!.emplacement === "S3") await magasinObjets()?.retirer(empreinte);
  return true;
}

/** Removes the bytes no row points at, put before `avant` (by default a day ago: a transaction that
 *  put bytes and has not yet written its row is long over). Run each night by the worker. */
export async function purgeFichiers({ avant = new Date(Date.now() - 24 * 3600_000) }: { avant?: Date } = {}) {
  const orphelins = await db.$queryRaw<{ sha256: string }[]>`SELECT c."sha256" FROM "Contenu" c
    WHERE c."createdAt" < ${avant} AND NOT (${REFERENCES}) ORDER BY c."createdAt"`;
  let retires = 0;
  for (const { sha256: empreinte } of orphelins) if (await deleteFichier(empreinte)) retires++;
  return { retires };
}

/** Moves the bytes kept in PostgreSQL to the object store now configured, `parLot` files at a time
 *  (`npm run fichiers:vers-s3`): each file is written, read back and checked before the table lets
 *  go of its bytes; a run stopped half-way is resumed by running it again. */
export async function moveFichiersToS3({
  parLot = 20,
  surProgression,
}: { parLot?: number; surProgression?: (faits: number, total: number) => void } = {}) {
  const magasin = magasinObjets();
  if (!magasin) throw new Error("Aucun stockage S3 n'est configuré (FICHIERS_S3_BUCKET…) : rien à déplacer.");
  const total = await db.contenu.count({ where: { emplacement: "BASE" } });
  let faits = 0;
  for (;;) {
    const lot = await db.contenu.findMany({ where: { emplacement: "BASE" }, orderBy: { sha256: "asc" }, take: parLot });
    if (lot.length === 0) break;
    for (const c of lot) {
      const octets = c.octets!;
      await magasin.deposer(c.sha256, octets);
      const relu = await magasin.lire(c.sha256);
      if (!relu || sha256(relu) !== c.sha256) throw new Error(`Le fichier ${c.sha256} relu dans le stockage S3 ne correspond pas : arrêt.`);
      await db.contenu.update({ where: { sha256: c.sha256 }, data: { emplacement: "S3", octets: null } });
      surProgression?.(++faits, total);
    }
  }
  return { deplaces: faits };
}
