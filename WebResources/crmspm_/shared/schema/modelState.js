/** `crmspm_modelstate` names (docs/data-model.md): the org-level row the nightly recompute writes. */
export const ModelState = Object.freeze({
  entity: "crmspm_modelstate",
  teamKey: "crmspm_teamkey",
  asOf: "crmspm_asof",
  dataIssues: "crmspm_dataissuesjson",
});

/** crmspm_teamkey of the org-level row (Plugins/CrmSpm.Plugins/Recalculation/StandingStore.cs, TeamKey). */
export const ORG_STANDING_KEY = "org-standing";
