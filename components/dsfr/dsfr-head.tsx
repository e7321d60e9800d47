import Link from "next/link";
import { DsfrHeadBase, createGetHtmlAttributes } from "@codegouvfr/react-dsfr/next-app-router/server-only-index";

export const { getHtmlAttributes } = createGetHtmlAttributes({ defaultColorScheme: "system" });

export function DsfrHead() {
  return <DsfrHeadBase Link={Link} preloadFonts={["Marianne-Regular", "Marianne-Medium", "Marianne-Bold"]} />;
}
