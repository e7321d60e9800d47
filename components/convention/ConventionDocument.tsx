import type { ReactNode } from "react";
import type { ConventionDetail } from "@/lib/views/convention";
import { formatDateLongue } from "@/lib/domain/dates";
import { LIBELLES_ROLE_PARTIE } from "@/lib/domain/libelles";
import { TexteBalise, Ligne } from "./TexteBalise";
import { EcheancierTable, ImputationTable, ParametrageTable, CofinancementTable } from "./FinancialTables";
import { DataTable } from "./DataTable";

// The convention's text as signed: parties, « Vu », preamble, articles, signatures, annexes.
export function ConventionDocument({ convention }: { convention: ConventionDetail }) {
  const c = convention;
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

      <section id="parties" aria-labelledby="titre-parties">
        <h3 id="titre-parties" className="fr-h5">
          Parties
        </h3>
        {c.parties.map((p, i) => (
          <div key={p.id} className="fr-mb-3w" data-testid="partie">
            <p className="fr-mb-1v">{i === 0 ? "Entre" : "et"}</p>
            <p className="fr-mb-1v">
              <strong>{p.libelle}</strong>{" "}
              <span className="fr-badge fr-badge--sm fr-badge--blue-ecume">{LIBELLES_ROLE_PARTIE[p.role]}</span>
            </p>
            {p.adresse && <p className="fr-mb-1v">Adresse : {p.adresse}</p>}
            {(p.representantNom || p.qualite) && (
              <p className="fr-mb-1v">
                Représenté{p.libelle.match(/^La /) ? "e" : ""} par {p.representantNom}
                {p.qualite ? `, ${p.qualite}` : ""}
                {p.mentionRole ? `, ${p.mentionRole}` : ""}
              </p>
            )}
            {p.denominations.length > 0 && (
              <p className="fr-mb-1v">Ci-après dénommé(e) {p.denominations.map((d) => `« ${d} »`).join(" ou ")}</p>
            )}
            {p.organisation.successeur && (
              <p className="fr-text--sm fr-mb-0">
                Organisation devenue {p.organisation.successeur.sigle ?? p.organisation.successeur.nom}
                {p.organisation.dateSuccession ? ` le ${formatDateLongue(p.organisation.dateSuccession)}` : ""}.
              </p>
            )}
          </div>
        ))}
      </section>

      {c.basesLegales.length > 0 && (
        <section id="visas" aria-labelledby="titre-visas">
          <h3 id="titre-visas" className="fr-h5">
            Bases légales
          </h3>
          <ul>
            {c.basesLegales.map((b) => (
              <li key={b.id}>Vu {b.texte} ;</li>
            ))}
          </ul>
        </section>
      )}

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
        {c.articles.map((a) => (
          <section key={a.id} id={`article-${a.numero}`} aria-labelledby={`titre-article-${a.id}`} className="fr-mb-4w">
            <h4 id={`titre-article-${a.id}`} className="fr-h5">
              Article {a.numero} : {a.titre}
            </h4>
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

      <section id="signatures" aria-labelledby="titre-signatures">
        <h3 id="titre-signatures" className="fr-h5">
          Signatures
        </h3>
        <p>
          Fait à {c.lieuSignature ?? "Paris"}, le {c.dateSignature ? formatDateLongue(c.dateSignature) : "…"}
        </p>
        <div className="fr-grid-row fr-grid-row--gutters">
          {c.signatures.map((s) => (
            <div key={s.id} className="fr-col-12 fr-col-md-6">
              <div className="fr-p-2w" style={{ border: "1px dashed var(--border-default-grey)" }}>
                <p className="fr-mb-1v">{s.mention}</p>
                {s.pourLeCompteDe && <p className="fr-mb-1v">{s.pourLeCompteDe}</p>}
                {s.signataireNom && <p className="fr-mb-1v fr-text--bold">{s.signataireNom}</p>}
                <p className="fr-text--sm fr-mb-0">
                  {s.signee ? `Signé${s.dateSignature ? ` le ${formatDateLongue(s.dateSignature)}` : ""}` : "Non signé"}
                </p>
              </div>
            </div>
          ))}
        </div>
      </section>

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
