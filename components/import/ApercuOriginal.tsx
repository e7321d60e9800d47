"use client";
// The original beside the fields read: a PDF's or an image's pages (rendered by the server, one at
// a time, with page buttons), the passage of the selected field outlined on its page; a Word or
// text file's lines, the selected field's lines marked and scrolled into view.
import { useEffect, useRef, useState, type ReactNode } from "react";
import { Button } from "@codegouvfr/react-dsfr/Button";
import type { Source } from "@/lib/domain/import";
import type { AnalyseFichier } from "@/lib/views/import";

type Props = {
  travailId: string;
  fichier: AnalyseFichier["fichier"];
  page: number;
  allerA: (page: number) => void;
  source: Source | null;
  /** What is outlined, for the screen reader (« Titre »). */
  libelleSelection: string | null;
};

const MARGE = 2;

export function ApercuOriginal({ travailId, fichier, page, allerA, source, libelleSelection }: Props) {
  const marque = useRef<HTMLLIElement>(null);
  const premiere = useRef<HTMLSpanElement>(null);
  const [zoom, setZoom] = useState(1);
  useEffect(() => {
    // the selected passage brought into view, in the original's own scrolling box
    (marque.current ?? premiere.current)?.scrollIntoView({ block: "center", inline: "nearest", behavior: "smooth" });
  }, [source, page, zoom]);

  const annonce = libelleSelection
    ? source
      ? fichier.lignes
        ? `« ${libelleSelection} » : ligne${source.lignes[0] === source.lignes[1] ? "" : "s"} ${source.lignes[0] + 1}${source.lignes[0] === source.lignes[1] ? "" : ` à ${source.lignes[1] + 1}`} surlignée${source.lignes[0] === source.lignes[1] ? "" : "s"}.`
        : `« ${libelleSelection} » : passage surligné page ${source.page}.`
      : `« ${libelleSelection} » : son emplacement dans l'original n'est pas connu.`
    : "Choisissez « Voir » sur un champ pour surligner le passage d'où il a été lu.";

  if (fichier.lignes) {
    const [debut, fin] = source?.lignes ?? [-1, -1];
    return (
      <Cadre annonce={annonce}>
        <ol className="apercu-original__lignes" tabIndex={0} aria-label="Texte du document original, ligne par ligne">
          {fichier.lignes.map((l, i) => {
            const surlignee = i >= debut && i <= fin;
            return (
              <li key={i} ref={i === debut ? marque : undefined} data-surlignage={surlignee ? "" : undefined}>
                {surlignee ? <mark>{l || " "}</mark> : l || " "}
              </li>
            );
          })}
        </ol>
      </Cadre>
    );
  }

  const dimension = fichier.dimensions?.[page - 1];
  const boites = dimension?.largeur ? (source?.boites ?? []).filter((b) => b.page === page) : [];
  const tiff = fichier.format === "IMAGE" && !dimension?.largeur;
  return (
    <Cadre annonce={annonce}>
      <div className="apercu-original__pages fr-mb-1w">
        <Button size="small" priority="tertiary" onClick={() => setZoom((z) => Math.max(1, z - 0.5))} disabled={zoom <= 1 || tiff}>
          Réduire
        </Button>
        <span className="fr-text--sm fr-mx-1w">{Math.round(zoom * 100)} %</span>
        <Button size="small" priority="tertiary" onClick={() => setZoom((z) => Math.min(3, z + 0.5))} disabled={zoom >= 3 || tiff}>
          Agrandir
        </Button>
      </div>
      {fichier.pages > 1 && (
        <div className="apercu-original__pages fr-mb-1w">
          <Button
            size="small"
            priority="secondary"
            iconId="fr-icon-arrow-left-s-line"
            onClick={() => allerA(page - 1)}
            disabled={page <= 1}
          >
            Page précédente
          </Button>
          <span className="fr-text--sm fr-mx-2w" aria-live="polite">
            Page {page} sur {fichier.pages}
          </span>
          <Button
            size="small"
            priority="secondary"
            iconId="fr-icon-arrow-right-s-line"
            iconPosition="right"
            onClick={() => allerA(page + 1)}
            disabled={page >= fichier.pages}
          >
            Page suivante
          </Button>
        </div>
      )}
      {tiff ? (
        <p className="fr-text--sm">
          L&apos;aperçu d&apos;une image TIFF n&apos;est pas affiché par les navigateurs : les champs lus sont à côté.
        </p>
      ) : (
        <div className="apercu-original__page" tabIndex={0} aria-label={`Page ${page} du document original (zone défilante)`}>
          <div className="apercu-original__feuille" style={{ width: `${zoom * 100}%` }}>
            {/* eslint-disable-next-line @next/next/no-img-element -- a page rendered for this user, never optimised */}
            <img
              src={`/conventions/importer/${travailId}/pages/${page}`}
              alt={`Page ${page} sur ${fichier.pages} du document original`}
              width={dimension?.largeur || undefined}
              height={dimension?.hauteur || undefined}
            />
            {boites.map((b, i) => (
              <span
                key={i}
                ref={i === 0 ? premiere : undefined}
                aria-hidden="true"
                data-surlignage=""
                className="apercu-original__surlignage"
                style={{
                  left: `${((b.x - MARGE) / dimension!.largeur) * 100}%`,
                  top: `${((b.y - MARGE) / dimension!.hauteur) * 100}%`,
                  width: `${((b.largeur + 2 * MARGE) / dimension!.largeur) * 100}%`,
                  height: `${((b.hauteur + 2 * MARGE) / dimension!.hauteur) * 100}%`,
                }}
              />
            ))}
          </div>
        </div>
      )}
    </Cadre>
  );
}

/** The viewer's frame: its heading, and what is outlined said to the screen reader. */
function Cadre({ annonce, children }: { annonce: string; children: ReactNode }) {
  return (
    <section aria-labelledby="apercu-titre" className="apercu-original">
      <h2 id="apercu-titre" className="fr-h5">
        Document original
      </h2>
      <p role="status" className="fr-text--sm">
        {annonce}
      </p>
      {children}
    </section>
  );
}
