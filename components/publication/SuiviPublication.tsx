"use client";
// « Publication » of a document signed by every party: each channel its text names (or added), its
// state and its references; recorded by hand with the references each channel needs (said at the
// field), or — for data.gouv.fr when the server is configured — uploaded by the app, its progress
// followed on the page. The document is « publiée » when every required channel is.
import { useEffect, useState } from "react";
import { useRouter } from "next/navigation";
import { FormProvider, useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import { canalPublicationSchema, type CanalPublicationInput } from "@/lib/schemas/publication";
import { LIBELLES_ETAT_PUBLICATION, type EtatPublication } from "@/lib/domain/publication";
import { formatDateLongue, formatInstant } from "@/lib/domain/dates";
import type { CanalVue, SuiviPublicationVue } from "@/lib/views/publication";
import { appeler, type Action } from "@/lib/actions/result";
import { TextField } from "@/components/form/fields";
import { useEnvoi } from "@/components/form/useEnvoi";
import { Bandeau, type Message } from "@/components/dsfr/Bandeau";
import { ButtonsGroup } from "@/components/dsfr/ButtonsGroup";

type Ref = { conventionId: string; numero?: number | null };
export type ActionsPublication = {
  enregistrer: Action<CanalPublicationInput, { version: number; publiee: boolean }>;
  retirer: Action<Ref & { libelle: string; version: number }, void>;
  televerser: Action<Ref, { etat: "EN_COURS" }>;
};

const BADGE: Record<EtatPublication, string> = {
  A_FAIRE: "fr-badge--new",
  EN_COURS: "fr-badge--info",
  PUBLIEE: "fr-badge--success",
  EN_ERREUR: "fr-badge--error",
};

/** How often the page asks where an upload stands. */
const SUIVI_MS = 2000;

export function SuiviPublication({ suivi, actions }: { suivi: SuiviPublicationVue; actions: ActionsPublication }) {
  const router = useRouter();
  const enCours = suivi.canaux.some((c) => c.etat === "EN_COURS");
  useEffect(() => {
    if (!enCours) return;
    const t = setInterval(() => router.refresh(), SUIVI_MS);
    return () => clearInterval(t);
  }, [enCours, router]);
  const ref = { conventionId: suivi.conventionId, numero: suivi.numero };
  return (
    <section id="publication" aria-labelledby="titre-publication" className="fr-mb-4w">
      <h2 id="titre-publication" className="fr-h4">
        Publication
      </h2>
      {suivi.publiee ? (
        <p className="fr-mb-2w">
          <span className="fr-badge fr-badge--success">Publiée</span>{" "}
          {suivi.datePublication && <>le {formatDateLongue(suivi.datePublication)} (date de la dernière publication requise).</>}
        </p>
      ) : (
        <p className="fr-mb-2w">
          Le document est publié quand chaque canal requis l&apos;est : la délégation est alors opposable aux tiers (décret n° 2004-1085,
          art. 2).{" "}
          {suivi.article ? (
            <>Canaux proposés d&apos;après l&apos;{suivi.article.replace(/^Article/, "article")}.</>
          ) : (
            <>Le texte ne nomme aucun canal : le bulletin officiel du délégant et data.gouv.fr sont proposés.</>
          )}
        </p>
      )}
      <ul className="fr-raw-list">
        {suivi.canaux.map((c) => (
          <li key={`${c.canal}-${c.nomAutre}`} className="fr-mb-3w">
            <Canal canal={c} suivi={suivi} actions={actions} reference={ref} />
          </li>
        ))}
      </ul>
      {suivi.peutPublier && <AutreCanal suivi={suivi} actions={actions} reference={ref} />}
    </section>
  );
}

function Canal({
  canal: c,
  suivi,
  actions,
  reference,
}: {
  canal: CanalVue;
  suivi: SuiviPublicationVue;
  actions: ActionsPublication;
  reference: Ref;
}) {
  const [ouvert, setOuvert] = useState(false);
  const [message, setMessage] = useState<Message>();
  const router = useRouter();
  const titreId = `canal-${c.canal}-${c.nomAutre}`.replace(/[^\w-]/g, "_");
  const automatique = c.canal === "DATA_GOUV_FR" && suivi.televersementAutomatique;
  const modifiable = suivi.peutPublier && c.etat !== "EN_COURS";
  const televerser = async () => {
    setMessage(undefined);
    const r = await appeler(actions.televerser, reference);
    if (!r.ok) return setMessage({ ok: false, texte: r.message });
    router.refresh(); // « en cours », then followed until it ends (its state is said above)
  };
  return (
    <div className="fr-card fr-card--no-arrow fr-p-3w" aria-labelledby={titreId}>
      <h3 id={titreId} className="fr-h6 fr-mb-1w">
        {c.libelle} <span className={`fr-badge fr-badge--sm ${BADGE[c.etat]}`}>{LIBELLES_ETAT_PUBLICATION[c.etat]}</span>{" "}
        {!c.requis && <span className="fr-badge fr-badge--sm">Non requis</span>}
      </h3>
      <References canal={c} />
      {c.etat === "EN_COURS" && (
        <p className="fr-text--sm" role="status">
          Téléversement sur data.gouv.fr en cours{c.tentatives ? ` (essai ${c.tentatives + 1})` : ""}…{c.message ? ` ${c.message}` : ""}
        </p>
      )}
      {c.etat === "EN_ERREUR" && c.message && (
        <div className="fr-alert fr-alert--sm fr-alert--error fr-mb-2w">
          <p>{c.message}</p>
        </div>
      )}
      {c.majLe && (
        <p className="fr-text--xs fr-mb-1w">
          Mis à jour le {formatInstant(c.majLe)}
          {c.majPar ? ` par ${c.majPar}` : ""}.
        </p>
      )}
      <Bandeau message={message} />
      {modifiable && (
        <ButtonsGroup inline="sm">
          {automatique && c.etat !== "PUBLIEE" && (
            <button type="button" className="fr-btn fr-btn--sm fr-icon-upload-line fr-btn--icon-left" onClick={televerser}>
              {c.etat === "EN_ERREUR" ? "Réessayer le téléversement sur data.gouv.fr" : "Téléverser sur data.gouv.fr"}
            </button>
          )}
          <button
            type="button"
            className={`fr-btn fr-btn--sm ${automatique || c.etat === "PUBLIEE" ? "fr-btn--secondary" : ""}`}
            aria-expanded={ouvert}
            aria-controls={`${titreId}-form`}
            onClick={() => setOuvert((o) => !o)}
          >
            {c.etat === "PUBLIEE"
              ? `Corriger les références (${c.libelle})`
              : automatique
                ? `Enregistrer à la main (${c.libelle})`
                : `Enregistrer la publication (${c.libelle})`}
          </button>
        </ButtonsGroup>
      )}
      {ouvert && modifiable && (
        <div id={`${titreId}-form`}>
          <FormulaireCanal canal={c} suivi={suivi} actions={actions} reference={reference} fermer={() => setOuvert(false)} />
        </div>
      )}
    </div>
  );
}

function References({ canal: c }: { canal: CanalVue }) {
  const items = [
    c.nor && `NOR ${c.nor}`,
    c.numero && `n° ${c.numero}`,
    c.datePublication && `publié le ${formatDateLongue(c.datePublication)}`,
  ].filter(Boolean);
  if (!items.length && !c.url) return null;
  return (
    <p className="fr-text--sm fr-mb-1w">
      {items.join(", ")}
      {c.url && (
        <>
          {items.length ? " — " : ""}
          <a href={c.url} target="_blank" rel="noopener noreferrer" title={`${c.url} (nouvelle fenêtre)`}>
            {c.url}
          </a>
        </>
      )}
    </p>
  );
}

function FormulaireCanal({
  canal: c,
  suivi,
  actions,
  reference,
  fermer,
}: {
  canal: CanalVue;
  suivi: SuiviPublicationVue;
  actions: ActionsPublication;
  reference: Ref;
  fermer: () => void;
}) {
  const form = useForm<CanalPublicationInput, unknown, z.output<typeof canalPublicationSchema>>({
    resolver: zodResolver(canalPublicationSchema),
    defaultValues: {
      ...reference,
      canal: c.canal,
      libelle: c.nomAutre,
      requis: c.requis,
      publiee: true,
      nor: c.nor ?? "",
      numeroBulletin: c.numero ?? "",
      datePublication: c.datePublication ?? "",
      url: c.url ?? "",
      version: c.version,
    },
  });
  const { onSubmit, bandeau } = useEnvoi(
    actions.enregistrer,
    form,
    (d) => (d.publiee ? "Publication enregistrée : le document est publié." : "Publication enregistrée."),
    fermer,
  );
  const officiel = c.canal === "BULLETIN_OFFICIEL" || c.canal === "JOURNAL_OFFICIEL";
  const sansPublier = () => {
    form.setValue("publiee", false);
    void onSubmit();
  };
  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate aria-label={`Publication : ${c.libelle}`} className="fr-mt-2w">
        {bandeau}
        <div className="fr-grid-row fr-grid-row--gutters">
          {officiel && (
            <TextField
              className="fr-col-12 fr-col-md-4"
              name="nor"
              label={`NOR (${c.libelle})`}
              hint="12 caractères : 4 lettres, 2 chiffres de l'année, 5 chiffres, 1 lettre (ex. MENE2412345A)"
            />
          )}
          {c.canal === "BULLETIN_OFFICIEL" && (
            <TextField className="fr-col-12 fr-col-md-4" name="numeroBulletin" label="Numéro du bulletin" hint="Facultatif (ex. 12)" />
          )}
          <TextField
            className="fr-col-12 fr-col-md-4"
            name="datePublication"
            type="date"
            label={`Date de publication (${c.libelle})`}
            hint={suivi.derniereSignature ? `Pas avant la dernière signature, le ${formatDateLongue(suivi.derniereSignature)}` : undefined}
          />
          <TextField
            className="fr-col-12"
            name="url"
            type="url"
            label={`Adresse de la publication (${c.libelle})`}
            hint={officiel ? "Facultative pour le bulletin ou le journal officiel" : "https://…"}
          />
        </div>
        <div className="fr-checkbox-group fr-mb-2w">
          <input type="checkbox" id={`requis-${c.canal}-${c.nomAutre}`} {...form.register("requis")} />
          <label className="fr-label" htmlFor={`requis-${c.canal}-${c.nomAutre}`}>
            Canal requis pour que le document soit publié
          </label>
        </div>
        <ButtonsGroup inline="sm">
          <button type="submit" className="fr-btn fr-btn--sm" onClick={() => form.setValue("publiee", true)}>
            Enregistrer comme publiée
          </button>
          {c.etat !== "PUBLIEE" && (
            <button type="button" className="fr-btn fr-btn--sm fr-btn--secondary" onClick={sansPublier}>
              Enregistrer sans publier
            </button>
          )}
          {c.canal === "AUTRE" && c.version !== null && c.etat !== "PUBLIEE" && (
            <RetirerCanal canal={c} actions={actions} reference={reference} />
          )}
        </ButtonsGroup>
      </form>
    </FormProvider>
  );
}

function RetirerCanal({ canal: c, actions, reference }: { canal: CanalVue; actions: ActionsPublication; reference: Ref }) {
  const router = useRouter();
  const [message, setMessage] = useState<Message>();
  const retirer = async () => {
    if (!window.confirm(`Retirer le canal « ${c.libelle} » du suivi de la publication ?`)) return;
    const r = await appeler(actions.retirer, { ...reference, libelle: c.nomAutre, version: c.version! });
    if (!r.ok) return setMessage({ ok: false, texte: r.message });
    router.refresh();
  };
  return (
    <>
      <button type="button" className="fr-btn fr-btn--sm fr-btn--tertiary" onClick={retirer}>
        Retirer ce canal
      </button>
      <Bandeau message={message} />
    </>
  );
}

function AutreCanal({ suivi, actions, reference }: { suivi: SuiviPublicationVue; actions: ActionsPublication; reference: Ref }) {
  const [ouvert, setOuvert] = useState(false);
  const form = useForm<CanalPublicationInput, unknown, z.output<typeof canalPublicationSchema>>({
    resolver: zodResolver(canalPublicationSchema),
    defaultValues: {
      ...reference,
      canal: "AUTRE",
      libelle: "",
      requis: true,
      publiee: false,
      nor: "",
      numeroBulletin: "",
      datePublication: "",
      url: "",
      version: null,
    },
  });
  const { onSubmit, bandeau } = useEnvoi(
    actions.enregistrer,
    form,
    () => "Canal ajouté au suivi de la publication.",
    () => {
      form.reset();
      setOuvert(false);
    },
  );
  if (suivi.publiee) return null;
  return (
    <>
      <button
        type="button"
        className="fr-btn fr-btn--sm fr-btn--tertiary fr-icon-add-line fr-btn--icon-left"
        aria-expanded={ouvert}
        onClick={() => setOuvert((o) => !o)}
      >
        Ajouter un autre canal de publication
      </button>
      {ouvert && (
        <FormProvider {...form}>
          <form onSubmit={onSubmit} noValidate aria-label="Ajouter un canal de publication" className="fr-mt-2w">
            {bandeau}
            <TextField name="libelle" label="Nom du canal" hint="Ex. Recueil des actes administratifs, intranet du ministère" />
            <TextField name="url" type="url" label="Adresse (si elle est connue)" />
            <button type="submit" className="fr-btn fr-btn--sm fr-btn--secondary">
              Ajouter ce canal
            </button>
          </form>
        </FormProvider>
      )}
    </>
  );
}
