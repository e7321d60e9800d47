"use client";
import { usePathname } from "next/navigation";
import { MainNavigation } from "@codegouvfr/react-dsfr/MainNavigation";

const ITEMS = [
  { text: "Conventions", href: "/conventions" },
  { text: "Référentiel", href: "/referentiel" },
];

export function MainNav() {
  const pathname = usePathname();
  return (
    <MainNavigation items={ITEMS.map((i) => ({ text: i.text, linkProps: { href: i.href }, isActive: pathname.startsWith(i.href) }))} />
  );
}
