"use client";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { PasswordInput } from "@codegouvfr/react-dsfr/blocks/PasswordInput";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { connexionSchema, MESSAGES_CONNEXION, type ConnexionInput } from "@/lib/schemas/connexion";

export function LoginForm({ callbackUrl, initialError }: { callbackUrl: string; initialError?: string }) {
  const [error, setError] = useState<string | undefined>(initialError);
  const { register, handleSubmit, formState } = useForm<ConnexionInput>({
    resolver: zodResolver(connexionSchema),
    defaultValues: { email: "", password: "" },
  });

  const onSubmit = handleSubmit(async (values) => {
    setError(undefined);
    const result = await signIn("credentials", { redirect: false, email: values.email, password: values.password });
    if (!result || result.error) {
      setError(MESSAGES_CONNEXION[result?.error ?? "Default"] ?? MESSAGES_CONNEXION.Default);
      return;
    }
    window.location.assign(callbackUrl);
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Connexion par mot de passe">
      {error && <Alert severity="error" small description={error} className="fr-mb-3w" role="alert" />}
      <Input
        label="Adresse électronique"
        hintText="Format attendu : prenom.nom@ministere.gouv.fr"
        state={formState.errors.email ? "error" : "default"}
        stateRelatedMessage={formState.errors.email?.message}
        nativeInputProps={{ type: "email", autoComplete: "username", ...register("email") }}
      />
      <PasswordInput
        label="Mot de passe"
        messages={formState.errors.password ? [{ severity: "error", message: formState.errors.password.message ?? "" }] : []}
        nativeInputProps={{ autoComplete: "current-password", ...register("password") }}
      />
      <Button type="submit" disabled={formState.isSubmitting} className="fr-mt-2w">
        {formState.isSubmitting ? "Connexion…" : "Se connecter"}
      </Button>
    </form>
  );
}
