// décret n° 2004-1085, art. 1 : « un ou plusieurs services de l'État » confient à « un autre service ».
import type { Constat, ConventionAControler } from "./types";

export function controlerParties(c: ConventionAControler): Constat[] {
  if (c.type !== "DELEGATION_GESTION") return [];
  const delegants = c.parties.filter((p) => p.role === "DELEGANT").length;
  const delegataires = c.parties.filter((p) => p.role === "DELEGATAIRE").length;
  const constats: Constat[] = [];
  if (delegants === 0) {
    constats.push({ code: "SANS_DELEGANT", gravite: "erreur", champ: "parties", message: "Une délégation de gestion a au moins un délégant (décret n° 2004-1085, art. 1)." });
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
