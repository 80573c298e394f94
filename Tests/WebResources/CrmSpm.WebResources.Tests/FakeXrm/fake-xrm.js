// A fake of the Xrm client API for the browser tests, injected before any page script runs.
// It is NOT installed as the global `Xrm`: the panels must use what the form hands them, so a panel that reached
// for a global Xrm (or parent.Xrm) fails here. Web API answers are the raw response bodies from the fixtures,
// mapped the way Xrm.WebApi maps them ({ entities, nextLink } for retrieveMultipleRecords).
(() => {
  if (window !== window.top) return;
  const scenario = window.__crmspmScenario;
  const calls = [];
  let releaseHeld = () => {};
  const held = scenario.holdResponses ? new Promise((resolve) => { releaseHeld = resolve; }) : Promise.resolve();

  function respond(key) {
    const answer = scenario.responses[key];
    return held.then(() => {
      if (!answer) throw { errorCode: -2147220969, message: `No fixture answers ${key}` };
      if (answer.error) throw structuredClone(answer.error);
      return structuredClone(answer.body);
    });
  }

  const webApi = {
    retrieveRecord(entityLogicalName, id, options) {
      calls.push({ operation: "retrieveRecord", entity: entityLogicalName, id, options: options ?? null });
      return respond(`retrieveRecord ${entityLogicalName}`);
    },
    retrieveMultipleRecords(entityLogicalName, options, maxPageSize) {
      calls.push({ operation: "retrieveMultipleRecords", entity: entityLogicalName, options: options ?? null, maxPageSize: maxPageSize ?? null });
      return respond(`retrieveMultipleRecords ${entityLogicalName}`).then((body) => ({
        entities: body.value,
        nextLink: body["@odata.nextLink"],
      }));
    },
    updateRecord(entityLogicalName, id, data) {
      calls.push({ operation: "updateRecord", entity: entityLogicalName, id, data: structuredClone(data) });
      const failure = scenario.updateError;
      return failure ? Promise.reject(structuredClone(failure)) : Promise.resolve({ entityType: entityLogicalName, id });
    },
  };

  const userSettings = {
    userId: scenario.user.userId,
    userName: scenario.user.userName,
    languageId: scenario.user.languageId,
    dateFormattingInfo: scenario.user.dateFormattingInfo,
    getTimeZoneOffsetMinutes: () => scenario.user.timeZoneOffsetMinutes,
  };
  const globalContext = {
    userSettings,
    getClientUrl: () => "https://contoso.crm.dynamics.com",
    getCurrentTheme: () => scenario.user.theme,
  };
  const xrm = { WebApi: webApi, Utility: { getGlobalContext: () => globalContext } };
  const formContext = {
    data: { entity: { getId: () => scenario.record.id, getEntityName: () => scenario.record.entityName } },
    getControl: (name) => (window.__fakeForm ? window.__fakeForm.getControl(name) : null),
  };

  window.__fakeXrm = { xrm, formContext, calls, release: () => releaseHeld() };

  // Top-level mode: the test page is the web resource itself, and the fake form hands the context over once the
  // page's scripts have run, as the form's onLoad handler does through getContentWindow().
  if (scenario.handOverOnLoad) {
    window.addEventListener("load", () => window.crmspm.setClientApiContext(xrm, formContext));
  }
})();
