"use client";
import { useRouter } from "next/navigation";
import { NouvelleOrganisation } from "@/components/convention/form/NouvelleOrganisation";
import type { OrganisationOption } from "@/components/convention/form/types";

export function AjoutOrganisation({ organisations }: { organisations: OrganisationOption[] }) {
  const router = useRouter();
  return <NouvelleOrganisation organisations={organisations} onCreated={() => router.refresh()} />;
}
