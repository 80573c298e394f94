// Test stand-in for Dynamics' ClientGlobalContext.js.aspx: GetGlobalContext() for pages outside a form,
// with the user from the test's scenario and the page's own origin as the org URL (as when Dynamics serves it),
// and the Xrm.Navigation.openForm a page gets beside it (calls recorded in window.__openedForms).
(() => {
  const scenario = window.__crmspmScenario;
  const userSettings = {
    userId: scenario.user.userId,
    userName: scenario.user.userName,
    languageId: scenario.user.languageId,
    dateFormattingInfo: scenario.user.dateFormattingInfo,
    getTimeZoneOffsetMinutes: () => scenario.user.timeZoneOffsetMinutes,
  };
  window.GetGlobalContext = () => ({
    userSettings,
    getClientUrl: () => window.location.origin,
    getCurrentTheme: () => scenario.user.theme,
  });
  window.__openedForms = [];
  window.Xrm = { Navigation: { openForm: (options) => { window.__openedForms.push(options); return Promise.resolve({ savedEntityReference: [] }); } } };
})();
