"use client";
// The chart of the dashboard: per year, AE (scheduled, made available, committed) and CP (scheduled,
// made available, paid). Always shown beside a DSFR table of the same figures (RGAA): the table is
// what a screen reader reads best; recharts' keyboard layer lets a keyboard user go through the bars.
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export type PointGraphique = { annee: number } & Record<string, number>;
export type SerieGraphique = { cle: string; libelle: string; couleur: string };

const euros = new Intl.NumberFormat("fr-FR", { style: "currency", currency: "EUR", maximumFractionDigits: 0 });
const compact = new Intl.NumberFormat("fr-FR", { notation: "compact", maximumFractionDigits: 1 });

export function GraphiqueExecution({ titre, points, series }: { titre: string; points: PointGraphique[]; series: SerieGraphique[] }) {
  return (
    <figure className="fr-mb-3w" style={{ margin: 0 }}>
      <figcaption className="fr-text--sm fr-mb-1w">{titre} (mêmes chiffres dans le tableau ci-dessous)</figcaption>
      <div style={{ width: "100%", height: 260 }}>
        <ResponsiveContainer>
          <BarChart data={points} margin={{ top: 8, right: 8, left: 8, bottom: 0 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="annee" />
            <YAxis tickFormatter={(v: number) => `${compact.format(v)} €`} width={70} />
            <Tooltip formatter={(v) => euros.format(Number(v))} />
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
