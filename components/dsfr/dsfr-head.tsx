import Link from "next/link";
import { DsfrHeadBase, createGetHtmlAttributes } from "@codegouvfr/react-dsfr/next-app-router/server-only-index";

export const { getHtmlAttributes } = createGetHtmlAttributes({ defaultColorScheme: "system" });

export function DsfrHead({ nonce }: { nonce?: string }) {
  return <DsfrHeadBase Link={Link} nonce={nonce} preloadFonts={["Marianne-Regular", "Marianne-Medium", "Marianne-Bold"]} />;
}
