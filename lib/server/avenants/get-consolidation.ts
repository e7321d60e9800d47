// The consolidated convention: the convention with its signed avenants applied in order (and,
// for a preview, the avenant in progress), what each changed, and the checks on the result.
import "server-only";
import { estServiceDeLEtat } from "@/lib/domain/libelles";
import { siglesDuReferentiel } from "@/lib/domain/hierarchie";
import { consolider, controlerAvenant, type AvenantAConsolider, type EtatConvention, type OrganisationRef } from "@/lib/domain/avenant";
import { controlerConvention, type ConventionApresAvenant } from "@/lib/domain/controles";
import { toCalendarDate } from "@/lib/domain/dates";
import { estSigneeParTous } from "@/lib/domain/statut";
import type { AvenantVue, Consolidation } from "@/lib/views/avenant";
import type { AgentLike } from "../policies";
import { on, type InTx } from "../db";
import { getConvention } from "../conventions/get-convention";
import { listTextesConnus, toConventionAControler } from "../conventions/check-convention";
import { changementFromRow } from "./changements";

/** What an avenant's text is checked against: the ceilings, articles and end date the consolidation
 *  leaves, with the convention's duration rule and imputation (a typed avenant, an imported one). */
export function conventionApresAvenants({ convention, etat }: Pick<Consolidation, "convention" | "etat">): ConventionApresAvenant {
  return {
    plafondAe: etat.plafondAe,
    plafondCp: etat.plafondCp,
    articles: etat.articles,
    dateFin: etat.dateFin,
    regleDuree: convention.regleDuree,
    imputation: convention.imputation,
  };
}

export async function getConsolidation(
  agent: AgentLike,
  conventionId: string,
  options: { avecProjet?: boolean } & InTx = {},
): Promise<Consolidation> {
  const { tx } = options;
  const db = on(tx);
  const convention = await getConvention(agent, conventionId, { tx });
  const [avenants, organisations, textes]: [
    AvenantVue[],
    (OrganisationRef & { parentId: string | null; successeurId: string | null })[],
    Awaited<ReturnType<typeof listTextesConnus>>,
  ] = await Promise.all([
    db.avenant.findMany({
      where: { conventionId },
      orderBy: { numero: "asc" },
      include: { changements: { orderBy: { ordre: "asc" }, include: { lignesEcheancier: { orderBy: { annee: "asc" } } } } },
    }),
    db.organisation.findMany({ select: { id: true, nom: true, sigle: true, parentId: true, successeurId: true } }),
    listTextesConnus({ tx }),
  ]);
  const orgs = new Map<string, OrganisationRef>(organisations.map((o) => [o.id, o]));
  const initial: EtatConvention = {
    dateFin: convention.dateFin ? toCalendarDate(convention.dateFin) : null,
    plafondAe: convention.plafondAe,
    plafondCp: convention.plafondCp,
    echeancier: convention.lignesEcheancier.map((l) => ({ annee: l.annee, ae: l.ae, cp: l.cp })),
    parties: convention.parties.map((p) => ({
      organisation: { id: p.organisation.id, nom: p.organisation.nom, sigle: p.organisation.sigle },
      libelle: p.libelle,
      denominations: p.denominations,
    })),
    articles: convention.articles.map((a) => ({ numero: a.numero, titre: a.titre, corps: a.corps })),
  };
  const aConsolider: AvenantAConsolider[] = avenants.map((a) => ({
    numero: a.numero,
    signe: estSigneeParTous(a.statut) || Boolean(options.avecProjet),
    dateSignature: a.dateSignature ? toCalendarDate(a.dateSignature) : null,
    datePublication: a.datePublication ? toCalendarDate(a.datePublication) : null,
    changements: a.changements.map((c) => changementFromRow(c, orgs)),
  }));
  const { etat, chronologie } = consolider(initial, aConsolider);

  // The parties as the last avenant applied names them (representative and title at its date),
  // else as the convention does, with the names successions gave them.
  const appliques = new Set(aConsolider.filter((a) => a.signe).map((a) => a.numero));
  const nommees = await db.partieAvenant.findMany({
    where: { avenant: { conventionId } },
    include: { avenant: { select: { numero: true } } },
    orderBy: { avenant: { numero: "asc" } },
  });
  const partiesActuelles = convention.parties.map((p, i) => {
    const derniere = nommees.filter((n) => n.partieId === p.id && appliques.has(n.avenant.numero)).at(-1);
    const { libelle, adresse, representantNom, qualite, mentionRole, denominations } = derniere ?? {
      ...p,
      libelle: etat.parties[i]?.libelle ?? p.libelle,
      denominations: etat.parties[i]?.denominations ?? p.denominations,
    };
    return { role: p.role, libelle, adresse, representantNom, qualite, mentionRole, denominations };
  });

  // Stated remainders, each against the state just before its avenant.
  const reliquats = [];
  let avant = initial;
  for (const a of aConsolider.filter((x) => x.signe)) {
    reliquats.push(...controlerAvenant(avant, a));
    avant = consolider(avant, [a]).etat;
  }
  // The parties' names as the consolidated text may give them: their organisations after successions.
  const { sigles } = siglesDuReferentiel(
    organisations,
    etat.parties.map((p) => p.organisation.id),
  );
  const constats = [
    ...reliquats,
    ...controlerConvention(
      {
        ...toConventionAControler(convention, organisations),
        signatures: undefined, // (the convention's own blocks were checked before it was signed)
        dateFin: etat.dateFin,
        plafondAe: etat.plafondAe,
        plafondCp: etat.plafondCp,
        reliquatAe: etat.reliquatAe,
        reliquatCp: etat.reliquatCp,
        echeancier: etat.echeancier,
        articles: etat.articles,
        parties: partiesActuelles.map((p, i) => ({
          role: p.role,
          libelle: p.libelle,
          mentionRole: p.mentionRole,
          denominations: p.denominations,
          etat: estServiceDeLEtat(convention.parties[i]!.organisation.type),
          sigles: sigles[i],
        })),
      },
      textes,
    ),
  ];
  return {
    convention,
    avenants,
    etat,
    chronologie,
    partiesActuelles,
    constats,
    projetInclus: Boolean(options.avecProjet) && avenants.some((a) => !estSigneeParTous(a.statut)),
  };
}
