/** What the page knows about itself, for st.context: sent when connecting and with each rerun. */
import type { ClientContext } from "./gen/stbundle";

export const clientContext = (): ClientContext => ({
  url: location.href.split(/[?#]/)[0],
  locale: navigator.language,
  timezone: Intl.DateTimeFormat().resolvedOptions().timeZone,
  timezoneOffset: new Date().getTimezoneOffset(),
  // The theme the page shows: a forced base (theme.ts), else the browser's preference.
  colorScheme:
    document.documentElement.dataset.stbTheme ?? (matchMedia("(prefers-color-scheme:dark)").matches ? "dark" : "light"),
  isEmbedded: /[?&]embed=true(&|$)/.test(location.search),
});
