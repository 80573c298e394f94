// Turns the UI API GraphQL answer into plain view rows. Text only: every value is rendered with {…}, never as HTML.
const MAX_EVIDENCE = 12;

const SEVERITY_CLASS = {
    High: 'slds-badge slds-theme_error',
    Medium: 'slds-badge slds-theme_warning',
    Low: 'slds-badge'
};

function value(field) {
    return field && field.value !== undefined && field.value !== null ? field.value : null;
}

function display(field) {
    if (!field) {
        return null;
    }
    return field.displayValue !== undefined && field.displayValue !== null ? field.displayValue : value(field);
}

// "daysPastDue" -> "Days past due"
function label(key) {
    const words = String(key)
        .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
        .replace(/[_-]+/g, ' ')
        .trim()
        .toLowerCase();
    return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The evidence JSON written by the sync ({"key": value, …}) as label/value pairs; anything else is shown as it is. */
export function evidenceItems(text) {
    if (!text) {
        return [];
    }
    let parsed;
    try {
        parsed = JSON.parse(text);
    } catch (e) {
        return [{ key: 'evidence', labelKey: 'label-evidence', valueKey: 'value-evidence', label: 'Evidence', value: String(text) }];
    }
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
        return [{ key: 'evidence', labelKey: 'label-evidence', valueKey: 'value-evidence', label: 'Evidence', value: String(text) }];
    }
    return Object.keys(parsed)
        .slice(0, MAX_EVIDENCE)
        .map((key) => {
            const item = parsed[key];
            return {
                key,
                labelKey: 'label-' + key,
                valueKey: 'value-' + key,
                label: label(key),
                value: item !== null && typeof item === 'object' ? JSON.stringify(item) : String(item)
            };
        });
}

/** Open, not snoozed tips of the answer, soonest due first (the query already orders them). */
export function tipsFrom(data, now) {
    const edges = data && data.uiapi && data.uiapi.query && data.uiapi.query.Task ? data.uiapi.query.Task.edges : [];
    return (edges || [])
        .map((edge) => edge.node)
        .filter((node) => {
            const snoozedUntil = value(node.CrmSpm_Snoozed_Until__c);
            return !snoozedUntil || new Date(snoozedUntil).getTime() <= now.getTime();
        })
        .map((node) => {
            const severity = value(node.CrmSpm_Severity__c);
            return {
                id: node.Id,
                title: value(node.Subject) || 'Coaching tip',
                description: value(node.Description),
                severity: display(node.CrmSpm_Severity__c),
                severityClass: SEVERITY_CLASS[severity] || 'slds-badge',
                due: display(node.ActivityDate),
                evidence: evidenceItems(value(node.CrmSpm_Evidence__c))
            };
        });
}

/** The instant a snooze of `days` ends, as the ISO date-time CrmSpm_Snoozed_Until__c takes. */
export function snoozeUntil(now, days) {
    return new Date(now.getTime() + days * 24 * 60 * 60 * 1000).toISOString();
}

/** One plain sentence from an LDS / GraphQL error (arrays, { body: { message } } or { message }). */
export function errorText(error) {
    const list = Array.isArray(error) ? error : [error];
    const messages = list
        .map((e) => {
            if (!e) {
                return null;
            }
            if (e.body && Array.isArray(e.body)) {
                return e.body.map((b) => b.message).join(' ');
            }
            if (e.body && e.body.message) {
                return e.body.message;
            }
            return e.message || null;
        })
        .filter((m) => m);
    return messages.length > 0 ? messages.join(' ') : 'Unknown error.';
}
