"use server";
import { makePublicAction } from "@/lib/actions/action";
import { demandeAccesSchema } from "@/lib/schemas/compte";
import { createDemandeAcces } from "@/lib/server/comptes/create-demande-acces";

// No session: the signed ProConnect identity is what the use case checks.
export const demanderAccesAction = makePublicAction(demandeAccesSchema, (data) => createDemandeAcces(data));
