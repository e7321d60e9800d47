import { Lien } from "@/components/navigation/lien";
import { identiteService } from "@/lib/server/service-public";
import { ContactService, Mention } from "@/components/info/Mention";
import { SERVICE_TITLE } from "@/components/layout/AppHeader";

export const metadata = { title: "Mentions légales" };

// Loi n° 2004-575 du 21 juin 2004 pour la confiance dans l'économie numérique, art. 6: who publishes,
// who directs the publication, who hosts.
export default function MentionsLegales() {
  const s = identiteService();
  return (
    <div className="fr-col-12 fr-col-md-10 fr-col-lg-8">
      <h1>Mentions légales</h1>
      <h2>Éditeur</h2>
      <p>
        Le service « {SERVICE_TITLE} » est édité par : <Mention m={s.editeur} />.
      </p>
      <h2>Directeur ou directrice de la publication</h2>
      <p>
        <Mention m={s.directeurPublication} />
      </p>
      <h2>Hébergement</h2>
      <p>
        <Mention m={s.hebergeur} />
      </p>
      <h2>Contact</h2>
      <p>
        Pour toute question sur le service : <ContactService m={s.contact} />.
      </p>
      <h2>Accès au service</h2>
      <p>
        Le service est réservé aux agents de l&apos;État disposant d&apos;un compte ; seules les pages d&apos;information (accessibilité,
        mentions légales, données personnelles, statistiques) sont publiques. Toute tentative d&apos;accès non autorisé est interdite (code
        pénal, articles 323-1 et suivants).
      </p>
      <h2>Propriété intellectuelle</h2>
      <p>
        Les contenus produits par l&apos;administration (textes des conventions publiées, statistiques) sont des informations publiques
        réutilisables dans les conditions du code des relations entre le public et l&apos;administration (articles L. 321-1 et suivants). La
        marque de l&apos;État et le système de design de l&apos;État restent réservés aux services de l&apos;État.
      </p>
      <h2>Cookies</h2>
      <p>
        Le service ne dépose que des cookies strictement nécessaires à la connexion : la session de l&apos;agent connecté, la protection
        contre la falsification de requêtes et, pendant une connexion, la page où revenir. Il ne dépose aucun cookie de mesure
        d&apos;audience ni de publicité ; aucun consentement n&apos;est donc demandé. Le choix du thème clair ou sombre reste dans le
        navigateur.
      </p>
      <p>
        Voir aussi la page <Lien href="/donnees-personnelles">données personnelles</Lien> et la{" "}
        <Lien href="/accessibilite">déclaration d&apos;accessibilité</Lien>.
      </p>
    </div>
  );
}
