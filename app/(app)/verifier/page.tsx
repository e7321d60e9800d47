import { requireAgent } from "@/lib/server/auth/agent";
import { VerifierPdf } from "@/components/signature/VerifierPdf";

export const metadata = { title: "Vérifier un PDF" };

export default async function VerifierPage() {
  await requireAgent();
  return (
    <>
      <h1>Vérifier un PDF</h1>
      <p>
        Déposez un PDF : l&apos;application dit s&apos;il s&apos;agit d&apos;une version qu&apos;elle a figée ou signée (par son empreinte
        SHA-256), ou du scan d&apos;une signature papier qu&apos;elle conserve, quelles signatures il porte et si chacune est intacte, et ce
        qu&apos;il est advenu de cette version.
      </p>
      <VerifierPdf />
      <p className="fr-text--sm fr-mt-4w">
        Pour vérifier les signatures dans vos propres outils, faites-leur reconnaître{" "}
        <a href="/verifier/autorite" download>
          le certificat de l&apos;autorité de certification interne (PEM)
        </a>
        .
      </p>
    </>
  );
}
