// A document's history in French (the « Historique » tab and its CSV): what each audit event says,
// and what changed between two versions of a convention, field by field, in the words of the form.
// Reads the audit's JSON copies (amounts as text in cents, dates as ISO text).
import { formatMontant } from "./money";
import { formatDateCourte } from "./dates";
import { LIBELLES_EVENEMENT, LIBELLES_STATUT, type Evenement, type Statut } from "./statut";
import { CHAMPS_IMPUTATION, CHAMPS_PARAMETRAGE, LIBELLES_ROLE_PARTIE } from "./libelles";

type Json = Record<string, unknown>;

const texte = (v: unknown) => (v === null || v === undefined || v === "" ? "—" : String(v));
const montant = (v: unknown) => (v === null || v === undefined || v === "" ? "—" : formatMontant(BigInt(String(v))));
const date = (v: unknown) => (typeof v === "string" && v ? formatDateCourte(new Date(v)) : "—");
const court = (v: unknown, n = 80) => {
  const t = texte(v).replace(/\s+/g, " ");
  return t.length > n ? `${t.slice(0, n - 1)}…` : t;
};

const CHAMPS: [string, string, (v: unknown) => string][] = [
  ["reference", "Référence", texte],
  ["titre", "Titre", texte],
  ["intitule", "Intitulé court", texte],
  ["objet", "Objet", court],
  ["dateConvention", "Date de la convention", date],
  ["dateFin", "Date de fin", date],
  ["preavisMois", "Préavis (mois)", texte],
  ["plafondAe", "Plafond AE", montant],
  ["plafondCp", "Plafond CP", montant],
  ["ecartAeCpMotif", "Motif de l'écart AE/CP", court],
  ["titrePreambule", "Titre du préambule", texte],
  ["preambule", "Préambule", court],
  ["formuleAccord", "Formule d'accord", texte],
  ["lieuSignature", "Lieu de signature", texte],
];

/** What changed between two copies of a convention, one line per change. */
export function changementsConvention(avant: Json, apres: Json): string[] {
  const lignes: string[] = [];
  for (const [cle, libelle, format] of CHAMPS) {
    const a = format(avant[cle]);
    const b = format(apres[cle]);
    if (a !== b) lignes.push(`${libelle} : ${a} → ${b}`);
  }
  // An avenant's parties have no role of their own (the convention's): their representative is what changes.
  const parties = (c: Json) =>
    ((c.parties ?? []) as Json[]).map(
      (p) =>
        `${texte(p.libelle)}${p.role ? ` (${(LIBELLES_ROLE_PARTIE[p.role as keyof typeof LIBELLES_ROLE_PARTIE] ?? texte(p.role)).toLowerCase()})` : ""}${p.representantNom ? `, représentée par ${texte(p.representantNom)}` : ""}${p.qualite ? `, ${court(p.qualite, 60)}` : ""}`,
    );
  const [pa, pb] = [parties(avant), parties(apres)];
  if (pa.join("|") !== pb.join("|")) lignes.push(`Parties : ${pa.join(" ; ") || "—"} → ${pb.join(" ; ") || "—"}`);
  const visas = (c: Json) => ((c.basesLegales ?? []) as Json[]).map((b) => String(b.texte));
  if (visas(avant).join("|") !== visas(apres).join("|"))
    lignes.push(`Bases légales : ${visas(avant).length} → ${visas(apres).length} visa(s), texte modifié`);

  const articles = (c: Json) => new Map(((c.articles ?? []) as Json[]).map((a) => [String(a.numero), a]));
  const [aa, ab] = [articles(avant), articles(apres)];
  for (const [numero, a] of aa) {
    const b = ab.get(numero);
    if (!b) lignes.push(`Article ${numero} supprimé (« ${court(a.titre, 60)} »)`);
    else if (a.titre !== b.titre) lignes.push(`Article ${numero}, titre : ${texte(a.titre)} → ${texte(b.titre)}`);
    else if (a.corps !== b.corps) lignes.push(`Article ${numero} : texte modifié`);
  }
  for (const [numero, b] of ab) if (!aa.has(numero)) lignes.push(`Article ${numero} ajouté (« ${court(b.titre, 60)} »)`);

  const annees = (c: Json) => new Map(((c.lignesEcheancier ?? []) as Json[]).map((l) => [Number(l.annee), l]));
  const [ea, eb] = [annees(avant), annees(apres)];
  for (const annee of [...new Set([...ea.keys(), ...eb.keys()])].sort()) {
    const a = ea.get(annee);
    const b = eb.get(annee);
    if (!a) lignes.push(`Échéancier ${annee} ajouté : AE ${montant(b!.ae)}, CP ${montant(b!.cp)}`);
    else if (!b) lignes.push(`Échéancier ${annee} supprimé`);
    else {
      if (String(a.ae) !== String(b.ae)) lignes.push(`Échéancier ${annee}, AE : ${montant(a.ae)} → ${montant(b.ae)}`);
      if (String(a.cp) !== String(b.cp)) lignes.push(`Échéancier ${annee}, CP : ${montant(a.cp)} → ${montant(b.cp)}`);
    }
  }
  for (const [bloc, champs] of [
    ["imputation", [...CHAMPS_IMPUTATION, { cle: "lignesImprimees", libelle: "Imputation, tableau tel qu'imprimé" }]],
    ["parametrage", CHAMPS_PARAMETRAGE],
  ] as const) {
    const a = (avant[bloc] ?? {}) as Json;
    const b = (apres[bloc] ?? {}) as Json;
    for (const champ of champs)
      if (texte(a[champ.cle]) !== texte(b[champ.cle])) lignes.push(`${champ.libelle} : ${texte(a[champ.cle])} → ${texte(b[champ.cle])}`);
  }
  const signatures = (c: Json) => ((c.signatures ?? []) as Json[]).map((s) => `${texte(s.mention)} ${texte(s.signataireNom)}`);
  if (signatures(avant).join("|") !== signatures(apres).join("|")) lignes.push("Blocs de signature modifiés");
  return lignes;
}

export type CategorieHistorique = "etapes" | "revue" | "redaction" | "execution";

export const LIBELLES_CATEGORIE: Record<CategorieHistorique, string> = {
  etapes: "Étapes du cycle de vie",
  revue: "Revue",
  redaction: "Rédaction",
  execution: "Exécution financière",
};

const NATURES: Record<string, string> = {
  MISE_A_DISPOSITION: "mise à disposition de crédits",
  ENGAGEMENT: "engagement juridique",
  PAIEMENT: "demande de paiement",
};
/** An execution line in an audit copy: « engagement juridique EJ 1300012345, AE 80 000,00 €, le 15/03/2024 ». */
function ligneExecution(l: Json): string {
  const numeros = [l.numeroEj ? `EJ ${texte(l.numeroEj)}` : null, l.numeroDp ? `DP ${texte(l.numeroDp)}` : null].filter(Boolean);
  const montants = [
    l.ae && String(l.ae) !== "0" ? `AE ${montant(l.ae)}` : null,
    l.cp && String(l.cp) !== "0" ? `CP ${montant(l.cp)}` : null,
  ].filter(Boolean);
  return [
    `${NATURES[String(l.nature)] ?? texte(l.nature)}${numeros.length ? ` ${numeros.join(", ")}` : ""}`,
    ...montants,
    `le ${date(l.date)}`,
    `exercice ${texte(l.annee)}`,
  ].join(", ");
}

/** One audit event as the history shows it. */
export function decrireEvenement(e: { type: string; avant: unknown; apres: unknown }): {
  categorie: CategorieHistorique;
  quoi: string;
  commentaire: string | null;
  changements: string[];
} {
  const avant = (e.avant ?? {}) as Json;
  const apres = (e.apres ?? {}) as Json;
  const etape = /^(CONVENTION|AVENANT)_([A-Z_]+)$/.exec(e.type);
  if (etape && etape[2]! in LIBELLES_EVENEMENT) {
    const changements = [`${LIBELLES_STATUT[avant.statut as Statut] ?? "—"} → ${LIBELLES_STATUT[apres.statut as Statut] ?? "—"}`];
    if (Array.isArray(apres.filsOuverts) && apres.filsOuverts.length)
      changements.push(`Discussions ouvertes : ${apres.filsOuverts.join(", ")}`);
    if (Array.isArray(apres.avertissementsAcquittes) && apres.avertissementsAcquittes.length)
      changements.push(`${apres.avertissementsAcquittes.length} avertissement(s) pris en compte`);
    if (apres.sha256) changements.push(`Version figée n° ${texte(apres.versionFigee)}, empreinte SHA-256 ${String(apres.sha256)}`);
    if (apres.dateSignature) changements.push(`Date de signature : ${date(apres.dateSignature)}`);
    if (apres.datePublication) changements.push(`Date de publication : ${date(apres.datePublication)}`);
    if (Array.isArray(apres.canaux) && apres.canaux.length) changements.push(`Canaux requis : ${apres.canaux.join(", ")}`);
    return {
      categorie: "etapes",
      quoi: LIBELLES_EVENEMENT[etape[2] as Evenement],
      commentaire: (apres.commentaire as string) ?? null,
      changements,
    };
  }
  if (e.type === "CONVENTION_SIGNATURE" || e.type === "AVENANT_SIGNATURE") {
    const reauth = apres.reauthentification as { methode?: string; acr?: string | null } | undefined;
    const niveaux: Record<string, string> = {
      SCAN: "scan de la signature papier",
      AVANCEE: "signature électronique avancée",
      QUALIFIEE: "signature électronique qualifiée",
    };
    return {
      categorie: "etapes",
      quoi: `Signature de ${texte(apres.partie)}`,
      commentaire: null,
      changements: [
        `${LIBELLES_STATUT[avant.statut as Statut] ?? "—"} → ${LIBELLES_STATUT[apres.statut as Statut] ?? "—"}`,
        `${apres.mode === "SCAN" ? "Sur papier" : "Dans l'application"} : ${niveaux[String(apres.niveau)] ?? texte(apres.niveau)}, le ${date(apres.dateSignature)}`,
        `Empreinte SHA-256 : ${texte(apres.sha256)}`,
        ...(reauth?.methode ? [`Réauthentification : ${reauth.methode}${reauth.acr ? `, niveau (acr) « ${reauth.acr} »` : ""}`] : []),
      ],
    };
  }
  if (e.type === "CONVENTION_PUBLICATION_CANAL" || e.type === "AVENANT_PUBLICATION_CANAL") {
    const refs = (j: Json) =>
      [j.nor && `NOR ${texte(j.nor)}`, j.numero && `n° ${texte(j.numero)}`, j.date && `le ${date(j.date)}`, j.url && texte(j.url)]
        .filter(Boolean)
        .join(", ");
    const changements = [];
    if (e.avant && avant.etat !== apres.etat) changements.push(`${texte(avant.etat)} → ${texte(apres.etat)}`);
    if (refs(apres)) changements.push(`Références : ${refs(apres)}`);
    if (apres.requis === "non") changements.push("Canal non requis");
    if (apres.sha256) changements.push(`Fichier « ${texte(apres.fichier)} », empreinte SHA-256 ${texte(apres.sha256)}`);
    return {
      categorie: "etapes",
      quoi: `Publication — ${texte(apres.canal)} : ${texte(apres.etat).toLowerCase()}`,
      commentaire: null,
      changements,
    };
  }
  if (e.type === "CONVENTION_TRANSMISSION" || e.type === "AVENANT_TRANSMISSION") {
    const changements = [
      apres.dateEnvoi && `Envoi le ${date(apres.dateEnvoi)}`,
      apres.adresse && `Adresse : ${texte(apres.adresse)}`,
      apres.dateAccuse && `Accusé de réception le ${date(apres.dateAccuse)}${apres.reference ? ` (${texte(apres.reference)})` : ""}`,
      apres.sha256 && `PDF joint, empreinte SHA-256 ${texte(apres.sha256)}`,
    ].filter((c): c is string => Boolean(c));
    return {
      categorie: "etapes",
      quoi: `Transmission — ${texte(apres.destinataire)} : ${texte(apres.etat).toLowerCase()}`,
      commentaire: null,
      changements,
    };
  }
  if (e.type === "CONVENTION_PARAMETRAGE_CHORUS")
    return {
      categorie: "execution",
      quoi: `Paramétrage Chorus — ${texte(apres.etape).toLowerCase().replace(/_/g, " ")} : ${texte(apres.etat)}`,
      commentaire: null,
      changements: [...(e.avant ? [`${texte(avant.etat)} → ${texte(apres.etat)}`] : []), ...(apres.date ? [`Le ${date(apres.date)}`] : [])],
    };
  if (e.type === "CONVENTION_NOTIFICATION")
    return {
      categorie: "etapes",
      quoi: "Notification aux parties enregistrée",
      commentaire: null,
      changements: [`Date de notification : ${date(avant.dateNotification)} → ${date(apres.dateNotification)}`],
    };
  if (e.type === "CONVENTION_DENONCIATION")
    return {
      categorie: "etapes",
      quoi: `Dénonciation par ${texte(apres.partie)}`,
      commentaire: (apres.motif as string) ?? null,
      changements: [`Le ${date(apres.dateDenonciation)}, fin au ${date(apres.fin)} (préavis)`],
    };
  if (e.type === "CONVENTION_CLOTURE")
    return {
      categorie: "etapes",
      quoi: "Clôture : toutes les opérations soldées",
      commentaire: (apres.motif as string) ?? null,
      changements: [`Le ${date(apres.dateCloture)}`],
    };
  const section = `« ${texte(apres.section)} »`;
  switch (e.type) {
    case "REVUE_FIL_OUVERT":
      return { categorie: "revue", quoi: `Commentaire sur ${section}`, commentaire: texte(apres.texte), changements: [] };
    case "REVUE_REPONSE":
      return { categorie: "revue", quoi: `Réponse sur ${section}`, commentaire: texte(apres.texte), changements: [] };
    case "REVUE_FIL_RESOLU":
      return { categorie: "revue", quoi: `Discussion résolue sur ${section}`, commentaire: null, changements: [] };
    case "REVUE_SECTION_APPROUVEE":
      return { categorie: "revue", quoi: `Section approuvée : ${section}`, commentaire: null, changements: [] };
    case "CONVENTION_CREEE":
      return { categorie: "redaction", quoi: "Convention créée", commentaire: null, changements: [] };
    case "CONVENTION_IMPORTEE":
      return {
        categorie: "redaction",
        quoi:
          apres.mode === "SIGNE"
            ? `Convention signée importée de « ${texte(apres.fichier)} »`
            : `Brouillon importé de « ${texte(apres.fichier)} »`,
        commentaire: null,
        changements: [
          `Empreinte SHA-256 : ${texte(apres.sha256)}`,
          ...(Array.isArray(apres.constats) && apres.constats.length ? [`Constats à la lecture : ${apres.constats.join(", ")}`] : []),
        ],
      };
    case "CONVENTION_MODIFIEE":
      return { categorie: "redaction", quoi: "Convention modifiée", commentaire: null, changements: changementsConvention(avant, apres) };
    case "AVENANT_MODIFIE": {
      const changements = changementsConvention(avant, apres);
      if (texte(avant.contexte) !== texte(apres.contexte))
        changements.unshift(`Contexte : ${court(avant.contexte)} → ${court(apres.contexte)}`);
      return { categorie: "redaction", quoi: "Avenant modifié", commentaire: null, changements };
    }
    case "AVENANT_CREE":
      return { categorie: "redaction", quoi: "Avenant créé", commentaire: null, changements: [] };
    case "EXECUTION_IMPORT":
      return {
        categorie: "execution",
        quoi: `Extrait CHORUS importé : « ${texte(apres.fichier)} »`,
        commentaire: null,
        changements: [
          `${NATURES[String(apres.nature)] ?? texte(apres.nature)} : ${texte(apres.lignes)} ligne(s), dont ${texte(apres.nouvelles)} nouvelle(s) ; AE ${texte(apres.ae)}, CP ${texte(apres.cp)}`,
          `Empreinte SHA-256 : ${texte(apres.sha256)}`,
        ],
      };
    case "EXECUTION_SAISIE":
      return {
        categorie: "execution",
        quoi: "Ligne d'exécution saisie",
        commentaire: (apres.texte as string) ?? null,
        changements: [ligneExecution(apres)],
      };
    case "EXECUTION_SUPPRESSION":
      return {
        categorie: "execution",
        quoi: "Ligne d'exécution saisie supprimée",
        commentaire: null,
        changements: [ligneExecution(avant)],
      };
    case "AVENANT_SUPPRIME":
      return { categorie: "redaction", quoi: `Avenant n° ${texte(avant.numero)} supprimé`, commentaire: null, changements: [] };
    default:
      return { categorie: "redaction", quoi: e.type.toLowerCase().replace(/_/g, " "), commentaire: null, changements: [] };
  }
}
