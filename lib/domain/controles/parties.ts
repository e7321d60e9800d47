// décret n° 2004-1085, art. 1 : « un ou plusieurs services de l'État » (les délégants) confient à
// « un autre service » (le délégataire) : au moins un délégant, exactement un délégataire. The one
// statement of the rule: the form's schema refuses what it finds, the checks report it.
import type { Constat, ConventionAControler } from "./types";

type Partie = Pick<ConventionAControler["parties"][number], "role">;

export function reglesParties(type: ConventionAControler["type"], parties: readonly Partie[]): Constat[] {
  if (type !== "DELEGATION_GESTION") return [];
  const delegants = parties.filter((p) => p.role === "DELEGANT").length;
  const delegataires = parties.filter((p) => p.role === "DELEGATAIRE").length;
  const constats: Constat[] = [];
  if (delegants === 0) {
    constats.push({
      code: "SANS_DELEGANT",
      gravite: "erreur",
      champ: "parties",
      message: "Une délégation de gestion a au moins un délégant (décret n° 2004-1085, art. 1).",
    });
  }
  if (delegataires !== 1) {
    constats.push({
      code: "DELEGATAIRE_UNIQUE",
      gravite: "erreur",
      champ: "parties",
      message: `Une délégation de gestion a exactement un délégataire (décret n° 2004-1085, art. 1) ; il y en a ${delegataires}.`,
    });
  }
  return constats;
}

/** The words of each role, as the texts write them (« le délégant », « délégataire, d'autre part »). */
const MOTS_DU_ROLE: Record<Partie["role"], RegExp> = {
  DELEGANT: /(?<!\p{L})délégante?s?(?!\p{L})/iu,
  DELEGATAIRE: /(?<!\p{L})délégataires?(?!\p{L})/iu,
  PARTENAIRE: /(?<!\p{L})partenaires?(?!\p{L})/iu,
};
const NOM_DU_ROLE: Record<Partie["role"], string> = { DELEGANT: "délégant", DELEGATAIRE: "délégataire", PARTENAIRE: "partenaire" };

/** The words a text uses for a party's role (its mention, its « ci-après dénommé(e) ») agree with the role chosen for it. */
export function controlerMotsDesRoles(parties: ConventionAControler["parties"]): Constat[] {
  return parties.flatMap((p, i) => {
    const mots = [p.mentionRole ?? "", ...(p.denominations ?? [])].join(" ");
    return (Object.keys(MOTS_DU_ROLE) as Partie["role"][])
      .filter((role) => role !== p.role && MOTS_DU_ROLE[role].test(mots))
      .map((role) => ({
        code: "ROLE_CONTREDIT",
        gravite: "erreur" as const,
        champ: `parties.${i}.role`,
        message: `« ${p.libelle || `Partie ${i + 1}`} » est dite « ${NOM_DU_ROLE[role]} » dans le texte, mais son rôle est ${NOM_DU_ROLE[p.role]}.`,
      }));
  });
}

export function controlerParties(c: ConventionAControler): Constat[] {
  return [...reglesParties(c.type, c.parties), ...controlerMotsDesRoles(c.parties)];
}
