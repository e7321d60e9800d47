// Review of a convention or an avenant, section by section (docs/domaine.md, « Cycle de vie »):
// what its sections are, what each contains (an approval holds for that content only), and what
// still stops it from going to « prête à signer ».
import type { Constat } from "./controles";
import type { Statut } from "./statut";

/** One reviewable part of a document. `contenu` is what an approval is given for. */
export type Section = { cle: string; libelle: string; contenu: unknown };

type ConventionRevue = {
  parties: {
    ordre: number;
    role: string;
    organisationId: string;
    libelle: string;
    adresse: string | null;
    representantNom: string | null;
    qualite: string | null;
    mentionRole: string | null;
    denominations: string[];
  }[];
  basesLegales: { texte: string }[];
  titrePreambule: string | null;
  preambule: string | null;
  articles: { numero: string; titre: string; corps: string }[];
  plafondAe: bigint | null;
  plafondCp: bigint | null;
  ecartAeCpMotif: string | null;
  lignesEcheancier: { annee: number; ae: bigint; cp: bigint }[];
  imputation: Record<string, unknown> | null;
  parametrage: Record<string, unknown> | null;
  cofinancements: { financeur: string; fonds: string | null; montant: bigint }[];
  signatures: {
    ordre: number;
    mention: string;
    signataireNom: string | null;
    qualite: string | null;
    pourLeCompteDe: string | null;
    autorite: string | null;
    autoriteReference: string | null;
  }[];
  annexes: { numero: string; titre: string; texte: string | null; tableau: unknown }[];
};

/** « Article 3 : Obligations du délégataire », as the review lists it. */
const libelleArticle = (a: { numero: string; titre: string }) => `Article ${a.numero}${a.titre.trim() ? ` : ${a.titre.trim()}` : ""}`;

/** A convention's sections, in the order of the document. Optional parts appear when present. */
export function sectionsConvention(c: ConventionRevue): Section[] {
  const sections: Section[] = [
    {
      cle: "parties",
      libelle: "Parties",
      contenu: c.parties.map(({ ordre, role, organisationId, libelle, adresse, representantNom, qualite, mentionRole, denominations }) => ({
        ordre,
        role,
        organisationId,
        libelle,
        adresse,
        representantNom,
        qualite,
        mentionRole,
        denominations,
      })),
    },
  ];
  if (c.basesLegales.length) sections.push({ cle: "visas", libelle: "Bases légales", contenu: c.basesLegales.map((b) => b.texte) });
  if (c.preambule) sections.push({ cle: "preambule", libelle: c.titrePreambule ?? "Préambule", contenu: [c.titrePreambule, c.preambule] });
  for (const a of c.articles) sections.push({ cle: `article:${a.numero}`, libelle: libelleArticle(a), contenu: [a.titre, a.corps] });
  sections.push({
    cle: "echeancier",
    libelle: "Plafonds et échéancier",
    contenu: {
      plafondAe: c.plafondAe,
      plafondCp: c.plafondCp,
      ecart: c.ecartAeCpMotif,
      lignes: c.lignesEcheancier.map(({ annee, ae, cp }) => ({ annee, ae, cp })),
      cofinancements: c.cofinancements.map(({ financeur, fonds, montant }) => ({ financeur, fonds, montant })),
    },
  });
  if (c.imputation) sections.push({ cle: "imputation", libelle: "Imputation budgétaire", contenu: valeurs(c.imputation) });
  if (c.parametrage) sections.push({ cle: "parametrage", libelle: "Paramétrage Chorus", contenu: valeurs(c.parametrage) });
  sections.push({
    cle: "signatures",
    libelle: "Signatures",
    // Who signs and on what authority; not what signing itself records (date, place, method).
    contenu: c.signatures.map(({ ordre, mention, signataireNom, qualite, pourLeCompteDe, autorite, autoriteReference }) => ({
      ordre,
      mention,
      signataireNom,
      qualite,
      pourLeCompteDe,
      autorite,
      autoriteReference,
    })),
  });
  for (const a of c.annexes)
    sections.push({ cle: `annexe:${a.numero}`, libelle: `Annexe ${a.numero}`, contenu: [a.titre, a.texte, a.tableau] });
  return sections;
}

type AvenantRevue = {
  titre: string | null;
  dateAvenant: Date | null;
  introduction?: string | null;
  contexte: string | null;
  formuleAccord?: string | null;
  changements: unknown[];
  articles: { numero: string; titre: string; corps: string }[];
  basesLegales: { texte: string }[];
  parties: Omit<ConventionRevue["parties"][number], "ordre" | "role" | "organisationId">[];
  signatures: Omit<ConventionRevue["signatures"][number], "ordre">[];
};

/** An avenant's sections: the parties at its date, its legal bases, heading and context, what it
 *  changes, each of its articles, its signature blocks. */
export function sectionsAvenant(a: AvenantRevue): Section[] {
  return [
    {
      cle: "parties",
      libelle: "Parties",
      contenu: a.parties.map(({ libelle, adresse, representantNom, qualite, mentionRole, denominations }) => ({
        libelle,
        adresse,
        representantNom,
        qualite,
        mentionRole,
        denominations,
      })),
    },
    ...(a.basesLegales.length ? [{ cle: "visas", libelle: "Bases légales", contenu: a.basesLegales.map((b) => b.texte) }] : []),
    { cle: "contexte", libelle: "Titre et contexte", contenu: [a.titre, a.dateAvenant, a.introduction, a.contexte, a.formuleAccord] },
    { cle: "changements", libelle: "Changements apportés", contenu: a.changements },
    ...a.articles.map((x) => ({ cle: `article:${x.numero}`, libelle: libelleArticle(x), contenu: [x.titre, x.corps] })),
    {
      cle: "signatures",
      libelle: "Signatures",
      contenu: a.signatures.map(({ mention, signataireNom, qualite, pourLeCompteDe, autorite, autoriteReference }) => ({
        mention,
        signataireNom,
        qualite,
        pourLeCompteDe,
        autorite,
        autoriteReference,
      })),
    },
  ];
}

/** What a record says, without what the database adds (ids, versions, dates of writing): a save
 *  that changes nothing leaves the content, hence its approval, as it was. */
function valeurs(ligne: Record<string, unknown>): Record<string, unknown> {
  const technique = new Set(["id", "conventionId", "avenantId", "version", "createdAt", "updatedAt"]);
  return Object.fromEntries(Object.entries(ligne).filter(([cle]) => !technique.has(cle)));
}

/** The content of a section written the same way every time (keys sorted, amounts as text, an
 *  empty text as nothing): what its fingerprint is taken from. */
export function contenuCanonique(contenu: unknown): string {
  return JSON.stringify(contenu, (_cle, v: unknown) => {
    if (typeof v === "bigint") return v.toString();
    if (v === "") return null;
    if (v && typeof v === "object" && !Array.isArray(v) && !(v instanceof Date))
      return Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    return v;
  });
}

export type EtatSection = "a_relire" | "approuvee" | "modifiee_depuis";

/** Each section's review state: approved for its current content, changed since its approval, or still to review. */
export function etatsSections(
  sections: readonly { cle: string; empreinte: string }[],
  approbations: readonly { section: string; empreinte: string }[],
): Map<string, EtatSection> {
  const approuvees = new Map(approbations.map((a) => [a.section, a.empreinte]));
  return new Map(
    sections.map((s) => {
      const empreinte = approuvees.get(s.cle);
      return [s.cle, empreinte === undefined ? "a_relire" : empreinte === s.empreinte ? "approuvee" : "modifiee_depuis"];
    }),
  );
}

/** A warning, as acknowledged: the same finding at the same place. */
export const cleConstat = (c: Pick<Constat, "code" | "champ">) => `${c.code}@${c.champ}`;

/** Why a document in review cannot go to « prête à signer » yet, in French; empty when it can. */
export function blocagesValidation(r: {
  sections: readonly { cle: string; libelle: string }[];
  etats: ReadonlyMap<string, EtatSection>;
  filsNonResolus: readonly { sectionLibelle: string }[];
  constats: readonly Constat[];
  avertissementsAcquittes: readonly string[];
}): string[] {
  const blocages: string[] = [];
  const aRelire = r.sections.filter((s) => r.etats.get(s.cle) === "a_relire").map((s) => s.libelle);
  const modifiees = r.sections.filter((s) => r.etats.get(s.cle) === "modifiee_depuis").map((s) => s.libelle);
  if (aRelire.length) blocages.push(`Sections à approuver : ${aRelire.join(", ")}.`);
  if (modifiees.length) blocages.push(`Sections modifiées depuis leur approbation, à approuver de nouveau : ${modifiees.join(", ")}.`);
  if (r.filsNonResolus.length) {
    const n = r.filsNonResolus.length;
    const ou = [...new Set(r.filsNonResolus.map((f) => f.sectionLibelle))].join(", ");
    blocages.push(`${n} ${n > 1 ? "discussions ne sont pas résolues" : "discussion n'est pas résolue"} (${ou}).`);
  }
  const erreurs = r.constats.filter((c) => c.gravite === "erreur");
  if (erreurs.length)
    blocages.push(
      `${erreurs.length > 1 ? `${erreurs.length} erreurs bloquent` : "Une erreur bloque"} la validation : ${erreurs.map((c) => c.message).join(" ")}`,
    );
  const acquittes = new Set(r.avertissementsAcquittes);
  const nonAcquittes = r.constats.filter((c) => c.gravite === "avertissement" && !acquittes.has(cleConstat(c)));
  if (nonAcquittes.length)
    blocages.push(
      `${nonAcquittes.length > 1 ? `${nonAcquittes.length} avertissements sont` : "Un avertissement est"} à prendre en compte avant de valider : cochez-les une fois lus.`,
    );
  return blocages;
}

/** Who is expected to act at each step, as the detail page says it, of a convention or an avenant. */
export function prochainActeur(statut: Statut, document: "convention" | "avenant" = "convention"): string {
  const [le, signe, termine] =
    document === "avenant" ? ["L'avenant", "l'avenant signé", "terminé"] : ["La convention", "la convention signée", "terminée"];
  switch (statut) {
    case "BROUILLON":
      return "Le rédacteur complète le projet, puis le soumet à la revue.";
    case "EN_REVUE":
      return "Le relecteur financier relit chaque section : il commente, approuve, puis valide pour signature ou renvoie en rédaction.";
    case "PRETE_A_SIGNER":
      return "Les signataires de chaque partie signent la version figée, dans l'ordre des blocs de signature.";
    case "SIGNEE_PARTIELLEMENT":
      return "Les parties qui n'ont pas encore signé signent à leur tour.";
    case "SIGNEE":
      return `Le rédacteur enregistre la publication de ${signe} sur chaque canal requis (bulletin officiel, data.gouv.fr…), dans « Publication ».`;
    case "PUBLIEE":
      return document === "avenant"
        ? "L'avenant entre en vigueur de lui-même, à sa signature, une fois publié."
        : "La convention entre en vigueur d'elle-même à la date que dit son article de durée (signature, ou notification à enregistrer dans « Vie de la convention »).";
    case "EN_VIGUEUR":
      return document === "avenant"
        ? "L'avenant s'applique jusqu'à la fin du texte qu'il modifie."
        : "La convention s'exécute jusqu'à sa fin : sa date de fin, une dénonciation avec préavis ou sa clôture une fois les opérations soldées.";
    case "TERMINEE":
      return `Plus rien à faire : ${le.charAt(0).toLowerCase()}${le.slice(1)} est ${termine}.`;
  }
}
