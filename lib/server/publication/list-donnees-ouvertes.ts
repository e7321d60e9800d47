// The open-data index: every convention and avenant published (whatever happened after: in force,
// ended), with where and under which references, read without a session.
import "server-only";
import { nomPublie } from "@/lib/domain/publication";
import { calendarDateOrNull as jour } from "@/lib/domain/dates";
import type { LigneDonneesOuvertes } from "@/lib/views/donnees-ouvertes";
import { on, type InTx } from "../db";
import { libelleCanal } from "./suivi";

const PUBLIES = ["PUBLIEE", "EN_VIGUEUR", "TERMINEE"] as const;

type LignePublication = {
  canal: Parameters<typeof libelleCanal>[0];
  libelle: string;
  etat: string;
  nor: string | null;
  numero: string | null;
  url: string | null;
  sha256: string | null;
};

function references(
  lignes: readonly LignePublication[],
): Pick<LigneDonneesOuvertes, "referencesPublication" | "urlFichier" | "sha256Fichier"> {
  const publiees = lignes.filter((l) => l.etat === "PUBLIEE");
  const datagouv = publiees.find((l) => l.canal === "DATA_GOUV_FR" && l.url);
  return {
    referencesPublication: publiees
      .map((l) =>
        [libelleCanal(l.canal, l.libelle), l.nor && `NOR ${l.nor}`, l.numero && `n° ${l.numero}`, l.url].filter(Boolean).join(" "),
      )
      .join(" | "),
    urlFichier: datagouv?.url ?? null,
    sha256Fichier: datagouv?.sha256 ?? publiees.find((l) => l.sha256)?.sha256 ?? null,
  };
}

export async function listDonneesOuvertes({ tx }: InTx = {}): Promise<LigneDonneesOuvertes[]> {
  const db = on(tx);
  const conventions = await db.convention.findMany({
    where: { OR: [{ statut: { in: [...PUBLIES] } }, { avenants: { some: { statut: { in: [...PUBLIES] } } } }] },
    orderBy: { reference: "asc" },
    include: {
      parties: { include: { organisation: true }, orderBy: { ordre: "asc" } },
      imputation: { select: { programme: true, bop: true } },
      publications: true,
      avenants: { where: { statut: { in: [...PUBLIES] } }, orderBy: { numero: "asc" } },
    },
  });
  const lignes: LigneDonneesOuvertes[] = [];
  for (const c of conventions) {
    const noms = (role: string) =>
      c.parties
        .filter((p) => p.role === role)
        .map((p) => nomPublie(p.organisation))
        .join(" | ");
    const commun = {
      reference: c.reference,
      delegants: noms("DELEGANT"),
      delegataires: noms("DELEGATAIRE"),
      objet: c.objet,
      programme: c.imputation?.programme ? `${c.imputation.programme}${c.imputation.bop ? ` (BOP ${c.imputation.bop})` : ""}` : null,
      dateEntreeEnVigueur: null,
      dateFin: jour(c.dateFin),
    };
    if ((PUBLIES as readonly string[]).includes(c.statut))
      lignes.push({
        ...commun,
        nature: "convention",
        numeroAvenant: null,
        dateSignature: jour(c.dateSignature),
        datePublication: jour(c.datePublication),
        totalAe: c.plafondAe,
        totalCp: c.plafondCp,
        ...references(c.publications.filter((p) => p.documentId === c.id)),
      });
    for (const a of c.avenants)
      lignes.push({
        ...commun,
        nature: "avenant",
        numeroAvenant: a.numero,
        dateSignature: jour(a.dateSignature),
        datePublication: jour(a.datePublication),
        totalAe: null,
        totalCp: null,
        ...references(c.publications.filter((p) => p.documentId === a.id)),
      });
  }
  return lignes;
}
