// A plain French message as an HTTP answer (route handlers: PDF, CSV), for what is not a page.
export const reponseTexte = (status: number, message: string) =>
  new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });
