// The electronic signatures a PDF holds, as pdfsig read them: intact or altered, whose certificate.
import type { SignatureLue } from "@/lib/views/verification";
import { formatInstant } from "@/lib/domain/dates";

export function SignaturesLues({ signatures }: { signatures: SignatureLue[] }) {
  const intactes = signatures.filter((s) => s.intacte).length;
  return (
    <>
      <h3 className="fr-h6">Signatures électroniques dans le fichier</h3>
      {signatures.length === 0 ? (
        <p>Aucune signature électronique.</p>
      ) : (
        <>
          <p>
            {intactes === signatures.length
              ? `${signatures.length} signature${signatures.length > 1 ? "s" : ""}, toutes intactes.`
              : `${signatures.length - intactes} signature${signatures.length - intactes > 1 ? "s" : ""} sur ${signatures.length} ne correspond${signatures.length - intactes > 1 ? "ent" : ""} plus au contenu : le fichier a été modifié après signature.`}
          </p>
          <ul>
            {signatures.map((s, i) => (
              <li key={i}>
                {s.signataire}
                {s.horodatage ? `, le ${formatInstant(new Date(s.horodatage))} (heure de Paris)` : ""} — {s.intacte ? "intacte" : "altérée"}
                {s.intacte ? (s.certificatReconnu ? ", certificat de l'autorité interne" : ", certificat non reconnu") : ""}
                {s.intacte && !s.couvreToutLeDocument ? " (des signatures ont été ajoutées après elle)" : ""}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
