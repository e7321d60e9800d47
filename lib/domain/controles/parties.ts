// décret n° 2004-1085, art. 1 : « un ou plusieurs services de l'État » (les délégants) confient à
// « un autre service » (le délégataire) : au moins un délégant, exactement un délégataire. The one
// statement of the rule: the form's schema refuses what it finds, the checks report it.
import type { Constat, ConventionAControler } from "./types";

type Partie = Pick<ConventionAControler["parties"][number], "role" | "etat">;
type Regi = { type: ConventionAControler["type"]; parties: readonly Partie[] };

/** Whether décret n° 2004-1085 governs the convention: a délégation de gestion, or any other kind
 *  of convention whose parties are all State services (a « convention de service » between the SG
 *  of a ministry and the DINUM is a délégation between State services all the same). */
export function regiParDecret2004(c: Regi): boolean {
  return c.type === "DELEGATION_GESTION" || (c.parties.length >= 2 && c.parties.every((p) => p.etat === true));
}

export function reglesParties(c: Regi): Constat[] {
  if (!regiParDecret2004(c)) return [];
  const sujet =
    c.type === "DELEGATION_GESTION"
      ? "Une délégation de gestion a"
      : "Entre services de l'État, la convention relève du décret n° 2004-1085 et a";
  const delegants = c.parties.filter((p) => p.role === "DELEGANT").length;
  const delegataires = c.parties.filter((p) => p.role === "DELEGATAIRE").length;
  const constats: Constat[] = [];
  if (delegants === 0) {
    constats.push({
      code: "SANS_DELEGANT",
      gravite: "erreur",
      champ: "parties",
      message: `${sujet} au moins un délégant (décret n° 2004-1085, art. 1).`,
    });
  }
  if (delegataires !== 1) {
    constats.push({
      code: "DELEGATAIRE_UNIQUE",
      gravite: "erreur",
      champ: "parties",
      message: `${sujet} exactement un délégataire (décret n° 2004-1085, art. 1) ; il y en a ${delegataires}.`,
    });
  }
  return constats;
}

/** The words of each role, as the texts write them (« le délégant », « délégataire, d'autre part »;
 *  « déléguant » and the seed's « délégrant » are the délégant's misspellings). */
const MOTS_DU_ROLE: Record<Partie["role"], RegExp> = {
  DELEGANT: /(?<!\p{L})d[ée]l[ée]gu?r?ante?s?(?!\p{L})/iu,
  DELEGATAIRE: /(?<!\p{L})délégataires?(?!\p{L})/iu,
  PARTENAIRE: /(?<!\p{L})partenaires?(?!\p{L})/iu,
};
const NOM_DU_ROLE: Record<Partie["role"], string> = { DELEGANT: "délégant", DELEGATAIRE: "délégataire", PARTENAIRE: "partenaire" };

type PartieNommee = Pick<ConventionAControler["parties"][number], "role" | "libelle" | "mentionRole" | "denominations">;

/** The words a text uses for a party's role (its mention, its « ci-après dénommé(e) ») agree with the role chosen for it. */
export function controlerMotsDesRoles(parties: readonly PartieNommee[], champ = (i: number) => `parties.${i}.role`): Constat[] {
  return parties.flatMap((p, i) => {
    const mots = [p.mentionRole ?? "", ...(p.denominations ?? [])].join(" ");
    return (Object.keys(MOTS_DU_ROLE) as Partie["role"][])
      .filter((role) => role !== p.role && MOTS_DU_ROLE[role].test(mots))
      .map((role) => ({
        code: "ROLE_CONTREDIT",
        gravite: "erreur" as const,
        champ: champ(i),
        message: `« ${p.libelle || `Partie ${i + 1}`} » est dite « ${NOM_DU_ROLE[role]} » dans le texte, mais son rôle est ${NOM_DU_ROLE[p.role]}.`,
      }));
  });
}

export function controlerParties(c: ConventionAControler): Constat[] {
  return [...reglesParties(c), ...controlerMotsDesRoles(c.parties)];
}
