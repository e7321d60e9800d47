// The views of a document: its text, and its history.
import Link from "next/link";

export function VuesDocument({ base, courante }: { base: string; courante: "document" | "historique" }) {
  const vues = [
    { cle: "document", href: base, libelle: "Document" },
    { cle: "historique", href: `${base}/historique`, libelle: "Historique" },
  ] as const;
  return (
    <nav className="fr-mb-2w" aria-label="Vues du document">
      <ul className="fr-tags-group">
        {vues.map((v) => (
          <li key={v.cle}>
            <Link
              className="fr-tag"
              href={v.href}
              aria-current={v.cle === courante ? "page" : undefined}
              style={
                v.cle === courante
                  ? { backgroundColor: "var(--background-action-high-blue-france)", color: "var(--text-inverted-blue-france)" }
                  : undefined
              }
            >
              {v.libelle}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
