// Saving what an import read: a draft, or — for a document already signed — a signed historical
// record whose signed copy is the original file (kept in the file store under its SHA-256) and whose
// signature dates are those read from it. The same file twice gives the same record (idempotent by
// SHA-256). The fields go through the convention form's own schema, so every rule of a typed
// convention holds for an imported one; an organisation the referential does not know is refused
// at its field until it is chosen or created.
import "server-only";
import { ErreurMetier } from "@/lib/domain/erreurs";
import {
  appliquerRevue,
  champsDeRevue,
  constatsApresRevue,
  restantsAVerifier,
  type ConventionVisee,
  type DocumentLu,
  type Revue,
} from "@/lib/domain/import";
import { conventionSchema, type ConventionInput } from "@/lib/schemas/convention";
import { recordAudit } from "../audit";
import { inTransaction, on, type InTx } from "../db";
import { putFichier } from "../fichiers/fichiers";
import { assertCan, type AgentLike } from "../policies";
import { createConvention } from "../conventions/save-convention";
import { refreshSuivi } from "../execution/refresh-suivi";
import type { AnalyseFichier } from "./analyse-fichier";
import { getFichier } from "../fichiers/fichiers";
import { getImport } from "./get-import";
import {
  articlesLus,
  assertDateDeSignature,
  blocLu,
  enMontant,
  enTexte,
  joindreOriginal,
  recitImport,
  signerCommeLu,
  valeursValides,
  type ModeEnregistrement,
  type RevuePourLAudit,
} from "./original-signe";
import { loadContexteImport } from "./contexte";
import { conventionVisee as lireConventionVisee, saveAvenantImporte } from "./save-avenant-importe";

export type { ModeEnregistrement };
export type Enregistre = {
  conventionId: string;
  reference: string;
  deja: boolean;
  mode: ModeEnregistrement;
  /** An imported avenant: its number on the convention it amends. */
  avenant?: { id: string; numero: number };
};

/** The form's values for what was read; organisations by the referential's ids. */
export function valeursDuDocument(d: DocumentLu, sha256: string, idsOrganisations: ReadonlyMap<string, string>): ConventionInput {
  const sigle = (p: DocumentLu["parties"][number] | undefined) => p?.organisation ?? p?.sigleLu ?? "X";
  const delegant = d.parties.find((p) => p.role === "DELEGANT") ?? d.parties[0];
  const delegataire = d.parties.find((p) => p.role === "DELEGATAIRE") ?? d.parties[1];
  const annee = (d.dateConvention ?? d.signatures.map((s) => s.dateSignature).find(Boolean) ?? "").slice(0, 4) || "ARCH";
  const objet = d.objet ?? d.titre;
  return {
    type: d.type,
    reference: `${annee}-${sigle(delegant)}-${sigle(delegataire)}-${sha256.slice(0, 6).toUpperCase()}`.slice(0, 60),
    titre: d.titre,
    intitule: objet.length > 90 ? `${objet.slice(0, 87).replace(/\s+\S*$/, "")}…` : objet,
    objet: objet.slice(0, 2000),
    serviceId: (delegant?.organisation && idsOrganisations.get(delegant.organisation)) ?? "",
    dateConvention: enTexte(d.dateConvention),
    pointDepart: d.pointDepart,
    dateEffet: enTexte(d.dateEffet),
    regleDuree: d.regleDuree,
    dateFin: enTexte(d.dateFin),
    preavisMois: enTexte(d.preavisMois),
    plafondAe: enMontant(d.plafondAe),
    plafondCp: enMontant(d.plafondCp),
    ecartAeCpMotif: "",
    titrePreambule: enTexte(d.titrePreambule),
    preambule: enTexte(d.preambule),
    formuleAccord: enTexte(d.formuleAccord),
    lieuSignature: enTexte(d.lieuSignature),
    parties: d.parties.map((p) => ({
      role: p.role,
      organisationId: (p.organisation && idsOrganisations.get(p.organisation)) ?? "",
      libelle: p.libelle,
      adresse: enTexte(p.adresse),
      representantNom: enTexte(p.representantNom),
      qualite: enTexte(p.qualite),
      mentionRole: enTexte(p.mentionRole),
      denominations: p.denominations.join("\n"),
    })),
    basesLegales: d.basesLegales.map((b) => ({ texte: b.texte })),
    articles: articlesLus(d),
    echeancier: d.echeancier.map((l) => ({ annee: String(l.annee), ae: enMontant(l.ae), cp: enMontant(l.cp) })),
    imputation: { ...d.imputation },
    parametrage: { ...d.parametrage },
    cofinancements: d.cofinancements.map((c) => ({ financeur: c.financeur ?? "", fonds: enTexte(c.fonds), montant: enMontant(c.montant) })),
    signatures: d.signatures.map((s) => blocLu(s, s.partie, d)),
  } as ConventionInput;
}

export async function saveImport(
  agent: AgentLike,
  analyse: AnalyseFichier,
  octets: Uint8Array,
  nom: string,
  mode: ModeEnregistrement,
  { tx: outer }: InTx = {},
  /** For the audit log: what the user corrected (read → corrected) and accepted. */
  revue?: RevuePourLAudit,
): Promise<Enregistre> {
  assertCan(agent, "document.importer");
  const d = analyse.document;
  if (d.nature === "AVENANT")
    throw new ErreurMetier(
      "AVENANT_A_RATTACHER",
      "Un avenant importé s'enregistre depuis l'écran d'import, où il est rattaché à la convention qu'il modifie ; en ligne de commande, donnez-la avec --convention REFERENCE.",
    );
  if (analyse.constats.some((c) => c.code === "PAS_UNE_CONVENTION" || c.code === "AUCUN_TEXTE"))
    throw new ErreurMetier("PAS_UNE_CONVENTION", "Ce document n'a pas été reconnu comme une convention : rien n'a été enregistré.");
  const deja = await on(outer).fichier.findFirst({
    where: { sha256: analyse.fichier.sha256, nature: { in: ["ORIGINAL_SIGNE", "AUTRE"] }, conventionId: { not: null } },
    select: { conventionId: true, nature: true, convention: { select: { reference: true } } },
  });
  if (deja?.conventionId)
    return {
      conventionId: deja.conventionId,
      reference: deja.convention!.reference,
      deja: true,
      mode: deja.nature === "ORIGINAL_SIGNE" ? "SIGNE" : "BROUILLON",
    };

  const organisations = await on(outer).organisation.findMany({ select: { id: true, sigle: true, nom: true } });
  const ids = new Map(organisations.map((o) => [o.sigle?.trim() || o.nom, o.id]));
  const inconnues = d.parties.filter((p) => !p.organisation || !ids.has(p.organisation));
  if (inconnues.length)
    throw new ErreurMetier(
      "ORGANISATION_INCONNUE",
      `${inconnues.map((p) => `« ${p.libelle} »`).join(" et ")} ne correspond${inconnues.length > 1 ? "ent" : ""} à aucune organisation du référentiel : choisissez-la ou créez-la, puis enregistrez de nouveau.`,
    );
  const data = valeursValides(conventionSchema, valeursDuDocument(d, analyse.fichier.sha256, ids));
  assertDateDeSignature(d, mode, "convention");

  // The bytes first (the store writes once, outside the transaction); then the record.
  await putFichier(octets);
  return inTransaction(outer, async (tx) => {
    const { id } = await createConvention(agent, data, { tx });
    await tx.annexe.createMany({
      data: d.annexes.map((a, ordre) => ({
        conventionId: id,
        ordre,
        numero: a.numero,
        titre: a.titre || `Annexe ${a.numero}`,
        texte: a.texte ?? null,
        tableau: a.tableau ?? undefined,
      })),
    });
    await joindreOriginal(tx, { conventionId: id }, analyse, nom, mode, agent);
    if (mode === "SIGNE") await tx.convention.update({ where: { id }, data: await signerCommeLu(tx, { conventionId: id }, d, agent) });
    await recordAudit(tx, {
      userId: agent.id,
      type: "CONVENTION_IMPORTEE",
      entite: "Convention",
      entiteId: id,
      conventionId: id,
      apres: recitImport(analyse, nom, mode, revue),
    });
    await refreshSuivi([id], { tx, sauf: agent.id });
    return { conventionId: id, reference: data.reference, deja: false, mode };
  });
}

/** The review screen's « Enregistrer »: the document read by an import job with the user's review
 *  (corrections, flagged fields accepted), saved, and the import marked with the record it made (a
 *  second click gives the same record). Nothing is saved while a correction cannot be read or a
 *  flagged field is left unchecked. */
export async function saveImportDepuisTravail(
  agent: AgentLike,
  travailId: string,
  mode: ModeEnregistrement,
  revue: Revue = { corrections: {}, acceptes: [] },
  /** For an avenant: the convention it amends, chosen on the review screen. */
  conventionVisee?: string,
): Promise<Enregistre> {
  const vue = await getImport(agent, travailId);
  if (vue.travail.etat === "ECHEC")
    throw new ErreurMetier("IMPORT_ECHOUE", vue.travail.erreur ?? "Ce document n'a pas pu être lu : rien n'a été enregistré.");
  if (!vue.analyse || !vue.sha256 || !vue.nom)
    throw new ErreurMetier("IMPORT_EN_COURS", "Le document n'est pas encore lu : attendez la fin de la lecture, puis enregistrez.");
  const avenant = vue.analyse.document.nature === "AVENANT";
  if (avenant && !conventionVisee)
    throw new ErreurMetier("CONVENTION_A_CHOISIR", "Choisissez la convention que cet avenant modifie, puis enregistrez.");
  const revu = await reviserImport(
    vue.analyse,
    revue,
    avenant && conventionVisee ? await lireConventionVisee(agent, conventionVisee) : undefined,
  );
  if (Object.keys(revu.erreurs).length)
    throw new ErreurMetier(
      "SAISIE_INVALIDE",
      `${Object.keys(revu.erreurs).length} correction(s) ne peuvent pas être lues : reprenez-les, puis enregistrez.`,
      revu.erreurs,
    );
  if (revu.restants.length)
    throw new ErreurMetier(
      "CHAMPS_A_VERIFIER",
      `${revu.restants.length} champ(s) signalé(s) restent à vérifier : acceptez-les ou corrigez-les, puis enregistrez.`,
    );
  const analyse: AnalyseFichier = { ...vue.analyse, document: revu.document, constats: revu.constats };
  const lus = new Map(champsDeRevue(vue.analyse.document).map((c) => [c.chemin, c.valeur]));
  const pourLAudit = {
    corrections: Object.fromEntries(Object.entries(revue.corrections).map(([c, v]) => [c, { lu: lus.get(c) ?? "", corrige: v }])),
    acceptes: revue.acceptes,
  };
  const octets = await getFichier(vue.sha256);
  let r: Enregistre;
  if (avenant && conventionVisee) {
    const a = await saveAvenantImporte(agent, analyse, octets, vue.nom, conventionVisee, mode, {}, pourLAudit);
    const c = await on().convention.findUniqueOrThrow({ where: { id: a.conventionId }, select: { reference: true } });
    r = { conventionId: a.conventionId, reference: c.reference, deja: a.deja, mode, avenant: { id: a.avenantId, numero: a.numero } };
  } else r = await saveImport(agent, analyse, octets, vue.nom, mode, {}, pourLAudit);
  await on().travail.update({ where: { id: travailId }, data: { documentId: r.conventionId } });
  return r;
}

/** The import with the user's review: the corrected document, its findings, what is still to
 *  check, and the corrections that cannot be read — what the review screen shows as it goes. */
export async function reviserImport(analyse: AnalyseFichier, revue: Revue, visee?: ConventionVisee) {
  const { document, erreurs } = appliquerRevue(analyse.document, revue.corrections);
  const constats = constatsApresRevue(analyse, document, await loadContexteImport(), revue, visee);
  return { document, constats, erreurs, restants: restantsAVerifier(analyse, revue) };
}

export async function verifierRevueImport(agent: AgentLike, travailId: string, revue: Revue, conventionId?: string) {
  const vue = await getImport(agent, travailId);
  if (!vue.analyse) throw new ErreurMetier("IMPORT_EN_COURS", "Le document n'est pas encore lu.");
  const visee = vue.analyse.document.nature === "AVENANT" && conventionId ? await lireConventionVisee(agent, conventionId) : undefined;
  const { constats, erreurs, restants } = await reviserImport(vue.analyse, revue, visee);
  return { constats, erreurs, restants };
}
