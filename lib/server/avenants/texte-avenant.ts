// An avenant's own text around its articles (issue 10): its legal bases (« Vu … »), the
// convention's parties as named at its date, and its signature blocks. Written with the avenant
// (same transaction), read with it; an avenant saved before it had its own is shown with the
// convention's, as it then stood.
import "server-only";
import type { AvenantData, DepartAvenant } from "@/lib/schemas/avenant";
import { texteVersSaisie } from "@/lib/schemas/avenant-saisie";
import type { EtatConvention } from "@/lib/domain/avenant";
import { formatDateLongue, toCalendarDate } from "@/lib/domain/dates";
import { introductionAvenant } from "@/lib/domain/avenant-redaction";
import { regiParDecret2004 } from "@/lib/domain/controles";
import { estServiceDeLEtat } from "@/lib/domain/libelles";
import { texteVise } from "@/lib/domain/controles";
import { ErreurMetier } from "@/lib/domain/erreurs";
import { groupeParDefaut } from "@/lib/domain/signature";
import type { ConventionDetail } from "@/lib/views/convention";
import type { PartieConvention, TexteAvenantVue } from "@/lib/views/avenant";
import { on, type InTx, type Tx } from "../db";

/** Every party of the convention is named once, and only those. */
function assertPartiesDeLaConvention(convention: Pick<ConventionDetail, "parties">, data: AvenantData) {
  const attendues = new Set(convention.parties.map((p) => p.id));
  const nommees = new Set(data.parties.map((p) => p.partieId));
  if (data.parties.some((p) => !attendues.has(p.partieId)) || nommees.size !== attendues.size) {
    const message =
      "L'avenant nomme chacune des parties de la convention, une fois : rechargez la page pour repartir des parties actuelles.";
    throw new ErreurMetier("PARTIES_AVENANT", message, { parties: message });
  }
}

export async function writeTexteAvenant(tx: Tx, avenantId: string, convention: Pick<ConventionDetail, "parties">, data: AvenantData) {
  assertPartiesDeLaConvention(convention, data);
  await tx.signature.deleteMany({ where: { avenantId } });
  await tx.partieAvenant.deleteMany({ where: { avenantId } });
  await tx.baseLegale.deleteMany({ where: { avenantId } });
  const textes = await tx.texteJuridique.findMany({ select: { id: true, nature: true, numero: true } });
  await tx.baseLegale.createMany({
    data: data.basesLegales.map((b, ordre) => ({ avenantId, ordre, texte: b.texte, texteId: texteVise(b.texte, textes)?.id ?? null })),
  });
  await tx.partieAvenant.createMany({ data: data.parties.map((p, ordre) => ({ avenantId, ordre, ...p })) });
  await tx.signature.createMany({
    data: data.signatures.map((s, ordre) => ({
      avenantId,
      ordre,
      partieId: data.parties[s.partie]!.partieId,
      mention: s.mention,
      signataireNom: s.signataireNom,
      qualite: s.qualite,
      groupe: s.groupe ?? groupeParDefaut(convention.parties.find((p) => p.id === data.parties[s.partie]!.partieId)?.role),
      autorite: s.autorite,
      autoriteReference: s.autoriteReference,
      pourLeCompteDe: s.pourLeCompteDe,
      lieu: s.lieu,
    })),
  });
}

/** The convention's parties and signature blocks as they stand before the avenant: names after any
 *  succession (etat), representatives and titles as last written. */
function reprisDeLaConvention(convention: ConventionDetail, etat: EtatConvention): TexteAvenantVue {
  return {
    basesLegales: [],
    parties: convention.parties.map((p, i) => ({
      partieId: p.id,
      ordre: i,
      role: p.role,
      libelle: etat.parties[i]?.libelle ?? p.libelle,
      adresse: p.adresse,
      representantNom: p.representantNom,
      qualite: p.qualite,
      mentionRole: p.mentionRole,
      denominations: etat.parties[i]?.denominations ?? p.denominations,
    })),
    signatures: convention.signatures.map((s) => ({
      id: s.id,
      ordre: s.ordre,
      partieId: s.partieId,
      mention: s.mention,
      signataireNom: s.signataireNom,
      qualite: s.qualite,
      pourLeCompteDe: s.pourLeCompteDe,
      lieu: s.lieu,
      dateSignature: null,
      signee: false,
      groupe: s.groupe,
      autorite: s.autorite,
      autoriteReference: s.autoriteReference,
      methode: "MANUSCRITE" as const,
      niveau: null,
    })),
    repris: true,
  };
}

export async function readTexteAvenant(
  avenantId: string,
  convention: ConventionDetail,
  etat: EtatConvention,
  { tx }: InTx = {},
): Promise<TexteAvenantVue> {
  const db = on(tx);
  const [basesLegales, parties, signatures] = await Promise.all([
    db.baseLegale.findMany({ where: { avenantId }, orderBy: { ordre: "asc" }, select: { texte: true } }),
    db.partieAvenant.findMany({ where: { avenantId }, orderBy: { ordre: "asc" }, include: { partie: { select: { role: true } } } }),
    db.signature.findMany({
      where: { avenantId },
      orderBy: { ordre: "asc" },
      select: {
        id: true,
        ordre: true,
        partieId: true,
        mention: true,
        signataireNom: true,
        qualite: true,
        pourLeCompteDe: true,
        lieu: true,
        dateSignature: true,
        signee: true,
        groupe: true,
        autorite: true,
        autoriteReference: true,
        methode: true,
        niveau: true,
      },
    }),
  ]);
  if (parties.length === 0) return { ...reprisDeLaConvention(convention, etat), basesLegales };
  return {
    basesLegales,
    parties: parties.map((p) => ({
      partieId: p.partieId,
      ordre: p.ordre,
      role: p.partie.role,
      libelle: p.libelle,
      adresse: p.adresse,
      representantNom: p.representantNom,
      qualite: p.qualite,
      mentionRole: p.mentionRole,
      denominations: p.denominations,
    })),
    signatures,
    repris: false,
  };
}

/** The convention's parties as the avenant form shows them: role, and organisation after any succession. */
export function partiesDeLaConvention(convention: ConventionDetail, etat: EtatConvention): PartieConvention[] {
  return convention.parties.map((p, i) => {
    const o = etat.parties[i]?.organisation ?? p.organisation;
    return { id: p.id, role: p.role, organisation: o.sigle ?? o.nom, organisationId: o.id };
  });
}

/** What the form of a new avenant starts from: the convention's legal bases and the convention itself
 *  as visas, and the parties and signature blocks of the last avenant that has them, or of the convention. */
export async function departAvenant(
  convention: ConventionDetail,
  etat: EtatConvention,
  precedentId: string | null,
  { tx }: InTx = {},
): Promise<DepartAvenant> {
  const precedent = precedentId ? await readTexteAvenant(precedentId, convention, etat, { tx }) : reprisDeLaConvention(convention, etat);
  const date = convention.dateConvention ? ` du ${formatDateLongue(convention.dateConvention)}` : "";
  const saisie = texteVersSaisie(precedent);
  return {
    ...saisie,
    introduction: introductionAvenant({
      titre: convention.titre,
      reference: convention.reference,
      dateConvention: convention.dateConvention ? toCalendarDate(convention.dateConvention) : null,
      dateSignature: convention.dateSignature ? toCalendarDate(convention.dateSignature) : null,
      parties: precedent.parties.map((p) => p.libelle.charAt(0).toLowerCase() + p.libelle.slice(1)),
      regiParDecret2004: regiParDecret2004({
        type: convention.type,
        parties: convention.parties.map((p) => ({ role: p.role, etat: estServiceDeLEtat(p.organisation.type) })),
      }),
    }),
    basesLegales: [
      ...convention.basesLegales.map((b) => ({ texte: b.texte })),
      { texte: `la ${convention.titre.toLowerCase()}${date} (référence ${convention.reference})` },
    ],
  };
}
