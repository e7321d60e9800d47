// The consistency checks on the form as it is being typed: values that do not parse yet are
// left out rather than reported twice (the field shows its own error).
import { bilanControles, type ConventionAControler, type TexteConnu } from "@/lib/domain/controles";
import { montantSaisi } from "@/lib/domain/money";
import type { ConventionInput } from "@/lib/schemas/convention";
import { estServiceDeLEtat } from "@/lib/domain/libelles";
import { siglesDuReferentiel } from "@/lib/domain/hierarchie";
import type { OrganisationOption } from "@/lib/views/referentiel";

const amount = (text: string | undefined) => montantSaisi(text, null);

/** The referential as the checks read it: each organisation's nature (a party's tells whether décret
 *  n° 2004-1085 governs), its sigle, family and successions (the names the text may give a party). */
export function formToControle(v: ConventionInput, organisations: readonly OrganisationOption[] = []): ConventionAControler {
  const natures = new Map(organisations.map((o) => [o.id, o.type]));
  const { siglesConnus, sigles } = siglesDuReferentiel(
    organisations,
    (v.parties ?? []).map((p) => p.organisationId),
  );
  return {
    type: v.type,
    titre: v.titre,
    objet: v.objet ?? "",
    plafondAe: amount(v.plafondAe),
    plafondCp: amount(v.plafondCp),
    ecartAeCpMotif: v.ecartAeCpMotif,
    dateDebut: v.dateConvention || null,
    dateFin: v.dateFin || null,
    regleDuree: v.regleDuree,
    preambule: v.preambule,
    parties: (v.parties ?? []).map((p, i) => ({
      role: p.role,
      libelle: p.libelle,
      mentionRole: p.mentionRole,
      denominations: (p.denominations ?? "").split("\n"),
      etat: natures.has(p.organisationId ?? "") ? estServiceDeLEtat(natures.get(p.organisationId ?? "")!) : null,
      adresse: p.adresse,
      representantNom: p.representantNom,
      qualite: p.qualite,
      sigles: sigles[i],
    })),
    siglesConnus,
    signatures: blocsSaisis(v.signatures),
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

/** The signature blocks as typed (convention and avenant forms share them), as the checks read them. */
export function blocsSaisis(signatures: ConventionInput["signatures"] | undefined): ConventionAControler["signatures"] {
  return (signatures ?? []).map((s) => ({
    partie: Number(s.partie),
    mention: s.mention ?? "",
    signataireNom: s.signataireNom,
    qualite: s.qualite,
    pourLeCompteDe: s.pourLeCompteDe,
    autorite: s.autorite || null,
    autoriteReference: s.autoriteReference,
  }));
}

export function liveFindings(values: ConventionInput, textes: readonly TexteConnu[], organisations?: readonly OrganisationOption[]) {
  const data = formToControle(values, organisations);
  return bilanControles(data, textes);
}
