import { PageAccesRefuse } from "@/components/layout/PageAccesRefuse";

export const metadata = { title: "Accès non autorisé" };

// forbidden() in a page of the app (requireDroit): inside the app's layout, with a 403 status.
export default function Forbidden() {
  return <PageAccesRefuse />;
}
