/**
 * Form script library (a classic script, registered on the opportunity and account main forms).
 * Handler: `CrmSpm.Forms.PanelHost.onLoad`, "Pass execution context" on, parameters: the web-resource control
 * names in quotes, e.g. 'WebResource_crmspm_coaching'. Register the same handler on the panel tab's
 * TabStateChange: the form can re-create the control there, and handing the context over again is harmless.
 */
"use strict";

var CrmSpm = (/** @type {any} */ (window)).CrmSpm || {};
CrmSpm.Forms = CrmSpm.Forms || {};

CrmSpm.Forms.PanelHost = (function () {
  /**
   * Hands Xrm and the formContext to each named CrmSpm web resource through getContentWindow().
   * @param {Xrm.Events.EventContext} executionContext
   * @param {...string} controlNames
   * @returns {Promise<void>}
   */
  function onLoad(executionContext, ...controlNames) {
    const formContext = executionContext.getFormContext();
    const names = controlNames.length > 0 ? controlNames : ["WebResource_crmspm_coaching"];
    const handovers = names.map(function (name) {
      const control = /** @type {Xrm.Controls.FramedControl | null} */ (formContext.getControl(name));
      if (!control || typeof control.getContentWindow !== "function") {
        // The control is not on this form (or is hidden by a business rule): nothing to hand over.
        return Promise.resolve();
      }
      return Promise.resolve(control.getContentWindow()).then(function (contentWindow) {
        if (!handOver(contentWindow, formContext)) {
          // The page's scripts have not run yet: hand over once it has loaded.
          contentWindow.addEventListener("load", function () { handOver(contentWindow, formContext); }, { once: true });
        }
      });
    });
    return Promise.all(handovers).then(function () {});
  }

  /**
   * @param {Window} contentWindow
   * @param {Xrm.FormContext} formContext
   * @returns {boolean} whether the page was ready to receive the context
   */
  function handOver(contentWindow, formContext) {
    const receiver = /** @type {any} */ (contentWindow).crmspm;
    if (!receiver || typeof receiver.setClientApiContext !== "function") return false;
    receiver.setClientApiContext(Xrm, formContext);
    return true;
  }

  return { onLoad: onLoad };
})();

(/** @type {any} */ (window)).CrmSpm = CrmSpm;
