import type { ReactNode } from "react";
import type { ConventionDetail } from "@/lib/views/convention";
import { formatDateLongue } from "@/lib/domain/dates";
import type { Constat } from "@/lib/domain/controles";
import { TexteBalise, Ligne } from "./TexteBalise";
import { EcheancierTable, ImputationTable, ParametrageTable, CofinancementTable } from "./FinancialTables";
import { DataTable } from "./DataTable";
import { PartiesDocument, SignaturesDocument, VisasDocument } from "./ElementsDocument";

// The convention's text as signed: parties, « Vu », preamble, articles, signatures, annexes.
export function ConventionDocument({ convention, constats = [] }: { convention: ConventionDetail; constats?: readonly Constat[] }) {
  const c = convention;
  // A finding at an article is shown at it too (the checks panel lists them all).
  const constatsDe = (i: number) => constats.filter((x) => x.champ === `articles.${i}`);
  const tableaux: Record<string, ReactNode> = {
    echeancier: <EcheancierTable lignes={c.lignesEcheancier} hideCaption />,
    imputation: c.imputation ? <ImputationTable imputation={c.imputation} hideCaption /> : null,
    parametrage: c.parametrage ? <ParametrageTable parametrage={c.parametrage} hideCaption /> : null,
    cofinancement: c.cofinancements.length ? <CofinancementTable cofinancements={c.cofinancements} /> : null,
  };
  return (
    <article aria-labelledby="titre-document" className="fr-p-3w" style={{ border: "1px solid var(--border-default-grey)" }}>
      <h2 id="titre-document" className="fr-h3" style={{ textAlign: "center" }}>
        {c.titre}
        {c.dateConvention ? ` du ${formatDateLongue(c.dateConvention)}` : ""}
      </h2>

      <PartiesDocument
        parties={c.parties.map((p) => ({
          ...p,
          cle: p.id,
          note: p.organisation.successeur
            ? `Organisation devenue ${p.organisation.successeur.sigle ?? p.organisation.successeur.nom}${p.organisation.dateSuccession ? ` le ${formatDateLongue(p.organisation.dateSuccession)}` : ""}.`
            : undefined,
        }))}
      />
      <VisasDocument visas={c.basesLegales} />

      {c.preambule && (
        <section id="preambule" aria-labelledby="titre-preambule">
          <h3 id="titre-preambule" className="fr-h5">
            {c.titrePreambule ?? "Préambule"}
          </h3>
          <TexteBalise source={c.preambule} />
          {c.formuleAccord && <p>{c.formuleAccord}</p>}
        </section>
      )}

      <section id="articles" aria-labelledby="titre-articles">
        <h3 id="titre-articles" className="fr-sr-only">
          Articles
        </h3>
        {c.articles.map((a, i) => (
          <section key={a.id} id={`article-${a.numero}`} aria-labelledby={`titre-article-${a.id}`} className="fr-mb-4w">
            <h4 id={`titre-article-${a.id}`} className="fr-h5">
              Article {a.numero} : {a.titre}
            </h4>
            {constatsDe(i).length > 0 && (
              <div
                className={`fr-alert fr-alert--sm fr-mb-2w ${constatsDe(i).some((x) => x.gravite === "erreur") ? "fr-alert--error" : "fr-alert--warning"}`}
              >
                <ul className="fr-mb-0">
                  {constatsDe(i).map((x, j) => (
                    <li key={j}>{x.message}</li>
                  ))}
                </ul>
              </div>
            )}
            <TexteBalise source={a.corps} tableaux={tableaux} headingLevel={5} />
            {a.notes.length > 0 && (
              <ol className="fr-text--xs" aria-label={`Notes de l'article ${a.numero}`}>
                {a.notes.map((n, i) => (
                  <li key={i}>{n}</li>
                ))}
              </ol>
            )}
          </section>
        ))}
      </section>

      <SignaturesDocument
        faitA={`Fait à ${c.lieuSignature ?? "Paris"}, le ${c.dateSignature ? formatDateLongue(c.dateSignature) : "…"}`}
        blocs={c.signatures.map((s) => ({ ...s, qualite: null }))}
      />

      {c.annexes.map((annexe) => {
        const tableau = annexe.tableau as { colonnes: string[]; lignes: string[][] } | null;
        return (
          <section key={annexe.id} id={`annexe-${annexe.numero}`} aria-labelledby={`titre-annexe-${annexe.id}`} className="fr-mt-4w">
            <h3 id={`titre-annexe-${annexe.id}`} className="fr-h5">
              Annexe {annexe.numero} : {annexe.titre}
            </h3>
            {annexe.texte && <TexteBalise source={annexe.texte} />}
            {tableau && (
              <DataTable
                caption={`Annexe ${annexe.numero}`}
                hideCaption
                headers={tableau.colonnes.map((col, i) => col || (i === 0 ? "Thème" : ""))}
                rows={tableau.lignes.map((ligne) =>
                  ligne.map((cell, i) => (i === 0 ? <Ligne key={i} texte={cell} /> : <TexteBalise key={i} source={cell} />)),
                )}
                rowHeaders
              />
            )}
          </section>
        );
      })}
    </article>
  );
}
