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

// The words of each role, as texts write them: the legal term and its known spellings (« déléguant »
// is the délégant's older spelling), in any case and with or without accents, singular or plural,
// masculine or feminine. Any other word that looks like one (« délégrant », « déléguataire ») is a
// typo the signed text carries: it is said. (décret n° 2004-1085 names only délégant and délégataire;
// conventions de partenariat name partners.)
const ECRITS: Record<Partie["role"], readonly string[]> = {
  DELEGANT: ["délégant", "déléguant"],
  DELEGATAIRE: ["délégataire"],
  PARTENAIRE: ["partenaire"],
};
const NOM_DU_ROLE: Record<Partie["role"], string> = { DELEGANT: "délégant", DELEGATAIRE: "délégataire", PARTENAIRE: "partenaire" };
// Real words of the same family that are no role: « la délégation », « le délégué », « déléguer ».
const AUTRES_MOTS = /^(delegations?|delegue(e|es|s)?|deleguer|delegu(ait|e|ent|era)|partenariats?)$/;

const plier = (mot: string) => mot.toLowerCase().normalize("NFD").replace(/\p{M}/gu, "");
const TERMES: Record<Partie["role"], readonly string[]> = {
  DELEGANT: ECRITS.DELEGANT.map(plier),
  DELEGATAIRE: ECRITS.DELEGATAIRE.map(plier),
  PARTENAIRE: ECRITS.PARTENAIRE.map(plier),
};
const sansFlexion = (mot: string) => mot.replace(/(es|e|s)$/, "");

/** Edit distance (Levenshtein), to tell a look-alike of a role's word from an unrelated word. */
function distance(a: string, b: string): number {
  let precedente = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const ligne = [i];
    for (let j = 1; j <= b.length; j++)
      ligne[j] = Math.min(precedente[j]! + 1, ligne[j - 1]! + 1, precedente[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    precedente = ligne;
  }
  return precedente[b.length]!;
}

/** The role a word names: a role (its term or a known spelling), « inconnu » for a look-alike of one,
 *  or null for a word that is none. */
export function roleDuMot(mot: string): Partie["role"] | "inconnu" | null {
  const plie = plier(mot);
  if (plie.length < 6 || AUTRES_MOTS.test(plie)) return null;
  const racine = sansFlexion(plie);
  for (const role of Object.keys(TERMES) as Partie["role"][])
    if (TERMES[role].some((t) => racine === t || racine === sansFlexion(t))) return role;
  const ressemble =
    /^(deleg|delag|dleg|partena)/.test(plie) ||
    Object.values(TERMES)
      .flat()
      .some((t) => distance(racine, t) <= 2);
  return ressemble ? "inconnu" : null;
}

type PartieNommee = Pick<ConventionAControler["parties"][number], "role" | "libelle" | "mentionRole" | "denominations">;

/** Every word the text uses for a party's role (its mention, its « ci-après dénommé(e) ») names that
 *  role: another role's word contradicts it (an error), a look-alike of a role's word is a typo to
 *  correct (a warning). */
export function controlerMotsDesRoles(parties: readonly PartieNommee[], champ = (i: number) => `parties.${i}.role`): Constat[] {
  return parties.flatMap((p, i) => {
    const nom = `« ${p.libelle || `Partie ${i + 1}`} »`;
    const mots = [p.mentionRole ?? "", ...(p.denominations ?? [])].join(" ").match(/[\p{L}-]+/gu) ?? [];
    const vus = new Set<string>();
    return mots.flatMap((mot): Constat[] => {
      const role = roleDuMot(mot);
      if (role === null || role === p.role || vus.has(plier(mot))) return [];
      vus.add(plier(mot));
      if (role === "inconnu")
        return [
          {
            code: "ROLE_MOT_INCONNU",
            gravite: "avertissement",
            champ: champ(i),
            message: `Le texte appelle ${nom} « ${mot} » : ce n'est pas un terme connu pour son rôle (${ECRITS[p.role].map((t) => `« ${t} »`).join(" ou ")}) ; corrigez l'orthographe.`,
          },
        ];
      return [
        {
          code: "ROLE_CONTREDIT",
          gravite: "erreur",
          champ: champ(i),
          message: `${nom} est dite « ${NOM_DU_ROLE[role]} » dans le texte, mais son rôle est ${NOM_DU_ROLE[p.role]}.`,
        },
      ];
    });
  });
}

export function controlerParties(c: ConventionAControler): Constat[] {
  return [...reglesParties(c), ...controlerMotsDesRoles(c.parties)];
}

/** The role a word names or most resembles (« délégrant » → délégant, « déléguataire » →
 *  délégataire): what an import reads a typo as, while the checks still report the typo. */
export function roleLePlusProche(mot: string): Partie["role"] | null {
  const role = roleDuMot(mot);
  if (role !== "inconnu") return role;
  const racine = sansFlexion(plier(mot));
  let meilleur: { role: Partie["role"]; d: number } | null = null;
  for (const r of Object.keys(TERMES) as Partie["role"][])
    for (const t of TERMES[r]) {
      const d = distance(racine, sansFlexion(t));
      if (!meilleur || d < meilleur.d) meilleur = { role: r, d };
    }
  return meilleur && meilleur.d <= 3 ? meilleur.role : null;
}
