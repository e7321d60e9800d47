import { Header } from "@codegouvfr/react-dsfr/Header";
import { LIBELLES_ROLE } from "@/lib/domain/roles";
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
                text: `${agent.nom} · ${LIBELLES_ROLE[agent.role]}`,
                linkProps: { href: "/conventions" },
              },
              {
                iconId: "fr-icon-notification-3-line",
                text: nonLues ? `Notifications (${nonLues})` : "Notifications",
                linkProps: {
                  href: "/notifications",
                  title: nonLues ? `${nonLues} notification${nonLues > 1 ? "s" : ""} non lue${nonLues > 1 ? "s" : ""}` : undefined,
                },
              },
              <LogoutButton key="logout" />,
            ]
          : []
      }
      navigation={agent ? <MainNav /> : undefined}
    />
  );
}
