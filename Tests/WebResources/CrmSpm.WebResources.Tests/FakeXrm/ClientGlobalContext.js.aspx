// Test stand-in for Dynamics' ClientGlobalContext.js.aspx: GetGlobalContext() for pages outside a form,
// with the user from the test's scenario and the page's own origin as the org URL (as when Dynamics serves it).
(() => {
  const scenario = window.__crmspmScenario;
  const userSettings = {
    userId: scenario.user.userId,
    userName: scenario.user.userName,
    languageId: scenario.user.languageId,
    getTimeZoneOffsetMinutes: () => scenario.user.timeZoneOffsetMinutes,
  };
  window.GetGlobalContext = () => ({ userSettings, getClientUrl: () => window.location.origin });
})();
