import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { LIBELLES_STATUT, type Statut } from "@/lib/domain/statut";

const SEVERITE: Record<Statut, "new" | "info" | "warning" | "success" | undefined> = {
  BROUILLON: undefined,
  EN_REVUE: "info",
  PRETE_A_SIGNER: "new",
  SIGNEE_PARTIELLEMENT: "warning",
  SIGNEE: "success",
  PUBLIEE: "success",
  EN_VIGUEUR: "success",
  TERMINEE: undefined,
};

export function StatutBadge({ statut, small = true }: { statut: Statut; small?: boolean }) {
  return (
    // A <span>: a badge sits inside a sentence or a paragraph (a <p> inside a <p> breaks hydration).
    <Badge as="span" severity={SEVERITE[statut]} small={small} noIcon>
      {LIBELLES_STATUT[statut]}
    </Badge>
  );
}
