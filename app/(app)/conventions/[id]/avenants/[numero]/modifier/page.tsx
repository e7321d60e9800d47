import { Lien } from "@/components/navigation/lien";
import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import { exigerDroit, requireAgent } from "@/lib/server/auth/agent";
import { getAvenant } from "@/lib/server/avenants/get-avenant";
import { orNotFound } from "@/lib/server/conventions/load-convention";
import { listReferentiel } from "@/lib/server/referentiel/list-referentiel";
import { getConsolidation } from "@/lib/server/avenants/get-consolidation";
import { listTextesConnus } from "@/lib/server/conventions/check-convention";
import { raisonNonModifiable } from "@/lib/domain/statut";
import { toCalendarDate } from "@/lib/domain/dates";
import { avenantVersSaisie } from "@/lib/schemas/avenant-saisie";
import { AvenantForm } from "@/components/avenant/AvenantForm";
import { partiesDeLaConvention } from "@/lib/server/avenants/texte-avenant";
import { updateAvenantAction } from "../../actions";

export const metadata = { title: "Modifier l'avenant" };

export default async function ModifierAvenantPage({ params }: { params: Promise<{ id: string; numero: string }> }) {
  const agent = await requireAgent();
  const { id, numero } = await params;
  const detail = await orNotFound(getAvenant(agent, id, Number(numero)));
  exigerDroit(agent, "avenant.creer");
  const { avenant, convention, articles, texte } = detail;
  const [{ organisations }, { etat }, textes] = await Promise.all([listReferentiel(), getConsolidation(agent, id), listTextesConnus()]);
  const chemin = `/conventions/${id}/avenants/${avenant.numero}`;
  const figee = raisonNonModifiable(avenant.statut);
  return (
    <>
      <Breadcrumb
        currentPageLabel="Modifier"
        segments={[
          { label: "Conventions", linkProps: { href: "/conventions" } },
          { label: convention.reference, linkProps: { href: `/conventions/${id}` } },
          { label: `Avenant n° ${avenant.numero}`, linkProps: { href: chemin } },
        ]}
      />
      <h1>
        Modifier l&apos;avenant n° {avenant.numero} à {convention.reference}
      </h1>
      {figee ? (
        <div className="fr-alert fr-alert--info">
          <p>
            {figee} <Lien href={chemin}>Retour à l&apos;avenant</Lien>
          </p>
        </div>
      ) : (
        <AvenantForm
          numero={avenant.numero}
          initiale={{
            titre: convention.titre,
            date: convention.dateConvention ? toCalendarDate(convention.dateConvention) : null,
            articles: convention.articles.map((a) => ({ numero: a.numero, titre: a.titre })),
            regleDuree: convention.regleDuree,
            centreFinancier: convention.imputation?.centreFinancier ?? null,
          }}
          valeurs={avenantVersSaisie(avenant, articles, texte)}
          organisations={organisations}
          etat={etat}
          textes={textes}
          partiesConvention={partiesDeLaConvention(convention, etat)}
          save={updateAvenantAction.bind(null, id, avenant.numero, avenant.version)}
          conventionHref={`/conventions/${id}`}
        />
      )}
    </>
  );
}
