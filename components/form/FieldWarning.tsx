"use client";
// A consistency finding shown under the field it concerns (live, while typing).
export function FieldWarning({ message }: { message?: string }) {
  if (!message) return null;
  return (
    <p className="fr-info-text fr-mt-1v" role="status">
      {message}
    </p>
  );
}
