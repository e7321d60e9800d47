"use server";
import { makeAction } from "@/lib/actions/action";
import { db } from "@/lib/server/db";
import { personneSchema } from "@/lib/schemas/personne";
import { createPersonne } from "@/lib/server/referentiel/create-personne";

export const createPersonneAction = makeAction(personneSchema, (agent, data) => createPersonne(db, agent, data));
