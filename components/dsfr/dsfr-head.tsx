import { Lien } from "@/components/navigation/lien";
import { DsfrHeadBase, createGetHtmlAttributes } from "@codegouvfr/react-dsfr/next-app-router/server-only-index";

export const { getHtmlAttributes } = createGetHtmlAttributes({ defaultColorScheme: "system" });

export function DsfrHead({ nonce }: { nonce?: string }) {
  return <DsfrHeadBase Link={Lien} nonce={nonce} preloadFonts={["Marianne-Regular", "Marianne-Medium", "Marianne-Bold"]} />;
}
