/** What the page knows about itself, for st.context: sent when connecting and with each rerun. */
import type { ClientContext } from "./gen/stbundle";
import { address } from "./navigation";

// Naming the time zone builds an ICU formatter, the costliest part of a rerun request: done again
// only when the UTC offset changes. The colour-scheme query is a live object, made once.
let zone: [number, string] | undefined;
let dark: MediaQueryList | undefined;

export const clientContext = (): ClientContext => {
  const here = address();
  const offset = new Date().getTimezoneOffset();
  if (zone?.[0] !== offset) zone = [offset, Intl.DateTimeFormat().resolvedOptions().timeZone];
  return {
    url: here.href.split(/[?#]/)[0],
    locale: navigator.language,
    timezone: zone[1],
    timezoneOffset: offset,
    // The theme the page shows: a forced base (theme.ts), else the browser's preference.
    colorScheme: document.documentElement.dataset.stbTheme ?? ((dark ??= matchMedia("(prefers-color-scheme:dark)")).matches ? "dark" : "light"),
    isEmbedded: /[?&]embed=true(&|$)/.test(here.search),
  };
};
