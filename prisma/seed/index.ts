import { convention2020ClasseA12 } from "./convention-2020-classe-a-12";
import { convention2021ClasseA12 } from "./convention-2021-classe-a-12";
import { convention2024Webinaire } from "./convention-2024-webinaire";

/** The three real conventions of ../shared/seeds, in the order of their file names. */
export const SEED_CONVENTIONS = [convention2020ClasseA12, convention2024Webinaire, convention2021ClasseA12];
export { convention2020ClasseA12, convention2021ClasseA12, convention2024Webinaire };
