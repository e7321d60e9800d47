"use client";
import { useRouter } from "next/navigation";
import { NouvelleOrganisation } from "@/components/convention/form/NouvelleOrganisation";
import type { OrganisationOption } from "@/lib/views/referentiel";
import type { CreateOrganisation } from "@/components/convention/form/NouvelleOrganisation";

export function AjoutOrganisation({
  organisations,
  createOrganisation,
}: {
  organisations: OrganisationOption[];
  createOrganisation: CreateOrganisation;
}) {
  const router = useRouter();
  return <NouvelleOrganisation organisations={organisations} create={createOrganisation} onCreated={() => router.refresh()} />;
}
