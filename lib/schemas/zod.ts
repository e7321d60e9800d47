// zod with French default messages, for forms and server actions alike.
import { z } from "zod";
import { fr } from "zod/locales";

z.config(fr());
export { z };
