/**
 * The scoring profile's validation messages, word for word as the server gives them
 * (Core/CrmSpm.Core/Profile/ProfileMessages.cs, listed in docs/scoring-profile.md): change all three together.
 * They stay English like the server's, so an admin sees one wording wherever a problem is reported.
 */
export const ProfileMessages = Object.freeze({
  required: "is required",
  mustBeObject: "must be an object",
  mustBeArray: "must be an array",
  mustBeNumber: "must be a number",
  mustBeWholeNumber: "must be a whole number",
  mustBeString: "must be a string",
  mustBeBoolean: "must be true or false",
  unsupportedVersion: "must be 1",
  noPositiveWeight: "at least one weight must be above 0",
  tierSharesTooLarge: "tierAShare + tierCShare must not exceed 1",
  mustAscend: "must be in ascending order",
  unknownRule: "is not a known rule id",
  unknownSeverity: "must be one of Low, Medium, High",
  mustBeHttpUrl: "must be an absolute http or https URL",
  notJsonPrefix: "is not valid JSON: ",
  /** @param {number} min @param {number} max */
  between: (min, max) => `must be between ${min} and ${max}`,
  /** @param {string} id */
  duplicateRule: (id) => `duplicates rule '${id}'`,
  /** @param {string} id */
  unknownParameter: (id) => `is not a parameter of rule '${id}'`,
});
