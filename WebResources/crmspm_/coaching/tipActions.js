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
 * The task update an answer writes: done completes the task, dismiss cancels it and records why (so the rule's
 * usefulness can be measured), snooze hides it until the snooze ends and leaves it open.
 * @param {Spm.TipAnswer} answer a dismiss reason already checked by `checkDismissReason`
 * @param {Date} now
 * @returns {Record<string, string | number>}
 */
export function taskUpdate(answer, now) {
  switch (answer.kind) {
    case "done":
      return { [Task.stateCode]: StateCode.completed, [Task.statusCode]: TaskStatus.completed, [Task.response]: TipResponse.done };
    case "dismiss":
      return { [Task.stateCode]: StateCode.canceled, [Task.statusCode]: TaskStatus.canceled, [Task.response]: TipResponse.dismissed,
        [Task.dismissReason]: answer.reason };
    case "snooze":
      return { [Task.response]: TipResponse.snoozed, [Task.snoozedUntil]: snoozeEnd(answer.length, now).toISOString() };
  }
}

/**
 * @param {Spm.SnoozeLength} length
 * @param {Date} now
 * @returns {Date}
 */
export function snoozeEnd(length, now) {
  return new Date(now.getTime() + SNOOZE_DAYS[length] * 86400000);
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
    const now = clock();
    try {
      await webApi.updateRecord(Task.entity, tip.id, taskUpdate(answer, now));
    } catch (error) {
      throw new Error(t("actionFailed", { message: failureMessage(error) }));
    }
    switch (answer.kind) {
      case "done":
        return t("tipDone");
      case "dismiss":
        return t("tipDismissed");
      case "snooze":
        return t("tipSnoozed", { date: format.date(snoozeEnd(answer.length, now)) });
    }
  };
}
