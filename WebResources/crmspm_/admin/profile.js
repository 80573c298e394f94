import { failureMessage } from "../shared/failure.js";
import { h } from "../shared/dom.js";
import { startPage } from "../shared/page.js";
import { createPageWebApiWithWrites } from "../shared/pageWebApiWrites.js";
import { emptyState, showContent, showError, showLoading } from "../shared/panelState.js";
import { stringsFor } from "../shared/strings.js";
import { readProfile, renderProfileEditor, showProblems } from "./profileEditor.js";
import { fetchActiveProfile, saveProfile } from "./profileQuery.js";
import { validateProfile } from "./profileValidation.js";

/**
 * Scoring profile admin page (web resource crmspm_/admin/profile.html, a sitemap page for administrators):
 * edit the active profile's weights, thresholds and rules with the server's validation messages.
 */

const region = /** @type {HTMLElement} */ (document.getElementById("panel"));
const status = /** @type {HTMLElement} */ (document.getElementById("status"));

startPage(region, (context) => {
  const t = stringsFor(context.userSettings.languageId);
  document.title = t("adminTitle");
  void load(createPageWebApiWithWrites(context.clientUrl), t);
});

/**
 * @param {Spm.QueryApi} webApi
 * @param {Spm.Translate} t
 */
async function load(webApi, t) {
  showLoading(region, t);
  let stored;
  try {
    stored = await fetchActiveProfile(webApi);
  } catch (error) {
    showError(region, t, failureMessage(error), () => { void load(webApi, t); });
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

  const loaded = stored.profile;
  let version = stored.version;
  const editor = renderProfileEditor(loaded, t);
  const summary = h("div", { class: "problem-summary", role: "alert", tabindex: "-1", hidden: true });
  const versionText = h("p", { class: "muted" }, t("profileVersion", { version }));
  const form = h("form", { class: "profile-form", novalidate: true },
    h("header", { class: "page-head" },
      h("div", null, h("h1", null, t("adminTitle")), h("p", null, stored.name), versionText),
      h("button", { type: "submit", class: "button button-primary" }, t("save"))),
    summary,
    editor);

  editor.addEventListener("change", () => showProblems(editor, summary, validateProfile(readProfile(loaded, editor)), t));
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const profile = readProfile(loaded, editor);
    const problems = validateProfile(profile);
    showProblems(editor, summary, problems, t);
    if (problems.length > 0) {
      summary.focus();
      return;
    }
    const submit = /** @type {HTMLButtonElement} */ (form.querySelector("button[type=submit]"));
    submit.disabled = true;
    try {
      await saveProfile(webApi, stored.id, profile, version + 1);
      version += 1;
      versionText.textContent = t("profileVersion", { version });
      status.textContent = t("saved", { version });
    } catch (error) {
      status.textContent = t("saveFailed", { message: failureMessage(error) });
    } finally {
      submit.disabled = false;
    }
  });
  showContent(region, form);
}
