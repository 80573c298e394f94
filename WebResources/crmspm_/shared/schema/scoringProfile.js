/** `crmspm_scoringprofile` names (docs/data-model.md). */
export const ScoringProfile = Object.freeze({
  entity: "crmspm_scoringprofile",
  id: "crmspm_scoringprofileid",
  name: "crmspm_name",
  profileJson: "crmspm_profilejson",
  version: "crmspm_version",
  isActive: "crmspm_isactive",
});
