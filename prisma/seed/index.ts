import { convention2020ClasseA12 } from "./convention-2020-classe-a-12";
import { convention2021ClasseA12 } from "./convention-2021-classe-a-12";
import { convention2024Webinaire } from "./convention-2024-webinaire";

/** The three real conventions (seeds 001, 003 and 004, transcribed from their signed PDFs), in that order. */
export const SEED_CONVENTIONS = [convention2020ClasseA12, convention2024Webinaire, convention2021ClasseA12];
export { convention2020ClasseA12, convention2021ClasseA12, convention2024Webinaire };
