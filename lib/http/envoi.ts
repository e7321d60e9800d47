// Reading an upload's body within its limit (lib/domain/envois.ts): refused on its declared size,
// before a byte of it is read; a body that declares none is read up to the limit and refused beyond.
// Upload routes live under /televersement, which the proxy leaves alone: it would otherwise buffer
// every body (and cut it at 10 Mo).
import { assertTailleEnvoi, ENVOIS, MARGE_FORMULAIRE, messageTropGros, type NatureEnvoi } from "@/lib/domain/envois";
import { ErreurMetier } from "@/lib/domain/erreurs";

const tropGros = (nature: NatureEnvoi, octets: number, champ: string) => {
  const message = messageTropGros(nature, octets);
  return new ErreurMetier("FICHIER_TROP_GROS", message, { [champ]: message });
};

async function corpsLimite(request: Request, max: number, nature: NatureEnvoi, champ: string): Promise<Uint8Array> {
  const lecteur = request.body?.getReader();
  if (!lecteur) return new Uint8Array();
  const morceaux: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await lecteur.read();
    if (done) break;
    total += value.byteLength;
    if (total > max) {
      await lecteur.cancel();
      throw tropGros(nature, total, champ);
    }
    morceaux.push(value);
  }
  return Buffer.concat(morceaux);
}

/** The form sent, once its size is known to be within the limit for `nature`; its file field `champ`
 *  checked again once read. Every refusal is an ErreurMetier said at that field. */
export async function lireEnvoi(request: Request, nature: NatureEnvoi, champ = "fichier"): Promise<FormData> {
  const max = ENVOIS[nature].octets + MARGE_FORMULAIRE;
  const declaree = request.headers.get("content-length");
  if (declaree !== null && Number(declaree) > max) throw tropGros(nature, Number(declaree), champ);
  let form: FormData;
  try {
    form =
      declaree !== null
        ? await request.formData()
        : await new Response((await corpsLimite(request, max, nature, champ)) as BodyInit, {
            headers: { "content-type": request.headers.get("content-type") ?? "" },
          }).formData();
  } catch (error) {
    if (error instanceof ErreurMetier) throw error;
    throw new ErreurMetier("ENVOI_INCOMPLET", "Le fichier n'a pas été reçu en entier : relancez l'envoi.", {
      [champ]: "Fichier reçu incomplet : relancez l'envoi.",
    });
  }
  const fichier = form.get(champ);
  if (fichier instanceof File) assertTailleEnvoi(nature, fichier.size, champ);
  return form;
}
