// The deadlines of every convention the agent sees (« Échéances »): end within 90 days, last day to
// give notice within 90 days, ended with credits left, publication late — computed by the domain from
// what each convention holds, read in a few queries whatever their number.
import "server-only";
import { creditsNonConsommes, echeanceAccuse, echeancesDu, TYPES_RAPPEL, vieDe, type TypeRappel } from "@/lib/domain/echeances";
import { jourDeParis, calendarDateOrNull as jour } from "@/lib/domain/dates";
import type { FiltresEcheances, LigneEcheance } from "@/lib/views/echeances";
import { conventionScope, type AgentLike } from "../policies";
import { db } from "../db";

export function lireFiltresEcheances(query: Record<string, string | undefined>): FiltresEcheances {
  const type = (TYPES_RAPPEL as readonly string[]).includes(query.type ?? "") ? (query.type as TypeRappel) : null;
  return { delegant: query.delegant || null, service: query.service || null, type };
}

export async function listEcheances(agent: AgentLike, filtres: FiltresEcheances, aujourdhui = jourDeParis(new Date())) {
  const scope = await conventionScope(agent);
  const conventions = await db.convention.findMany({
    where: {
      AND: [
        scope,
        { statut: { in: ["SIGNEE", "PUBLIEE", "EN_VIGUEUR", "TERMINEE"] } },
        filtres.delegant ? { parties: { some: { role: "DELEGANT", organisationId: filtres.delegant } } } : {},
        filtres.service ? { serviceId: filtres.service } : {},
      ],
    },
    select: {
      id: true,
      reference: true,
      intitule: true,
      statut: true,
      pointDepart: true,
      regleDuree: true,
      dateSignature: true,
      dateNotification: true,
      datePublication: true,
      dateEffet: true,
      dateFin: true,
      preavisMois: true,
      dateDenonciation: true,
      dateCloture: true,
      service: { select: { sigle: true, nom: true } },
      parties: { where: { role: "DELEGANT" }, select: { organisation: { select: { id: true, sigle: true, nom: true } } } },
      avenants: {
        where: { statut: { in: ["SIGNEE", "PUBLIEE", "EN_VIGUEUR", "TERMINEE"] } },
        select: { numero: true, changements: { where: { type: "PROLONGATION" }, select: { nouvelleDateFin: true, ordre: true } } },
      },
      suiviAnnees: { select: { aeDisponible: true, aeEngage: true } },
      transmissions: { where: { etat: "ENVOYEE", dateEnvoi: { not: null } }, select: { destinataire: true, dateEnvoi: true } },
    },
  });
  const lignes: LigneEcheance[] = [];
  for (const c of conventions) {
    const prolongation = c.avenants
      .flatMap((a) => a.changements.filter((x) => x.nouvelleDateFin).map((x) => ({ n: a.numero * 1000 + x.ordre, d: x.nouvelleDateFin! })))
      .sort((a, b) => b.n - a.n)[0];
    const credits = creditsNonConsommes(c.suiviAnnees);
    const vie = vieDe(c, prolongation?.d);
    const accuses = c.transmissions.map((t) => echeanceAccuse(t.destinataire, jour(t.dateEnvoi)!, aujourdhui)).filter((e) => e !== null);
    for (const e of [...echeancesDu(c.statut, vie, aujourdhui, { creditsNonConsommes: credits }), ...accuses]) {
      if (filtres.type && e.type !== filtres.type) continue;
      lignes.push({
        conventionId: c.id,
        reference: c.reference,
        intitule: c.intitule,
        delegants: c.parties.map((p) => p.organisation.sigle ?? p.organisation.nom).join(", "),
        service: c.service ? (c.service.sigle ?? c.service.nom) : null,
        ...e,
      });
    }
  }
  lignes.sort((a, b) => a.date.localeCompare(b.date) || a.reference.localeCompare(b.reference));
  // The choices of the filters: the délégants and services of the conventions seen.
  const delegants = new Map<string, string>();
  const services = new Map<string, string>();
  for (const c of conventions) for (const p of c.parties) delegants.set(p.organisation.id, p.organisation.sigle ?? p.organisation.nom);
  const avecService = await db.convention.findMany({
    where: { AND: [scope, { statut: { in: ["SIGNEE", "PUBLIEE", "EN_VIGUEUR", "TERMINEE"] } }, { serviceId: { not: null } }] },
    select: { service: { select: { id: true, sigle: true, nom: true } } },
    distinct: ["serviceId"],
  });
  for (const c of avecService) if (c.service) services.set(c.service.id, c.service.sigle ?? c.service.nom);
  const tri = (m: Map<string, string>) =>
    [...m].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label, "fr"));
  return { lignes, choix: { delegants: tri(delegants), services: tri(services) } };
}
