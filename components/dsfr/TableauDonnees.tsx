import type { ReactNode } from "react";
import { formatDateCourte } from "@/lib/domain/dates";
import { formatMontant } from "@/lib/domain/money";
import { dateDeCellule, type Cellule, type Colonne, type Feuille } from "@/lib/views/tableur";

// A DSFR table from its definition as data (the same one its CSV/XLSX export reads): amounts in
// French format, right-aligned and kept on one line; dates JJ/MM/AAAA. `apres`: what follows a
// cell (a progress bar); `action`: a last column (a button) per row; `exports`: the table's
// download links, under it.

function texte(c: Cellule, col: Colonne): string {
  if (c === null || c === undefined || c === "") return "—";
  if (typeof c === "bigint") return formatMontant(c, { alwaysCents: true });
  const date = dateDeCellule(c, col); // (not « Total »)
  if (date) return formatDateCourte(date);
  return typeof c === "number" && col.type === "nombre" ? c.toLocaleString("fr-FR") : String(c);
}

export function TableauDonnees({
  feuille,
  apres,
  action,
  exports,
  taille = "sm",
}: {
  feuille: Feuille;
  apres?: (ligne: number | "total", colonne: number) => ReactNode;
  action?: { entete: string; cellule: (ligne: number) => ReactNode };
  exports?: ReactNode;
  taille?: "sm" | "md";
}) {
  const droite = (col: Colonne) => (col.type === "montant" || col.type === "nombre" ? { textAlign: "right" as const } : undefined);
  const cellules = (l: Cellule[], ligne: number | "total") =>
    feuille.colonnes.map((col, i) => {
      const contenu = (
        <>
          {texte(l[i], col)}
          {apres?.(ligne, i)}
        </>
      );
      const style = { ...droite(col), ...(col.type === "montant" || col.type === "date" ? { whiteSpace: "nowrap" as const } : {}) };
      return i === 0 && (feuille.enTeteDeLigne || ligne === "total") ? (
        <th key={i} scope="row" style={style}>
          {contenu}
        </th>
      ) : (
        <td key={i} style={style}>
          {contenu}
        </td>
      );
    });
  return (
    <div className="fr-mb-4w">
      <div className={`fr-table fr-table--bordered ${taille === "sm" ? "fr-table--sm" : ""} fr-mb-1w`}>
        <table>
          <caption>{feuille.titre}</caption>
          <thead>
            <tr>
              {feuille.colonnes.map((c) => (
                <th key={c.entete} scope="col" style={droite(c)}>
                  {c.entete}
                </th>
              ))}
              {action && <th scope="col">{action.entete}</th>}
            </tr>
          </thead>
          <tbody>
            {feuille.lignes.length === 0 && (
              <tr>
                <td colSpan={feuille.colonnes.length + (action ? 1 : 0)}>{feuille.vide ?? "Aucune ligne."}</td>
              </tr>
            )}
            {feuille.lignes.map((l, i) => (
              <tr key={i}>
                {cellules(l, i)}
                {action && <td>{action.cellule(i)}</td>}
              </tr>
            ))}
          </tbody>
          {feuille.total && (
            <tfoot>
              <tr>
                {cellules(feuille.total, "total")}
                {action && <td />}
              </tr>
            </tfoot>
          )}
        </table>
      </div>
      {exports}
    </div>
  );
}
