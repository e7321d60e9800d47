// The text says what the fields say. A document is signed as printed: an article that still holds
// « [à compléter] », that states another ceiling, another UO or another end date than its fields, or
// that names as a party an organisation that is none, would be signed as such — each is an error that
// stops « Valider pour signature », at the article. (They happen when the model's articles are never
// filled from the fields, or when a field is changed afterwards.)
import { datesDuTexte, formatDateLongue, memeDate } from "../dates";
import { formatMontant, parseMontant } from "../money";
import { lettresEnMontant } from "../montant-en-lettres";
import { texteBrut, trousDuTexte } from "../texte";
import { MONTANT_EN_CHIFFRES, MONTANT_EN_LETTRES } from "./lettres";
import type { Constat, ConventionAControler } from "./types";

type Source = { champ: string; libelle: string; texte: string };

const articleLibelle = (a: { numero: string }) => `L'article ${a.numero}`;

/** Every text of the document a placeholder may hide in, with its form field. */
function sources(c: ConventionAControler): Source[] {
  return [
    { champ: "titre", libelle: "Le titre", texte: c.titre ?? "" },
    { champ: "objet", libelle: "L'objet", texte: c.objet },
    { champ: "preambule", libelle: "Le préambule", texte: c.preambule ?? "" },
    ...c.basesLegales.map((b, i) => ({ champ: `basesLegales.${i}`, libelle: `Le visa ${i + 1}`, texte: b.texte })),
    ...c.parties.flatMap((p, i) =>
      [p.libelle, p.adresse, p.representantNom, p.qualite, p.mentionRole].map((texte) => ({
        champ: `parties.${i}`,
        libelle: `La partie ${i + 1}`,
        texte: texte ?? "",
      })),
    ),
    ...c.articles.flatMap((a, i) => [
      { champ: `articles.${i}`, libelle: articleLibelle(a), texte: a.titre },
      { champ: `articles.${i}`, libelle: articleLibelle(a), texte: a.corps },
    ]),
    ...(c.signatures ?? []).flatMap((s, i) =>
      [s.mention, s.signataireNom, s.qualite, s.pourLeCompteDe].map((texte) => ({
        champ: `signatures.${i}`,
        libelle: `Le bloc de signature ${i + 1}`,
        texte: texte ?? "",
      })),
    ),
  ];
}

/** « [à compléter] » and the like, left anywhere in the text. */
export function controlerTrous(c: ConventionAControler): Constat[] {
  const parChamp = new Map<string, { libelle: string; trous: string[] }>();
  for (const s of sources(c)) {
    const trous = trousDuTexte(s.texte);
    if (!trous.length) continue;
    const deja = parChamp.get(s.champ) ?? { libelle: s.libelle, trous: [] };
    deja.trous.push(...trous);
    parChamp.set(s.champ, deja);
  }
  return [...parChamp].map(([champ, { libelle, trous }]) => ({
    code: "TEXTE_A_COMPLETER",
    gravite: "erreur" as const,
    champ,
    message: `${libelle} contient encore ${[...new Set(trous)].map((t) => `« ${t} »`).join(", ")} : complétez-le${
      champ.startsWith("articles.") ? " (ou remplissez les champs puis « Remplir les articles du modèle »)" : ""
    } avant la signature.`,
  }));
}

// A ceiling stated in a clause: from its trigger to the end of the sentence.
const CLAUSE_PLAFOND = /(?:montants?\s+maxim(?:um|al|aux|ums?)|plafonds?|à\s+concurrence|dans\s+la\s+limite|maximum\s+de)[^.;:\n]*/giu;
const NATURE_AE = /autorisations?\s+d['’]\s*engagements?|\(\s*AE\s*\)|\bAE\b/iu;
const NATURE_CP = /cr[ée]dits?\s+de\s+paiements?|\(\s*CP\s*\)|\bCP\b/iu;
const MONTANT = new RegExp(
  `${MONTANT_EN_LETTRES.source}(?:\\s*\\(\\s*${MONTANT_EN_CHIFFRES.source}\\s*\\))?|${MONTANT_EN_CHIFFRES.source}`,
  "giu",
);

type MontantCite = { texte: string; cents: bigint; nature: "AE" | "CP" | null };

// A clause that changes a ceiling states the old one first: « … initialement fixé à 300 000 €, est
// porté à 400 000 € ». Only what comes after the verb is the ceiling now.
const CHANGE =
  /\b(?:port[ée]e?s?|ramen[ée]e?s?|augment[ée]e?s?|diminu[ée]e?s?|r[ée]duite?s?|fix[ée]e?s?\s+d[ée]sormais|remplac[ée]e?s?|pass(?:e|ent|era|eront))\s+(?:à|a|de|par)(?![\p{L}])/iu;

/** The amounts a ceiling clause states, each with the nature (AE, CP) named right after it, if any. */
export function montantsDePlafond(texte: string): MontantCite[] {
  const cites: MontantCite[] = [];
  for (const trouvee of texte.matchAll(CLAUSE_PLAFOND)) {
    const change = CHANGE.exec(trouvee[0]);
    const clause = change ? trouvee[0].slice(change.index + change[0].length) : trouvee[0];
    const montants = [...clause.matchAll(MONTANT)];
    montants.forEach((m, i) => {
      let cents: bigint;
      try {
        cents = m[1] !== undefined ? lettresEnMontant(m[1]) : parseMontant(m[0].replace(/\s*(€|euros?)$/i, "").replace(/\./g, ""));
      } catch {
        return; // not an amount after all
      }
      // What follows it, up to the next amount: « … en autorisations d'engagement (AE) et de … ».
      const suite = clause.slice(m.index + m[0].length, montants[i + 1]?.index ?? clause.length);
      const ae = NATURE_AE.test(suite);
      const cp = NATURE_CP.test(suite);
      cites.push({ texte: m[0].trim(), cents, nature: ae && !cp ? "AE" : cp && !ae ? "CP" : null });
    });
  }
  return cites;
}

// A UO (centre financier): « 0214-CEN2-INFO », « 0181-CPRI-ELAB » — programme on four digits (a
// leading zero), then two codes with letters (a domaine fonctionnel « 0214-08-02 » has none).
const UO = /(?<![\p{L}\d-])0\d{3}-(?=[A-Z0-9]*[A-Z])[A-Z0-9]{2,6}-(?=[A-Z0-9]*[A-Z])[A-Z0-9]{2,8}(?![\p{L}\d-])/gu;
const normaliser = (code: string) => code.replace(/\s+/g, "").toUpperCase();

// Where a text gives the convention's end: « jusqu'au 31 décembre 2025 », « prendra fin au … »,
// « prendra fin en décembre 2021 », « prend fin le … », « expire le … », « au terme du … ».
const FIN =
  /(?:jusqu['’]\s*au|jusqu['’]\s*à\s+la\s+date\s+du|(?:prendra|prend|prennent|prendront)\s+fin(?:\s+(?:le|au|en|à\s+la\s+date\s+du))?|expire(?:ra)?\s+(?:le|au)|(?:au\s+)?terme\s+(?:le|au|du))\s*$/iu;
// …of the convention itself, not of one of its deadlines (« les paiements jusqu'au 30 novembre »).
const SUJET_FIN = /convention|d[ée]l[ée]gation|avenant|pr[ée]sente|\belle\b|dur[ée]e|conclue/iu;

/** The end dates a text gives the convention (sentence by sentence). */
export function datesDeFin(texte: string) {
  return texte
    .split(/(?<=[.;!?])\s+|\n/)
    .filter((phrase) => SUJET_FIN.test(phrase))
    .flatMap((phrase) => datesDuTexte(phrase).filter((d) => FIN.test(phrase.slice(0, d.index))));
}

// An organisation named as one in a text: its sigle after an article (« la DINUM », « à l'ANCT »).
const avecArticle = (sigle: string) =>
  new RegExp(`(?<![\\p{L}\\d])(?:la|le|l['’]|les|du|des|au|aux)\\s*${sigle.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}\\d])`, "u");

/** Each article against the fields: ceilings, UO, end date, parties. */
export function controlerArticlesContreChamps(c: ConventionAControler, { libelle = articleLibelle } = {}): Constat[] {
  const constats: Constat[] = [];
  const plafonds = { AE: c.plafondAe, CP: c.plafondCp };
  const connus = [c.plafondAe, c.plafondCp].filter((p): p is bigint => p !== null);
  const uo = c.imputation?.centreFinancier ? normaliser(c.imputation.centreFinancier) : null;
  const nomsDesParties = new Set(c.parties.flatMap((p) => p.sigles ?? []));
  c.articles.forEach((a, i) => {
    const champ = `articles.${i}`;
    const texte = texteBrut(a.corps);
    const erreur = (code: string, message: string) =>
      constats.push({ code, gravite: "erreur", champ, message: `${libelle(a)} ${message}` });

    if (connus.length)
      for (const m of montantsDePlafond(texte)) {
        const attendu = m.nature ? plafonds[m.nature] : null;
        const faux = attendu !== null && attendu !== undefined ? m.cents !== attendu : !connus.includes(m.cents);
        if (faux)
          erreur(
            "ARTICLE_PLAFOND_CONTREDIT",
            `indique ${m.nature ? `en ${m.nature} ` : ""}un montant de ${formatMontant(m.cents)} (« ${m.texte} »), mais ${
              attendu !== null && attendu !== undefined
                ? `le plafond ${m.nature} est de ${formatMontant(attendu)}`
                : `les plafonds sont ${[c.plafondAe !== null ? `AE ${formatMontant(c.plafondAe)}` : null, c.plafondCp !== null ? `CP ${formatMontant(c.plafondCp)}` : null].filter(Boolean).join(", ")}`
            } : corrigez le texte ou le plafond.`,
          );
      }

    if (uo)
      for (const code of new Set([...texte.matchAll(UO)].map((m) => normaliser(m[0]))))
        if (code !== uo)
          erreur(
            "ARTICLE_UO_CONTREDITE",
            `mentionne l'UO ${code}, mais le centre financier de l'imputation est ${uo} : corrigez l'un ou l'autre.`,
          );

    if (c.dateFin)
      for (const d of datesDeFin(texte))
        if (!memeDate(d, c.dateFin))
          erreur(
            "ARTICLE_FIN_CONTREDITE",
            `fixe la fin au « ${d.texte} », mais la date de fin ${c.regleDuree === "JUSQU_AU_REGLEMENT" ? "par défaut " : ""}est le ${formatDateLongue(c.dateFin)} : corrigez le texte ou la date.`,
          );

    if (nomsDesParties.size && c.siglesConnus?.length)
      for (const sigle of c.siglesConnus)
        if (!nomsDesParties.has(sigle) && avecArticle(sigle).test(texte))
          erreur(
            "ARTICLE_PARTIE_ABSENTE",
            `désigne « ${sigle} », qui n'est pas une partie de la convention (${c.parties.map((p) => p.libelle || "partie sans nom").join(" ; ")}) : corrigez le texte ou les parties.`,
          );
  });
  return constats;
}

/** Each party signs in a block of its own, whose signatory's power is stated (domaine.md, « Who
 *  signs »: record the basis of the authority — appointment, delegation or interim — and its act):
 *  a block left with no power, or a party with no block, is not ready to sign. */
export function controlerBlocsDeSignature(c: ConventionAControler): Constat[] {
  if (!c.signatures) return [];
  const signatures = c.signatures;
  const nom = (i: number) => `« ${c.parties[i]?.libelle || `Partie ${i + 1}`} »`;
  return [
    ...c.parties.flatMap((_p, i) =>
      signatures.some((s) => s.partie === i)
        ? []
        : [
            {
              code: "BLOC_SIGNATURE_MANQUANT",
              gravite: "erreur" as const,
              champ: "signatures",
              message: `${nom(i)} n'a pas de bloc de signature : ajoutez-le (qui signe, en quelle qualité, avec quel pouvoir de signer).`,
            },
          ],
    ),
    ...signatures.flatMap((s, i): Constat[] => {
      if (s.autorite === null)
        return [
          {
            code: "POUVOIR_A_PRECISER",
            gravite: "erreur",
            champ: `signatures.${i}`,
            message: `Le bloc de signature de ${nom(s.partie)} : précisez le pouvoir de signer (titulaire de la fonction, délégation de signature ou intérim).`,
          },
        ];
      if (s.autorite !== "TITULAIRE" && !s.autoriteReference?.trim())
        return [
          {
            code: "POUVOIR_SANS_ACTE",
            gravite: "avertissement",
            champ: `signatures.${i}`,
            message: `Le bloc de signature de ${nom(s.partie)} : ${s.autorite === "DELEGATION" ? "la délégation de signature" : "l'intérim"} est à justifier par son acte (« arrêté du … portant délégation de signature »).`,
          },
        ];
      return [];
    }),
  ];
}
