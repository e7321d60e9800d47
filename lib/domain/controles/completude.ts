// décret n° 2004-1085, art. 2 : la délégation est écrite ; elle précise la mission confiée, les
// modalités d'exécution financière, les obligations respectives, les modalités de compte rendu,
// une durée limitée (éventuellement renouvelable), et elle est publiée.
import { texteBrut } from "../texte";
import { regiParDecret2004 } from "./parties";
import type { Constat, ConventionAControler } from "./types";

export type ExigenceArticle2 = { code: string; libelle: string; couverte: boolean; aide: string };

const contient = (texte: string, motif: RegExp) => motif.test(texte.normalize("NFC"));

export function exigencesArticle2(c: ConventionAControler): ExigenceArticle2[] {
  const corps = c.articles.map((a) => `${a.titre}\n${texteBrut(a.corps)}`).join("\n");
  const titres = c.articles.map((a) => a.titre).join("\n");
  return [
    {
      code: "MISSION",
      libelle: "La mission confiée au délégataire",
      couverte: c.objet.trim().length > 0 && (contient(titres, /objet/i) || contient(corps, /a pour objet/i)),
      aide: "Décrivez l'objet de la délégation (champ « Objet » et un article « Objet de la délégation »).",
    },
    {
      code: "EXECUTION_FINANCIERE",
      libelle: "Les modalités d'exécution financière",
      couverte:
        c.plafondAe !== null &&
        c.echeancier.length > 0 &&
        contient(corps, /(ex[ée]cution financi[èe]re|dispositions financi[èe]res|cr[ée]dits)/i),
      aide: "Indiquez les plafonds AE/CP, l'échéancier et un article sur l'exécution financière.",
    },
    {
      code: "OBLIGATIONS",
      libelle: "Les obligations respectives des parties",
      couverte:
        contient(corps, /(obligations?|s['’]engage)/i) &&
        contient(corps, /d[ée]l[ée]gant|partenaire|minist[èe]re/i) &&
        contient(corps, /d[ée]l[ée]gataire|DINUM/i),
      aide: "Ajoutez les obligations du délégant et celles du délégataire.",
    },
    {
      code: "COMPTE_RENDU",
      libelle: "Les modalités de compte rendu de l'exécution",
      couverte: contient(corps, /(rend(re)? compte|compte[- ]rendu|rapport d['’]ex[ée]cution)/i),
      aide: "Précisez comment le délégataire rend compte des dépenses réalisées.",
    },
    {
      code: "DUREE",
      libelle: "Une durée limitée (éventuellement renouvelable)",
      couverte: c.dateFin !== null,
      aide: "Fixez une date de fin (ou une date de fin par défaut si la convention court jusqu'au règlement des opérations).",
    },
    {
      code: "PUBLICATION",
      libelle: "La publication de la convention",
      couverte: contient(corps, /publi[ée]/i),
      aide: "Ajoutez un article sur la publication (bulletin officiel, gouvernement.fr, data.gouv.fr).",
    },
  ];
}

export function controlerCompletude(c: ConventionAControler): Constat[] {
  if (!regiParDecret2004(c)) return [];
  return exigencesArticle2(c)
    .filter((e) => !e.couverte)
    .map((e) => ({
      code: `ARTICLE_2_${e.code}`,
      gravite: "avertissement" as const,
      champ: "articles",
      message: `Décret n° 2004-1085, art. 2 — ${e.libelle} : non couvert. ${e.aide}`,
    }));
}
