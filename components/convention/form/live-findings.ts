// The consistency checks on the form as it is being typed: values that do not parse yet are
// left out rather than reported twice (the field shows its own error).
import { controlerConvention, exigencesArticle2, textesCites, type ConventionAControler, type TexteConnu } from "@/lib/domain/controles";
import { montantSaisi } from "@/lib/domain/money";
import type { ConventionInput } from "@/lib/schemas/convention";

const amount = (text: string | undefined) => montantSaisi(text, null);

export function formToControle(v: ConventionInput): ConventionAControler {
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
    })),
    basesLegales: (v.basesLegales ?? []).map((b) => ({ texte: b.texte ?? "" })),
    articles: (v.articles ?? []).map((a) => ({ numero: a.numero ?? "", titre: a.titre ?? "", corps: a.corps ?? "" })),
    echeancier: (v.echeancier ?? []).flatMap((l) => {
      const ae = montantSaisi(l.ae, 0n);
      const cp = montantSaisi(l.cp, 0n);
      const annee = Number(l.annee);
      return ae !== null && cp !== null && Number.isInteger(annee) ? [{ annee, ae, cp }] : [];
    }),
  };
}

export function liveFindings(values: ConventionInput, textes: readonly TexteConnu[]) {
  const data = formToControle(values);
  return { constats: controlerConvention(data, textes), exigences: exigencesArticle2(data), cites: textesCites(data, textes) };
}
