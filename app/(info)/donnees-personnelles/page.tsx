import { Lien } from "@/components/navigation/lien";
import { identiteService } from "@/lib/server/service-public";
import { DUREE_SESSION_S } from "@/lib/server/auth/sessions";
import { CONSERVATION_TENTATIVES_MS } from "@/lib/server/auth/password-login";
import { ALIAS_COLONNES } from "@/lib/domain/execution/entetes";
import { ContactService, Mention } from "@/components/info/Mention";
import { SERVICE_TITLE } from "@/components/layout/AppHeader";

export const metadata = { title: "Données personnelles" };

// RGPD (règlement (UE) 2016/679), art. 13: who processes, why, on which basis, what, for how long, for
// whom, which rights. The durations are the app's own constants, not a second copy of them.
export default function DonneesPersonnelles() {
  const s = identiteService();
  const heuresSession = DUREE_SESSION_S / 3600;
  const heuresTentatives = CONSERVATION_TENTATIVES_MS / 3_600_000;
  // (« Type de montant.1 »: SAP's name of the second column of that name, the movement code.)
  const colonnesChorus = [...new Set(ALIAS_COLONNES.map((c) => c.libelle.replace(/\.\d+$/, "")))].join(", ");
  return (
    <div className="fr-col-12 fr-col-md-10 fr-col-lg-8">
      <h1>Données personnelles</h1>
      <h2>Responsable du traitement</h2>
      <p>
        Le service « {SERVICE_TITLE} » est mis en œuvre par <Mention m={s.editeur} />, responsable du traitement.
      </p>

      <h2>Finalités</h2>
      <p>
        Rédiger, relire, signer, publier et suivre l&apos;exécution financière des conventions de délégation de gestion entre services de
        l&apos;État et de leurs avenants ; garder la preuve de qui a fait quoi ; sécuriser l&apos;accès au service.
      </p>

      <h2>Base légale</h2>
      <p>
        Le traitement est nécessaire à l&apos;exécution d&apos;une mission d&apos;intérêt public dont est investi le responsable du
        traitement (RGPD, article 6, paragraphe 1, point e), dans le cadre du décret n° 2004-1085 du 14 octobre 2004 relatif à la délégation
        de gestion dans les services de l&apos;État.
      </p>

      <h2>Données traitées</h2>
      <div className="fr-table fr-table--bordered">
        <table>
          <caption>Données personnelles et durée de conservation</caption>
          <thead>
            <tr>
              <th scope="col">Données</th>
              <th scope="col">Origine</th>
              <th scope="col">Durée de conservation</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <td>Compte de l&apos;agent : nom, adresse électronique professionnelle, rôle, organisation, date de dernière connexion</td>
              <td>L&apos;administrateur, ou ProConnect à la connexion</td>
              <td>Tant que le compte existe ; un compte désactivé est gardé pour l&apos;historique des documents</td>
            </tr>
            <tr>
              <td>Session de connexion</td>
              <td>La connexion</td>
              <td>{heuresSession} heures au plus ; effacée 24 heures après son expiration</td>
            </tr>
            <tr>
              <td>Tentatives de connexion échouées : adresse électronique saisie, adresse IP</td>
              <td>Le formulaire de connexion</td>
              <td>{heuresTentatives} heures (elles servent à ralentir les essais de mots de passe)</td>
            </tr>
            <tr>
              <td>Vérifications d&apos;une publication : adresse IP et heure (le fichier déposé n&apos;est pas conservé)</td>
              <td>La page « Vérifier une publication »</td>
              <td>24 heures au plus (elles servent à limiter le nombre de vérifications par adresse)</td>
            </tr>
            <tr>
              <td>
                Représentants et signataires nommés dans les conventions : nom, qualité, signature (bloc, date, lieu, scan de la signature
                manuscrite, certificat et trace de la nouvelle authentification pour une signature dans l&apos;application)
              </td>
              <td>Les rédacteurs, les signataires, les documents importés</td>
              <td>Autant que la convention ou l&apos;avenant, qui sont des archives publiques</td>
            </tr>
            <tr>
              <td>Journal des actions (qui a fait quoi, quand, avant et après), commentaires de revue, notifications</td>
              <td>L&apos;utilisation du service</td>
              <td>Autant que le document concerné</td>
            </tr>
            <tr>
              <td>
                Extraits CHORUS : seules les colonnes utiles au suivi sont lues ({colonnesChorus}) ; les coordonnées bancaires ne sont
                jamais lues et sont retirées de la copie conservée. Le nom d&apos;un fournisseur peut être celui d&apos;une personne.
              </td>
              <td>Les agents des finances de la DINUM</td>
              <td>Autant que la convention concernée</td>
            </tr>
          </tbody>
        </table>
      </div>

      <h2>Destinataires</h2>
      <p>
        Les agents habilités du service, selon leur rôle et les conventions de leur organisation ; pour les documents publiés, le public
        (bulletin officiel, data.gouv.fr). Les données sont hébergées par : <Mention m={s.hebergeur} />. Aucune donnée n&apos;est transférée
        hors de l&apos;Union européenne ni cédée à un tiers.
      </p>

      <h2>Vos droits</h2>
      <p>
        Vous disposez d&apos;un droit d&apos;accès, de rectification, de limitation et d&apos;opposition sur les données qui vous
        concernent. Pour les exercer, ou pour toute question sur ce traitement, écrivez à : <ContactService m={s.contact} />. Si vous
        estimez, après nous avoir contactés, que vos droits ne sont pas respectés, vous pouvez adresser une réclamation à la{" "}
        <a
          href="https://www.cnil.fr/fr/plaintes"
          target="_blank"
          rel="noopener noreferrer"
          title="Réclamation auprès de la CNIL - nouvelle fenêtre"
        >
          Commission nationale de l&apos;informatique et des libertés (CNIL)
        </a>
        .
      </p>

      <h2>Cookies</h2>
      <p>
        Seuls des cookies strictement nécessaires à la connexion sont déposés (voir les{" "}
        <Lien href="/mentions-legales">mentions légales</Lien>) : aucun suivi, aucune mesure d&apos;audience.
      </p>
    </div>
  );
}
