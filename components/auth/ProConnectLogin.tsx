"use client";
import { signIn } from "next-auth/react";
import { ProConnectButton } from "@codegouvfr/react-dsfr/ProConnectButton";

export function ProConnectLogin({ callbackUrl }: { callbackUrl: string }) {
  return <ProConnectButton onClick={() => signIn("proconnect", { callbackUrl })} />;
}
