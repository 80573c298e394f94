import { startFormPanel } from "../shared/formPanel.js";
import { fetchAccountEngagement, toAccountEngagement } from "./accountQuery.js";
import { renderAccountEngagement } from "./accountView.js";
import { createTipAnswerer } from "./tipActions.js";

/**
 * Account panel (web resource crmspm_/coaching/account.html on the account main form): engagement across the
 * account's open deals and the open tips on them, with the same answers as the opportunity panel.
 */
startFormPanel({
  audience: "rep",
  load: fetchAccountEngagement,
  render(record, { webApi, t, format, now, announce }) {
    const engagement = toAccountEngagement(record);
    const answerer = createTipAnswerer(webApi, t, format, () => new Date());
    return { content: renderAccountEngagement(engagement, { t, format, answerer, announce }, now), items: engagement.tipCount };
  },
});
