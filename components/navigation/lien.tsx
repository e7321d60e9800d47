import NextLink from "next/link";
import type { ComponentProps } from "react";

/** The app's internal link: Next's, without prefetching. Every page of the app is rendered per agent
 *  (session, rights, live data), so a prefetched page is rendered on the server for nothing — Next
 *  keeps no dynamic page in its client cache — and a page's header, footer and list links made
 *  about ten such renders per page view (seen in the end-to-end traces: 501 requests for 29 pages in
 *  one journey). A link still navigates on the client, without reloading the page. `next/link` is
 *  imported here only (eslint.config.mjs). */
export function Lien({ prefetch = false, ...props }: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={prefetch} {...props} />;
}
