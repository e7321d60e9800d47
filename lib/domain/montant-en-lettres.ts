// Amounts in French words, traditional spelling (before the 1990 rectifications), as legal texts
// write them: « trois cent cinquante-quatre mille sept cent cinquante euros ». And back.
//   - hyphens between tens and units below one hundred only: « vingt-deux », « cent deux » ;
//   - « et » for 21, 31, 41, 51, 61 and 71: « vingt et un », « soixante et onze » ;
//   - « quatre-vingts » and « deux cents » take an s only when nothing follows them, or a noun
//     (million, milliard): « quatre-vingt mille », « deux cents millions » ;
//   - « mille » never varies; « million » and « milliard » are nouns: plural, « d'euros ».

const UNITES = [
  "zéro",
  "un",
  "deux",
  "trois",
  "quatre",
  "cinq",
  "six",
  "sept",
  "huit",
  "neuf",
  "dix",
  "onze",
  "douze",
  "treize",
  "quatorze",
  "quinze",
  "seize",
  "dix-sept",
  "dix-huit",
  "dix-neuf",
];
const DIZAINES: Record<number, string> = { 2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante" };

function moinsDeCent(n: number, final: boolean): string {
  if (n < 20) return UNITES[n]!;
  const dizaine = Math.floor(n / 10);
  const unite = n % 10;
  if (dizaine === 7) return n === 71 ? "soixante et onze" : `soixante-${UNITES[n - 60]}`;
  if (dizaine === 8) return unite === 0 ? (final ? "quatre-vingts" : "quatre-vingt") : `quatre-vingt-${UNITES[unite]}`;
  if (dizaine === 9) return `quatre-vingt-${UNITES[n - 80]}`;
  if (unite === 0) return DIZAINES[dizaine]!;
  if (unite === 1) return `${DIZAINES[dizaine]} et un`;
  return `${DIZAINES[dizaine]}-${UNITES[unite]}`;
}

function moinsDeMille(n: number, final: boolean): string {
  const centaines = Math.floor(n / 100);
  const reste = n % 100;
  const suite = reste ? ` ${moinsDeCent(reste, final)}` : "";
  if (centaines === 0) return moinsDeCent(reste, final);
  if (centaines === 1) return `cent${suite}`;
  return `${UNITES[centaines]} cent${reste === 0 && final ? "s" : ""}${suite}`;
}

/** A whole number in words: 354750n → "trois cent cinquante-quatre mille sept cent cinquante". */
export function nombreEnLettres(value: bigint | number): string {
  let n = BigInt(value);
  if (n < 0n) return `moins ${nombreEnLettres(-n)}`;
  if (n === 0n) return "zéro";
  if (n >= 10n ** 15n) throw new Error("Nombre trop grand pour être écrit en lettres.");
  const parts: string[] = [];
  const groupes: [bigint, string][] = [
    [10n ** 12n, "billion"],
    [10n ** 9n, "milliard"],
    [10n ** 6n, "million"],
  ];
  for (const [taille, nom] of groupes) {
    const q = Number(n / taille);
    n %= taille;
    if (q) parts.push(`${moinsDeMille(q, true)} ${nom}${q > 1 ? "s" : ""}`);
  }
  const milliers = Number(n / 1000n);
  const reste = Number(n % 1000n);
  if (milliers) parts.push(milliers === 1 ? "mille" : `${moinsDeMille(milliers, false)} mille`);
  if (reste) parts.push(moinsDeMille(reste, true));
  return parts.join(" ");
}

/** Cents in words: 35475000n → "trois cent cinquante-quatre mille sept cent cinquante euros". */
export function montantEnLettres(cents: bigint): string {
  if (cents < 0n) return `moins ${montantEnLettres(-cents)}`;
  const euros = cents / 100n;
  const centimes = cents % 100n;
  const partieEuros =
    euros === 0n && centimes > 0n
      ? ""
      : euros === 1n
        ? "un euro"
        : `${nombreEnLettres(euros)} ${euros > 0n && euros % 1_000_000n === 0n ? "d'euros" : "euros"}`;
  if (centimes === 0n) return partieEuros;
  const partieCentimes = `${nombreEnLettres(centimes)} centime${centimes > 1n ? "s" : ""}`;
  return partieEuros ? `${partieEuros} et ${partieCentimes}` : partieCentimes;
}

const VALEURS: Record<string, number> = {
  zero: 0,
  un: 1,
  une: 1,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  six: 6,
  sept: 7,
  huit: 8,
  neuf: 9,
  dix: 10,
  onze: 11,
  douze: 12,
  treize: 13,
  quatorze: 14,
  quinze: 15,
  seize: 16,
  vingt: 20,
  vingts: 20,
  trente: 30,
  quarante: 40,
  cinquante: 50,
  soixante: 60,
  septante: 70,
  huitante: 80,
  octante: 80,
  nonante: 90,
};
const MULTIPLICATEURS: Record<string, bigint> = {
  mille: 1000n,
  million: 10n ** 6n,
  millions: 10n ** 6n,
  milliard: 10n ** 9n,
  milliards: 10n ** 9n,
  billion: 10n ** 12n,
  billions: 10n ** 12n,
};

/** Every word a number written in letters may use (with its accent as written: « zéro »), longest
 *  first: what lib/domain/controles/lettres.ts looks for in a text before reading it back here. */
export const MOTS_DES_NOMBRES: readonly string[] = [...Object.keys(VALEURS), "zéro", "cent", "cents", ...Object.keys(MULTIPLICATEURS)].sort(
  (a, b) => b.length - a.length,
);

export class LettresIllisibles extends Error {
  readonly code = "LETTRES_ILLISIBLES";
}

/** French words back to a whole number; accepts traditional and 1990 spellings. */
export function lettresEnNombre(text: string): bigint {
  const mots = text
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[-\u2010\u2011]/g, " ")
    .split(/\s+/)
    .filter((m) => m && m !== "et");
  if (mots.length === 0) throw new LettresIllisibles("Aucun nombre en lettres.");
  let total = 0n;
  let groupe = 0n; // below one thousand
  let precedent = "";
  for (const mot of mots) {
    if (mot in VALEURS) {
      const v = BigInt(VALEURS[mot]!);
      // « quatre-vingt(s) » is 4 × 20
      if ((mot === "vingt" || mot === "vingts") && precedent === "quatre") groupe += 76n;
      else groupe += v;
    } else if (mot === "cent" || mot === "cents") {
      groupe = (groupe === 0n ? 1n : groupe) * 100n;
    } else if (mot in MULTIPLICATEURS) {
      total += (groupe === 0n ? 1n : groupe) * MULTIPLICATEURS[mot]!;
      groupe = 0n;
    } else {
      throw new LettresIllisibles(`Mot inattendu dans un nombre en lettres : « ${mot} ».`);
    }
    precedent = mot;
  }
  return total + groupe;
}

/** « … euros [et … centimes] » back to cents. */
export function lettresEnMontant(text: string): bigint {
  const clean = text
    .toLowerCase()
    .replace(/d['’]\s*euros?/g, "euros")
    .trim();
  const match = /^(.*?)\s*\beuros?\b\s*(?:et\s+(.*?)\s*\bcentimes?\b)?\s*$/.exec(clean) ?? /^()\s*(.*?)\s*\bcentimes?\b\s*$/.exec(clean);
  if (!match) throw new LettresIllisibles("Un montant en lettres se termine par « euros » (ou « centimes »).");
  const euros = match[1] ? lettresEnNombre(match[1]) : 0n;
  const centimes = match[2] ? lettresEnNombre(match[2]) : 0n;
  if (centimes > 99n) throw new LettresIllisibles("Plus de 99 centimes.");
  return euros * 100n + centimes;
}
