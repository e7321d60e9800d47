import { getStatistiques } from "@/lib/server/statistiques/get-statistiques";
import { feuilleStatistique, type TableauStatistique } from "@/lib/views/statistiques";
import { formatInstant } from "@/lib/domain/dates";
import { TableauDonnees } from "@/components/dsfr/TableauDonnees";
import { GraphiqueEnBarres } from "@/components/graphique/GraphiqueEnBarres";

export const metadata = { title: "Statistiques" };
export const dynamic = "force-dynamic";

const euros = (c: bigint) => Number(c) / 100;

function Telecharger({ tableau }: { tableau: TableauStatistique }) {
  return (
    <a className="fr-link fr-icon-download-line fr-link--icon-left" href={`/statistiques/csv?tableau=${tableau}`} download>
      Télécharger ce tableau (CSV)
    </a>
  );
}

// Public: what the service holds, in figures only — no person, no text of any document.
export default async function Statistiques() {
  const s = await getStatistiques();
  const jours = s.delai.medianeJours;
  return (
    <>
      <h1>Statistiques</h1>
      <p>
        Les conventions de délégation de gestion et leurs avenants tenus dans le service, en chiffres. Un document compte pour l&apos;année
        de sa dernière signature une fois signé par toutes les parties, sinon pour l&apos;année de sa création. Chiffres du{" "}
        {formatInstant(s.calculeesLe)}, recalculés toutes les cinq minutes au plus.
      </p>

      <section aria-labelledby="delai" className="fr-callout fr-mb-4w">
        <h2 id="delai" className="fr-callout__title">
          Délai médian de la rédaction à la signature
        </h2>
        <p className="fr-callout__text">
          {jours === null
            ? "Aucun document n'a encore été rédigé et signé par toutes les parties dans le service."
            : `${jours.toLocaleString("fr-FR")} jour${jours >= 2 ? "s" : ""}, de la création du projet à la dernière signature, sur ${s.delai.documents} document${s.delai.documents > 1 ? "s" : ""} rédigé${s.delai.documents > 1 ? "s" : ""} et signé${s.delai.documents > 1 ? "s" : ""} dans le service (les documents importés ne comptent pas : leur création n'est que leur import).`}
        </p>
      </section>

      <h2>Conventions et avenants</h2>
      <GraphiqueEnBarres
        titre="Conventions et avenants par année"
        unite="nombre"
        points={s.documentsParAnnee.map((a) => ({ annee: a.annee, conventions: a.conventions, avenants: a.avenants }))}
        series={[
          { cle: "conventions", libelle: "Conventions", couleur: "#000091" },
          { cle: "avenants", libelle: "Avenants", couleur: "#6a6af4" },
        ]}
      />
      <TableauDonnees feuille={feuilleStatistique(s, "documents")} exports={<Telecharger tableau="documents" />} />

      <h2>Montants délégués</h2>
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-lg-6">
          <GraphiqueEnBarres
            titre="AE et CP programmés par année"
            points={s.montantsParAnnee.map((a) => ({ annee: a.cle, ae: euros(a.ae), cp: euros(a.cp) }))}
            series={[
              { cle: "ae", libelle: "AE programmées", couleur: "#000091" },
              { cle: "cp", libelle: "CP programmés", couleur: "#e1000f" },
            ]}
          />
          <TableauDonnees feuille={feuilleStatistique(s, "annees")} exports={<Telecharger tableau="annees" />} />
        </div>
        <div className="fr-col-12 fr-col-lg-6">
          <GraphiqueEnBarres
            titre="AE et CP programmés par ministère délégant"
            abscisse="ministere"
            points={s.montantsParMinistere.map((m) => ({ ministere: m.cle, ae: euros(m.ae), cp: euros(m.cp) }))}
            series={[
              { cle: "ae", libelle: "AE programmées", couleur: "#000091" },
              { cle: "cp", libelle: "CP programmés", couleur: "#e1000f" },
            ]}
          />
          <TableauDonnees feuille={feuilleStatistique(s, "ministeres")} exports={<Telecharger tableau="ministeres" />} />
        </div>
      </div>
    </>
  );
}
