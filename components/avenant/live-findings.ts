// The checks on an avenant's form as it is typed: its extension and stated remainder against the
// convention as it stands now, and its own text (legal bases, context, parties, articles: cited
// texts, amounts in words, roles, references to the convention's articles). What does not parse yet is left to the field's own message.
import { controlerAvenant, appliquerChangement, type Changement, type EtatConvention, type OrganisationRef } from "@/lib/domain/avenant";
import { controlerTexteAvenant, type Constat, type TexteConnu } from "@/lib/domain/controles";
import { avenantSchema, type AvenantInput } from "@/lib/schemas/avenant";
import { changementsFromData } from "@/lib/schemas/avenant-changements";
import { lireDenominations } from "@/lib/schemas/convention";
import type { PartieConvention } from "@/lib/views/avenant";

export type { PartieConvention };

export function constatsAvenant(
  numero: number,
  valeurs: AvenantInput,
  etat: EtatConvention,
  organisations: readonly OrganisationRef[],
  textes: readonly TexteConnu[],
  partiesConvention: readonly PartieConvention[],
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
      ? [{ role, libelle: p.libelle ?? "", mentionRole: p.mentionRole, denominations: lireDenominations(p.denominations ?? "") }]
      : [];
  });
  return [
    ...controlerAvenant(etat, { numero, signe: false, dateSignature: null, changements }),
    ...controlerTexteAvenant(
      {
        numero,
        contexte: valeurs.contexte ?? null,
        basesLegales: (valeurs.basesLegales ?? []).map((b) => ({ texte: b.texte ?? "" })),
        parties,
        articles,
      },
      { plafondAe: apres.plafondAe, plafondCp: apres.plafondCp, articles: apres.articles },
      textes,
    ),
  ];
}
