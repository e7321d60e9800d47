// The avenant form: its legal bases, the parties as named at its date, which changes it makes, its
// (generated, editable) articles and its signature blocks.
import { z } from "./zod";
import { blocSignature, partieImprimee, visa } from "./convention";
import { anneesEnDouble } from "@/lib/domain/echeancier";
import { annee, dateOptionnelle, montantOptionnel, montantOuZero, texteCourt, texteLong, texteOptionnel } from "./champs";

const article = z.object({ numero: texteCourt("Numéro ?", 10), titre: texteCourt("Indiquez le titre de l'article."), corps: texteLong });

export const avenantSchema = z
  .object({
    titre: texteOptionnel(300),
    dateAvenant: dateOptionnelle,
    introduction: texteLong,
    contexte: texteLong,
    formuleAccord: texteOptionnel(200),
    basesLegales: z.array(visa),
    // One per party of the convention (its organisation and role), named as at the avenant's date.
    parties: z.array(z.object({ partieId: z.string().min(1), ...partieImprimee })).min(1, "Nommez les parties de l'avenant."),
    prolongation: z.object({ active: z.boolean(), nouvelleDateFin: dateOptionnelle }),
    plafonds: z.object({ active: z.boolean(), ae: montantOptionnel, cp: montantOptionnel }),
    echeancier: z.object({
      active: z.boolean(),
      aPartirDe: z.string().trim(),
      lignes: z.array(z.object({ annee, ae: montantOuZero, cp: montantOuZero })).max(200),
    }),
    succession: z.object({ active: z.boolean(), remplaceeId: z.string(), successeurId: z.string() }),
    modifications: z.array(
      z.object({
        numero: texteCourt("Indiquez le numéro de l'article modifié.", 10),
        corps: texteCourt("Indiquez le nouveau texte de l'article.", 100_000),
      }),
    ),
    reliquat: z.object({ active: z.boolean(), ae: montantOptionnel, cp: montantOptionnel }),
    articles: z.array(article).min(1, "Générez ou rédigez au moins un article."),
    signatures: z.array(blocSignature),
  })
  .superRefine((a, ctx) => {
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: "custom", path, message });
    if (a.prolongation.active && !a.prolongation.nouvelleDateFin)
      issue(["prolongation", "nouvelleDateFin"], "Indiquez la nouvelle date de fin.");
    if (a.plafonds.active && a.plafonds.ae === null && a.plafonds.cp === null)
      issue(["plafonds", "ae"], "Indiquez au moins un nouveau plafond.");
    if (a.echeancier.active) {
      if (!/^\d{4}$/.test(a.echeancier.aPartirDe) || Number(a.echeancier.aPartirDe) < 2000 || Number(a.echeancier.aPartirDe) > 2100)
        issue(["echeancier", "aPartirDe"], "L'année doit être comprise entre 2000 et 2100.");
      a.echeancier.lignes.forEach((l, i) => {
        if (l.annee < Number(a.echeancier.aPartirDe))
          issue(["echeancier", "lignes", i, "annee"], `Cette ligne précède ${a.echeancier.aPartirDe}, première année remplacée.`);
      });
      for (const { index, message } of anneesEnDouble(a.echeancier.lignes)) issue(["echeancier", "lignes", index, "annee"], message);
    }
    if (a.succession.active) {
      if (!a.succession.remplaceeId) issue(["succession", "remplaceeId"], "Choisissez l'organisation remplacée.");
      if (!a.succession.successeurId) issue(["succession", "successeurId"], "Choisissez l'organisation qui lui succède.");
      if (a.succession.remplaceeId && a.succession.remplaceeId === a.succession.successeurId)
        issue(["succession", "successeurId"], "Une organisation ne se succède pas à elle-même.");
    }
    if (a.reliquat.active && a.reliquat.ae === null && a.reliquat.cp === null)
      issue(["reliquat", "ae"], "Indiquez le montant qui ne sera pas consommé.");
    const aucun =
      !a.prolongation.active &&
      !a.plafonds.active &&
      !a.echeancier.active &&
      !a.succession.active &&
      !a.reliquat.active &&
      a.modifications.length === 0;
    if (aucun) issue(["prolongation", "active"], "Un avenant modifie au moins un élément de la convention : cochez un changement.");
    const vues = new Set<string>();
    a.parties.forEach((p, i) => {
      if (vues.has(p.partieId)) issue(["parties", i, "libelle"], "Cette partie de la convention est déjà nommée plus haut.");
      vues.add(p.partieId);
    });
    a.signatures.forEach((s, i) => {
      if (s.partie >= a.parties.length) issue(["signatures", i, "partie"], "Choisissez la partie qui signe.");
    });
  });

export type AvenantInput = z.input<typeof avenantSchema>;
export type AvenantData = z.output<typeof avenantSchema>;

/** What a new avenant starts from: the convention's visas, its parties and signature blocks as they
 *  stand (names after any succession), to be brought up to the avenant's date. */
export type DepartAvenant = Pick<AvenantInput, "basesLegales" | "parties" | "signatures"> & { introduction?: string };

export function blankAvenant(depart: DepartAvenant = { basesLegales: [], parties: [], signatures: [] }): AvenantInput {
  return {
    titre: "",
    dateAvenant: "",
    introduction: depart.introduction ?? "",
    contexte: "",
    formuleAccord: "Il a été convenu ce qui suit :",
    basesLegales: depart.basesLegales,
    parties: depart.parties,
    signatures: depart.signatures,
    prolongation: { active: false, nouvelleDateFin: "" },
    plafonds: { active: false, ae: "", cp: "" },
    echeancier: { active: false, aPartirDe: "", lignes: [] },
    succession: { active: false, remplaceeId: "", successeurId: "" },
    modifications: [],
    reliquat: { active: false, ae: "", cp: "" },
    articles: [],
  };
}
