// The file store against a real PostgreSQL and a real S3-compatible server (s3rver, on loopback,
// started here): the same behaviour wherever the bytes are kept — named by their SHA-256, written
// once, checked at every read, never removed while a row points at them, orphans purged, bytes
// moved from PostgreSQL to S3 — and a convention frozen and signed with its files in S3.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
import S3rver from "s3rver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDb } from "../helpers/db";
import { createAgent, createConvention } from "../helpers/factories";
import { mener } from "../helpers/cycle";
import { deleteFichier, getFichier, moveFichiersToS3, purgeFichiers, putFichier, sha256 } from "@/lib/server/fichiers/fichiers";
import { getPdfFige } from "@/lib/server/documents/version-figee";

const db = testDb();
const BUCKET = "conventions-test";
let serveur: S3rver;
let env: Record<string, string>;

beforeAll(async () => {
  const dossier = fs.mkdtempSync(path.join(os.tmpdir(), "s3rver-"));
  serveur = new S3rver({
    address: "127.0.0.1",
    port: 0,
    silent: true,
    directory: dossier,
    configureBuckets: [{ name: BUCKET, configs: [] }],
  });
  const { port } = (await serveur.run()) as { port: number };
  env = {
    FICHIERS_S3_BUCKET: BUCKET,
    FICHIERS_S3_ENDPOINT: `http://127.0.0.1:${port}`,
    FICHIERS_S3_REGION: "eu-west-3",
    FICHIERS_S3_PATH_STYLE: "true",
    FICHIERS_S3_PREFIXE: `test-${process.pid}/`,
    FICHIERS_S3_ACCESS_KEY_ID: "S3RVER",
    FICHIERS_S3_SECRET_ACCESS_KEY: "S3RVER",
  };
});
afterAll(async () => {
  utiliser("BASE");
  await serveur.close();
});

/** Where new files go from now on, as an operator would set it in the environment. */
function utiliser(emplacement: "BASE" | "S3") {
  for (const [cle, valeur] of Object.entries(env)) {
    if (emplacement === "S3") process.env[cle] = valeur;
    else delete process.env[cle];
  }
}

const octetsUniques = (taille = 2048) => randomBytes(taille);

/** A row of the application pointing at the bytes (an attachment without its convention). */
const referencer = (empreinte: string, taille: number) =>
  db.fichier.create({ data: { nature: "ANNEXE", nom: "piece.pdf", typeMime: "application/pdf", taille, sha256: empreinte } });

describe.each(["BASE", "S3"] as const)("the file store, bytes kept in %s", (emplacement) => {
  beforeAll(() => utiliser(emplacement));
  afterAll(() => utiliser("BASE"));

  it("keeps bytes under their SHA-256, once, and gives them back", async () => {
    const octets = octetsUniques();
    const fichier = await putFichier(octets);
    expect(fichier).toEqual({ sha256: sha256(octets), taille: octets.length });
    expect(await putFichier(octets)).toEqual(fichier); // the same bytes again: nothing new
    const lignes = await db.contenu.findMany({ where: { sha256: fichier.sha256 } });
    expect(lignes).toHaveLength(1);
    expect(lignes[0]).toMatchObject({ taille: octets.length, emplacement });
    expect(lignes[0]!.octets === null).toBe(emplacement === "S3"); // in S3, the table holds no bytes
    expect((await getFichier(fichier.sha256)).equals(octets)).toBe(true);
    await expect(getFichier("0".repeat(64))).rejects.toThrow(/n'est pas dans le magasin de fichiers/);
  });

  it("refuses any change to kept bytes, and serves no altered file", async () => {
    const { sha256: empreinte } = await putFichier(octetsUniques());
    // The database refuses to change a kept file, its size or its place (other than a move to S3).
    await expect(db.$executeRaw`UPDATE "Contenu" SET "taille" = 1 WHERE "sha256" = ${empreinte}`).rejects.toThrow(
      /ne peut pas être modifié/,
    );
    await expect(db.$executeRaw`UPDATE "Contenu" SET "octets" = ${Buffer.from("autre")} WHERE "sha256" = ${empreinte}`).rejects.toThrow(
      /ne peut pas être modifié/,
    );
    // Bytes both in the table and said to be in S3, or of another size, are refused too.
    await expect(
      db.$executeRaw`INSERT INTO "Contenu" ("sha256", "taille", "emplacement", "octets") VALUES (${"f".repeat(64)}, 3, 'S3', ${Buffer.from("abc")})`,
    ).rejects.toThrow(/incohérent/);
    await expect(
      db.$executeRaw`INSERT INTO "Contenu" ("sha256", "taille", "octets") VALUES (${"e".repeat(64)}, 4, ${Buffer.from("abc")})`,
    ).rejects.toThrow(/incohérent/);
    if (emplacement === "S3") {
      // Bytes altered where they are kept (by hand, in the bucket) are refused at the next read.
      const client = new S3Client({
        region: env.FICHIERS_S3_REGION,
        endpoint: env.FICHIERS_S3_ENDPOINT,
        forcePathStyle: true,
        credentials: { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" },
      });
      await client.send(new PutObjectCommand({ Bucket: BUCKET, Key: `${env.FICHIERS_S3_PREFIXE}${empreinte}`, Body: octetsUniques() }));
      await expect(getFichier(empreinte)).rejects.toThrow(/est altéré/);
    }
  });

  it("never removes bytes a row points at; the purge removes the orphans only, once old enough", async () => {
    const garde = octetsUniques();
    const { sha256: empreinteGardee } = await putFichier(garde);
    await referencer(empreinteGardee, garde.length);
    const { sha256: orphelin } = await putFichier(octetsUniques());
    const { sha256: recent } = await putFichier(octetsUniques());

    expect(await deleteFichier(empreinteGardee)).toBe(false);
    await expect(db.$executeRaw`DELETE FROM "Contenu" WHERE "sha256" = ${empreinteGardee}`).rejects.toThrow(
      /foreign key|Fichier_sha256_fkey/,
    );

    // An orphan put before the cut-off is removed; one put after it (its transaction may still be
    // writing the row that points at it) is left for the next night.
    await db.$executeRaw`ALTER TABLE "Contenu" DISABLE TRIGGER "contenu_immuable"`;
    await db.$executeRaw`UPDATE "Contenu" SET "createdAt" = now() - interval '2 days' WHERE "sha256" IN (${orphelin}, ${empreinteGardee})`;
    await db.$executeRaw`ALTER TABLE "Contenu" ENABLE TRIGGER "contenu_immuable"`;
    const { retires } = await purgeFichiers();
    expect(retires).toBeGreaterThanOrEqual(1);
    expect(await db.contenu.findUnique({ where: { sha256: orphelin } })).toBeNull();
    await expect(getFichier(orphelin)).rejects.toThrow(/n'est pas dans le magasin/);
    expect((await getFichier(empreinteGardee)).equals(garde)).toBe(true);
    expect(await db.contenu.findUnique({ where: { sha256: recent } })).not.toBeNull();
    // Once nothing points at it, it goes.
    await db.fichier.deleteMany({ where: { sha256: empreinteGardee } });
    expect(await deleteFichier(empreinteGardee)).toBe(true);
  });
});

describe("moving the files kept in PostgreSQL to S3", () => {
  it("moves every file, checked, and can be run again", async () => {
    utiliser("BASE");
    const octets = octetsUniques(5000);
    const { sha256: empreinte } = await putFichier(octets);
    await referencer(empreinte, octets.length);
    await expect(moveFichiersToS3()).rejects.toThrow(/Aucun stockage S3/);

    utiliser("S3");
    try {
      const etapes: [number, number][] = [];
      const { deplaces } = await moveFichiersToS3({ parLot: 3, surProgression: (faits, total) => etapes.push([faits, total]) });
      expect(deplaces).toBeGreaterThanOrEqual(1);
      expect(etapes.at(-1)![0]).toBe(deplaces);
      expect(await db.contenu.findUniqueOrThrow({ where: { sha256: empreinte } })).toMatchObject({ emplacement: "S3", octets: null });
      expect((await getFichier(empreinte)).equals(octets)).toBe(true);
      expect(await moveFichiersToS3()).toEqual({ deplaces: 0 });
      // A move back into the table is refused by the database.
      await expect(
        db.$executeRaw`UPDATE "Contenu" SET "emplacement" = 'BASE', "octets" = ${octets} WHERE "sha256" = ${empreinte}`,
      ).rejects.toThrow(/ne peut pas être modifié/);
    } finally {
      utiliser("BASE");
    }
  });
});

describe("a convention frozen and signed with its files in S3", () => {
  it("keeps the frozen PDF and the scan in S3 and serves them from there", async () => {
    utiliser("S3");
    try {
      const dne = (await db.organisation.findFirstOrThrow({ where: { sigle: "DNE" } })).id;
      const [redacteur, relecteur, signataire] = await Promise.all(
        (["REDACTEUR", "RELECTEUR_FINANCIER", "SIGNATAIRE"] as const).map((role) => createAgent(db, { role, organisationId: dne })),
      );
      const convention = await createConvention(db, { statut: "BROUILLON" });
      const ref = { conventionId: convention.id };
      await mener(ref, [
        [redacteur!, "SOUMETTRE"],
        [relecteur!, "VALIDER"],
        [signataire!, "SIGNER_DERNIERE_PARTIE"],
      ]);
      const figee = await db.versionFigee.findFirstOrThrow({ where: { documentId: convention.id }, include: { contenu: true } });
      expect(figee.contenu).toMatchObject({ emplacement: "S3", octets: null });
      const scans = await db.fichier.findMany({
        where: { conventionId: convention.id, nature: "ORIGINAL_SIGNE" },
        include: { contenu: true },
      });
      expect(scans.length).toBeGreaterThanOrEqual(1);
      for (const s of scans) expect(s.contenu.emplacement).toBe("S3");
      const { statut } = await db.convention.findUniqueOrThrow({ where: { id: convention.id } });
      const servi = await getPdfFige({ id: convention.id, statut }, "convention.pdf");
      expect(servi!.octets.subarray(0, 5).toString()).toBe("%PDF-");
      expect(sha256(servi!.octets)).toBe(figee.sha256); // the scans keep the frozen text: the frozen PDF is served
    } finally {
      utiliser("BASE");
    }
  });
});
