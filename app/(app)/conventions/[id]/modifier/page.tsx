import { Lien } from "@/components/navigation/lien";
import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import { exigerDroit, requireAgent } from "@/lib/server/auth/agent";
import { can } from "@/lib/server/policies";
import { loadConventionOr404 } from "@/lib/server/conventions/load-convention";
import { loadFormData } from "@/lib/server/referentiel/list-referentiel";
import { conventionToInput } from "@/lib/schemas/convention-form";
import { raisonNonModifiable } from "@/lib/domain/statut";
import { ConventionForm } from "@/components/convention/form/ConventionForm";
import { createOrganisationAction, updateConventionAction } from "../../actions";

export const metadata = { title: "Modifier la convention" };

export default async function ModifierConventionPage({ params }: { params: Promise<{ id: string }> }) {
  const agent = await requireAgent();
  const { id } = await params;
  const convention = await loadConventionOr404(agent, id);
  exigerDroit(agent, "convention.modifier");
  const data = await loadFormData();
  return (
    <>
      <Breadcrumb
        currentPageLabel="Modifier"
        segments={[
          { label: "Conventions", linkProps: { href: "/conventions" } },
          { label: convention.reference, linkProps: { href: `/conventions/${id}` } },
        ]}
      />
      <h1>Modifier {convention.reference}</h1>
      {raisonNonModifiable(convention.statut) ? (
        <div className="fr-alert fr-alert--info">
          <p>
            {raisonNonModifiable(convention.statut)} <Lien href={`/conventions/${id}`}>Retour à la convention</Lien>
          </p>
        </div>
      ) : (
        <ConventionForm
          initial={conventionToInput(convention)}
          organisations={data.organisations}
          personnes={data.personnes}
          textes={data.textes}
          save={updateConventionAction.bind(null, id)}
          createOrganisation={can(agent, "referentiel.modifier") ? createOrganisationAction : undefined}
          cancelHref={`/conventions/${id}`}
        />
      )}
    </>
  );
}
