// The changes of an avenant form as domain Changements (to draft its articles in the browser).
import type { Changement, OrganisationRef } from "@/lib/domain/avenant";
import type { AvenantData } from "./avenant";

export function changementsFromData(a: AvenantData, organisations: readonly OrganisationRef[]): Changement[] {
  const org = (id: string) => organisations.find((o) => o.id === id) ?? { id, nom: "[organisation]", sigle: null };
  const list: Changement[] = [];
  if (a.prolongation.active && a.prolongation.nouvelleDateFin)
    list.push({ type: "PROLONGATION", nouvelleDateFin: a.prolongation.nouvelleDateFin });
  if (a.plafonds.active) list.push({ type: "PLAFONDS", nouveauPlafondAe: a.plafonds.ae, nouveauPlafondCp: a.plafonds.cp });
  if (a.echeancier.active) list.push({ type: "ECHEANCIER", aPartirDe: Number(a.echeancier.aPartirDe), lignes: a.echeancier.lignes });
  if (a.succession.active)
    list.push({ type: "SUCCESSION_ORGANISATION", remplacee: org(a.succession.remplaceeId), successeur: org(a.succession.successeurId) });
  for (const m of a.modifications) list.push({ type: "MODIFICATION_ARTICLE", numero: m.numero, corps: m.corps });
  if (a.reliquat.active) list.push({ type: "RELIQUAT", reliquatAe: a.reliquat.ae, reliquatCp: a.reliquat.cp });
  return list;
}
