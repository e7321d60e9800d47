// Creating and editing a convention: guards first, then one transaction that writes the
// convention, its children and the audit event. Editing checks the version (optimistic lock):
// a second person saving an older copy is refused, and their input stays in their form.
import "server-only";
import type { ConventionData } from "@/lib/schemas/convention";
import { fromCalendarDate } from "@/lib/domain/dates";
import { raisonNonModifiable } from "@/lib/domain/statut";
import { texteVise } from "@/lib/domain/controles";
import { groupeParDefaut } from "@/lib/domain/signature";
import { ConflitVersion, ErreurMetier } from "@/lib/domain/erreurs";
import { assertCan, estDansLePerimetre, type AgentLike } from "../policies";
import { recordAudit } from "../audit";
import { assertOrganisationsConnues } from "../referentiel/verifications";
import { inTransaction, on, type InTx, type Tx } from "../db";
import { refreshSuivi } from "../execution/refresh-suivi";
import { getConvention, conventionDetailInclude } from "./get-convention";

const date = (v: string | null) => (v ? fromCalendarDate(v) : null);

function scalars(data: ConventionData) {
  return {
    reference: data.reference,
    type: data.type,
    titre: data.titre,
    intitule: data.intitule,
    objet: data.objet,
    serviceId: data.serviceId,
    dateConvention: date(data.dateConvention),
    pointDepart: data.pointDepart,
    // The stated start, kept only when the text starts from it.
    dateEffet: data.pointDepart === "DATE_EFFET" ? date(data.dateEffet) : null,
    regleDuree: data.regleDuree,
    dateFin: date(data.dateFin),
    preavisMois: data.preavisMois,
    plafondAe: data.plafondAe,
    plafondCp: data.plafondCp,
    ecartAeCpMotif: data.ecartAeCpMotif,
    titrePreambule: data.titrePreambule,
    preambule: data.preambule || null,
    formuleAccord: data.formuleAccord,
    lieuSignature: data.lieuSignature,
  };
}

async function writeChildren(tx: Tx, conventionId: string, data: ConventionData) {
  await tx.signature.deleteMany({ where: { conventionId } });
  await tx.partie.deleteMany({ where: { conventionId } });
  await tx.baseLegale.deleteMany({ where: { conventionId } });
  await tx.article.deleteMany({ where: { conventionId } });
  await tx.ligneEcheancier.deleteMany({ where: { conventionId } });
  await tx.cofinancement.deleteMany({ where: { conventionId } });
  await tx.imputationBudgetaire.deleteMany({ where: { conventionId } });
  await tx.parametrageAdherence.deleteMany({ where: { conventionId } });

  const textes = await tx.texteJuridique.findMany({ select: { id: true, nature: true, numero: true } });
  const parties: { id: string }[] = [];
  for (const [ordre, p] of data.parties.entries()) {
    parties.push(await tx.partie.create({ data: { conventionId, ordre, ...p } }));
  }
  await tx.baseLegale.createMany({
    data: data.basesLegales.map((b, ordre) => ({
      conventionId,
      ordre,
      texte: b.texte,
      texteId: texteVise(b.texte, textes)?.id ?? null,
    })),
  });
  await tx.article.createMany({ data: data.articles.map((a, ordre) => ({ conventionId, ordre, ...a })) });
  await tx.ligneEcheancier.createMany({ data: data.echeancier.map((l) => ({ conventionId, ...l })) });
  await tx.cofinancement.createMany({ data: data.cofinancements.map((c, ordre) => ({ conventionId, ordre, ...c })) });
  if (Object.values(data.imputation).some(Boolean)) await tx.imputationBudgetaire.create({ data: { conventionId, ...data.imputation } });
  if (Object.values(data.parametrage).some(Boolean)) await tx.parametrageAdherence.create({ data: { conventionId, ...data.parametrage } });
  await tx.signature.createMany({
    data: data.signatures.map((s, ordre) => ({
      conventionId,
      ordre,
      partieId: parties[s.partie]!.id,
      mention: s.mention,
      signataireNom: s.signataireNom,
      qualite: s.qualite,
      groupe: s.groupe ?? groupeParDefaut(data.parties[s.partie]?.role),
      autorite: s.autorite,
      autoriteReference: s.autoriteReference,
      pourLeCompteDe: s.pourLeCompteDe,
      lieu: s.lieu,
    })),
  });
}

/** What must hold before anything is written, each answered at its field: a free reference,
 *  organisations that exist in the referential, a document within the author's perimeter. */
async function assertSaisieValide(agent: AgentLike, data: ConventionData, exceptId: string | undefined, tx: Tx | undefined) {
  const db = on(tx);
  const other = await db.convention.findUnique({ where: { reference: data.reference }, select: { id: true } });
  if (other && other.id !== exceptId) {
    const message = `La référence « ${data.reference} » est déjà utilisée par une autre convention.`;
    throw new ErreurMetier("REFERENCE_PRISE", message, { reference: message });
  }
  await assertOrganisationsConnues(
    { ...Object.fromEntries(data.parties.map((p, i) => [`parties.${i}.organisationId`, p.organisationId])), serviceId: data.serviceId },
    tx,
  );
  if (!(await estDansLePerimetre(agent, { serviceId: data.serviceId, organisationIds: data.parties.map((p) => p.organisationId) }, tx))) {
    const message =
      "Cette convention sortirait de votre périmètre : le service rédacteur ou l'une des parties doit relever de votre ministère.";
    throw new ErreurMetier("HORS_PERIMETRE", message, { serviceId: message });
  }
}

export async function createConvention(agent: AgentLike, data: ConventionData, { tx: outer }: InTx = {}) {
  assertCan(agent, "convention.creer");
  await assertSaisieValide(agent, data, undefined, outer);
  return inTransaction(outer, async (tx) => {
    const convention = await tx.convention.create({ data: { ...scalars(data), statut: "BROUILLON", createdById: agent.id } });
    await writeChildren(tx, convention.id, data);
    const apres = await tx.convention.findUniqueOrThrow({ where: { id: convention.id }, include: conventionDetailInclude });
    await recordAudit(tx, {
      userId: agent.id,
      type: "CONVENTION_CREEE",
      entite: "Convention",
      entiteId: convention.id,
      conventionId: convention.id,
      apres,
    });
    await refreshSuivi([convention.id], { tx, sauf: agent.id });
    return { id: convention.id, version: convention.version };
  });
}

export async function updateConvention(agent: AgentLike, id: string, data: ConventionData, { tx: outer }: InTx = {}) {
  const avant = await getConvention(agent, id, { tx: outer }); // scoped: not found otherwise
  assertCan(agent, "convention.modifier");
  const figee = raisonNonModifiable(avant.statut);
  if (figee) throw new ErreurMetier("CONVENTION_FIGEE", figee);
  if (data.version === undefined || data.version !== avant.version) throw new ConflitVersion();
  await assertSaisieValide(agent, data, id, outer);
  return inTransaction(outer, async (tx) => {
    const { count } = await tx.convention.updateMany({
      where: { id, version: data.version },
      data: { ...scalars(data), version: { increment: 1 } },
    });
    if (count === 0) throw new ConflitVersion(); // saved by someone else in between
    await writeChildren(tx, id, data);
    const apres = await tx.convention.findUniqueOrThrow({ where: { id }, include: conventionDetailInclude });
    await recordAudit(tx, {
      userId: agent.id,
      type: "CONVENTION_MODIFIEE",
      entite: "Convention",
      entiteId: id,
      conventionId: id,
      avant,
      apres,
    });
    await refreshSuivi([id], { tx, sauf: agent.id });
    return { id, version: apres.version };
  });
}
