/** `opportunity` names the panels read (map: docs/data-model.md). */
export const Opportunity = Object.freeze({
  entity: "opportunity",
  id: "opportunityid",
  name: "name",
  estimatedValue: "estimatedvalue",
  estimatedCloseDate: "estimatedclosedate",
  stateCode: "statecode",
  parentContact: "_parentcontactid_value",
  owner: "_ownerid_value",
  dealScore: "crmspm_dealscore",
  previousDealScore: "crmspm_previousdealscore",
  dealScoreReasons: "crmspm_dealscorereasons",
  /** JSON: the deal's recent scores, `[{"on","score"}]` oldest first. */
  dealScoreHistory: "crmspm_dealscorehistory",
  lastTouchOn: "crmspm_lasttouchon",
  closeDatePushCount: "crmspm_closedatepushcount",
  /** JSON: the last completed activities, `[{"id","on","kind","contact"?}]`. */
  touchLog: "crmspm_touchlog",
  /** Collection-valued navigation property to the tasks regarding the deal. */
  tasks: "Opportunity_Tasks",
});
