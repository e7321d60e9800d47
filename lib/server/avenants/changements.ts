// Between the avenant form, the database rows and the domain's Changement.
import "server-only";
import type { AvenantData } from "@/lib/schemas/avenant";
import type { Changement, OrganisationRef } from "@/lib/domain/avenant";
import { fromCalendarDate, toCalendarDate } from "@/lib/domain/dates";

import type { ChangementVue } from "@/lib/views/avenant";

export type ChangementRow = ChangementVue;

const EMPTY: Omit<ChangementRow, "type"> = {
  nouvelleDateFin: null,
  nouveauPlafondAe: null,
  nouveauPlafondCp: null,
  echeancierAPartirDe: null,
  lignesEcheancier: [],
  organisationRemplaceeId: null,
  organisationSuccesseurId: null,
  articleNumero: null,
  nouveauTitre: null,
  nouveauCorps: null,
  reliquatAe: null,
  reliquatCp: null,
};

export function rowsFromForm(a: AvenantData): ChangementRow[] {
  const rows: ChangementRow[] = [];
  if (a.prolongation.active && a.prolongation.nouvelleDateFin)
    rows.push({ ...EMPTY, type: "PROLONGATION", nouvelleDateFin: fromCalendarDate(a.prolongation.nouvelleDateFin) });
  if (a.plafonds.active) rows.push({ ...EMPTY, type: "PLAFONDS", nouveauPlafondAe: a.plafonds.ae, nouveauPlafondCp: a.plafonds.cp });
  if (a.echeancier.active)
    rows.push({ ...EMPTY, type: "ECHEANCIER", echeancierAPartirDe: Number(a.echeancier.aPartirDe), lignesEcheancier: a.echeancier.lignes });
  if (a.succession.active)
    rows.push({
      ...EMPTY,
      type: "SUCCESSION_ORGANISATION",
      organisationRemplaceeId: a.succession.remplaceeId,
      organisationSuccesseurId: a.succession.successeurId,
    });
  for (const m of a.modifications) rows.push({ ...EMPTY, type: "MODIFICATION_ARTICLE", articleNumero: m.numero, nouveauCorps: m.corps });
  if (a.reliquat.active) rows.push({ ...EMPTY, type: "RELIQUAT", reliquatAe: a.reliquat.ae, reliquatCp: a.reliquat.cp });
  return rows;
}

export function changementFromRow(row: ChangementRow, organisations: Map<string, OrganisationRef>): Changement {
  switch (row.type) {
    case "PROLONGATION":
      return { type: "PROLONGATION", nouvelleDateFin: toCalendarDate(row.nouvelleDateFin!) };
    case "PLAFONDS":
      return { type: "PLAFONDS", nouveauPlafondAe: row.nouveauPlafondAe, nouveauPlafondCp: row.nouveauPlafondCp };
    case "ECHEANCIER":
      return {
        type: "ECHEANCIER",
        aPartirDe: row.echeancierAPartirDe!,
        lignes: row.lignesEcheancier.map((l) => ({ annee: l.annee, ae: l.ae, cp: l.cp })),
      };
    case "SUCCESSION_ORGANISATION":
      return {
        type: "SUCCESSION_ORGANISATION",
        remplacee: organisations.get(row.organisationRemplaceeId!)!,
        successeur: organisations.get(row.organisationSuccesseurId!)!,
      };
    case "MODIFICATION_ARTICLE":
      return { type: "MODIFICATION_ARTICLE", numero: row.articleNumero!, titre: row.nouveauTitre, corps: row.nouveauCorps ?? "" };
    case "RELIQUAT":
      return { type: "RELIQUAT", reliquatAe: row.reliquatAe, reliquatCp: row.reliquatCp };
  }
}
