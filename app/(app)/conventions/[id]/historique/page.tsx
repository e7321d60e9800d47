import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import { requireAgent } from "@/lib/server/auth/agent";
import { orNotFound } from "@/lib/server/conventions/load-convention";
import { getHistorique } from "@/lib/server/historique/get-historique";
import { HistoriqueDocument } from "@/components/revue/HistoriqueDocument";
import { VuesDocument } from "@/components/revue/VuesDocument";

export const metadata = { title: "Historique de la convention" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ categorie?: string; qui?: string }> };

export default async function HistoriqueConventionPage({ params, searchParams }: Props) {
  const agent = await requireAgent();
  const { id } = await params;
  const filtre = await searchParams;
  const historique = await orNotFound(getHistorique(agent, { conventionId: id }, filtre));
  return (
    <>
      <Breadcrumb
        currentPageLabel="Historique"
        segments={[
          { label: "Conventions", linkProps: { href: "/conventions" } },
          { label: historique.libelle.replace(/^la convention /, ""), linkProps: { href: historique.chemin } },
        ]}
      />
      <h1>Historique de {historique.libelle}</h1>
      <VuesDocument base={historique.chemin} courante="historique" />
      <HistoriqueDocument
        historique={historique}
        filtre={filtre}
        csv={`${historique.chemin}/historique/csv`}
        journal={`${historique.chemin}/journal`}
      />
    </>
  );
}
