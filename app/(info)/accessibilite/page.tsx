import { Lien } from "@/components/navigation/lien";
import { identiteService } from "@/lib/server/service-public";
import { ContactService, Mention } from "@/components/info/Mention";
import { SERVICE_TITLE } from "@/components/layout/AppHeader";

export const metadata = { title: "Déclaration d'accessibilité" };

// RGAA 4.1 (arrêté du 20 septembre 2019), loi n° 2005-102 du 11 février 2005, art. 47: the statement's
// required parts — state of compliance, non-accessible content, how it was established, feedback, remedy.
const ETABLIE_LE = "7 décembre 2026";

export default function Accessibilite() {
  const s = identiteService();
  return (
    <div className="fr-col-12 fr-col-md-10 fr-col-lg-8">
      <h1>Déclaration d&apos;accessibilité</h1>
      <p>
        <em>Établie le {ETABLIE_LE}.</em>
      </p>
      <p>
        <Mention m={s.editeur} /> s&apos;engage à rendre son service accessible, conformément à l&apos;article 47 de la loi n° 2005-102 du
        11 février 2005.
      </p>
      <p>Cette déclaration d&apos;accessibilité s&apos;applique au service « {SERVICE_TITLE} ».</p>

      <h2>État de conformité</h2>
      <p>
        Le service « {SERVICE_TITLE} » est <strong>partiellement conforme</strong> avec le référentiel général d&apos;amélioration de
        l&apos;accessibilité (RGAA), version 4.1, en raison des non-conformités énumérées ci-dessous.
      </p>

      <h2>Résultats des tests</h2>
      <p>
        Aucun audit externe n&apos;a encore été réalisé. L&apos;évaluation est interne : chaque parcours de l&apos;application est vérifié à
        chaque modification par des tests automatisés (axe-core, règles WCAG 2.1 niveaux A et AA), complétés de vérifications manuelles au
        clavier, au lecteur d&apos;écran et à 390 pixels de large.
      </p>

      <h2>Contenus non accessibles</h2>
      <h3>Non-conformités</h3>
      <ul>
        <li>
          Les PDF produits par l&apos;application (projets, versions figées, exemplaires signés, comptes rendus) ne sont pas balisés : leur
          structure (titres, tableaux) n&apos;est pas restituée par les lecteurs d&apos;écran. Le même contenu est lisible en HTML sur la
          fiche de chaque convention et de chaque avenant.
        </li>
        <li>
          Les graphiques du suivi financier et des statistiques ne sont pas entièrement restitués par les technologies d&apos;assistance ;
          chacun est accompagné d&apos;un tableau présentant les mêmes chiffres.
        </li>
        <li>
          À l&apos;import d&apos;un document numérisé, l&apos;image de la page originale n&apos;a pas d&apos;alternative textuelle propre :
          le texte lu par reconnaissance de caractères est présenté à côté, champ par champ.
        </li>
      </ul>
      <h3>Contenus non soumis à l&apos;obligation d&apos;accessibilité</h3>
      <ul>
        <li>
          Les documents déposés par les utilisateurs (scans de signatures manuscrites, originaux importés), qui sont conservés tels quels
          comme pièces probantes.
        </li>
      </ul>

      <h2>Établissement de cette déclaration</h2>
      <p>Technologies utilisées : HTML, CSS, JavaScript (système de design de l&apos;État, DSFR).</p>
      <p>Environnement de test : Chromium avec axe-core ; navigation au clavier ; lecteur d&apos;écran NVDA avec Firefox.</p>
      <p>Pages vérifiées :</p>
      <ul>
        <li>Connexion ; liste et recherche des conventions ; fiche d&apos;une convention et d&apos;un avenant ;</li>
        <li>rédaction d&apos;une convention et d&apos;un avenant ; revue par section ; signature ; vérification d&apos;un PDF ;</li>
        <li>suivi financier et exécution d&apos;une convention ; import d&apos;un extrait CHORUS ; import d&apos;un document ;</li>
        <li>
          référentiel ; notifications ; pages d&apos;information (accessibilité, mentions légales, données personnelles, statistiques).
        </li>
      </ul>

      <h2>Retour d&apos;information et contact</h2>
      <p>
        Si vous n&apos;arrivez pas à accéder à un contenu ou à un service, vous pouvez contacter le responsable du service pour être orienté
        vers une alternative accessible ou obtenir le contenu sous une autre forme : <ContactService m={s.contact} />.
      </p>

      <h2>Voies de recours</h2>
      <p>
        Si vous constatez un défaut d&apos;accessibilité vous empêchant d&apos;accéder à un contenu ou à une fonctionnalité du service, que
        vous nous le signalez et que vous ne parvenez pas à obtenir une réponse de notre part, vous êtes en droit de faire parvenir vos
        doléances ou une demande de saisine au Défenseur des droits :
      </p>
      <ul>
        <li>
          par le{" "}
          <a
            href="https://formulaire.defenseurdesdroits.fr/"
            target="_blank"
            rel="noopener noreferrer"
            title="Formulaire en ligne du Défenseur des droits - nouvelle fenêtre"
          >
            formulaire en ligne du Défenseur des droits
          </a>{" "}
          ;
        </li>
        <li>
          auprès de l&apos;un de ses{" "}
          <a
            href="https://www.defenseurdesdroits.fr/saisir/delegues"
            target="_blank"
            rel="noopener noreferrer"
            title="Délégués du Défenseur des droits dans votre région - nouvelle fenêtre"
          >
            délégués dans votre région
          </a>{" "}
          ;
        </li>
        <li>par courrier (gratuit, sans timbre) : Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07.</li>
      </ul>
      <p>
        Voir aussi les <Lien href="/mentions-legales">mentions légales</Lien> et la page{" "}
        <Lien href="/donnees-personnelles">données personnelles</Lien>.
      </p>
    </div>
  );
}
