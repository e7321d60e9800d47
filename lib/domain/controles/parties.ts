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

export function controlerParties(c: ConventionAControler): Constat[] {
  return reglesParties(c.type, c.parties);
}
