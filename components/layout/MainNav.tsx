"use client";
import { usePathname } from "next/navigation";
import { MainNavigation } from "@codegouvfr/react-dsfr/MainNavigation";

const ITEMS = [
  { text: "Conventions", href: "/conventions" },
  { text: "Référentiel", href: "/referentiel" },
  { text: "Vérifier un PDF", href: "/verifier" },
];

/** The main menu; the inbox shows how many notifications are unread. */
export function MainNav({ nonLues = 0 }: { nonLues?: number }) {
  const pathname = usePathname();
  const items = [...ITEMS, { text: nonLues ? `Notifications (${nonLues})` : "Notifications", href: "/notifications" }];
  return (
    <MainNavigation items={items.map((i) => ({ text: i.text, linkProps: { href: i.href }, isActive: pathname.startsWith(i.href) }))} />
  );
}
