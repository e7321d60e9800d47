// Runs the consistency checks of lib/domain/controles on a stored convention.
import "server-only";
import { bilanControles, type ConventionAControler, type TexteConnu } from "@/lib/domain/controles";
import { toCalendarDate } from "@/lib/domain/dates";
import { estServiceDeLEtat } from "@/lib/domain/libelles";
import type { ConventionDetail } from "@/lib/views/convention";
import { on, type InTx } from "../db";

export function toConventionAControler(c: ConventionDetail): ConventionAControler {
  const debut = c.dateSignature ?? c.dateConvention;
  return {
    type: c.type,
    objet: c.objet,
    plafondAe: c.plafondAe,
    plafondCp: c.plafondCp,
    ecartAeCpMotif: c.ecartAeCpMotif,
    dateDebut: debut ? toCalendarDate(debut) : null,
    dateFin: c.dateFin ? toCalendarDate(c.dateFin) : null,
    regleDuree: c.regleDuree,
    preambule: c.preambule,
    parties: c.parties.map((p) => ({
      role: p.role,
      libelle: p.libelle,
      mentionRole: p.mentionRole,
      denominations: p.denominations,
      etat: estServiceDeLEtat(p.organisation.type),
    })),
    basesLegales: c.basesLegales.map((b) => ({ texte: b.texte })),
    articles: c.articles.map((a) => ({ numero: a.numero, titre: a.titre, corps: a.corps })),
    echeancier: c.lignesEcheancier.map((l) => ({ annee: l.annee, ae: l.ae, cp: l.cp })),
    imputation: c.imputation,
  };
}

/** The legal texts known to exist, which cited texts are checked against. */
export function listTextesConnus({ tx }: InTx = {}): Promise<TexteConnu[]> {
  return on(tx).texteJuridique.findMany({ select: { nature: true, numero: true } });
}

export async function checkConvention(convention: ConventionDetail, { tx }: InTx = {}) {
  const textes = await listTextesConnus({ tx });
  const data = toConventionAControler(convention);
  return bilanControles(data, textes);
}
