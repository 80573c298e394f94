import { explainFailure } from "../shared/failure.js";
import { h, replaceChildren } from "../shared/dom.js";
import { startPage } from "../shared/page.js";
import { createPageWebApiWithWrites } from "../shared/pageWebApiWrites.js";
import { emptyState, messageBar, showContent, showError, showLoading } from "../shared/panelState.js";
import { stringsFor } from "../shared/strings.js";
import { loadHealth } from "./health.js";
import { readProfile, renderProfileEditor, showProblems } from "./profileEditor.js";
import { fetchActiveProfile, saveProfile } from "./profileQuery.js";
import { validateProfile } from "./profileValidation.js";

/**
 * Scoring profile admin page (web resource crmspm_/admin/profile.html, a sitemap page for administrators):
 * edit the active profile's weights, thresholds and rules with the server's validation messages; saving is refused
 * when someone else saved first, and leaving with unsaved changes asks first. Above it, the plug-ins' health and a
 * link to the data quality page.
 */

const region = /** @type {HTMLElement} */ (document.getElementById("panel"));
const status = /** @type {HTMLElement} */ (document.getElementById("status"));
const health = /** @type {HTMLElement} */ (document.getElementById("health"));

startPage(region, (context) => {
  const t = stringsFor(context.userSettings.languageId);
  document.title = t("adminTitle");
  // The data issues live on a page of their own (admin/dataQuality.html), within its own size budget.
  health.before(h("p", { class: "page-links" }, h("a", { href: new URL("dataQuality.html", location.href).href }, t("dataQualityTitle"))));
  const webApi = createPageWebApiWithWrites(context.clientUrl);
  void loadHealth(health, webApi, t, context.userSettings, new Date());
  void load(webApi, t);
});

/**
 * @param {Spm.WriteApi} webApi
 * @param {Spm.Translate} t
 */
async function load(webApi, t) {
  showLoading(region, t);
  let stored;
  try {
    stored = await fetchActiveProfile(webApi);
  } catch (error) {
    showError(region, t, explainFailure(error, t, "admin"), () => { void load(webApi, t); });
    return;
  }
  if (!stored) {
    showContent(region, emptyState(t("noProfile")));
    return;
  }
  if (!stored.profile) {
    showContent(region, h("div", { class: "state state-error", role: "alert" }, stored.parseProblem));
    return;
  }

  const { id } = stored;
  const loaded = stored.profile;
  let { version, etag } = stored;
  let dirty = false;
  const editor = renderProfileEditor(loaded, t);
  const summary = h("div", { class: "problem-summary", role: "alert", tabindex: "-1", hidden: true });
  const versionText = h("p", { class: "muted" }, t("profileVersion", { version }));
  const unsaved = h("span", { class: "unsaved", hidden: true }, t("unsaved"));
  // What a save did, shown beside the Save button (and read out by the page's status region).
  const outcome = h("div", { class: "save-outcome", tabindex: "-1" });
  const submit = h("button", { type: "submit", class: "button button-primary" }, t("save"));
  const form = h("form", { class: "profile-form", novalidate: true },
    h("header", { class: "page-head" },
      h("div", null, h("h1", null, t("adminTitle")), h("p", null, stored.name), versionText),
      h("div", { class: "save-bar" }, unsaved, submit)),
    outcome,
    summary,
    editor);

  const setDirty = (/** @type {boolean} */ value) => { dirty = value; unsaved.hidden = !value; };
  // Leaving with unsaved changes asks first (the browser shows its own wording).
  window.addEventListener("beforeunload", (event) => {
    if (!dirty) return;
    event.preventDefault();
    event.returnValue = "";
  });
  editor.addEventListener("input", () => setDirty(true));
  editor.addEventListener("change", () => {
    setDirty(true);
    showProblems(editor, summary, validateProfile(readProfile(loaded, editor)), t);
  });
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const profile = readProfile(loaded, editor);
    const problems = validateProfile(profile);
    showProblems(editor, summary, problems, t);
    if (problems.length > 0) {
      summary.focus();
      return;
    }
    submit.disabled = true;
    try {
      etag = await saveProfile(webApi, id, profile, version + 1, etag);
      version += 1;
      setDirty(false);
      versionText.textContent = t("profileVersion", { version });
      replaceChildren(outcome, h("p", { class: "message-bar message-bar-success" }, t("savedWhen", { version })));
      status.textContent = t("saved", { version });
    } catch (error) {
      const failure = explainFailure(error, t, "admin");
      if (failure.kind === "conflict") failure.text = t("saveConflict");
      replaceChildren(outcome, messageBar(t, failure, failure.kind === "conflict" ? () => { setDirty(false); window.location.reload(); } : null));
      const retry = outcome.querySelector("button");
      if (retry && failure.kind === "conflict") retry.textContent = t("reload");
      status.textContent = `${t("saveFailed")} ${failure.text}`;
    } finally {
      submit.disabled = false;
      outcome.focus();
    }
  });
  showContent(region, form);
}
