import { Lien } from "@/components/navigation/lien";
import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { requireDroit } from "@/lib/server/auth/agent";
import { listImports } from "@/lib/server/import/list-imports";
import { formatInstant } from "@/lib/domain/dates";
import { EnvoiDocument } from "@/components/import/EnvoiDocument";
import { Actualiser } from "@/components/import/Actualiser";

export const metadata = { title: "Importer un document" };

const ETATS = {
  EN_ATTENTE: ["Lecture en attente", "info"],
  EN_COURS: ["Lecture en cours", "info"],
  FAIT: ["Lu, à relire", "new"],
  ECHEC: ["Illisible", "error"],
} as const;

export default async function ImporterPage() {
  const agent = await requireDroit("document.importer");
  const imports = await listImports(agent);
  return (
    <>
      <Breadcrumb currentPageLabel="Importer un document" segments={[{ label: "Conventions", linkProps: { href: "/conventions" } }]} />
      <h1>Importer un document</h1>
      <p>
        Une convention ou un avenant que votre service détient déjà — PDF, scan, image, fichier Word ou texte — est lu par
        l&apos;application : parties, visas, articles, montants, échéancier, codes, signatures. Vous relisez ce qui a été lu à côté de
        l&apos;original, corrigez ce qui doit l&apos;être, voyez les constats, puis l&apos;enregistrez comme brouillon ou, s&apos;il est
        déjà signé, comme convention signée dont le fichier est l&apos;exemplaire signé. Un document lu mais non enregistré est oublié au
        bout d&apos;un jour.
      </p>
      <EnvoiDocument />

      <h2 className="fr-h4">Vos imports des dernières 24 heures</h2>
      {imports.length === 0 ? (
        <p>Aucun document envoyé depuis un jour.</p>
      ) : (
        <>
          <Actualiser actif={imports.some((i) => i.etat === "EN_ATTENTE" || i.etat === "EN_COURS")} />
          <div className="fr-table fr-table--no-caption">
            <table>
              <caption>Vos imports des dernières 24 heures</caption>
              <thead>
                <tr>
                  <th scope="col">Fichier</th>
                  <th scope="col">Envoyé le</th>
                  <th scope="col">État</th>
                  <th scope="col">Suite</th>
                </tr>
              </thead>
              <tbody>
                {imports.map((i) => {
                  const [texte, severite] = i.conventionId ? (["Enregistré", "success"] as const) : ETATS[i.etat];
                  return (
                    <tr key={i.id}>
                      <th scope="row">
                        <Lien href={`/conventions/importer/${i.id}`}>{i.nom}</Lien>
                        {i.nature && <span className="fr-text--sm"> — {i.nature === "AVENANT" ? "avenant" : "convention"}</span>}
                      </th>
                      <td>{formatInstant(i.creeLe)}</td>
                      <td>
                        <Badge severity={severite} small noIcon>
                          {texte}
                        </Badge>
                        {i.etat === "EN_COURS" && i.etape ? <span className="fr-text--sm"> {i.etape}</span> : null}
                        {i.etat === "ECHEC" && i.erreur ? <span className="fr-text--sm"> {i.erreur}</span> : null}
                      </td>
                      <td>
                        {i.conventionId ? (
                          <Lien href={`/conventions/${i.conventionId}`}>Ouvrir la convention</Lien>
                        ) : i.etat === "FAIT" ? (
                          <Lien href={`/conventions/importer/${i.id}`}>Relire et enregistrer</Lien>
                        ) : (
                          "—"
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </>
      )}
    </>
  );
}
