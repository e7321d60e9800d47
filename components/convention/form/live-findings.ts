// The consistency checks on the form as it is being typed: values that do not parse yet are
// left out rather than reported twice (the field shows its own error).
import { bilanControles, type ConventionAControler, type TexteConnu } from "@/lib/domain/controles";
import { montantSaisi } from "@/lib/domain/money";
import type { ConventionInput } from "@/lib/schemas/convention";
import { estServiceDeLEtat, type TypeOrganisation } from "@/lib/domain/libelles";

const amount = (text: string | undefined) => montantSaisi(text, null);

/** The nature of each organisation of the referential, by id: a party's tells whether décret n° 2004-1085 governs. */
export type NaturesOrganisations = ReadonlyMap<string, TypeOrganisation>;

export function formToControle(v: ConventionInput, natures: NaturesOrganisations = new Map()): ConventionAControler {
  return {
    type: v.type,
    objet: v.objet ?? "",
    plafondAe: amount(v.plafondAe),
    plafondCp: amount(v.plafondCp),
    ecartAeCpMotif: v.ecartAeCpMotif,
    dateDebut: v.dateConvention || null,
    dateFin: v.dateFin || null,
    regleDuree: v.regleDuree,
    preambule: v.preambule,
    parties: (v.parties ?? []).map((p) => ({
      role: p.role,
      libelle: p.libelle,
      mentionRole: p.mentionRole,
      denominations: (p.denominations ?? "").split("\n"),
      etat: natures.has(p.organisationId ?? "") ? estServiceDeLEtat(natures.get(p.organisationId ?? "")!) : null,
    })),
    basesLegales: (v.basesLegales ?? []).map((b) => ({ texte: b.texte ?? "" })),
    articles: (v.articles ?? []).map((a) => ({ numero: a.numero ?? "", titre: a.titre ?? "", corps: a.corps ?? "" })),
    echeancier: (v.echeancier ?? []).flatMap((l) => {
      const ae = montantSaisi(l.ae, 0n);
      const cp = montantSaisi(l.cp, 0n);
      const annee = Number(l.annee);
      return ae !== null && cp !== null && Number.isInteger(annee) ? [{ annee, ae, cp }] : [];
    }),
    imputation: v.imputation,
  };
}

export function liveFindings(values: ConventionInput, textes: readonly TexteConnu[], natures?: NaturesOrganisations) {
  const data = formToControle(values, natures);
  return bilanControles(data, textes);
}
