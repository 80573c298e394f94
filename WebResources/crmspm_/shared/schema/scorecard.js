/** `crmspm_scorecard` names and choice values (docs/data-model.md). */
export const Scorecard = Object.freeze({
  entity: "crmspm_scorecard",
  id: "crmspm_scorecardid",
  /** The lookup's logical name (FetchXML); the Web API returns its value as `rep`. */
  repLookup: "crmspm_repid",
  rep: "_crmspm_repid_value",
  period: "crmspm_period",
  adoption: "crmspm_adoptionscore",
  behaviour: "crmspm_behaviourscore",
  winRate: "crmspm_winrate",
  quotaAttainment: "crmspm_quotaattainment",
  pipelineCoverage: "crmspm_pipelinecoverage",
  neededCoverage: "crmspm_neededcoverage",
  tier: "crmspm_tier",
  adoptionTrend: "crmspm_adoptiontrend",
  trendHistory: "crmspm_trendhistory",
  revenueGain: "crmspm_revenuegain",
  largestGap: "crmspm_largestgap",
  /** Core's coaching-queue rank (1 = coach first); empty for reps outside the queue. The one queue order. */
  queueRank: "crmspm_queuerank",
  /** JSON: every score's components, the tier's explanation (`tier`) and the queue's sentences (`queue.gain`, `queue.coach`). */
  details: "crmspm_details",
});

/** The rep's user row, joined in the team query. */
export const SystemUser = Object.freeze({
  entity: "systemuser",
  id: "systemuserid",
  manager: "parentsystemuserid",
  fullName: "fullname",
  businessUnit: "businessunitid",
});

/** The team's deal model row; it carries the team's top-performer benchmarks (Core's TeamBenchmarks JSON). */
export const ModelState = Object.freeze({
  entity: "crmspm_modelstate",
  businessUnit: "crmspm_businessunitid",
  benchmarks: "crmspm_benchmarks",
});

export const Tier = Object.freeze({ a: 100000000, b: 100000001, c: 100000002, notTiered: 100000003 });
