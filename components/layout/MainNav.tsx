"use client";
import { usePathname } from "next/navigation";
import { MainNavigation } from "@codegouvfr/react-dsfr/MainNavigation";

/** The main menu; « Suivi financier » for finance, « Administration » (the accounts) for administrators; the inbox shows how
 *  many notifications are unread. */
export function MainNav({
  nonLues = 0,
  finance = false,
  administration = false,
}: {
  nonLues?: number;
  finance?: boolean;
  administration?: boolean;
}) {
  const pathname = usePathname();
  const items = [
    { text: "Conventions", href: "/conventions" },
    { text: "Échéances", href: "/echeances" },
    ...(finance ? [{ text: "Suivi financier", href: "/finances" }] : []),
    { text: "Référentiel", href: "/referentiel" },
    { text: "Vérifier un PDF", href: "/verifier" },
    { text: nonLues ? `Notifications (${nonLues})` : "Notifications", href: "/notifications" },
    ...(administration ? [{ text: "Administration", href: "/administration/comptes" }] : []),
  ];
  return (
    <MainNavigation items={items.map((i) => ({ text: i.text, linkProps: { href: i.href }, isActive: pathname.startsWith(i.href) }))} />
  );
}
