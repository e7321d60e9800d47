import { Lien } from "@/components/navigation/lien";
import { requireDroit } from "@/lib/server/auth/agent";
import { listReferentiel } from "@/lib/server/referentiel/list-referentiel";
import { NouveauCompteForm } from "@/components/comptes/CompteForm";
import { createCompteAction } from "../actions";

export const metadata = { title: "Nouveau compte" };

export default async function NouveauCompte() {
  await requireDroit("utilisateur.gerer");
  const { organisations } = await listReferentiel();
  return (
    <>
      <p>
        <Lien href="/administration/comptes" className="fr-link fr-icon-arrow-left-line fr-link--icon-left">
          Tous les comptes
        </Lien>
      </p>
      <h1>Créer un compte</h1>
      <p>
        L&apos;agent reçoit par courriel un lien pour choisir son mot de passe, valable 72 heures et une seule fois ; s&apos;il utilise
        ProConnect, il peut aussi se connecter directement avec la même adresse.
      </p>
      <NouveauCompteForm organisations={organisations} creer={createCompteAction} />
    </>
  );
}
