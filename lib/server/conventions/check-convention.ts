// Runs the consistency checks of lib/domain/controles on a stored convention.
import "server-only";
import { bilanControles, type ConventionAControler, type TexteConnu } from "@/lib/domain/controles";
import { toCalendarDate } from "@/lib/domain/dates";
import { estServiceDeLEtat } from "@/lib/domain/libelles";
import { siglesDuReferentiel } from "@/lib/domain/hierarchie";
import type { ConventionDetail } from "@/lib/views/convention";
import { on, type InTx } from "../db";

/** The organisations of the referential as the checks read them (names, families, successions). */
export type OrganisationsReferentiel = Parameters<typeof siglesDuReferentiel>[0];

/** A stored convention as the checks read it, with the referential's organisations when at hand. */
export function toConventionAControler(c: ConventionDetail, referentiel: OrganisationsReferentiel = []): ConventionAControler {
  const debut = c.dateSignature ?? c.dateConvention;
  const { siglesConnus, sigles } = siglesDuReferentiel(
    referentiel,
    c.parties.map((p) => p.organisationId),
  );
  return {
    type: c.type,
    titre: c.titre,
    objet: c.objet,
    plafondAe: c.plafondAe,
    plafondCp: c.plafondCp,
    ecartAeCpMotif: c.ecartAeCpMotif,
    dateDebut: debut ? toCalendarDate(debut) : null,
    dateFin: c.dateFin ? toCalendarDate(c.dateFin) : null,
    regleDuree: c.regleDuree,
    preambule: c.preambule,
    parties: c.parties.map((p, i) => ({
      role: p.role,
      libelle: p.libelle,
      mentionRole: p.mentionRole,
      denominations: p.denominations,
      etat: estServiceDeLEtat(p.organisation.type),
      adresse: p.adresse,
      representantNom: p.representantNom,
      qualite: p.qualite,
      sigles: sigles[i],
    })),
    siglesConnus,
    signatures: c.signatures.map((s) => ({
      partie: c.parties.findIndex((p) => p.id === s.partieId),
      mention: s.mention,
      signataireNom: s.signataireNom,
      qualite: s.qualite,
      pourLeCompteDe: s.pourLeCompteDe,
      autorite: s.autorite,
      autoriteReference: s.autoriteReference,
    })),
    basesLegales: c.basesLegales.map((b) => ({ texte: b.texte })),
    articles: c.articles.map((a) => ({ numero: a.numero, titre: a.titre, corps: a.corps })),
    echeancier: c.lignesEcheancier.map((l) => ({ annee: l.annee, ae: l.ae, cp: l.cp })),
    imputation: c.imputation,
  };
}

/** The referential's organisations, as the checks read them. */
export function listOrganisationsReferentiel({ tx }: InTx = {}): Promise<OrganisationsReferentiel> {
  return on(tx).organisation.findMany({ select: { id: true, sigle: true, parentId: true, successeurId: true } });
}

/** The legal texts known to exist, which cited texts are checked against. */
export function listTextesConnus({ tx }: InTx = {}): Promise<TexteConnu[]> {
  return on(tx).texteJuridique.findMany({ select: { nature: true, numero: true } });
}

export async function checkConvention(convention: ConventionDetail, { tx }: InTx = {}) {
  const [textes, referentiel] = await Promise.all([listTextesConnus({ tx }), listOrganisationsReferentiel({ tx })]);
  const data = toConventionAControler(convention, referentiel);
  return bilanControles(data, textes);
}
