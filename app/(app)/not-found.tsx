import { PageNonTrouvee } from "@/components/layout/PageNonTrouvee";

export const metadata = { title: "Page non trouvée" };

// notFound() in a page of the app (a convention one may not see, an unknown avenant): inside the
// app's layout, which already draws the header and the navigation.
export default function NotFound() {
  return <PageNonTrouvee />;
}
