/** Annotations Xrm.WebApi and the Web API return beside column values. */
export const FORMATTED = "@OData.Community.Display.V1.FormattedValue";

/** The row version the Web API returns with every row (W/"…"); sent back as If-Match. */
export const ETAG = "@odata.etag";
