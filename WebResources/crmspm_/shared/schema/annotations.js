/** Annotations Xrm.WebApi and the Web API return beside column values. */
export const FORMATTED = "@OData.Community.Display.V1.FormattedValue";
