"use client";
// « Vie de la convention », once signed by every party: its dates as the app computes them (entry
// into force from its duration article, end — or the end of a notice, or its closure —, the last day
// to give notice), its deadlines, and what may be recorded: the notification to the parties, a notice
// given by a party, the closure once every operation is settled — each dated and confirmed.
import { useId, useState, type ReactNode } from "react";
import { FormProvider, useForm, useFormContext, type FieldValues } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import { clotureSchema, denonciationSchema, notificationSchema } from "@/lib/schemas/vie";
import { formatDateLongue } from "@/lib/domain/dates";
import { LIBELLES_CAUSE_FIN, LIBELLES_POINT_DEPART, LIBELLES_RAPPEL } from "@/lib/domain/echeances";
import type { VieVue } from "@/lib/views/vie";
import type { Action } from "@/lib/actions/result";
import { SelectField, TextArea, TextField } from "@/components/form/fields";
import { useEnvoi } from "@/components/form/useEnvoi";
import { Bandeau, type Message } from "@/components/dsfr/Bandeau";

type Entree<S extends z.ZodType> = z.input<S>;
export type ActionsVie = {
  notifier: Action<Entree<typeof notificationSchema>, unknown>;
  denoncer: Action<Entree<typeof denonciationSchema>, { fin: string }>;
  clore: Action<Entree<typeof clotureSchema>, unknown>;
};

const date = (d: string | null) => (d ? formatDateLongue(d) : "—");

export function VieConvention({ vie, actions }: { vie: VieVue; actions: ActionsVie }) {
  const [message, setMessage] = useState<Message>();
  const fait = (texte: string) => () => setMessage({ ok: true, texte });
  const lignes: [string, string][] = [
    ["Dernière signature", date(vie.dateSignature)],
    ...(vie.pointDepart === "NOTIFICATION"
      ? ([["Notification aux parties", vie.dateNotification ? date(vie.dateNotification) : "à enregistrer"]] as [string, string][])
      : []),
    ["Publication", vie.datePublication ? date(vie.datePublication) : "à faire (voir « Publication »)"],
    [
      "Entrée en vigueur",
      vie.entreeEnVigueur
        ? `${date(vie.entreeEnVigueur)} (à compter de ${LIBELLES_POINT_DEPART[vie.pointDepart]})${vie.datePublication ? "" : ", opposable aux tiers une fois publiée"}`
        : vie.pointDepart === "NOTIFICATION"
          ? "à la notification, quand elle sera enregistrée"
          : vie.pointDepart === "PUBLICATION"
            ? "à la publication, quand elle sera faite"
            : "à la date stipulée, à compléter dans la convention",
    ],
    [vie.regleDuree === "JUSQU_AU_REGLEMENT" ? "Fin par défaut" : "Date de fin", date(vie.dateFin)],
    ...(vie.dernierJourPreavis
      ? ([["Dernier jour pour dénoncer", `${date(vie.dernierJourPreavis)} (préavis de ${vie.preavisMois} mois)`]] as [string, string][])
      : []),
    ...(vie.denonciation
      ? ([
          [
            "Dénonciation",
            `par ${vie.denonciation.partie} le ${date(vie.denonciation.date)}${vie.denonciation.motif ? ` — ${vie.denonciation.motif}` : ""}`,
          ],
        ] as [string, string][])
      : []),
    ...(vie.cloture
      ? ([["Clôture", `le ${date(vie.cloture.date)}${vie.cloture.motif ? ` — ${vie.cloture.motif}` : ""}`]] as [string, string][])
      : []),
    ["Fin effective", vie.fin ? `${date(vie.fin.date)} (${LIBELLES_CAUSE_FIN[vie.fin.cause]})` : "—"],
  ];
  return (
    <section id="vie" aria-labelledby="titre-vie" className="fr-mb-4w">
      <h2 id="titre-vie" className="fr-h4">
        Vie de la convention
      </h2>
      <Bandeau message={message} />
      <div className="fr-table fr-table--no-caption fr-mb-2w">
        <table>
          <caption>Dates de la convention</caption>
          <tbody>
            {lignes.map(([quoi, valeur]) => (
              <tr key={quoi}>
                <th scope="row">{quoi}</th>
                <td>{valeur}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {vie.echeances.map((e) => (
        <div key={e.type} className="fr-alert fr-alert--sm fr-alert--warning fr-mb-2w">
          <p>
            <strong>{LIBELLES_RAPPEL[e.type]}.</strong> {e.message}
          </p>
        </div>
      ))}
      {vie.droits.notifier && (
        <Volet titre={vie.dateNotification ? "Corriger la date de notification" : "Enregistrer la notification"}>
          {(fermer) => (
            <Formulaire
              schema={notificationSchema}
              action={actions.notifier}
              valeurs={{ conventionId: vie.conventionId, version: vie.version, dateNotification: vie.dateNotification ?? "" }}
              nom="Notification aux parties"
              fermer={() => (fermer(), fait("Notification enregistrée.")())}
              bouton="Enregistrer la notification"
            >
              <TextField
                name="dateNotification"
                type="date"
                label="Date de notification aux parties"
                hint="La convention court à compter de cette date (son article de durée le dit)"
              />
            </Formulaire>
          )}
        </Volet>
      )}
      {vie.droits.denoncer && (
        <Volet titre="Dénoncer la convention">
          {(fermer) => (
            <Formulaire
              schema={denonciationSchema}
              action={actions.denoncer}
              valeurs={{
                conventionId: vie.conventionId,
                version: vie.version,
                partieId: "",
                dateDenonciation: "",
                motif: "",
                confirmation: false,
              }}
              nom="Dénonciation"
              fermer={() => (
                fermer(),
                fait("Dénonciation enregistrée : la fin qu'elle donne est indiquée ci-dessous, les autres parties sont prévenues.")()
              )}
              bouton="Enregistrer la dénonciation"
            >
              <SelectField
                name="partieId"
                label="Partie qui dénonce"
                placeholder="Choisir"
                options={vie.parties.map((p) => ({ value: p.id, label: p.libelle }))}
              />
              <TextField
                name="dateDenonciation"
                type="date"
                label="Date de la dénonciation"
                hint={`La convention prendra fin ${vie.preavisMois} mois après (préavis)`}
              />
              <TextArea name="motif" label="Motif" rows={3} />
              <Confirmation texte="Je confirme que cette partie a dénoncé la convention par écrit à cette date." />
            </Formulaire>
          )}
        </Volet>
      )}
      {vie.droits.clore && (
        <Volet titre="Clore la convention">
          {(fermer) => (
            <Formulaire
              schema={clotureSchema}
              action={actions.clore}
              valeurs={{ conventionId: vie.conventionId, version: vie.version, dateCloture: "", motif: "", confirmation: false }}
              nom="Clôture"
              fermer={() => (fermer(), fait("Clôture enregistrée : la convention est terminée.")())}
              bouton="Enregistrer la clôture"
            >
              <TextField name="dateCloture" type="date" label="Date de la clôture" />
              <TextArea
                name="motif"
                label="Ce qui permet de clore"
                hint="Ex. toutes les opérations sont soldées, compte rendu de gestion remis"
                rows={3}
              />
              <Confirmation texte="Je confirme que toutes les opérations de la convention sont soldées." />
            </Formulaire>
          )}
        </Volet>
      )}
    </section>
  );
}

function Volet({ titre, children }: { titre: string; children: (fermer: () => void) => ReactNode }) {
  const [ouvert, setOuvert] = useState(false);
  return (
    <div className="fr-mb-2w">
      <button type="button" className="fr-btn fr-btn--sm fr-btn--secondary" aria-expanded={ouvert} onClick={() => setOuvert((o) => !o)}>
        {titre}
      </button>
      {ouvert && <div className="fr-mt-2w">{children(() => setOuvert(false))}</div>}
    </div>
  );
}

function Confirmation({ texte }: { texte: string }) {
  const { register, formState } = useFormContext();
  const id = useId();
  const erreur = formState.errors.confirmation?.message as string | undefined;
  return (
    <div className={`fr-checkbox-group fr-mb-2w ${erreur ? "fr-checkbox-group--error" : ""}`}>
      <input type="checkbox" id={id} aria-describedby={`${id}-messages`} {...register("confirmation")} />
      <label className="fr-label" htmlFor={id}>
        {texte}
      </label>
      <div id={`${id}-messages`} aria-live="polite">
        {erreur && <p className="fr-error-text">{erreur}</p>}
      </div>
    </div>
  );
}

function Formulaire<S extends z.ZodType<FieldValues, FieldValues>>({
  schema,
  action,
  valeurs,
  nom,
  fermer,
  bouton,
  children,
}: {
  schema: S;
  action: Action<z.input<S>, unknown>;
  valeurs: z.input<S>;
  nom: string;
  fermer: () => void;
  bouton: string;
  children: ReactNode;
}) {
  const form = useForm<z.input<S>, unknown, z.output<S>>({ resolver: zodResolver(schema) as never, defaultValues: valeurs as never });
  const { onSubmit, bandeau } = useEnvoi(action, form, () => "", fermer);
  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate aria-label={nom}>
        {bandeau}
        {children}
        <button type="submit" className="fr-btn fr-btn--sm">
          {bouton}
        </button>
      </form>
    </FormProvider>
  );
}
