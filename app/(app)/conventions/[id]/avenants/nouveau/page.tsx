import { notFound } from "next/navigation";
import Link from "next/link";
import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import { requireAgent } from "@/lib/server/auth/agent";
import { can } from "@/lib/server/policies";
import { db } from "@/lib/server/db";
import { loadConventionOr404 } from "@/lib/server/conventions/load-convention";
import { listReferentiel } from "@/lib/server/referentiel/create-organisation";
import { estSigneeParTous } from "@/lib/domain/statut";
import { toCalendarDate } from "@/lib/domain/dates";
import { AvenantForm } from "@/components/avenant/AvenantForm";
import { createAvenantAction } from "../actions";

export const metadata = { title: "Nouvel avenant" };

export default async function NouvelAvenantPage({ params }: { params: Promise<{ id: string }> }) {
  const agent = await requireAgent();
  const { id } = await params;
  const convention = await loadConventionOr404(agent, id);
  if (!can(agent, "avenant.creer")) notFound();
  const numero = Math.max(0, ...convention.avenants.map((a) => a.numero)) + 1;
  const enCours = convention.avenants.find((a) => !estSigneeParTous(a.statut));
  const { organisations } = await listReferentiel(db);
  return (
    <>
      <Breadcrumb
        currentPageLabel={`Avenant n° ${numero}`}
        segments={[
          { label: "Conventions", linkProps: { href: "/conventions" } },
          { label: convention.reference, linkProps: { href: `/conventions/${id}` } },
        ]}
      />
      <h1>Avenant n° {numero} à {convention.reference}</h1>
      {!estSigneeParTous(convention.statut) ? (
        <div className="fr-alert fr-alert--info">
          <p>Un avenant modifie une convention signée par toutes les parties ; celle-ci ne l&apos;est pas encore : modifiez-la directement.</p>
        </div>
      ) : enCours ? (
        <div className="fr-alert fr-alert--info">
          <p>
            L&apos;avenant n° {enCours.numero} est encore en projet : <Link href={`/conventions/${id}/avenants/${enCours.numero}`}>terminez-le</Link> avant d&apos;en créer un autre.
          </p>
        </div>
      ) : (
        <AvenantForm
          numero={numero}
          initiale={{ titre: convention.titre, date: convention.dateConvention ? toCalendarDate(convention.dateConvention) : null, articles: convention.articles.map((a) => ({ numero: a.numero, titre: a.titre })) }}
          organisations={organisations}
          save={createAvenantAction.bind(null, id)}
          conventionHref={`/conventions/${id}`}
        />
      )}
    </>
  );
}
