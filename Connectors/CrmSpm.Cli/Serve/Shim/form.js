// A form with one HTML web-resource control: getControl(name).getContentWindow() resolves once the frame has loaded,
// then the form's OnLoad handler (CrmSpm.Forms.PanelHost.onLoad) runs as docs/web-resources.md registers it.
(function () {
  "use strict";
  var entity = window.location.pathname.split("/").pop();
  var id = new URLSearchParams(window.location.search).get("id") || "";
  // Created here, listener first: an iframe already in the markup may fire its about:blank load before the panel's.
  var frame = document.createElement("iframe");
  frame.id = "WebResource_crmspm_coaching";
  frame.title = "CrmSpm coaching";
  var loaded = new Promise(function (resolve) { frame.addEventListener("load", resolve, { once: true }); });
  var formContext = {
    data: { entity: { getId: function () { return id ? "{" + id.toUpperCase() + "}" : ""; }, getEntityName: function () { return entity; } } },
    getControl: function (name) {
      return name === frame.id ? { getContentWindow: function () { return loaded.then(function () { return frame.contentWindow; }); } } : null;
    },
  };
  document.getElementById("kind").textContent = entity;
  frame.src = "/WebResources/crmspm_/coaching/" + encodeURIComponent(entity) + ".html";
  document.getElementById("control").appendChild(frame);
  if (id) {
    Xrm.WebApi.retrieveRecord(entity, id, "?$select=name").then(function (row) {
      document.getElementById("title").textContent = row.name || "";
      document.title = (row.name || "") + " - CrmSpm";
    }, function () { /* the panel shows the failure in words */ });
  }
  CrmSpm.Forms.PanelHost.onLoad({ getFormContext: function () { return formContext; } }, frame.id);
})();
