import { StateCode, Task, TaskStatus, TipResponse } from "../shared/schema/task.js";
import { failureMessage } from "../shared/failure.js";

/**
 * What a rep's answer to a tip writes to its task. The plugins read crmspm_response (and the dismiss reason) as
 * feedback on the rule; snoozed tips stay open and are hidden from the panels until crmspm_snoozeduntil.
 */

/** Longest dismiss reason the panel accepts; crmspm_dismissreason holds this many characters. */
export const DISMISS_REASON_MAX_LENGTH = 1000;

const SNOOZE_DAYS = Object.freeze({ day: 1, week: 7, twoWeeks: 14 });

/**
 * Completes the tip's task.
 * @param {Spm.DataApi} webApi
 * @param {string} tipId
 */
export function completeTip(webApi, tipId) {
  return webApi.updateRecord(Task.entity, tipId, {
    [Task.stateCode]: StateCode.completed,
    [Task.statusCode]: TaskStatus.completed,
    [Task.response]: TipResponse.done,
  });
}

/**
 * Cancels the tip's task and records why, so the rule's usefulness can be measured.
 * @param {Spm.DataApi} webApi
 * @param {string} tipId
 * @param {string} reason already validated by `checkDismissReason`
 */
export function dismissTip(webApi, tipId, reason) {
  return webApi.updateRecord(Task.entity, tipId, {
    [Task.stateCode]: StateCode.canceled,
    [Task.statusCode]: TaskStatus.canceled,
    [Task.response]: TipResponse.dismissed,
    [Task.dismissReason]: reason,
  });
}

/**
 * Hides the tip until the end of the snooze; the task stays open.
 * @param {Spm.DataApi} webApi
 * @param {string} tipId
 * @param {Date} until
 */
export function snoozeTip(webApi, tipId, until) {
  return webApi.updateRecord(Task.entity, tipId, {
    [Task.response]: TipResponse.snoozed,
    [Task.snoozedUntil]: until.toISOString(),
  });
}

/**
 * @param {Spm.SnoozeLength} length
 * @param {Date} now
 * @returns {Date}
 */
export function snoozeEnd(length, now) {
  return new Date(now.getTime() + SNOOZE_DAYS[length] * 86_400_000);
}

/**
 * The trimmed reason, or null when it is empty (a dismissal without a reason teaches the rule nothing).
 * @param {string} text
 * @returns {string | null}
 */
export function checkDismissReason(text) {
  const reason = text.trim();
  return reason.length > 0 && reason.length <= DISMISS_REASON_MAX_LENGTH ? reason : null;
}

/**
 * Turns a rep's answer on a tip card into the Web API update and the message to announce.
 * @param {Spm.DataApi} webApi
 * @param {Spm.Translate} t
 * @param {Spm.Formatter} format
 * @param {() => Date} clock
 * @returns {(tip: Spm.Tip, answer: Spm.TipAnswer) => Promise<string>}
 */
export function createTipAnswerer(webApi, t, format, clock) {
  return async (tip, answer) => {
    try {
      switch (answer.kind) {
        case "done":
          await completeTip(webApi, tip.id);
          return t("tipDone");
        case "dismiss":
          await dismissTip(webApi, tip.id, answer.reason);
          return t("tipDismissed");
        case "snooze": {
          const until = snoozeEnd(answer.length, clock());
          await snoozeTip(webApi, tip.id, until);
          return t("tipSnoozed", { date: format.date(until) });
        }
      }
    } catch (error) {
      throw new Error(t("actionFailed", { message: failureMessage(error) }));
    }
  };
}
