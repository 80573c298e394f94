/**
 * Light unless Dynamics itself says dark: the panels sit inside Dynamics forms and pages, so they follow the app's
 * theme (the global context's getCurrentTheme()), never the operating system's (prefers-color-scheme).
 * https://learn.microsoft.com/power-apps/developer/model-driven-apps/clientapi/reference/xrm-utility/getglobalcontext
 * @param {{ getCurrentTheme?: () => string }} globalContext
 * @returns {"light" | "dark"}
 */
export function applyTheme(globalContext) {
  const name = typeof globalContext.getCurrentTheme === "function" ? String(globalContext.getCurrentTheme() || "") : "";
  const theme = /dark/i.test(name) ? "dark" : "light";
  document.documentElement.setAttribute("data-theme", theme);
  return theme;
}
