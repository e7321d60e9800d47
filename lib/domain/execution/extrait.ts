// A CHORUS extract read line by line into execution movements, every error said before anything is
// written (line, column, value, what was expected). Three kinds of extract, told apart by their
// columns: credits made available (AE, CP), legal commitments (EJ, with their movement type) and
// payments (DP, with the EJ they pay).
import type { CalendarDate } from "../dates";
import { ALIAS_COLONNES, lireEntetes, type Colonne } from "./entetes";
import { codeCellule, lireDateCellule, lireMontantCellule, texteCellule, type Cellule } from "./valeurs";

export type NatureMouvement = "MISE_A_DISPOSITION" | "ENGAGEMENT" | "PAIEMENT";
export const LIBELLES_NATURE: Record<NatureMouvement, string> = {
  MISE_A_DISPOSITION: "mises à disposition de crédits",
  ENGAGEMENT: "engagements juridiques (EJ)",
  PAIEMENT: "demandes de paiement (DP)",
};

/** CHORUS movement types of commitments (« Type de montant.1 »). */
export const TYPES_MONTANT: Record<string, { libelle: string; sens: 1 | -1 | 0 }> = {
  "100": { libelle: "engagement initial", sens: 1 },
  "150": { libelle: "modification", sens: 0 },
  "200": { libelle: "réduction", sens: -1 },
  "350": { libelle: "report sur l'exercice suivant", sens: 1 },
  "500": { libelle: "régularisation", sens: 0 },
  "600": { libelle: "réimputation (sortie)", sens: -1 },
  "650": { libelle: "réimputation (entrée)", sens: 1 },
};

export type MouvementLu = {
  nature: NatureMouvement;
  ligne: number; // in the file, headers being line 1
  annee: number;
  date: CalendarDate;
  ae: bigint; // AE made available or committed (signed)
  cp: bigint; // CP made available or paid (signed)
  /** A carry-over (type 350): the commitment goes on next year; it consumes nothing new. */
  report: boolean;
  typeMontant: string | null;
  numeroEj: string | null;
  posteEj: string | null;
  numeroDp: string | null;
  posteDp: string | null;
  fournisseur: string | null;
  centreFinancier: string;
  domaineFonctionnel: string | null;
  activite: string | null;
  texte: string | null;
  /** The extract's own key for this line: importing the same line twice changes nothing. */
  cle: string;
};

export type ErreurLigne = { ligne: number; colonne: string | null; valeur: string; attendu: string; message: string };

export type LectureExtrait = {
  nature: NatureMouvement | null;
  mouvements: MouvementLu[];
  erreurs: ErreurLigne[];
  /** Lines without any value (totals of SAP reports are lines without a centre financier). */
  lignesVides: number;
  colonnesIgnorees: string[];
  colonnesBancaires: string[];
};

const REQUISES: Record<NatureMouvement, Colonne[]> = {
  MISE_A_DISPOSITION: ["centreFinancier", "date", "ae", "cp"],
  ENGAGEMENT: ["centreFinancier", "numeroEj", "typeMontant", "montant", "date"],
  PAIEMENT: ["centreFinancier", "numeroEj", "numeroDp", "montant", "date"],
};

const libelle = (c: Colonne) => ALIAS_COLONNES.find((a) => a.colonne === c)!.libelle;

function deviner(colonnes: Partial<Record<Colonne, number>>): NatureMouvement | null {
  if (colonnes.numeroDp !== undefined) return "PAIEMENT";
  if (colonnes.typeMontant !== undefined || colonnes.numeroEj !== undefined) return "ENGAGEMENT";
  if (colonnes.ae !== undefined || colonnes.cp !== undefined) return "MISE_A_DISPOSITION";
  return null;
}

/** Reads an extract (first row: headers). `nature`: what the user says it is; else from its columns. */
export function lireExtrait(lignes: readonly (readonly Cellule[])[], nature?: NatureMouvement | null): LectureExtrait {
  const [entetes = [], ...corps] = lignes;
  const { colonnes, bancaires, ignorees } = lireEntetes(entetes.map((e) => texteCellule(e)));
  const sorte = nature ?? deviner(colonnes);
  const base = { colonnesIgnorees: ignorees, colonnesBancaires: bancaires, lignesVides: 0 };
  if (!sorte)
    return {
      ...base,
      nature: null,
      mouvements: [],
      erreurs: [
        {
          ligne: 1,
          colonne: null,
          valeur: entetes
            .map((e) => texteCellule(e))
            .filter(Boolean)
            .slice(0, 6)
            .join(" ; "),
          attendu: "les colonnes d'un extrait CHORUS (Centre financier, N° EJ, N° DP, Montant, AE, CP…)",
          message: "Ligne 1 : ces en-têtes ne sont pas ceux d'un extrait CHORUS de mises à disposition, d'engagements ou de paiements.",
        },
      ],
    };
  const manquantes = REQUISES[sorte].filter((c) => colonnes[c] === undefined);
  if (manquantes.length)
    return {
      ...base,
      nature: sorte,
      mouvements: [],
      erreurs: manquantes.map((c) => ({
        ligne: 1,
        colonne: libelle(c),
        valeur: "",
        attendu: `une colonne « ${libelle(c)} »`,
        message: `Colonne manquante : « ${libelle(c)} », attendue dans un extrait de ${LIBELLES_NATURE[sorte]}.`,
      })),
    };

  const mouvements: MouvementLu[] = [];
  const erreurs: ErreurLigne[] = [];
  const occurrences = new Map<string, number>();
  let lignesVides = 0;
  corps.forEach((cellules, k) => {
    const ligne = k + 2;
    const cellule = (c: Colonne) => (colonnes[c] === undefined ? undefined : cellules[colonnes[c]!]);
    if (cellules.every((c) => texteCellule(c) === "") || codeCellule(cellule("centreFinancier")) === "") {
      lignesVides += 1;
      return;
    }
    const erreur = (c: Colonne, attendu: string) => {
      const valeur = texteCellule(cellule(c));
      erreurs.push({
        ligne,
        colonne: libelle(c),
        valeur,
        attendu,
        message: `Ligne ${ligne}, colonne « ${libelle(c)} » : ${valeur ? `« ${valeur} »` : "vide"} — attendu : ${attendu}.`,
      });
    };
    const montant = (c: Colonne) => {
      const m = lireMontantCellule(cellule(c));
      if (!m.ok) erreur(c, m.attendu);
      return m.ok ? m.cents : null;
    };
    const d = lireDateCellule(cellule("date"));
    if (!d.ok) erreur("date", d.attendu);
    const texte = (c: Colonne) => texteCellule(cellule(c)) || null;
    const code = (c: Colonne) => codeCellule(cellule(c)) || null;
    let ae = 0n;
    let cp = 0n;
    let typeMontant: string | null = null;
    let report = false;
    if (sorte === "MISE_A_DISPOSITION") {
      ae = montant("ae") ?? 0n;
      cp = montant("cp") ?? 0n;
    } else if (sorte === "ENGAGEMENT") {
      typeMontant = texte("typeMontant")?.replace(/\.0$/, "") ?? null;
      const type = typeMontant ? TYPES_MONTANT[typeMontant] : undefined;
      if (!type) erreur("typeMontant", `un type de mouvement CHORUS (${Object.keys(TYPES_MONTANT).join(", ")})`);
      const m = montant("montant");
      // A reduction is a reduction whatever the sign written; a change keeps its own sign.
      if (m !== null && type) ae = type.sens === 0 ? m : BigInt(type.sens) * (m < 0n ? -m : m);
      report = typeMontant === "350";
      if (!texte("numeroEj")) erreur("numeroEj", "le numéro de l'engagement juridique");
    } else {
      cp = montant("montant") ?? 0n;
      if (!texte("numeroDp")) erreur("numeroDp", "le numéro de la demande de paiement");
      if (!texte("numeroEj")) erreur("numeroEj", "le numéro de l'engagement juridique payé");
    }
    const exercice = Number(texte("exercice"));
    const annee = Number.isInteger(exercice) && exercice > 1990 && exercice < 2100 ? exercice : d.ok ? Number(d.date.slice(0, 4)) : 0;
    if (!d.ok || erreurs.some((e) => e.ligne === ligne)) return;
    const m: Omit<MouvementLu, "cle"> = {
      nature: sorte,
      ligne,
      annee,
      date: d.date,
      ae,
      cp,
      report,
      typeMontant,
      numeroEj: texte("numeroEj"),
      posteEj: texte("posteEj"),
      numeroDp: texte("numeroDp"),
      posteDp: texte("posteDp"),
      fournisseur: texte("fournisseur"),
      centreFinancier: code("centreFinancier")!,
      domaineFonctionnel: code("domaineFonctionnel"),
      activite: code("activite"),
      texte: texte("texte"),
    };
    // The extract's own keys: the DP (year, number, item); an EJ operation (number, item, type,
    // date, amount); a making available (date, UO, amounts). Identical lines in one file are told
    // apart by their rank, so that the same file imported again matches line for line.
    const cle =
      sorte === "PAIEMENT"
        ? `DP|${annee}|${m.numeroDp}|${m.posteDp ?? ""}`
        : sorte === "ENGAGEMENT"
          ? `EJ|${m.numeroEj}|${m.posteEj ?? ""}|${typeMontant}|${m.date}|${ae}`
          : `MAD|${m.centreFinancier}|${m.date}|${ae}|${cp}`;
    const rang = (occurrences.get(cle) ?? 0) + 1;
    occurrences.set(cle, rang);
    mouvements.push({ ...m, cle: sorte === "PAIEMENT" ? cle : `${cle}|${rang}` });
  });
  // A DP is one line per (number, item): twice in a file is a copy-paste, said.
  for (const [cle, n] of occurrences)
    if (cle.startsWith("DP|") && n > 1) {
      const doublons = mouvements.filter((m) => m.cle === cle);
      const [premiere, ...autres] = doublons;
      for (const d of autres)
        erreurs.push({
          ligne: d.ligne,
          colonne: libelle("numeroDp"),
          valeur: d.numeroDp ?? "",
          attendu: "une demande de paiement une seule fois par fichier",
          message: `Ligne ${d.ligne} : la demande de paiement ${d.numeroDp} est déjà à la ligne ${premiere!.ligne}.`,
        });
    }
  erreurs.sort((a, b) => a.ligne - b.ligne);
  return { ...base, nature: sorte, mouvements, erreurs, lignesVides };
}
