// The views of a document: its text, its history, and for a convention its financial execution.
import { Lien } from "@/components/navigation/lien";

export function VuesDocument({ base, courante }: { base: string; courante: "document" | "historique" | "execution" }) {
  const convention = /^\/conventions\/[^/]+$/.test(base);
  const vues = [
    { cle: "document", href: base, libelle: "Document" },
    { cle: "historique", href: `${base}/historique`, libelle: "Historique" },
    ...(convention ? [{ cle: "execution", href: `${base}/execution`, libelle: "Exécution financière" }] : []),
  ] as const;
  return (
    <nav className="fr-mb-2w" aria-label="Vues du document">
      <ul className="fr-tags-group">
        {vues.map((v) => (
          <li key={v.cle}>
            <Lien
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
            </Lien>
          </li>
        ))}
      </ul>
    </nav>
  );
}
