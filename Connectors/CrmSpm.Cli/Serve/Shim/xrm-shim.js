// `crmspm demo --serve`'s stand-in for what Dynamics 365 gives a web resource: GetGlobalContext() (as
// ClientGlobalContext.js.aspx defines it) and Xrm with WebApi, Utility.getGlobalContext and Navigation.openForm,
// calling the local Web API. window.__crmspmServe (written before this file) names the signed-in user and the
// entity sets. Client API reference: https://learn.microsoft.com/power-apps/developer/model-driven-apps/clientapi/reference
(function () {
  "use strict";
  var config = window.__crmspmServe;
  var api = "/api/data/v9.2/";
  var months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

  function bare(id) { return String(id).replace(/[{}]/g, "").toLowerCase(); }

  function setOf(entity) {
    var set = config.entitySets[entity];
    if (!set) throw new Error("No entity set is served for " + entity + ".");
    return set;
  }

  // Rejects as Xrm.WebApi does: { errorCode, message } from the Web API's {"error":{"code":"0x…","message"}}.
  function send(method, url, body) {
    var headers = {
      Accept: "application/json", "OData-MaxVersion": "4.0", "OData-Version": "4.0",
      Prefer: "odata.include-annotations=\"*\"",
    };
    if (body !== undefined) headers["Content-Type"] = "application/json; charset=utf-8";
    return fetch(url, { method: method, credentials: "same-origin", headers: headers, body: body === undefined ? undefined : JSON.stringify(body) })
      .then(function (response) {
        if (response.ok) return response;
        return response.json().catch(function () { return null; }).then(function (parsed) {
          var error = parsed && parsed.error ? parsed.error : { code: "", message: response.status + " " + response.statusText };
          var code = parseInt(String(error.code), 16);
          return Promise.reject({ errorCode: isFinite(code) ? code | 0 : response.status, message: error.message, status: response.status });
        });
      });
  }

  var webApi = {
    retrieveRecord: function (entity, id, options) {
      return send("GET", api + setOf(entity) + "(" + bare(id) + ")" + (options || "")).then(function (r) { return r.json(); });
    },
    retrieveMultipleRecords: function (entity, options) {
      return send("GET", api + setOf(entity) + (options || "")).then(function (r) { return r.json(); })
        .then(function (body) { return { entities: body.value, nextLink: body["@odata.nextLink"] }; });
    },
    updateRecord: function (entity, id, data) {
      return send("PATCH", api + setOf(entity) + "(" + bare(id) + ")", data).then(function () { return { entityType: entity, id: bare(id) }; });
    },
    createRecord: function (entity, data) {
      return send("POST", api + setOf(entity), data).then(function (r) {
        var match = /\(([0-9a-f-]{36})\)$/i.exec(r.headers.get("OData-EntityId") || "");
        return { entityType: entity, id: match ? match[1] : "" };
      });
    },
  };

  var userSettings = {
    userId: "{" + config.user.id.toUpperCase() + "}",
    userName: config.user.name,
    languageId: config.languageId,
    dateFormattingInfo: { ShortDatePattern: "M/d/yyyy", DateSeparator: "/", AbbreviatedMonthNames: months },
    getTimeZoneOffsetMinutes: function () { return -new Date().getTimezoneOffset(); },
  };
  var globalContext = {
    userSettings: userSettings,
    getClientUrl: function () { return window.location.origin; },
    getCurrentTheme: function () { return config.theme; },
  };

  window.GetGlobalContext = function () { return globalContext; };
  window.Xrm = {
    WebApi: webApi,
    Utility: { getGlobalContext: function () { return globalContext; } },
    Navigation: {
      openForm: function (options) {
        window.top.location.href = "/form/" + encodeURIComponent(options.entityName) + "?id=" + encodeURIComponent(bare(options.entityId));
        return Promise.resolve({ savedEntityReference: [] });
      },
    },
  };
})();
