import { Fragment, type ReactNode } from "react";
import { parseTexte, parseSegments, type NomTableau, type Segment } from "@/lib/domain/texte";
import { espacesInsecables } from "@/lib/domain/typographie";

// Renders the light markup (lib/domain/texte.ts) as React text: never as HTML.
export function Segments({ segments }: { segments: Segment[] }) {
  return (
    <>
      {segments.map((s, i) => {
        const texte = espacesInsecables(s.texte);
        if (s.gras) return <strong key={i}>{texte}</strong>;
        if (s.italique) return <em key={i}>{texte}</em>;
        return <Fragment key={i}>{texte}</Fragment>;
      })}
    </>
  );
}

export function Ligne({ texte }: { texte: string }) {
  return <Segments segments={parseSegments(texte)} />;
}

export function TexteBalise({
  source,
  tableaux = {},
  headingLevel = 4,
}: {
  source: string;
  tableaux?: Partial<Record<NomTableau, ReactNode>>;
  headingLevel?: 4 | 5;
}) {
  const Heading = `h${headingLevel}` as "h4" | "h5";
  return (
    <>
      {parseTexte(source).map((bloc, i) => {
        switch (bloc.type) {
          case "paragraphe":
            return (
              <p key={i}>
                <Segments segments={bloc.segments} />
              </p>
            );
          case "sous-titre":
            return (
              <Heading key={i} className="fr-h6 fr-mt-3w">
                <Segments segments={bloc.segments} />
              </Heading>
            );
          case "liste":
            return (
              <ul key={i}>
                {bloc.items.map((item, j) => (
                  <li key={j}>
                    <Segments segments={item} />
                  </li>
                ))}
              </ul>
            );
          case "tableau":
            return <Fragment key={i}>{tableaux[bloc.nom] ?? null}</Fragment>;
        }
      })}
    </>
  );
}
