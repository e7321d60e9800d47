import { Lien } from "@/components/navigation/lien";
import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import { exigerDroit, requireAgent } from "@/lib/server/auth/agent";
import { loadConventionOr404 } from "@/lib/server/conventions/load-convention";
import { listReferentiel } from "@/lib/server/referentiel/list-referentiel";
import { getConsolidation } from "@/lib/server/avenants/get-consolidation";
import { listTextesConnus } from "@/lib/server/conventions/check-convention";
import { prochainAvenant } from "@/lib/domain/avenant";
import { toCalendarDate } from "@/lib/domain/dates";
import { AvenantForm } from "@/components/avenant/AvenantForm";
import { departAvenant, partiesDeLaConvention } from "@/lib/server/avenants/texte-avenant";
import { createAvenantAction } from "../actions";

export const metadata = { title: "Nouvel avenant" };

export default async function NouvelAvenantPage({ params }: { params: Promise<{ id: string }> }) {
  const agent = await requireAgent();
  const { id } = await params;
  const convention = await loadConventionOr404(agent, id);
  exigerDroit(agent, "avenant.creer");
  const verdict = prochainAvenant(convention);
  const { numero } = verdict;
  const [{ organisations }, { etat, avenants }, textes] = await Promise.all([
    listReferentiel(),
    getConsolidation(agent, id),
    listTextesConnus(),
  ]);
  const precedent = avenants.reduce<(typeof avenants)[number] | null>((d, a) => (!d || a.numero > d.numero ? a : d), null);
  const depart = verdict.possible ? await departAvenant(convention, etat, precedent?.id ?? null) : null;
  return (
    <>
      <Breadcrumb
        currentPageLabel={`Avenant n° ${numero}`}
        segments={[
          { label: "Conventions", linkProps: { href: "/conventions" } },
          { label: convention.reference, linkProps: { href: `/conventions/${id}` } },
        ]}
      />
      <h1>
        Avenant n° {numero} à {convention.reference}
      </h1>
      {!verdict.possible ? (
        <div className="fr-alert fr-alert--info">
          <p>
            {verdict.message}
            {verdict.enCours !== null && (
              <>
                {" "}
                <Lien href={`/conventions/${id}/avenants/${verdict.enCours}`}>Ouvrir l&apos;avenant n° {verdict.enCours}</Lien>
              </>
            )}
          </p>
        </div>
      ) : (
        <AvenantForm
          numero={numero}
          initiale={{
            titre: convention.titre,
            date: convention.dateConvention ? toCalendarDate(convention.dateConvention) : null,
            articles: convention.articles.map((a) => ({ numero: a.numero, titre: a.titre })),
            regleDuree: convention.regleDuree,
            centreFinancier: convention.imputation?.centreFinancier ?? null,
          }}
          organisations={organisations}
          etat={etat}
          textes={textes}
          partiesConvention={partiesDeLaConvention(convention, etat)}
          depart={depart ?? undefined}
          save={createAvenantAction.bind(null, id)}
          conventionHref={`/conventions/${id}`}
        />
      )}
    </>
  );
}
