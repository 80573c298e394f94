/** `crmspm_pluginhealth` names and choice values (docs/data-model.md, docs/plugins.md "Health"). */
export const PluginHealth = Object.freeze({
  entity: "crmspm_pluginhealth",
  kind: "crmspm_kind",
  step: "crmspm_step",
  event: "crmspm_event",
  errorType: "crmspm_errortype",
  errorMessage: "crmspm_errormessage",
  occurredOn: "crmspm_occurredon",
  /** crmspm_kind: a failure a rep's save survived (the other kind is a recompute execution). */
  kindStepFailure: 100000000,
});
