// The amount columns of the finance dashboard's tables, one per column of lib/domain/execution/tableau.ts
// (the same labels and order as its exports): headers, and cells whose figures link to the conventions
// behind them.
import { Lien } from "@/components/navigation/lien";
import { COLONNES_FINANCE, valeursFinance, type Montants } from "@/lib/domain/execution/tableau";
import { formatMontant } from "@/lib/domain/money";

const m = (c: bigint) => formatMontant(c, { alwaysCents: true });

export function EnTetesFinance() {
  return (
    <>
      {COLONNES_FINANCE.map((c) => (
        <th key={c.cle} scope="col">
          {c.libelle}
        </th>
      ))}
    </>
  );
}

/** One amount cell per column (lib/domain/execution/tableau.ts): each figure links to its conventions. */
export function Cellules({ montants, href }: { montants: Montants; href: string }) {
  const valeurs = valeursFinance(montants);
  return (
    <>
      {COLONNES_FINANCE.map((c, i) => (
        <td key={c.cle} style={{ whiteSpace: "nowrap" }}>
          {"reste" in c ? m(valeurs[i]!) : <Lien href={href}>{m(valeurs[i]!)}</Lien>}
        </td>
      ))}
    </>
  );
}
