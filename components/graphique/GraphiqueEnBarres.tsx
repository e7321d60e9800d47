"use client";
// A bar chart, always shown beside a DSFR table of the same figures (RGAA): the table is what a screen
// reader reads best; recharts' keyboard layer lets a keyboard user go through the bars. The finance
// dashboard's (per year: AE scheduled, made available, committed…) and the public statistics'.
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export type PointGraphique = Record<string, number | string>;
export type SerieGraphique = { cle: string; libelle: string; couleur: string };

const euros = new Intl.NumberFormat("fr-FR", { style: "currency", currency: "EUR", maximumFractionDigits: 0 });
const compact = new Intl.NumberFormat("fr-FR", { notation: "compact", maximumFractionDigits: 1 });
const nombre = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 0 });

export function GraphiqueEnBarres({
  titre,
  points,
  series,
  abscisse = "annee",
  unite = "euros",
}: {
  titre: string;
  points: PointGraphique[];
  series: SerieGraphique[];
  /** The key of each point shown along the bottom (the year by default). */
  abscisse?: string;
  unite?: "euros" | "nombre";
}) {
  const valeur = (v: unknown) => (unite === "euros" ? euros.format(Number(v)) : nombre.format(Number(v)));
  return (
    <figure className="fr-mb-3w" style={{ margin: 0 }}>
      <figcaption className="fr-text--sm fr-mb-1w">{titre} (mêmes chiffres dans le tableau ci-dessous)</figcaption>
      <div style={{ width: "100%", height: 260 }}>
        <ResponsiveContainer>
          <BarChart data={points} margin={{ top: 8, right: 8, left: 8, bottom: 0 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey={abscisse} />
            <YAxis
              tickFormatter={(v: number) => (unite === "euros" ? `${compact.format(v)} €` : nombre.format(v))}
              width={70}
              allowDecimals={false}
            />
            <Tooltip formatter={valeur} />
            <Legend />
            {series.map((s) => (
              <Bar key={s.cle} dataKey={s.cle} name={s.libelle} fill={s.couleur} isAnimationActive={false} />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
