/** Web API entity set names, for the pages that call the Web API without Xrm (outside a form). */
export const EntitySets = Object.freeze({
  opportunity: "opportunities",
  crmspm_scorecard: "crmspm_scorecards",
  crmspm_scoringprofile: "crmspm_scoringprofiles",
  crmspm_pluginhealth: "crmspm_pluginhealths",
  crmspm_modelstate: "crmspm_modelstates",
});
