import { Lien } from "@/components/navigation/lien";
import { lireIdentite } from "@/lib/server/comptes/identite-proconnect";
import { listReferentiel } from "@/lib/server/referentiel/list-referentiel";
import { DemandeAccesForm } from "@/components/comptes/DemandeAccesForm";
import { demanderAccesAction } from "./actions";

export const metadata = { title: "Demander un accès" };
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// Where ProConnect sends an agent the app does not know: their identity as ProConnect gave it, what they
// wish and why, for an administrator to decide.
export default async function DemanderAcces({ searchParams }: Props) {
  const brut = (await searchParams).identite;
  const jeton = Array.isArray(brut) ? brut[0] : brut;
  const identite = lireIdentite(jeton);
  if (!identite)
    return (
      <div className="fr-col-12 fr-col-md-8">
        <h1>Demander un accès</h1>
        <div className="fr-alert fr-alert--error fr-mb-3w" role="alert">
          <p>
            Ce lien ne permet pas de demander un accès : il est incomplet ou votre connexion ProConnect date de plus de 30 minutes.
            Reconnectez-vous avec ProConnect depuis la page de connexion.
          </p>
        </div>
        <Lien href="/connexion">Aller à la page de connexion</Lien>
      </div>
    );
  const { organisations } = await listReferentiel();
  return (
    <div className="fr-col-12 fr-col-md-8">
      <h1>Demander un accès</h1>
      <p>
        Votre compte ProConnect est valide, mais vous n&apos;avez pas encore accès à ce service. Dites-nous ce dont vous avez besoin : un
        administrateur examinera votre demande et vous serez prévenu par courriel.
      </p>
      <DemandeAccesForm
        identite={jeton!}
        nom={identite.nom}
        email={identite.email}
        organisations={organisations}
        demander={demanderAccesAction}
      />
    </div>
  );
}
