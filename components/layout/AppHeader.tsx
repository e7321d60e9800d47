import { Header } from "@codegouvfr/react-dsfr/Header";
import { libelleRoles, rolesCan } from "@/lib/domain/roles";
import type { Agent } from "@/lib/views/agent";
import { LogoutButton } from "./LogoutButton";
import { MainNav } from "./MainNav";

export const SERVICE_TITLE = "Conventions de délégation de gestion";

export function AppHeader({ agent, nonLues = 0 }: { agent: Agent | null; nonLues?: number }) {
  return (
    <Header
      brandTop={
        <>
          République
          <br />
          Française
        </>
      }
      homeLinkProps={{ href: "/", title: `Accueil — ${SERVICE_TITLE}` }}
      serviceTitle={SERVICE_TITLE}
      serviceTagline="Rédiger, relire, signer, suivre et publier les délégations de gestion"
      quickAccessItems={
        agent
          ? [
              {
                iconId: "fr-icon-account-circle-line",
                text: `${agent.nom} · ${libelleRoles(agent.roles)}`,
                linkProps: { href: "/conventions" },
              },
              <LogoutButton key="logout" />,
            ]
          : []
      }
      navigation={
        agent ? (
          <MainNav
            nonLues={nonLues}
            finance={rolesCan(agent.roles, "finance.suivre")}
            administration={rolesCan(agent.roles, "utilisateur.gerer")}
          />
        ) : undefined
      }
    />
  );
}
