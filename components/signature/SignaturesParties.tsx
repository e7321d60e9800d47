"use client";
// The signature of each party, in order: who signed, when and how; whose turn it is; and for the
// agent whose party's turn it is, signing in the app (password again) or depositing the scan of the
// paper-signed PDF.
import { useId, useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { appeler, type Action, type ActionResult } from "@/lib/actions/result";
import { formatDateLongue, formatInstant } from "@/lib/domain/dates";
import { libelleAutorite, LIBELLES_NIVEAU, MOTIF_DATE_MIN } from "@/lib/domain/signature";
import type { SignerEnLigneInput } from "@/lib/schemas/signature";
import type { EtapeSignatureVue, SignaturesDocument } from "@/lib/views/signature";
import { Bandeau, type Message } from "@/components/dsfr/Bandeau";
import { PdfDownloadButton } from "@/components/convention/PdfDownloadButton";
import { ChampFichier, fichierTropGros } from "@/components/form/ChampFichier";
import { envoyerFichier } from "@/components/form/envoi-fichier";

type Resultat = { statut: string; version: number; dateSignature: string | null };

type Props = {
  signatures: SignaturesDocument;
  signerEnLigne: Action<SignerEnLigneInput, Resultat>;
  /** The « Certificat de signature » PDF of the document. */
  certificatHref: string;
};

const aujourdhui = () => new Date().toISOString().slice(0, 10);

function Etat({ e }: { e: EtapeSignatureVue }) {
  if (e.signee)
    return (
      <p className="fr-mb-1v">
        <span className="fr-badge fr-badge--sm fr-badge--success">Signé</span>{" "}
        {e.dateSignature ? `le ${formatDateLongue(e.dateSignature)}` : ""}
        {e.lieu ? ` à ${e.lieu}` : ""}
        {e.niveau ? ` — ${LIBELLES_NIVEAU[e.niveau]}` : ""}
      </p>
    );
  return (
    <p className="fr-mb-1v">
      {e.auTour ? (
        <span className="fr-badge fr-badge--sm fr-badge--info">À signer maintenant</span>
      ) : (
        <span className="fr-badge fr-badge--sm">En attente des signatures précédentes</span>
      )}
    </p>
  );
}

export function SignaturesParties({ signatures, signerEnLigne, certificatHref }: Props) {
  const router = useRouter();
  const [message, setMessage] = useState<Message>();
  const [pending, setPending] = useState(false);
  // The scan's upload: its progress, the error at its file field, the date to confirm (and why).
  const [etatEnvoi, setEtatEnvoi] = useState<string | null>(null);
  const [erreurScan, setErreurScan] = useState<string>();
  const [dateAConfirmer, setDateAConfirmer] = useState<{ etape: string; message: string; motif: string }>();
  const id = useId();
  const base = { conventionId: signatures.conventionId, numero: signatures.numero, version: signatures.version };
  const { motDePasse, proConnect } = signatures.reauth;

  // ProConnect step-up: a fresh login (prompt=login), back to this panel.
  const reauthentifier = () => {
    setPending(true);
    void signIn("proconnect", { callbackUrl: `${window.location.pathname}#signatures-parties` }, proConnect!.parametres);
  };

  const conclure = (r: ActionResult<Resultat>, partie: string) => {
    setPending(false);
    if (!r.ok) {
      setMessage({ ok: false, texte: r.message });
      if (r.code === "CONFLIT_VERSION") router.refresh();
      return false;
    }
    setMessage({
      ok: true,
      texte:
        r.data.statut === "SIGNEE"
          ? `Signature de ${partie} enregistrée : le document est signé par toutes les parties.`
          : `Signature de ${partie} enregistrée.`,
    });
    router.refresh();
    return true;
  };

  const signer = async (event: FormEvent<HTMLFormElement>, e: EtapeSignatureVue) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setMessage(undefined);
    const r = await appeler(signerEnLigne, {
      ...base,
      signatureId: e.id,
      dateSignature: "",
      lieu: String(form.get("lieu") ?? ""),
      reauth: proConnect?.valide ? "PROCONNECT" : "MOT_DE_PASSE",
      motDePasse: String(form.get("motDePasse") ?? ""),
    });
    if (conclure(r, e.partie)) (event.target as HTMLFormElement).reset();
  };

  const deposer = async (event: FormEvent<HTMLFormElement>, e: EtapeSignatureVue) => {
    event.preventDefault();
    const formulaire = event.currentTarget;
    const form = new FormData(formulaire);
    setMessage(undefined);
    setErreurScan(undefined);
    // A file over the limit is said before anything is sent.
    const tropGros = fichierTropGros(form, "scan", "scan");
    if (tropGros) return setErreurScan(tropGros);
    form.set("conventionId", base.conventionId);
    form.set("numero", base.numero === null ? "" : String(base.numero));
    form.set("version", String(base.version));
    form.set("signatureId", e.id);
    setPending(true);
    setEtatEnvoi("Envoi du fichier : 0 %");
    const r = await envoyerFichier<Resultat>("/televersement/scan", form, setEtatEnvoi);
    setEtatEnvoi(null);
    // A date before a signature already recorded or before the freeze: said, and confirmed with a reason.
    if (!r.ok && r.code === "DATE_A_CONFIRMER") {
      setPending(false);
      return setDateAConfirmer({ etape: e.id, message: r.message, motif: r.champs?.motifDate ?? "" });
    }
    if (!r.ok && r.champs?.scan) setErreurScan(r.champs.scan);
    if (conclure(r, e.partie)) {
      setDateAConfirmer(undefined);
      formulaire.reset();
    }
  };

  return (
    <section
      id="signatures-parties"
      aria-labelledby={`${id}-titre`}
      className="fr-mb-4w fr-p-3w"
      style={{ border: "1px solid var(--border-default-grey)" }}
    >
      <h2 id={`${id}-titre`} className="fr-h5">
        Signature des parties
      </h2>
      <p className="fr-text--sm">
        Chaque partie signe la version figée, dans l&apos;ordre ci-dessous (un même numéro : dans n&apos;importe quel ordre). La date de
        signature du document est celle de la dernière signature.
      </p>
      <Bandeau message={message} />
      {signatures.etapes.length === 0 && <p>Aucun bloc de signature : renvoyez le document en rédaction pour en ajouter.</p>}
      <ol className="fr-raw-list">
        {signatures.etapes.map((e, i) => (
          <li key={e.id} className="fr-mb-3w" data-testid="etape-signature">
            <h3 className="fr-h6 fr-mb-1v">
              {e.groupe}. {e.partie}
            </h3>
            <p className="fr-mb-1v">
              {e.mention}
              {e.pourLeCompteDe ? ` ${e.pourLeCompteDe}` : ""}
            </p>
            {(e.signataireNom || e.qualite) && (
              <p className="fr-mb-1v">Signataire : {[e.signataireNom, e.qualite].filter(Boolean).join(", ")}</p>
            )}
            {e.auTitreDe && (
              <p className="fr-text--sm fr-mb-1v">
                Vous signeriez {e.auTitreDe} (le référentiel ou un avenant enregistre cette succession) : le bloc le dira.
              </p>
            )}
            <p className="fr-text--xs fr-mb-1v">
              {libelleAutorite(e.autorite)}
              {e.autoriteReference ? ` : ${e.autoriteReference}` : ""}
            </p>
            <Etat e={e} />
            {e.signerEnLigne && (
              <form onSubmit={(ev) => signer(ev, e)} className="fr-mt-2w" aria-label={`Signer pour ${e.partie} dans l'application`}>
                {proConnect?.valide ? (
                  <p className="fr-text--sm fr-mb-1w">
                    Authentifié avec ProConnect le {formatInstant(new Date(proConnect.authentifieLe!))} : vous pouvez signer.
                  </p>
                ) : (
                  proConnect && (
                    <div className="fr-mb-2w">
                      <p className="fr-text--sm fr-mb-1w">
                        {proConnect.motif && proConnect.authentifieLe ? `${proConnect.motif} ` : ""}
                        {motDePasse
                          ? "Confirmez votre identité par votre mot de passe ci-dessous, ou en vous reconnectant avec ProConnect."
                          : "Pour signer, confirmez votre identité en vous reconnectant avec ProConnect."}
                      </p>
                      <button type="button" className="fr-btn fr-btn--secondary" onClick={reauthentifier} disabled={pending}>
                        Me réauthentifier avec ProConnect pour signer
                      </button>
                    </div>
                  )
                )}
                <div className="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom">
                  {!proConnect?.valide && motDePasse && (
                    <div className="fr-col-12 fr-col-md-4">
                      <div className="fr-input-group">
                        <label className="fr-label" htmlFor={`${id}-${i}-mdp`}>
                          Votre mot de passe <span className="fr-hint-text">Pour confirmer que c&apos;est bien vous qui signez.</span>
                        </label>
                        <input
                          id={`${id}-${i}-mdp`}
                          name="motDePasse"
                          type="password"
                          autoComplete="current-password"
                          className="fr-input"
                          required
                        />
                      </div>
                    </div>
                  )}
                  <div className="fr-col-12 fr-col-md-3">
                    <div className="fr-input-group">
                      <label className="fr-label" htmlFor={`${id}-${i}-lieu`}>
                        Lieu
                      </label>
                      <input id={`${id}-${i}-lieu`} name="lieu" className="fr-input" defaultValue="Paris" />
                    </div>
                  </div>
                  <div className="fr-col-12 fr-col-md-5 fr-mb-3w">
                    {(proConnect?.valide || motDePasse) && (
                      <button type="submit" className="fr-btn fr-icon-edit-line fr-btn--icon-left" disabled={pending}>
                        Signer dans l&apos;application
                      </button>
                    )}
                  </div>
                </div>
              </form>
            )}
            {e.deposerScan && (
              <details className="fr-mt-1w" open={dateAConfirmer?.etape === e.id || undefined}>
                <summary>Cette partie a signé sur papier : déposer le scan</summary>
                <form onSubmit={(ev) => deposer(ev, e)} className="fr-mt-2w" aria-label={`Déposer le scan signé pour ${e.partie}`}>
                  <ChampFichier
                    id={`${id}-${i}-scan`}
                    name="scan"
                    label="Scan du document signé"
                    nature="scan"
                    accept="application/pdf"
                    precision="Toutes les pages de la version envoyée à la signature."
                    erreur={erreurScan}
                  />
                  <div className="fr-grid-row fr-grid-row--gutters fr-mt-1w">
                    <div className="fr-col-12 fr-col-md-6 fr-col-lg-4">
                      <div className="fr-input-group">
                        <label className="fr-label" htmlFor={`${id}-${i}-date`}>
                          Date de la signature <span className="fr-hint-text">Celle écrite sur le document signé.</span>
                        </label>
                        <input id={`${id}-${i}-date`} name="dateSignature" type="date" className="fr-input" max={aujourdhui()} required />
                      </div>
                    </div>
                    <div className="fr-col-12 fr-col-md-6 fr-col-lg-4">
                      <div className="fr-input-group">
                        <label className="fr-label" htmlFor={`${id}-${i}-lieu-scan`}>
                          Lieu <span className="fr-hint-text">« Fait à … »</span>
                        </label>
                        <input id={`${id}-${i}-lieu-scan`} name="lieu" className="fr-input" defaultValue={e.lieu ?? "Paris"} />
                      </div>
                    </div>
                  </div>
                  {dateAConfirmer?.etape === e.id && (
                    <div className="fr-alert fr-alert--warning fr-alert--sm fr-mb-2w" role="alert">
                      <p>{dateAConfirmer.message}</p>
                      <div className="fr-input-group fr-mt-2w fr-mb-0">
                        <label className="fr-label" htmlFor={`${id}-${i}-motif`}>
                          Pourquoi cette date <span className="fr-hint-text">{dateAConfirmer.motif}</span>
                        </label>
                        <textarea
                          id={`${id}-${i}-motif`}
                          name="motifDate"
                          className="fr-input"
                          rows={2}
                          required
                          minLength={MOTIF_DATE_MIN}
                        />
                      </div>
                    </div>
                  )}
                  <div className="fr-mt-2w">
                    <button type="submit" className="fr-btn fr-btn--secondary" disabled={pending}>
                      {dateAConfirmer?.etape === e.id ? "Confirmer la date et enregistrer le scan" : "Enregistrer le scan"}
                    </button>
                  </div>
                  {etatEnvoi && (
                    <p role="status" className="fr-text--sm fr-mt-1w">
                      {etatEnvoi}
                    </p>
                  )}
                </form>
              </details>
            )}
          </li>
        ))}
      </ol>
      {signatures.certificat && <PdfDownloadButton href={certificatHref} label="Télécharger le certificat de signature (PDF)" />}
      {!motDePasse && !proConnect && signatures.etapes.some((e) => e.auTour) && (
        <p className="fr-text--sm">
          Votre compte n&apos;a pas de mot de passe et ProConnect n&apos;est pas configuré ici : déposez le scan de la signature papier.
        </p>
      )}
    </section>
  );
}
