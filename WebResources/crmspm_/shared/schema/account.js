/** `account` names the account panel reads (map: docs/data-model.md). */
export const Account = Object.freeze({
  entity: "account",
  id: "accountid",
  name: "name",
  /** Last completed activity on the account or any of its deals. */
  lastTouchOn: "crmspm_lasttouchon",
  /** Collection-valued navigation property to the deals whose parent account this is. */
  opportunities: "opportunity_parent_account",
});
