// « Vérifier un PDF » (issue 11): is this file a version the application froze or signed (by its
// SHA-256), or the scan of a paper signature it keeps? Which signatures does it hold, and is each
// intact (pdfsig, with the internal CA trusted)? And what happened to that version.
import "server-only";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { ErreurMetier } from "@/lib/domain/erreurs";
import type { SignatureLue, Verification } from "@/lib/views/verification";
import { conventionScope, type AgentLike } from "../policies";
import { on, type InTx } from "../db";
import { certificatDeLAutorite } from "./autorite";
import { sha256 } from "../fichiers/fichiers";
import { assertTailleEnvoi } from "@/lib/domain/envois";

/** pdfsig's report, one entry per signature (poppler-utils; the CA in a throwaway NSS database). */
export function readPdfSignatures(octets: Buffer): SignatureLue[] {
  const dossier = fs.mkdtempSync(path.join(os.tmpdir(), "verifier-"));
  try {
    const fichier = path.join(dossier, "document.pdf");
    fs.writeFileSync(fichier, octets);
    fs.writeFileSync(path.join(dossier, "ca.pem"), certificatDeLAutorite());
    execFileSync("certutil", ["-d", `sql:${dossier}`, "-N", "--empty-password"], { stdio: "ignore" });
    execFileSync("certutil", ["-d", `sql:${dossier}`, "-A", "-n", "ca", "-t", "CT,C,C", "-i", path.join(dossier, "ca.pem")], {
      stdio: "ignore",
    });
    let sortie: string;
    try {
      // In UTC and in C: its « Signing Time » is then « Dec 03 2026 17:08:43 », read as such below.
      sortie = execFileSync("pdfsig", ["-nssdir", `sql:${dossier}`, fichier], {
        encoding: "utf8",
        stdio: ["ignore", "pipe", "pipe"],
        env: { ...process.env, TZ: "UTC", LC_ALL: "C" },
      });
    } catch (error) {
      sortie = String((error as { stdout?: string }).stdout ?? "");
    }
    return sortie
      .split(/^Signature #\d+:$/m)
      .slice(1)
      .map((bloc) => {
        const champ = (nom: string) => bloc.match(new RegExp(`- ${nom}: (.*)$`, "m"))?.[1]?.trim() ?? null;
        return {
          signataire: champ("Signer Certificate Common Name") ?? "inconnu",
          horodatage: instantPdfsig(champ("Signing Time")),
          intacte: champ("Signature Validation") === "Signature is Valid.",
          certificatReconnu: champ("Certificate Validation") === "Certificate is Trusted.",
          couvreToutLeDocument: /Total document signed/.test(bloc),
          detail: [champ("Signature Validation"), champ("Certificate Validation")].filter(Boolean).join(" "),
        };
      });
  } finally {
    fs.rmSync(dossier, { recursive: true, force: true });
  }
}

const MOIS_C = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** pdfsig's « Dec 03 2026 17:08:43 » (UTC, C locale), as an instant. */
export function instantPdfsig(texte: string | null): Date | null {
  const m = texte?.match(/^([A-Z][a-z]{2}) (\d{1,2}) (\d{4}) (\d{2}):(\d{2}):(\d{2})$/);
  if (!m || !MOIS_C.includes(m[1]!)) return null;
  return new Date(Date.UTC(Number(m[3]), MOIS_C.indexOf(m[1]!), Number(m[2]), Number(m[4]), Number(m[5]), Number(m[6])));
}

/** A file sent to be verified: within its limit, and a PDF (« Vérifier un PDF », « Vérifier une publication »). */
export function assertPdfAVerifier(fichier: { nom: string; octets: Buffer }) {
  assertTailleEnvoi("verification", fichier.octets.length);
  if (fichier.octets.subarray(0, 5).toString("latin1") !== "%PDF-")
    throw new ErreurMetier("PAS_PDF", `« ${fichier.nom} » n'est pas un PDF.`, { fichier: "Choisissez un fichier PDF." });
}

export async function verifyPdf(agent: AgentLike, fichier: { nom: string; octets: Buffer }, { tx }: InTx = {}): Promise<Verification> {
  assertPdfAVerifier(fichier);
  const empreinte = sha256(fichier.octets);
  const db = on(tx);
  const scope = await conventionScope(agent, tx);
  const [figee, signe, scan] = await Promise.all([
    db.versionFigee.findFirst({ where: { sha256: empreinte, convention: scope }, include: { convention: true, avenant: true } }),
    db.pdfSigne.findFirst({
      where: { sha256: empreinte, versionFigee: { convention: scope } },
      include: { versionFigee: { include: { convention: true, avenant: true } } },
    }),
    db.fichier.findFirst({
      where: { sha256: empreinte, nature: "ORIGINAL_SIGNE", OR: [{ convention: scope }, { avenant: { convention: scope } }] },
      include: { convention: true, avenant: { include: { convention: true } }, signature: { include: { partie: true } } },
    }),
  ]);
  const version = figee ?? signe?.versionFigee ?? null;
  const signatures = readPdfSignatures(fichier.octets);
  const base = { nom: fichier.nom, sha256: empreinte, taille: fichier.octets.length, signatures };
  if (version) {
    const document = version.avenant
      ? `l'avenant n° ${version.avenant.numero} à la convention ${version.convention.reference}`
      : `la convention ${version.convention.reference}`;
    const chemin = version.avenant
      ? `/conventions/${version.conventionId}/avenants/${version.avenant.numero}`
      : `/conventions/${version.conventionId}`;
    const etapes = await db.signature.findMany({
      where: { versionFigeeId: version.id, signee: true },
      orderBy: { enregistreeLe: "asc" },
      include: { partie: true, pdfSigne: { select: { rang: true } } },
    });
    return {
      ...base,
      reconnu: signe ? "signe" : "figee",
      document,
      chemin,
      versionFigee: version.numero,
      figeeLe: version.figeeLe,
      rang: signe?.rang ?? 0,
      historique: etapes.map((e) => ({
        partie: e.partie?.libelle ?? e.mention,
        signataire: e.signataireNom,
        date: e.dateSignature,
        niveau: e.niveau,
        dansCeFichier: e.pdfSigne ? e.pdfSigne.rang <= (signe?.rang ?? 0) : false,
      })),
    };
  }
  if (scan) {
    const convention = scan.convention ?? scan.avenant?.convention ?? null;
    return {
      ...base,
      reconnu: "scan",
      document: scan.avenant
        ? `l'avenant n° ${scan.avenant.numero} à la convention ${convention?.reference}`
        : `la convention ${convention?.reference}`,
      chemin: scan.avenant ? `/conventions/${convention?.id}/avenants/${scan.avenant.numero}` : `/conventions/${convention?.id}`,
      versionFigee: null,
      figeeLe: null,
      rang: 0,
      historique: scan.signature
        ? [
            {
              partie: scan.signature.partie?.libelle ?? scan.signature.mention,
              signataire: scan.signature.signataireNom,
              date: scan.signature.dateSignature,
              niveau: scan.signature.niveau,
              dansCeFichier: true,
            },
          ]
        : [],
    };
  }
  return { ...base, reconnu: null, document: null, chemin: null, versionFigee: null, figeeLe: null, rang: 0, historique: [] };
}
