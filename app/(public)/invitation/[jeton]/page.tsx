import { Lien } from "@/components/navigation/lien";
import { checkInvitation } from "@/lib/server/comptes/check-invitation";
import { InvitationForm } from "@/components/comptes/InvitationForm";
import { acceptInvitationAction } from "./actions";

export const metadata = { title: "Choisir votre mot de passe" };
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ jeton: string }> };

// Opened from the invitation e-mail, without a session: whose account, or why the link is refused.
export default async function Invitation({ params }: Props) {
  const { jeton } = await params;
  const invitation = await checkInvitation(jeton);
  return (
    <div className="fr-col-12 fr-col-md-8 fr-col-lg-6">
      <h1>Choisir votre mot de passe</h1>
      {"raison" in invitation ? (
        <>
          <div className="fr-alert fr-alert--error fr-mb-3w" role="alert">
            <p>{invitation.raison}</p>
          </div>
          <p>
            <Lien href="/connexion">Aller à la page de connexion</Lien>
          </p>
        </>
      ) : (
        <InvitationForm jeton={jeton} nom={invitation.nom} email={invitation.email} accepter={acceptInvitationAction} />
      )}
    </div>
  );
}
