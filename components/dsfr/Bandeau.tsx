// The outcome of an action, said where it happened: a success as a status, a failure as an alert.
export type Message = { ok: boolean; texte: string };

export function Bandeau({ message, className = "fr-mb-2w" }: { message?: Message; className?: string }) {
  if (!message) return null;
  return (
    <div
      className={`fr-alert fr-alert--sm ${className} ${message.ok ? "fr-alert--success" : "fr-alert--error"}`}
      role={message.ok ? "status" : "alert"}
    >
      <p>{message.texte}</p>
    </div>
  );
}
