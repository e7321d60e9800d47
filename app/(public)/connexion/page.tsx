import { redirect } from "next/navigation";
import { LoginForm } from "@/components/auth/LoginForm";
import { ProConnectLogin } from "@/components/auth/ProConnectLogin";
import { getAgent } from "@/lib/server/auth/agent";
import { proConnectProvider } from "@/lib/server/auth/options";
import { MESSAGES_CONNEXION, safeCallbackUrl } from "@/lib/schemas/connexion";

export const metadata = { title: "Connexion" };

export default async function ConnexionPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(params.callbackUrl);
  if (await getAgent().catch(() => null)) redirect(callbackUrl);
  const initialError = params.error ? (MESSAGES_CONNEXION[params.error] ?? MESSAGES_CONNEXION.Default) : undefined;
  return (
    <div className="fr-grid-row fr-grid-row--center">
      <div className="fr-col-12 fr-col-md-8 fr-col-lg-6">
        <h1>Connexion</h1>
        {proConnectProvider() && (
          <section className="fr-mb-5w" aria-labelledby="titre-proconnect">
            <h2 id="titre-proconnect" className="fr-h5">
              Avec ProConnect
            </h2>
            <p className="fr-text--sm">ProConnect est la solution de l&apos;État pour vous connecter avec votre compte professionnel.</p>
            <ProConnectLogin callbackUrl={callbackUrl} />
            <p className="fr-hr-or fr-mt-4w">ou</p>
          </section>
        )}
        <section aria-labelledby="titre-mot-de-passe">
          <h2 id="titre-mot-de-passe" className="fr-h5">
            Avec votre adresse électronique
          </h2>
          <LoginForm callbackUrl={callbackUrl} initialError={initialError} />
        </section>
      </div>
    </div>
  );
}
