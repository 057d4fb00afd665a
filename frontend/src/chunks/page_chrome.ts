/**
 * Lazy chunk: what the page's frame shows beside the app, set by NewSession and PageConfig:
 * the ⋮ app menu and the browser tab's icon. Loaded when a session starts.
 */
export { updateMenu } from "../app_menu";
export { setFavicon } from "../favicon";
