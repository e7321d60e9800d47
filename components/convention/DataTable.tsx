import type { ReactNode } from "react";

// A DSFR table with a real caption and header cells (screen readers announce them).
export function DataTable({
  caption,
  headers,
  rows,
  footer,
  rowHeaders = false,
  numericColumns = [],
  hideCaption = false,
  bordered = true,
}: {
  caption: string;
  headers?: ReactNode[];
  rows: ReactNode[][];
  footer?: ReactNode[];
  rowHeaders?: boolean;
  numericColumns?: number[];
  hideCaption?: boolean;
  bordered?: boolean;
}) {
  const align = (i: number) => (numericColumns.includes(i) ? "fr-cell--right" : undefined);
  return (
    <div className={`fr-table fr-table--sm ${bordered ? "fr-table--bordered" : ""} ${hideCaption ? "fr-table--no-caption" : ""}`}>
      <div className="fr-table__wrapper">
        {/* Focusable so that a table wider than the screen can be scrolled with the keyboard. */}
        <div className="fr-table__container" tabIndex={0} role="region" aria-label={caption}>
          <div className="fr-table__content">
            <table>
              <caption>{caption}</caption>
              {headers && (
                <thead>
                  <tr>
                    {headers.map((h, i) => (
                      <th key={i} scope="col" className={align(i)}>
                        {h}
                      </th>
                    ))}
                  </tr>
                </thead>
              )}
              <tbody>
                {rows.map((row, r) => (
                  <tr key={r}>
                    {row.map((cell, i) =>
                      rowHeaders && i === 0 ? (
                        <th key={i} scope="row">
                          {cell}
                        </th>
                      ) : (
                        <td key={i} className={align(i)} style={numericColumns.includes(i) ? { whiteSpace: "nowrap" } : undefined}>
                          {cell}
                        </td>
                      ),
                    )}
                  </tr>
                ))}
              </tbody>
              {footer && (
                <tfoot>
                  <tr>
                    {footer.map((cell, i) =>
                      i === 0 ? (
                        <th key={i} scope="row">
                          {cell}
                        </th>
                      ) : (
                        <td key={i} className={align(i)} style={{ whiteSpace: "nowrap", fontWeight: 700 }}>
                          {cell}
                        </td>
                      ),
                    )}
                  </tr>
                </tfoot>
              )}
            </table>
          </div>
        </div>
      </div>
    </div>
  );
}
