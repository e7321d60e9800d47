"use client";
// « Transmission aux contrôleurs »: each recipient the text names (or added), how and when a signed
// copy was sent, and its acknowledgement; a copy sent by e-mail from the app (the signed PDF
// attached) is followed on the page until it leaves.
import { useEffect, useState } from "react";
import { useRouter } from "next/navigation";
import { FormProvider, useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import { transmissionSchema, type TransmissionInput } from "@/lib/schemas/transmission";
import { LIBELLES_ETAT_TRANSMISSION } from "@/lib/domain/transmissions";
import { formatDateLongue } from "@/lib/domain/dates";
import type { TransmissionsVue, TransmissionVue } from "@/lib/views/transmissions";
import type { Action } from "@/lib/actions/result";
import { TextField } from "@/components/form/fields";
import { useEnvoi } from "@/components/form/useEnvoi";
import { ButtonsGroup } from "@/components/dsfr/ButtonsGroup";

export type ActionTransmission = Action<TransmissionInput, { version: number; etat: string }>;

const BADGE: Record<TransmissionVue["etat"], string> = {
  A_ENVOYER: "fr-badge--new",
  EN_COURS: "fr-badge--info",
  ENVOYEE: "fr-badge--warning",
  ACCUSEE: "fr-badge--success",
  EN_ERREUR: "fr-badge--error",
};

export function TransmissionsDocument({ vue, action }: { vue: TransmissionsVue; action: ActionTransmission }) {
  const router = useRouter();
  const enCours = vue.lignes.some((l) => l.etat === "EN_COURS");
  useEffect(() => {
    if (!enCours) return;
    const t = setInterval(() => router.refresh(), 2000);
    return () => clearInterval(t);
  }, [enCours, router]);
  return (
    <section id="transmissions" aria-labelledby="titre-transmissions" className="fr-mb-4w">
      <h2 id="titre-transmissions" className="fr-h4">
        Transmission aux contrôleurs
      </h2>
      <p>
        Les exemplaires signés à communiquer aux contrôleurs budgétaires et comptables et aux comptables que le texte désigne. Sans accusé
        de réception 15 jours après l&apos;envoi, une relance est signalée.
      </p>
      {vue.lignes.length === 0 && <p>Le texte ne désigne aucun destinataire : ajoutez-en un si besoin.</p>}
      <ul className="fr-raw-list">
        {vue.lignes.map((l) => (
          <li key={l.destinataire} className="fr-mb-2w">
            <Destinataire ligne={l} vue={vue} action={action} />
          </li>
        ))}
      </ul>
      {vue.peutTransmettre && <Ajout vue={vue} action={action} />}
    </section>
  );
}

function Destinataire({ ligne: l, vue, action }: { ligne: TransmissionVue; vue: TransmissionsVue; action: ActionTransmission }) {
  const [ouvert, setOuvert] = useState(false);
  const id = `transmission-${l.destinataire}`.replace(/[^\w-]/g, "_");
  return (
    <div className="fr-card fr-card--no-arrow fr-p-2w" aria-labelledby={id}>
      <h3 id={id} className="fr-h6 fr-mb-1w">
        {l.destinataire} <span className={`fr-badge fr-badge--sm ${BADGE[l.etat]}`}>{LIBELLES_ETAT_TRANSMISSION[l.etat]}</span>
      </h3>
      <p className="fr-text--sm fr-mb-1w">
        {[
          l.adresse,
          l.dateEnvoi && `envoyé le ${formatDateLongue(l.dateEnvoi)}${l.methode === "COURRIEL" ? " par courriel" : ""}`,
          l.dateAccuse && `réception accusée le ${formatDateLongue(l.dateAccuse)}${l.referenceAccuse ? ` (${l.referenceAccuse})` : ""}`,
        ]
          .filter(Boolean)
          .join(" — ") || "Rien d'envoyé pour l'instant."}
      </p>
      {l.relance && (
        <div className="fr-alert fr-alert--sm fr-alert--warning fr-mb-1w">
          <p>Pas d&apos;accusé de réception 15 jours après l&apos;envoi : relancez ce destinataire.</p>
        </div>
      )}
      {l.message && (
        <div className={`fr-alert fr-alert--sm fr-mb-1w ${l.etat === "EN_ERREUR" ? "fr-alert--error" : "fr-alert--info"}`}>
          <p>{l.message}</p>
        </div>
      )}
      {vue.peutTransmettre && l.etat !== "EN_COURS" && l.etat !== "ACCUSEE" && (
        <button type="button" className="fr-btn fr-btn--sm fr-btn--secondary" aria-expanded={ouvert} onClick={() => setOuvert((o) => !o)}>
          {l.etat === "ENVOYEE"
            ? `Enregistrer l'accusé de réception (${l.destinataire})`
            : `Envoyer ou enregistrer l'envoi (${l.destinataire})`}
        </button>
      )}
      {ouvert && <FormulaireDestinataire ligne={l} vue={vue} action={action} fermer={() => setOuvert(false)} />}
    </div>
  );
}

function FormulaireDestinataire({
  ligne: l,
  vue,
  action,
  fermer,
}: {
  ligne: TransmissionVue;
  vue: TransmissionsVue;
  action: ActionTransmission;
  fermer: () => void;
}) {
  const form = useForm<TransmissionInput, unknown, z.output<typeof transmissionSchema>>({
    resolver: zodResolver(transmissionSchema),
    defaultValues: {
      conventionId: vue.conventionId,
      numero: vue.numero,
      destinataire: l.destinataire,
      quoi: l.etat === "ENVOYEE" ? "accuser" : "envoyer",
      adresse: l.adresse ?? "",
      dateEnvoi: "",
      dateAccuse: "",
      referenceAccuse: "",
      version: l.version,
    },
  });
  const { onSubmit, bandeau } = useEnvoi(action, form, () => "Enregistré.", fermer);
  const envoyer = (quoi: TransmissionInput["quoi"]) => () => form.setValue("quoi", quoi);
  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate aria-label={`Transmission : ${l.destinataire}`} className="fr-mt-2w">
        {bandeau}
        {l.etat === "ENVOYEE" ? (
          <>
            <TextField name="dateAccuse" type="date" label={`Date de l'accusé de réception (${l.destinataire})`} />
            <TextField name="referenceAccuse" label="Référence de l'accusé" hint="Facultative (ex. numéro d'enregistrement)" />
            <button type="submit" className="fr-btn fr-btn--sm">
              Enregistrer l&apos;accusé de réception
            </button>
          </>
        ) : (
          <>
            <TextField
              name="adresse"
              type="email"
              label={`Adresse électronique (${l.destinataire})`}
              hint="Pour un envoi par courriel depuis l'application"
            />
            <TextField
              name="dateEnvoi"
              type="date"
              label={`Date d'envoi (${l.destinataire})`}
              hint="Pour un envoi fait hors de l'application"
            />
            <ButtonsGroup inline="sm">
              {vue.courrielPossible && (
                <button type="submit" className="fr-btn fr-btn--sm fr-icon-mail-line fr-btn--icon-left" onClick={envoyer("courriel")}>
                  Envoyer le PDF signé par courriel
                </button>
              )}
              <button type="submit" className="fr-btn fr-btn--sm fr-btn--secondary" onClick={envoyer("envoyer")}>
                Enregistrer l&apos;envoi fait à la main
              </button>
            </ButtonsGroup>
          </>
        )}
      </form>
    </FormProvider>
  );
}

function Ajout({ vue, action }: { vue: TransmissionsVue; action: ActionTransmission }) {
  const [ouvert, setOuvert] = useState(false);
  const form = useForm<TransmissionInput, unknown, z.output<typeof transmissionSchema>>({
    resolver: zodResolver(transmissionSchema),
    defaultValues: {
      conventionId: vue.conventionId,
      numero: vue.numero,
      destinataire: "",
      quoi: "ajouter",
      adresse: "",
      dateEnvoi: "",
      dateAccuse: "",
      referenceAccuse: "",
      version: null,
    },
  });
  const { onSubmit, bandeau } = useEnvoi(
    action,
    form,
    () => "Destinataire ajouté.",
    () => (form.reset(), setOuvert(false)),
  );
  return (
    <>
      <button
        type="button"
        className="fr-btn fr-btn--sm fr-btn--tertiary fr-icon-add-line fr-btn--icon-left"
        aria-expanded={ouvert}
        onClick={() => setOuvert((o) => !o)}
      >
        Ajouter un destinataire
      </button>
      {ouvert && (
        <FormProvider {...form}>
          <form onSubmit={onSubmit} noValidate aria-label="Ajouter un destinataire" className="fr-mt-2w">
            {bandeau}
            <TextField name="destinataire" label="Destinataire" hint="Ex. CBCM du ministère des Armées, comptable assignataire" />
            <TextField name="adresse" type="email" label="Adresse électronique (facultative)" />
            <button type="submit" className="fr-btn fr-btn--sm fr-btn--secondary">
              Ajouter ce destinataire
            </button>
          </form>
        </FormProvider>
      )}
    </>
  );
}
