// Runs the consistency checks of lib/domain/controles on a stored convention.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { controlerConvention, exigencesArticle2, textesCites, type ConventionAControler } from "@/lib/domain/controles";
import { toCalendarDate } from "@/lib/domain/dates";
import type { ConventionDetail } from "./get-convention";

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
    parties: c.parties.map((p) => ({ role: p.role, libelle: p.libelle })),
    basesLegales: c.basesLegales.map((b) => ({ texte: b.texte })),
    articles: c.articles.map((a) => ({ numero: a.numero, titre: a.titre, corps: a.corps })),
    echeancier: c.lignesEcheancier.map((l) => ({ annee: l.annee, ae: l.ae, cp: l.cp })),
  };
}

export async function checkConvention(db: PrismaClient, convention: ConventionDetail) {
  const textes = await db.texteJuridique.findMany({ select: { nature: true, numero: true } });
  const data = toConventionAControler(convention);
  return { constats: controlerConvention(data, textes), exigences: exigencesArticle2(data), cites: textesCites(data, textes) };
}
