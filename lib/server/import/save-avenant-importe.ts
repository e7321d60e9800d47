// An imported avenant, attached to the convention it amends: the conventions it may amend (among
// those the agent sees, found by reference, date, parties and purpose), then its saving as the next
// avenant of the chosen one — its text as signed (visas, parties at its date, articles, signature
// blocks), its changes (end date, ceilings, schedule, succession, modified articles, remainder) as the
// avenant form records them, so that the consolidated view, the finance follow-up and the next
// avenant read it like a typed one. Signed, it keeps the original file as its signed copy. The same
// file twice gives the same avenant.
import "server-only";
import { ErreurMetier } from "@/lib/domain/erreurs";
import { assertAvenantPossible } from "@/lib/domain/avenant";
import { fromCalendarDate, toCalendarDate } from "@/lib/domain/dates";
import { conventionsCandidates, type ChangementLu, type ConventionVisee, type DocumentLu } from "@/lib/domain/import";
import { avenantSchema, type AvenantInput } from "@/lib/schemas/avenant";
import type { ConventionDetail } from "@/lib/views/convention";
import { recordAudit } from "../audit";
import { inTransaction, on, type InTx } from "../db";
import { putFichier } from "../fichiers/fichiers";
import { assertCan, conventionScope, type AgentLike } from "../policies";
import { getConvention } from "../conventions/get-convention";
import { createAvenant } from "../avenants/create-avenant";
import { conventionApresAvenants, getConsolidation } from "../avenants/get-consolidation";
import { refreshSuivi } from "../execution/refresh-suivi";
import type { AnalyseFichier } from "./analyse-fichier";
import {
  articlesLus,
  assertDateDeSignature,
  blocLu,
  enMontant,
  enTexte,
  joindreOriginal,
  recitImport,
  signerCommeLu,
  valeursValides,
  type ModeEnregistrement,
  type RevuePourLAudit,
} from "./original-signe";
import type { CandidateVue } from "@/lib/views/import";

export type AvenantEnregistre = { conventionId: string; avenantId: string; numero: number; deja: boolean };

/** The sigles an organisation is known by in a text: its own, its successor's and its predecessors'. */
async function siglesParOrganisation(tx?: InTx["tx"]) {
  const orgs = await on(tx).organisation.findMany({ select: { id: true, sigle: true, nom: true, successeurId: true } });
  const cle = new Map(orgs.map((o) => [o.id, o.sigle?.trim() || o.nom]));
  const sigles = new Map(orgs.map((o) => [o.id, new Set([cle.get(o.id)!])]));
  for (const o of orgs)
    if (o.successeurId && cle.has(o.successeurId)) {
      sigles.get(o.id)!.add(cle.get(o.successeurId)!);
      sigles.get(o.successeurId)!.add(cle.get(o.id)!);
    }
  const ids = new Map(orgs.map((o) => [cle.get(o.id)!, o.id]));
  return { sigles, ids };
}

/** The conventions this avenant may amend, best first; the one certain when the text says it clearly. */
export async function candidatesAvenant(
  agent: AgentLike,
  d: DocumentLu,
  { tx }: InTx = {},
): Promise<{ candidates: CandidateVue[]; certaine: string | null }> {
  if (!d.avenant) return { candidates: [], certaine: null };
  const { sigles, ids } = await siglesParOrganisation(tx);
  const organisations = new Set(
    d.parties
      .flatMap((p) => [p.organisation, p.sigleLu])
      .filter((s): s is string => Boolean(s))
      .flatMap((s) => (ids.get(s) ? [ids.get(s)!] : [])),
  );
  for (const id of [...organisations]) for (const s of sigles.get(id) ?? []) if (ids.get(s)) organisations.add(ids.get(s)!);
  const visee = d.avenant.convention;
  const rows = await on(tx).convention.findMany({
    where: {
      AND: [
        await conventionScope(agent, tx),
        {
          OR: [
            ...(visee.reference ? [{ reference: { equals: visee.reference, mode: "insensitive" as const } }] : []),
            ...(visee.date ? [{ dateConvention: fromCalendarDate(visee.date) }, { dateSignature: fromCalendarDate(visee.date) }] : []),
            { parties: { some: { organisationId: { in: [...organisations] } } } },
          ],
        },
      ],
    },
    orderBy: { createdAt: "desc" },
    take: 500,
    select: {
      id: true,
      reference: true,
      titre: true,
      objet: true,
      statut: true,
      dateConvention: true,
      dateSignature: true,
      parties: { select: { organisationId: true } },
    },
  });
  const { candidates, certaine } = conventionsCandidates(
    d,
    rows.map((c) => ({
      id: c.id,
      reference: c.reference,
      titre: c.titre,
      objet: c.objet,
      dateConvention: c.dateConvention ? toCalendarDate(c.dateConvention) : null,
      dateSignature: c.dateSignature ? toCalendarDate(c.dateSignature) : null,
      sigles: c.parties.flatMap((p) => [...(sigles.get(p.organisationId) ?? [])]),
    })),
  );
  const parId = new Map(rows.map((c) => [c.id, c]));
  return {
    candidates: candidates.slice(0, 10).map((c) => ({ ...c, titre: parId.get(c.id)!.titre, statut: parId.get(c.id)!.statut })),
    certaine: certaine?.id ?? null,
  };
}

/** The convention an avenant amends, as its checks read it: consolidated with its signed avenants. */
export async function conventionVisee(agent: AgentLike, conventionId: string, { tx }: InTx = {}): Promise<ConventionVisee> {
  const consolidation = await getConsolidation(agent, conventionId, { tx });
  const { convention } = consolidation;
  return {
    ...conventionApresAvenants(consolidation),
    reference: convention.reference,
    dateSignature: convention.dateSignature ? toCalendarDate(convention.dateSignature) : null,
  };
}

/** The avenant form's values for what was read, on this convention: each of its parties named as
 *  the avenant names it (matched by organisation, its successor or predecessor, else by role). */
export function valeursAvenant(
  d: DocumentLu,
  convention: Pick<ConventionDetail, "parties">,
  sigles: ReadonlyMap<string, ReadonlySet<string>>,
  ids: ReadonlyMap<string, string>,
): AvenantInput {
  const pris = new Set<number>();
  const lue = convention.parties.map((p) => {
    const connus = sigles.get(p.organisationId) ?? new Set<string>();
    let i = d.parties.findIndex((x, k) => !pris.has(k) && [x.organisation, x.sigleLu].some((s) => s && connus.has(s)));
    if (i < 0) i = d.parties.findIndex((x, k) => !pris.has(k) && x.role === p.role);
    if (i >= 0) pris.add(i);
    return i;
  });
  const changements = d.avenant?.changements ?? [];
  const un = <T extends ChangementLu["type"]>(type: T) => changements.find((c): c is Extract<ChangementLu, { type: T }> => c.type === type);
  const prolongation = un("PROLONGATION");
  const plafonds = un("PLAFONDS");
  const echeancier = un("ECHEANCIER");
  const succession = un("SUCCESSION_ORGANISATION");
  const reliquat = un("RELIQUAT");
  const modifications = changements.filter(
    (c): c is Extract<ChangementLu, { type: "MODIFICATION_ARTICLE" }> => c.type === "MODIFICATION_ARTICLE",
  );
  return {
    titre: d.titre,
    dateAvenant: enTexte(d.dateConvention),
    introduction: "",
    contexte: enTexte(d.preambule),
    formuleAccord: enTexte(d.formuleAccord),
    basesLegales: d.basesLegales.map((b) => ({ texte: b.texte })),
    parties: convention.parties.map((p, k) => {
      const x = lue[k]! >= 0 ? d.parties[lue[k]!]! : null;
      return {
        partieId: p.id,
        libelle: x?.libelle ?? p.libelle,
        adresse: enTexte(x ? x.adresse : p.adresse),
        representantNom: enTexte(x ? x.representantNom : p.representantNom),
        qualite: enTexte(x ? x.qualite : p.qualite),
        mentionRole: enTexte(x ? x.mentionRole : p.mentionRole),
        denominations: (x?.denominations ?? p.denominations ?? []).join("\n"),
      };
    }),
    prolongation: { active: Boolean(prolongation), nouvelleDateFin: enTexte(prolongation?.nouvelleDateFin) },
    plafonds: {
      active: Boolean(plafonds),
      ae: enMontant(plafonds?.nouveauPlafondAe ?? null),
      cp: enMontant(plafonds?.nouveauPlafondCp ?? null),
    },
    echeancier: {
      active: Boolean(echeancier),
      aPartirDe: enTexte(echeancier?.aPartirDe),
      lignes: (echeancier?.lignes ?? []).map((l) => ({ annee: String(l.annee), ae: enMontant(l.ae), cp: enMontant(l.cp) })),
    },
    succession: {
      active: Boolean(succession),
      remplaceeId: (succession && ids.get(succession.remplacee)) ?? "",
      successeurId: (succession && ids.get(succession.successeur)) ?? "",
    },
    modifications: modifications.map((m) => ({ numero: m.numero, corps: m.corps })),
    reliquat: { active: Boolean(reliquat), ae: enMontant(reliquat?.reliquatAe ?? null), cp: enMontant(reliquat?.reliquatCp ?? null) },
    articles: articlesLus(d),
    signatures: d.signatures.map((s) => {
      const partie = lue.indexOf(s.partie);
      return blocLu(s, partie >= 0 ? partie : Math.min(s.partie, convention.parties.length - 1), d);
    }),
  } as AvenantInput;
}

export async function saveAvenantImporte(
  agent: AgentLike,
  analyse: AnalyseFichier,
  octets: Uint8Array,
  nom: string,
  conventionId: string,
  mode: ModeEnregistrement,
  { tx: outer }: InTx = {},
  revue?: RevuePourLAudit,
): Promise<AvenantEnregistre> {
  assertCan(agent, "document.importer");
  const d = analyse.document;
  if (!d.avenant) throw new ErreurMetier("PAS_UN_AVENANT", "Ce document n'a pas été reconnu comme un avenant.");
  const deja = await on(outer).fichier.findFirst({
    where: { sha256: analyse.fichier.sha256, nature: { in: ["ORIGINAL_SIGNE", "AUTRE"] }, avenantId: { not: null } },
    select: { avenant: { select: { id: true, numero: true, conventionId: true } } },
  });
  if (deja?.avenant)
    return { conventionId: deja.avenant.conventionId, avenantId: deja.avenant.id, numero: deja.avenant.numero, deja: true };

  const convention = await getConvention(agent, conventionId, { tx: outer });
  const numero = assertAvenantPossible(convention);
  if (d.avenant.numero && d.avenant.numero !== numero)
    throw new ErreurMetier(
      "NUMERO_AVENANT",
      d.avenant.numero > numero
        ? `Cet avenant porte le n° ${d.avenant.numero}, mais la convention ${convention.reference} n'a dans l'application que ${numero - 1} avenant(s) : importez d'abord ${numero === d.avenant.numero - 1 ? `l'avenant n° ${numero}` : `les avenants n° ${numero} à ${d.avenant.numero - 1}`}.`
        : `La convention ${convention.reference} a déjà un avenant n° ${d.avenant.numero} : est-ce bien la convention que cet avenant modifie ?`,
    );
  const { sigles, ids } = await siglesParOrganisation(outer);
  const data = valeursValides(avenantSchema, valeursAvenant(d, convention, sigles, ids));
  assertDateDeSignature(d, mode, "avenant");

  await putFichier(octets);
  return inTransaction(outer, async (tx) => {
    const { id } = await createAvenant(agent, conventionId, data, { tx });
    await joindreOriginal(tx, { avenantId: id }, analyse, nom, mode, agent);
    if (mode === "SIGNE") await tx.avenant.update({ where: { id }, data: await signerCommeLu(tx, { avenantId: id }, d, agent) });
    await recordAudit(tx, {
      userId: agent.id,
      type: "AVENANT_IMPORTE",
      entite: "Avenant",
      entiteId: id,
      conventionId,
      apres: { numero, ...recitImport(analyse, nom, mode, revue) },
    });
    await refreshSuivi([conventionId], { tx, sauf: agent.id });
    return { conventionId, avenantId: id, numero, deja: false };
  });
}
