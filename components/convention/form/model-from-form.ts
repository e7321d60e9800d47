// The DINUM model's articles from what the form holds now (structured fields → text).
import { articlesModeleDinum } from "@/lib/domain/modele-dinum";
import { montantSaisi } from "@/lib/domain/money";
import { lireDenominations, type ConventionInput } from "@/lib/schemas/convention";

const amount = (text: string | undefined) => montantSaisi(text, null);

export function modelArticlesFromForm(v: ConventionInput) {
  const delegataire = (v.parties ?? []).find((p) => p.role === "DELEGATAIRE");
  const denominations = lireDenominations(delegataire?.denominations ?? "");
  const preavis = Number(v.preavisMois);
  return articlesModeleDinum({
    delegataire: { denomination: denominations.find((d) => !/^le délégataire$/i.test(d)) ?? denominations[0] ?? "le délégataire" },
    objet: v.objet ?? "",
    centreFinancier: v.imputation?.centreFinancier?.trim() || null,
    plafondAe: amount(v.plafondAe),
    plafondCp: amount(v.plafondCp),
    dateFin: v.dateFin || null,
    regleDuree: v.regleDuree,
    pointDepart: v.pointDepart,
    dateEffet: v.dateEffet || null,
    preavisMois: Number.isInteger(preavis) && v.preavisMois !== "" ? preavis : null,
    bulletinOfficiel: "du ministère",
  });
}
