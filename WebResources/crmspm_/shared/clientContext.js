/**
 * Receives Xrm and the formContext from the form, the supported way: the form's onLoad handler
 * (forms/panelHost.js) calls getContentWindow() on this web resource's control and then
 * `contentWindow.crmspm.setClientApiContext(Xrm, formContext)`; the page never looks for a global or parent Xrm.
 */

/**
 * Exposes `window.crmspm.setClientApiContext` and calls `onContext` each time the form hands the context over.
 * The form may call it again (tab changes re-create the control); every call refreshes the panel.
 * @param {(context: Spm.ClientApiContext) => void} onContext
 */
export function receiveClientApiContext(onContext) {
  const host = /** @type {Spm.HostWindow} */ (window);
  host.crmspm = host.crmspm || {};
  host.crmspm.setClientApiContext = (xrm, formContext) => {
    if (!xrm || !formContext) throw new TypeError("setClientApiContext needs Xrm and formContext.");
    onContext({ xrm, formContext });
  };
}
