"use client";
import { signOut } from "next-auth/react";

export function LogoutButton() {
  return (
    <button
      type="button"
      className="fr-btn fr-icon-logout-box-r-line fr-btn--icon-left"
      onClick={() => signOut({ callbackUrl: "/connexion" })}
    >
      Se déconnecter
    </button>
  );
}
