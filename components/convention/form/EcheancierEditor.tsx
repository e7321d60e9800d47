"use client";
// The yearly AE/CP schedule: one row per year, live totals, running totals and the gap to the
// ceilings; Tab moves along the row; a table pasted from a spreadsheet fills the rows.
import { useState, type ClipboardEvent } from "react";
import { get, useFieldArray, useFormContext, useWatch } from "react-hook-form";
import { ArrayError } from "@/components/form/fields";
import { FieldWarning } from "@/components/form/FieldWarning";
import { formatMontant, montantSaisi } from "@/lib/domain/money";
import { analyserCollage, type Collage, type LigneCollee } from "@/lib/domain/collage-echeancier";
import { CollageApercu } from "./CollageApercu";
import { cumulsSaisis } from "@/lib/domain/echeancier";
import type { ConventionInput } from "@/lib/schemas/convention";

const lenient = (text: string | undefined) => montantSaisi(text, 0n); // an empty cell is zero
const anneeSaisie = (text: string | undefined) => (/^\s*\d{4}\s*$/.test(text ?? "") ? Number(text) : null);

const show = (v: bigint | null) => (v === null ? "—" : formatMontant(v));

export function EcheancierEditor({ warnings = {} }: { warnings?: Record<string, string> }) {
  const { control, register, formState } = useFormContext<ConventionInput>();
  const { fields, append, remove, replace } = useFieldArray({ control, name: "echeancier" });
  const lignes = useWatch({ control, name: "echeancier" }) ?? [];
  const [plafondAe, plafondCp] = useWatch({ control, name: ["plafondAe", "plafondCp"] });

  const saisis = cumulsSaisis(lignes.map((l) => ({ annee: anneeSaisie(l?.annee), ae: lenient(l?.ae), cp: lenient(l?.cp) })));
  const cumuls = saisis.lignes;
  const { ae: totalAe, cp: totalCp } = saisis.total;
  const ecart = (plafond: string | undefined, total: bigint | null) => {
    const p = plafond?.trim() ? lenient(plafond) : null;
    if (p === null || total === null) return "—";
    const diff = p - total;
    return diff === 0n ? "0 € (plafond atteint)" : diff > 0n ? `reste ${formatMontant(diff)}` : `dépasse de ${formatMontant(-diff)}`;
  };

  // A pasted table is shown as understood and applied only when asked; the rows it replaced can
  // be brought back.
  const [apercu, setApercu] = useState<Collage | null>(null);
  const [avantCollage, setAvantCollage] = useState<LigneCollee[] | null>(null);
  const onPaste = (event: ClipboardEvent<HTMLTableElement>) => {
    const text = event.clipboardData.getData("text/plain");
    if (!/[\t;\n]/.test(text)) return; // a single value: let the input take it
    event.preventDefault();
    const annees = lignes.map((l) => Number(l?.annee)).filter((n) => Number.isInteger(n) && n > 1999);
    const premiere = annees.length ? Math.min(...annees) : new Date().getFullYear();
    const collage = analyserCollage(text, premiere);
    if (collage.lignes.length) setApercu(collage);
  };
  const appliquerCollage = () => {
    if (!apercu) return;
    setAvantCollage(lignes.map((l) => ({ annee: l?.annee ?? "", ae: l?.ae ?? "", cp: l?.cp ?? "" })));
    replace(apercu.lignes.map(({ annee, ae, cp }) => ({ annee, ae, cp })));
    setApercu(null);
  };
  const retablir = () => {
    if (avantCollage) replace(avantCollage);
    setAvantCollage(null);
  };

  const nextYear = () => {
    const annees = lignes.map((l) => Number(l?.annee)).filter((n) => Number.isInteger(n) && n > 1999);
    return String(annees.length ? Math.max(...annees) + 1 : new Date().getFullYear());
  };

  const cellError = (name: string) => (get(formState.errors, name) as { message?: string } | undefined)?.message;

  return (
    <div>
      {apercu && (
        <CollageApercu collage={apercu} remplace={fields.length} onAppliquer={appliquerCollage} onAnnuler={() => setApercu(null)} />
      )}
      {avantCollage && (
        <div className="fr-alert fr-alert--info fr-alert--sm fr-mb-2w" role="status">
          <p>
            L&apos;échéancier a été remplacé par le tableau collé.{" "}
            <button type="button" className="fr-link" onClick={retablir}>
              Rétablir l&apos;échéancier d&apos;avant le collage
            </button>
          </p>
        </div>
      )}
      <ArrayError name="echeancier" />
      <FieldWarning message={warnings.echeancier} />
      {lignes.map((l, i) => (
        <FieldWarning key={i} message={warnings[`echeancier.${l?.annee}`]} />
      ))}
      <div className="fr-table fr-table--sm fr-table--bordered">
        <div className="fr-table__wrapper">
          <div className="fr-table__container" tabIndex={0} role="region" aria-label="Échéancier AE / CP">
            <div className="fr-table__content">
              <table onPaste={onPaste}>
                <caption>
                  Échéancier prévisionnel — vous pouvez coller un tableau copié d&apos;un tableur (Année | AE | CP, ou AE | CP)
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Année</th>
                    <th scope="col">AE (€)</th>
                    <th scope="col">CP (€)</th>
                    <th scope="col" className="fr-cell--right">
                      AE cumulées
                    </th>
                    <th scope="col" className="fr-cell--right">
                      CP cumulés
                    </th>
                    <th scope="col">
                      <span className="fr-sr-only">Actions</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {fields.map((field, index) => {
                    const c = cumuls[index];
                    const depasse = c && c.cumulAe !== null && c.cumulCp !== null && c.cumulCp > c.cumulAe;
                    return (
                      <tr key={field.id}>
                        {(["annee", "ae", "cp"] as const).map((col) => {
                          const name = `echeancier.${index}.${col}` as const;
                          const error = cellError(name);
                          const label =
                            col === "annee" ? `Année, ligne ${index + 1}` : `${col.toUpperCase()} ${lignes[index]?.annee ?? ""}`;
                          return (
                            <td key={col}>
                              <input
                                className={`fr-input ${error ? "fr-input--error" : ""}`}
                                aria-label={label}
                                aria-invalid={error ? true : undefined}
                                aria-describedby={error ? `${name}-err` : undefined}
                                inputMode={col === "annee" ? "numeric" : "decimal"}
                                style={{ minWidth: col === "annee" ? "5rem" : "9rem" }}
                                {...register(name)}
                              />
                              {error && (
                                <p id={`${name}-err`} className="fr-error-text">
                                  {error}
                                </p>
                              )}
                            </td>
                          );
                        })}
                        <td className="fr-cell--right">{show(c?.cumulAe ?? null)}</td>
                        <td
                          className="fr-cell--right"
                          style={depasse ? { color: "var(--text-default-error)", fontWeight: 700 } : undefined}
                        >
                          {show(c?.cumulCp ?? null)}
                          {depasse && <span className="fr-sr-only"> : dépasse les AE cumulées</span>}
                        </td>
                        <td>
                          <button
                            type="button"
                            className="fr-btn fr-btn--tertiary-no-outline fr-btn--sm fr-icon-delete-line"
                            title={`Retirer l'année ${lignes[index]?.annee ?? index + 1}`}
                            onClick={() => remove(index)}
                          >
                            Retirer l&apos;année {lignes[index]?.annee ?? index + 1}
                          </button>
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
                <tfoot>
                  <tr>
                    <th scope="row">Total</th>
                    <td data-testid="total-ae">{show(totalAe)}</td>
                    <td data-testid="total-cp">{show(totalCp)}</td>
                    <td colSpan={3} />
                  </tr>
                  <tr>
                    <th scope="row">Écart au plafond</th>
                    <td data-testid="ecart-ae">{ecart(plafondAe, totalAe)}</td>
                    <td data-testid="ecart-cp">{ecart(plafondCp, totalCp)}</td>
                    <td colSpan={3} />
                  </tr>
                </tfoot>
              </table>
            </div>
          </div>
        </div>
      </div>
      <button
        type="button"
        className="fr-btn fr-btn--secondary fr-icon-add-line fr-btn--icon-left"
        onClick={() => append({ annee: nextYear(), ae: "0", cp: "0" })}
      >
        Ajouter une année
      </button>
    </div>
  );
}
