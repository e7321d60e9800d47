// A stored avenant back into its form, to edit a draft as it was saved (the reverse of
// lib/server/avenants/changements.ts rowsFromForm).
import { montantToInput } from "@/lib/domain/money";
import { toCalendarDate } from "@/lib/domain/dates";
import type { AvenantVue, TexteAvenantVue } from "@/lib/views/avenant";
import { blankAvenant, type AvenantInput, type DepartAvenant } from "./avenant";

const montant = (v: bigint | null) => (v === null ? "" : montantToInput(v));

/** An avenant's visas, parties and signature blocks, back into the form's fields. */
export function texteVersSaisie(texte: TexteAvenantVue): DepartAvenant {
  const ordre = new Map(texte.parties.map((p, i) => [p.partieId, i]));
  return {
    basesLegales: texte.basesLegales.map((b) => ({ texte: b.texte })),
    parties: texte.parties.map((p) => ({
      partieId: p.partieId,
      libelle: p.libelle,
      adresse: p.adresse ?? "",
      representantNom: p.representantNom ?? "",
      qualite: p.qualite ?? "",
      mentionRole: p.mentionRole ?? "",
      denominations: p.denominations.join("\n"),
    })),
    signatures: texte.signatures.map((s) => ({
      partie: String(ordre.get(s.partieId ?? "") ?? 0),
      mention: s.mention,
      signataireNom: s.signataireNom ?? "",
      qualite: s.qualite ?? "",
      groupe: String(s.groupe),
      autorite: s.autorite ?? "",
      autoriteReference: s.autoriteReference ?? "",
      pourLeCompteDe: s.pourLeCompteDe ?? "",
      lieu: s.lieu ?? "",
    })),
  };
}

export function avenantVersSaisie(
  avenant: AvenantVue,
  articles: { numero: string; titre: string; corps: string }[],
  texte: TexteAvenantVue,
): AvenantInput {
  const saisie = blankAvenant(texteVersSaisie(texte));
  saisie.titre = avenant.titre ?? "";
  saisie.dateAvenant = avenant.dateAvenant ? toCalendarDate(avenant.dateAvenant) : "";
  saisie.introduction = avenant.introduction ?? "";
  saisie.contexte = avenant.contexte ?? "";
  saisie.formuleAccord = avenant.formuleAccord ?? "";
  for (const c of avenant.changements) {
    switch (c.type) {
      case "PROLONGATION":
        saisie.prolongation = { active: true, nouvelleDateFin: c.nouvelleDateFin ? toCalendarDate(c.nouvelleDateFin) : "" };
        break;
      case "PLAFONDS":
        saisie.plafonds = { active: true, ae: montant(c.nouveauPlafondAe), cp: montant(c.nouveauPlafondCp) };
        break;
      case "ECHEANCIER":
        saisie.echeancier = {
          active: true,
          aPartirDe: String(c.echeancierAPartirDe ?? ""),
          lignes: c.lignesEcheancier.map((l) => ({ annee: String(l.annee), ae: montant(l.ae), cp: montant(l.cp) })),
        };
        break;
      case "SUCCESSION_ORGANISATION":
        saisie.succession = { active: true, remplaceeId: c.organisationRemplaceeId ?? "", successeurId: c.organisationSuccesseurId ?? "" };
        break;
      case "MODIFICATION_ARTICLE":
        saisie.modifications.push({ numero: c.articleNumero ?? "", corps: c.nouveauCorps ?? "" });
        break;
      case "RELIQUAT":
        saisie.reliquat = { active: true, ae: montant(c.reliquatAe), cp: montant(c.reliquatCp) };
        break;
    }
  }
  saisie.articles = articles.map(({ numero, titre, corps }) => ({ numero, titre, corps }));
  return saisie;
}
