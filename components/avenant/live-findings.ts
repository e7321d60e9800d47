// The checks on an avenant's form as it is typed: its extension and stated remainder against the
// convention as it stands now, and its own text (legal bases, context, parties, articles: cited
// texts, amounts in words, roles, references to the convention's articles). What does not parse yet is left to the field's own message.
import { controlerAvenant, appliquerChangement, type Changement, type EtatConvention } from "@/lib/domain/avenant";
import { controlerTexteAvenant, type Constat, type TexteConnu } from "@/lib/domain/controles";
import { avenantSchema, type AvenantInput } from "@/lib/schemas/avenant";
import { changementsFromData } from "@/lib/schemas/avenant-changements";
import { lireDenominations } from "@/lib/schemas/convention";
import type { PartieConvention } from "@/lib/views/avenant";
import type { OrganisationOption } from "@/lib/views/referentiel";
import { siglesDuReferentiel } from "@/lib/domain/hierarchie";
import { blocsSaisis } from "@/components/convention/form/live-findings";

export type { PartieConvention };

export function constatsAvenant(
  numero: number,
  valeurs: AvenantInput,
  etat: EtatConvention,
  organisations: readonly OrganisationOption[],
  textes: readonly TexteConnu[],
  partiesConvention: readonly PartieConvention[],
  convention: { regleDuree: "DATE_FIXE" | "JUSQU_AU_REGLEMENT"; centreFinancier: string | null } = {
    regleDuree: "DATE_FIXE",
    centreFinancier: null,
  },
): Constat[] {
  const lu = avenantSchema.safeParse({
    ...valeurs,
    articles: valeurs.articles?.length ? valeurs.articles : [{ numero: "1", titre: "—", corps: "" }],
  });
  const changements: Changement[] = lu.success ? changementsFromData(lu.data, organisations) : [];
  let apres = etat;
  for (const c of changements) apres = appliquerChangement(apres, c)[0];
  const articles = (valeurs.articles ?? []).map((a) => ({ numero: a.numero ?? "", titre: a.titre ?? "", corps: a.corps ?? "" }));
  const roles = new Map(partiesConvention.map((p) => [p.id, p.role]));
  const parties = (valeurs.parties ?? []).flatMap((p) => {
    const role = roles.get(p.partieId ?? "");
    return role
      ? [
          {
            role,
            libelle: p.libelle ?? "",
            adresse: p.adresse,
            representantNom: p.representantNom,
            qualite: p.qualite,
            mentionRole: p.mentionRole,
            denominations: lireDenominations(p.denominations ?? ""),
          },
        ]
      : [];
  });
  // The names the text may give each party: its organisation (after the successions this avenant
  // makes), its family; every sigle of the referential.
  const organisationDe = new Map(partiesConvention.map((p, i) => [p.id, apres.parties[i]?.organisation.id ?? p.organisationId]));
  const { siglesConnus, sigles } = siglesDuReferentiel(
    organisations,
    (valeurs.parties ?? []).map((p) => organisationDe.get(p.partieId ?? "")),
  );
  return [
    ...controlerAvenant(etat, { numero, signe: false, dateSignature: null, changements }),
    ...controlerTexteAvenant(
      {
        numero,
        introduction: valeurs.introduction ?? null,
        contexte: valeurs.contexte ?? null,
        basesLegales: (valeurs.basesLegales ?? []).map((b) => ({ texte: b.texte ?? "" })),
        parties: parties.map((p, i) => ({ ...p, sigles: sigles[i] })),
        articles,
        signatures: blocsSaisis(valeurs.signatures),
      },
      {
        plafondAe: apres.plafondAe,
        plafondCp: apres.plafondCp,
        articles: apres.articles,
        dateFin: apres.dateFin,
        regleDuree: convention.regleDuree,
        imputation: { centreFinancier: convention.centreFinancier },
        siglesConnus,
      },
      textes,
    ),
  ];
}
