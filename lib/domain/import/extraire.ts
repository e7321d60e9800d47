// From a document's lines to a structured convention or avenant, each field with a confidence and
// the lines it came from, and the app's own consistency findings on the result. Pure: the server,
// the batch command and the tests call it alike (docs/import.md).
import {
  controlerConvention,
  controlerTexteAvenant,
  type Constat,
  type ConventionAControler,
  type ConventionApresAvenant,
  type TexteConnu,
} from "../controles";
import { totauxEcheancier } from "../echeancier";
import { changementsDesArticles, conventionVisee, estUnAvenant, numeroAvenant } from "./avenant";
import { canauxDuTexte, cofinancementsDuTexte, dureeDuTexte, objetDuTexte, plafondsDuTexte } from "./clauses";
import { corpsDe, type TableauPlace } from "./corps";
import { casPhrase, plier, sourceDe, type Ligne, type Source } from "./lignes";
import { completerRoles, lirePartie, type OrganisationConnue } from "./parties";
import {
  enCents,
  enEuros,
  enEurosOuNull,
  type ArticleLu,
  type ChangementLu,
  type DocumentLu,
  type ResultatImport,
  type TypeConvention,
} from "./resultat";
import { lireCloture } from "./signatures";
import { decouper, separerPartiesEnLigne, type Plage } from "./structure";
import { lireTableau, trouverCodes, trouverEcheancier, uoDuTexte } from "./tableaux";
import { datesLues } from "./valeurs";

export type ContexteImport = { referentiel: readonly OrganisationConnue[]; textes: readonly TexteConnu[] };

const texteDe = (lignes: readonly Ligne[], p: Plage | null) =>
  p
    ? lignes
        .slice(p[0], p[1] + 1)
        .map((l) => l.texte.replace(/\t+/g, " ").trim())
        .filter(Boolean)
    : [];

function typeDuTitre(titre: string, texte: string): { type: TypeConvention; certain: boolean } {
  const t = plier(titre);
  if (/delegation de gestion/.test(t)) return { type: "DELEGATION_GESTION", certain: true };
  if (/convention de service/.test(t)) return { type: "CONVENTION_SERVICE", certain: true };
  if (/partenariat/.test(t)) return { type: "CONVENTION_PARTENARIAT", certain: true };
  return { type: "DELEGATION_GESTION", certain: /2004-1085/.test(texte) };
}

const visa = (t: string) =>
  t
    .replace(/^vu\s+/i, "")
    .replace(/\bn\s+(?=\d)/g, "n° ")
    .replace(/[\s,;.]+$/, "")
    .trim();

/** The lines the extraction reads, which its sources' line numbers point into: those given, with
 *  two parties written on one line split. */
/** The convention an avenant amends, as the checks read it: its state before the avenant. */
export type ConventionVisee = ConventionApresAvenant & { reference: string; dateSignature: string | null };

export const lignesDeLExtraction = (lues: readonly Ligne[]): Ligne[] => separerPartiesEnLigne(lues);

export function extraireDocument(lues: readonly Ligne[], contexte: ContexteImport): ResultatImport {
  const lignes = lignesDeLExtraction(lues);
  const s = decouper(lignes);
  const confiance: Record<string, number> = {};
  const sources: Record<string, Source> = {};
  const noter = (champ: string, c: number, debut?: number | null, fin?: number | null) => {
    confiance[champ] = Math.round(c * 100) / 100;
    const src = debut !== undefined && debut !== null ? sourceDe(lignes, debut, fin ?? debut) : undefined;
    if (src) sources[champ] = src;
  };
  // OCR: a field is no surer than the line it was read from
  const ocr = (i: number | null | undefined, c: number) =>
    i !== null && i !== undefined && lignes[i]?.confiance !== undefined ? Math.min(c, lignes[i]!.confiance!) : c;

  // Title
  const lignesTitre = texteDe(lignes, s.titre);
  // the line naming the document: « Convention… » or « Avenant… » before a line that only says
  // « délégation » (a header may name a « Délégation générale à l'emploi… »)
  const dansLeTitre = (motif: RegExp) =>
    s.titre ? lignes.findIndex((l, i) => i >= s.titre![0] && i <= s.titre![1] && motif.test(l.texte)) : -1;
  const iNomme = dansLeTitre(/\b(?:convention|avenant)\b/i);
  const iTitre = iNomme >= 0 ? iNomme : dansLeTitre(/d[ée]l[ée]gation/i);
  // each line of the title in sentence case when it is in capitals (« AVENANT N°1 » / « à la convention … »)
  const titreComplet = (
    iTitre >= 0
      ? lignes
          .slice(iTitre, s.titre![1] + 1)
          .map((l) => casPhrase(l.texte.trim()))
          .join(" ")
      : (lignesTitre[0] ?? "")
  ).replace(/\bn°\s*(?=\d)/gi, "n° ");
  const avenant = estUnAvenant(titreComplet);
  const toutLeTexte = lignes.map((l) => l.texte).join("\n");
  const { type, certain: typeCertain } = typeDuTitre(titreComplet, toutLeTexte);
  const titreCourt = casPhrase(
    titreComplet
      .replace(/\s+(?:du|en date du)\s+\d.*$/i, "")
      .replace(/\s+(?:relative|portant|concernant)\b.*$/i, "")
      .replace(/\s*[-–—:]\s*$/, "")
      .trim(),
  );
  noter("titre", ocr(iTitre, titreComplet ? 0.95 : 0), iTitre >= 0 ? iTitre : null, s.titre?.[1]);
  noter("type", typeCertain ? 0.95 : 0.5, iTitre >= 0 ? iTitre : null);
  const dateTitre = avenant ? null : (datesLues(titreComplet).find((d) => d.jourConnu)?.date ?? null);
  if (dateTitre) noter("dateConvention", ocr(iTitre, 0.9), iTitre);

  // Parties
  const referentiel = contexte.referentiel;
  const brutes = s.parties.map((p) => lirePartie(lignes, p, referentiel));
  const { parties, parOrdre } = completerRoles(brutes, type);
  brutes.forEach((b, i) => {
    const [debut, fin] = s.parties[i]!;
    noter(`parties.${i}`, ocr(debut, 0.9), debut, fin);
    noter(`parties.${i}.libelle`, ocr(b.lignes.libelle, b.libelle ? 0.95 : 0), b.lignes.libelle);
    noter(`parties.${i}.role`, parOrdre[i] ? 0.6 : 0.95, b.lignes.representant ?? b.lignes.denominations ?? debut);
    noter(`parties.${i}.organisation`, b.organisation ? 0.9 : 0.3, b.lignes.libelle);
    if (b.adresse) noter(`parties.${i}.adresse`, ocr(b.lignes.adresse, 0.9), b.lignes.adresse);
    if (b.representantNom) noter(`parties.${i}.representantNom`, ocr(b.lignes.representant, 0.9), b.lignes.representant);
    if (b.qualite) noter(`parties.${i}.qualite`, ocr(b.lignes.representant, 0.85), b.lignes.representant);
    if (b.denominations.length) noter(`parties.${i}.denominations`, ocr(b.lignes.denominations, 0.9), b.lignes.denominations);
  });

  // Visas, preamble, formula
  const basesLegales = s.visas.map((i, k) => {
    noter(`basesLegales.${k}`, ocr(i, 0.95), i);
    return { texte: visa(lignes[i]!.texte) };
  });
  const titrePreambule = s.titrePreambule !== null ? lignes[s.titrePreambule]!.texte.trim().replace(/\s*:$/, "") : null;
  const preambuleLignes = s.preambule
    ? lignes.slice(s.preambule[0], s.preambule[1] + 1).filter((_, k) => !s.visas.includes(s.preambule![0] + k))
    : [];
  const preambule = preambuleLignes.length ? corpsDe(lignes, s.preambule!, []).corps : null;
  if (preambule) noter("preambule", ocr(s.preambule![0], 0.9), s.preambule![0], s.preambule![1]);
  const formuleAccord = s.formule !== null ? lignes[s.formule]!.texte.trim() : null;

  // Articles, their tables and clauses
  let echeancier: DocumentLu["echeancier"] = [];
  let echeancierCertain = true;
  let totalImprime: { ae: bigint | null; cp: bigint | null } | undefined;
  const imputation: Record<string, string> = {};
  const parametrage: Record<string, string> = {};
  const lignesImprimees: string[] = [];
  const articles: ArticleLu[] = [];
  const notesEnAttente: { marque: string; texte: string; article: number }[] = [];
  for (const [k, a] of s.articles.entries()) {
    const tableaux: TableauPlace[] = [];
    if (a.corps) {
      const e = trouverEcheancier(lignes, a.corps[0], a.corps[1]);
      if (e && !echeancier.length) {
        echeancier = e.lignes;
        echeancierCertain = e.certain;
        totalImprime = e.total;
        noter("echeancier", ocr(e.plage[0], e.certain ? 0.95 : 0.6), e.plage[0], e.plage[1]);
      }
      if (e) tableaux.push({ nom: "echeancier", plage: e.plage });
      for (const c of trouverCodes(lignes, a.corps[0], a.corps[1])) {
        tableaux.push({ nom: c.nom, plage: c.plage });
        const cible = c.nom === "parametrage" ? parametrage : imputation;
        for (const [cle, v] of Object.entries(c.codes)) {
          if (cible[cle]) continue;
          cible[cle] = v;
          noter(`${c.nom}.${cle}`, ocr(c.plage[0], 0.9), c.plage[0], c.plage[1]);
        }
        if (c.nom === "imputation") {
          lignesImprimees.push(...c.lignesImprimees);
          if (c.intitule) imputation.intitule = c.intitule;
        }
      }
    }
    const { corps, notes } = a.corps ? corpsDe(lignes, a.corps, tableaux) : { corps: "", notes: [] };
    articles.push({ numero: a.numero, titre: a.titre, corps });
    for (const n of notes) notesEnAttente.push({ ...n, article: k });
    noter(`articles.${k}`, ocr(a.entete, a.titre ? 0.95 : 0.8), a.entete, a.corps?.[1] ?? a.entete);
  }
  // A footnote belongs to the article that calls it (a page's foot may fall in the next one).
  for (const n of notesEnAttente) {
    const appelant = articles.findIndex((a) => a.corps.includes(n.marque));
    const cible = articles[appelant >= 0 ? appelant : n.article]!;
    (cible.notes ??= []).push(n.texte);
  }
  if (lignesImprimees.length) imputation.lignesImprimees = lignesImprimees.join("\n");

  const corpsTous = articles.map((a) => a.corps).join("\n");
  const indexArticle = (index: number) => {
    let cumul = 0;
    for (const [k, a] of articles.entries()) {
      cumul += a.corps.length + 1;
      if (index < cumul) return s.articles[k]!.entete;
    }
    return null;
  };
  if (!imputation.centreFinancier) {
    const uo = uoDuTexte(corpsTous);
    if (uo) {
      imputation.centreFinancier = uo.centreFinancier;
      imputation.programme ??= uo.programme;
      noter("imputation.centreFinancier", 0.8);
    }
  }
  const comptable = /comptable assignataire (?:de la d[ée]pense )?est\s+(.+?)\.?$/im.exec(corpsTous);
  if (comptable) imputation.comptableLibelle = comptable[1]!.trim();

  // Ceilings: as stated, else the schedule's totals
  const plafonds = avenant ? null : plafondsDuTexte(corpsTous);
  const { ae: totalAe, cp: totalCp } = totauxEcheancier(echeancierEnCents(echeancier));
  let plafondAe: number | null = null;
  let plafondCp: number | null = null;
  if (plafonds) {
    plafondAe = enEurosOuNull(plafonds.valeur.ae);
    plafondCp = enEurosOuNull(plafonds.valeur.cp);
    noter("plafondAe", plafonds.valeur.ae !== null ? 0.9 : 0, indexArticle(plafonds.index));
    noter("plafondCp", plafonds.valeur.cp !== null ? 0.9 : 0, indexArticle(plafonds.index));
  }
  if (!avenant && echeancier.length) {
    if (plafondAe === null) {
      plafondAe = enEuros(totalAe);
      noter("plafondAe", 0.7, sources.echeancier?.lignes[0]);
    }
    if (plafondCp === null) {
      plafondCp = enEuros(totalCp);
      noter("plafondCp", 0.7, sources.echeancier?.lignes[0]);
    }
  }

  // Duration, notice, publication, co-funding, purpose
  const articleDuree = articles.findIndex((a) => /dur[ée]e|effet|vigueur|validit|terme/i.test(a.titre));
  const duree = dureeDuTexte(articleDuree >= 0 ? articles[articleDuree]!.corps : corpsTous);
  const dureeGlobale = articleDuree >= 0 ? dureeDuTexte(corpsTous) : duree;
  const pointDepart = duree.pointDepart ?? dureeGlobale.pointDepart;
  const dateFin = duree.dateFin ?? (avenant ? null : dureeGlobale.dateFin);
  const preavis = duree.preavisMois ?? dureeGlobale.preavisMois;
  const enteteDuree = articleDuree >= 0 ? s.articles[articleDuree]!.entete : null;
  noter("pointDepart", pointDepart ? 0.9 : 0.5, enteteDuree);
  const dateEffet = pointDepart?.valeur === "DATE_EFFET" ? (duree.dateEffet ?? dureeGlobale.dateEffet) : null;
  if (dateEffet) noter("dateEffet", 0.9, enteteDuree);
  noter("regleDuree", duree.regleDuree.certain ? 0.9 : 0.7, enteteDuree);
  if (dateFin) noter("dateFin", dateFin.certain ? 0.9 : 0.75, enteteDuree);
  if (preavis) noter("preavisMois", 0.9, enteteDuree);
  const articlePublication = articles.findIndex((a) => /publication|publicit/i.test(a.titre));
  const publication = canauxDuTexte(
    articlePublication >= 0
      ? articles[articlePublication]!.corps
      : corpsTous
          .split("\n")
          .filter((l) => /publi/i.test(l))
          .join("\n"),
  );
  if (publication.length) noter("publication", 0.9, articlePublication >= 0 ? s.articles[articlePublication]!.entete : null);
  const cofinancements = cofinancementsDuTexte(corpsTous).map((c) => {
    const sujet = plier(c.sujet);
    const partie = parties.find(
      (p) =>
        (p.role === "DELEGATAIRE" && /delegataire/.test(sujet)) ||
        (p.role === "DELEGANT" && /delegant/.test(sujet)) ||
        (p.organisation && sujet.includes(plier(p.organisation))) ||
        (p.sigleLu && sujet.includes(plier(p.sigleLu))),
    );
    return {
      financeur: partie?.organisation ?? partie?.sigleLu ?? c.sujet.replace(/^(le|la|l')\s*/i, ""),
      fonds: c.fonds,
      montant: enEuros(c.cents),
    };
  });
  cofinancements.forEach((_, i) => noter(`cofinancements.${i}`, 0.8));
  const articleObjet = articles.findIndex((a) => /objet/i.test(a.titre));
  const objetTitre = /\b(?:relative|portant|concernant)\s+(?:à\s+la|à\s+l['’]|aux?|à|sur)\s*(.+)$/i.exec(titreComplet)?.[1] ?? null;
  const objet = (articleObjet >= 0 ? objetDuTexte(articles[articleObjet]!.corps) : null) ?? objetTitre;
  if (objet) noter("objet", articleObjet >= 0 ? 0.85 : 0.7, articleObjet >= 0 ? s.articles[articleObjet]!.entete : iTitre);

  // Close, signatures, annexes
  const cloture = s.cloture ? lireCloture(lignes, s.cloture, parties) : null;
  cloture?.signatures.forEach((sig, k) => {
    noter(`signatures.${k}`, ocr(cloture.lignesSignatures[k], 0.85), cloture.lignesSignatures[k]);
    if (sig.dateSignature) noter(`signatures.${k}.dateSignature`, 0.85, s.cloture![0]);
  });
  if (cloture?.lieu) noter("lieuSignature", ocr(s.cloture![0], 0.95), s.cloture![0]);
  const annexes = s.annexes.map((a, k) => {
    const tableau = a.corps ? lireTableau(lignes, a.corps[0], a.corps[1]) : null;
    noter(`annexes.${k}`, ocr(a.entete, 0.85), a.entete, a.corps?.[1] ?? a.entete);
    return tableau
      ? { numero: a.numero, titre: a.titre, tableau }
      : { numero: a.numero, titre: a.titre, texte: a.corps ? corpsDe(lignes, a.corps, []).corps : "" };
  });

  const document: DocumentLu = {
    nature: avenant ? "AVENANT" : "CONVENTION",
    type,
    titre: titreCourt || "Convention",
    dateConvention: dateTitre,
    objet,
    parties,
    basesLegales,
    titrePreambule,
    preambule,
    formuleAccord,
    articles,
    plafondAe,
    plafondCp,
    echeancier,
    imputation,
    parametrage,
    cofinancements,
    pointDepart: pointDepart?.valeur ?? "SIGNATURE",
    dateEffet: dateEffet?.valeur ?? null,
    regleDuree: duree.regleDuree.valeur,
    dateFin: dateFin?.valeur ?? null,
    preavisMois: preavis?.valeur ?? null,
    publication,
    lieuSignature: cloture?.lieu ?? null,
    signatures: cloture?.signatures ?? [],
    annexes,
    avenant: null,
  };
  if (avenant) {
    const visee = conventionVisee(titreComplet);
    const visaConvention = basesLegales.find((b) => /^la convention/i.test(b.texte));
    if (!visee.date && visaConvention) Object.assign(visee, { date: conventionVisee(`à ${visaConvention.texte}`).date });
    document.avenant = {
      numero: numeroAvenant(titreComplet),
      convention: visee,
      changements: changementsDesArticles(articles, echeancier),
    };
    noter("avenant.numero", document.avenant.numero ? 0.95 : 0.3, iTitre);
    noter("avenant.convention", visee.date ? 0.85 : 0.4, iTitre);
    document.avenant.changements.forEach((_, i) => noter(`avenant.changements.${i}`, 0.75));
  }
  const constats = constatsDeLImport(document, contexte, {
    parOrdre,
    echeancierCertain,
    totalImprime,
    totalAe,
    totalCp,
    lignes: lignes.length,
  });
  return { document, confiance, sources, constats };
}

const cents = (euros: number | null) => (euros === null ? null : enCents(euros));
const echeancierEnCents = (lignes: DocumentLu["echeancier"]) =>
  lignes.map((l) => ({ annee: l.annee, ae: enCents(l.ae), cp: enCents(l.cp) }));

/** The document as the checks read it. */
export function versControle(d: DocumentLu, referentiel: readonly OrganisationConnue[]): ConventionAControler {
  return {
    type: d.type,
    titre: d.titre,
    objet: d.objet ?? "",
    plafondAe: cents(d.plafondAe),
    plafondCp: cents(d.plafondCp),
    dateDebut:
      d.signatures
        .map((x) => x.dateSignature)
        .filter((x): x is string => Boolean(x))
        .sort()
        .pop() ?? d.dateConvention,
    dateFin: d.dateFin,
    regleDuree: d.regleDuree,
    preambule: d.preambule,
    parties: d.parties.map((p) => ({
      role: p.role,
      libelle: p.libelle,
      mentionRole: p.mentionRole,
      denominations: p.denominations,
      etat: p.organisation ? true : null,
      adresse: p.adresse,
      representantNom: p.representantNom,
      qualite: p.qualite,
      sigles: [p.organisation, p.sigleLu].filter((x): x is string => Boolean(x)),
    })),
    siglesConnus: referentiel.map((o) => o.sigle),
    basesLegales: d.basesLegales,
    articles: d.articles,
    echeancier: echeancierEnCents(d.echeancier),
    imputation: d.imputation,
  };
}

function constatsDeLImport(
  d: DocumentLu,
  contexte: ContexteImport,
  lu: {
    parOrdre: boolean[];
    echeancierCertain: boolean;
    totalImprime?: { ae: bigint | null; cp: bigint | null };
    totalAe: bigint;
    totalCp: bigint;
    lignes: number;
  },
): Constat[] {
  const constats: Constat[] = [];
  if (!d.parties.length && !d.articles.length) {
    return [
      {
        code: "PAS_UNE_CONVENTION",
        gravite: "erreur",
        champ: "document",
        message: lu.lignes
          ? "Ce document ne ressemble ni à une convention ni à un avenant : aucune partie (« Entre … Et … ») ni aucun article n'y a été trouvé."
          : "Aucun texte n'a pu être lu dans ce document.",
      },
    ];
  }
  d.parties.forEach((p, i) => {
    if (lu.parOrdre[i])
      constats.push({
        code: "ROLE_DEDUIT",
        gravite: "avertissement",
        champ: `parties.${i}.role`,
        message: `Le texte ne dit pas le rôle de « ${p.libelle} » : « ${p.role === "DELEGANT" ? "délégant" : p.role === "DELEGATAIRE" ? "délégataire" : "partenaire"} » a été déduit de sa place ; vérifiez-le.`,
      });
  });
  if (!lu.echeancierCertain)
    constats.push({
      code: "ECHEANCIER_A_VERIFIER",
      gravite: "avertissement",
      champ: "echeancier",
      message: "Une ligne de l'échéancier n'a qu'un montant : sa colonne (AE ou CP) a été devinée ; vérifiez-la.",
    });
  if (
    lu.totalImprime &&
    ((lu.totalImprime.ae !== null && lu.totalImprime.ae !== lu.totalAe) ||
      (lu.totalImprime.cp !== null && lu.totalImprime.cp !== lu.totalCp))
  )
    constats.push({
      code: "TOTAL_ECHEANCIER_IMPRIME",
      gravite: "erreur",
      champ: "echeancier",
      message: "La ligne « Total » imprimée dans l'échéancier ne fait pas la somme de ses années.",
    });
  return [...constats, ...constatsDuDocument(d, contexte)];
}

/** The findings of a document whatever way it was read: organisations the referential does not know,
 *  an avenant whose convention is not named, and the app's own checks (also run again after the
 *  review's corrections, lib/domain/import/revue.ts). */
export function constatsDuDocument(d: DocumentLu, contexte: ContexteImport, visee?: ConventionVisee): Constat[] {
  const constats: Constat[] = [];
  d.parties.forEach((p, i) => {
    if (!p.organisation)
      constats.push({
        code: "ORGANISATION_INCONNUE",
        gravite: "avertissement",
        champ: `parties.${i}.organisation`,
        message: `« ${p.libelle} » ne correspond à aucune organisation du référentiel : choisissez-la ou créez-la${p.sigleLu ? ` (sigle lu : ${p.sigleLu})` : ""}.`,
      });
  });
  if (d.avenant && !d.avenant.convention.date && !d.avenant.convention.reference)
    constats.push({
      code: "CONVENTION_NON_IDENTIFIEE",
      gravite: "avertissement",
      champ: "avenant.convention",
      message: "L'avenant ne dit pas clairement la date ni la référence de la convention qu'il modifie : choisissez-la.",
    });
  const controle = versControle(d, contexte.referentiel);
  const changement = <T extends ChangementLu["type"]>(type: T) =>
    d.avenant?.changements.find((c): c is Extract<ChangementLu, { type: T }> => c.type === type);
  const plafonds = changement("PLAFONDS");
  const verifies = d.avenant
    ? controlerTexteAvenant(
        {
          numero: d.avenant.numero ?? 1,
          contexte: d.preambule,
          basesLegales: d.basesLegales,
          parties: controle.parties,
          articles: d.articles,
        },
        visee
          ? {
              ...visee,
              // the ceilings and end date it leaves: its own when it changes them
              plafondAe: plafonds?.nouveauPlafondAe != null ? enCents(plafonds.nouveauPlafondAe) : visee.plafondAe,
              plafondCp: plafonds?.nouveauPlafondCp != null ? enCents(plafonds.nouveauPlafondCp) : visee.plafondCp,
              dateFin: changement("PROLONGATION")?.nouvelleDateFin ?? visee.dateFin,
              siglesConnus: controle.siglesConnus,
            }
          : { plafondAe: null, plafondCp: null, articles: [], siglesConnus: controle.siglesConnus },
        contexte.textes,
      )
    : controlerConvention(controle, contexte.textes);
  if (d.avenant && visee) {
    const date = d.dateConvention ?? d.signatures.map((x) => x.dateSignature).find(Boolean) ?? null;
    if (date && visee.dateSignature && date < visee.dateSignature)
      constats.push({
        code: "AVENANT_AVANT_CONVENTION",
        gravite: "erreur",
        champ: "avenant.convention",
        message: `L'avenant est daté du ${date.split("-").reverse().join("/")}, avant la signature de la convention ${visee.reference} (${visee.dateSignature.split("-").reverse().join("/")}) : est-ce bien elle qu'il modifie ?`,
      });
    const reliquat = changement("RELIQUAT");
    for (const [cle, plafond, lu] of [
      ["AE", visee.plafondAe, reliquat?.reliquatAe],
      ["CP", visee.plafondCp, reliquat?.reliquatCp],
    ] as const)
      if (lu != null && plafond !== null && enCents(lu) > plafond)
        constats.push({
          code: "RELIQUAT_SUPERIEUR_AU_PLAFOND",
          gravite: "erreur",
          champ: "avenant.changements",
          message: `Le reliquat de ${cle} annoncé dépasse le plafond de la convention ${visee.reference} : vérifiez le montant.`,
        });
    return [...constats, ...verifies];
  }
  // Without the convention it amends, an avenant's references to its articles cannot be checked yet:
  // they are, once the convention is chosen (lib/server/import).
  if (d.avenant) return [...constats, ...verifies.filter((c) => !c.code.startsWith("RENVOI_ARTICLE"))];
  return [...constats, ...verifies];
}
