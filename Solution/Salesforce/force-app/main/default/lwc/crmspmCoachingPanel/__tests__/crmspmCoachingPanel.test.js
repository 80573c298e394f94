import { createElement } from 'lwc';
import CrmspmCoachingPanel, { SNOOZE_DAYS } from 'c/crmspmCoachingPanel';
import { graphql } from 'lightning/graphql';
import { updateRecord } from 'lightning/uiRecordApi';

// UI API GraphQL answer shapes (https://developer.salesforce.com/docs/platform/graphql/guide/query-record-objects.html).
const openTips = require('./data/openTips.json');
const noAccess = require('./data/noAccess.json');

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

function mount() {
    const element = createElement('c-crmspm-coaching-panel', { is: CrmspmCoachingPanel });
    element.recordId = '0065g00000XyZaBAAV';
    element.objectApiName = 'Opportunity';
    document.body.appendChild(element);
    return element;
}

function button(element, tipId, cssClass) {
    return element.shadowRoot.querySelector(`li[data-id="${tipId}"] lightning-button.${cssClass}`);
}

describe('c-crmspm-coaching-panel', () => {
    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
        jest.clearAllMocks();
    });

    it('shows the open, not snoozed tips with their evidence as label and value', async () => {
        const element = mount();
        graphql.emit(openTips);
        await flush();

        const tips = element.shadowRoot.querySelectorAll('li.tip');
        expect(tips.length).toBe(2);
        expect(tips[0].querySelector('.tip-title').textContent).toBe('Close date has passed');
        expect(tips[0].querySelector('span.slds-badge').textContent).toBe('High');
        const labels = Array.from(tips[0].querySelectorAll('dt')).map((dt) => dt.textContent);
        const values = Array.from(tips[0].querySelectorAll('dd')).map((dd) => dd.textContent);
        expect(labels).toEqual(['Close date', 'Days past due']);
        expect(values).toEqual(['2026-11-10', '10']);
    });

    it('renders hostile text as text, never as markup', async () => {
        const element = mount();
        graphql.emit(openTips);
        await flush();

        const tip = element.shadowRoot.querySelector('li[data-id="00T5g00000AbCdFAAV"]');
        expect(tip.querySelector('img')).toBeNull();
        expect(tip.querySelector('b')).toBeNull();
        expect(tip.querySelector('script')).toBeNull();
        expect(tip.querySelector('.tip-title').textContent).toBe('<img src=x onerror=alert(1)>No next step');
        expect(tip.querySelector('dd').textContent).toBe('<script>alert(1)</script>');
    });

    it('asks only for the current user\'s open tips of this record', async () => {
        const element = mount();
        await flush();

        expect(graphql.getLastConfig().variables).toEqual({ recordId: '0065g00000XyZaBAAV', userId: '005000000000000000' });
        expect(element.shadowRoot.querySelector('li.tip')).toBeNull();
    });

    it('Done completes the task with the Done response and reloads the tips', async () => {
        const refresh = jest.fn().mockResolvedValue(undefined);
        const element = mount();
        graphql.emit(openTips, undefined, refresh);
        await flush();

        button(element, '00T5g00000AbCdEAAV', 'done').click();
        await flush();

        expect(updateRecord).toHaveBeenCalledWith({
            fields: { Id: '00T5g00000AbCdEAAV', Status: 'Completed', CrmSpm_Response__c: 'Done' }
        });
        expect(refresh).toHaveBeenCalledTimes(1);
    });

    it('Snooze keeps the task open and hides it for a week', async () => {
        const element = mount();
        graphql.emit(openTips);
        await flush();
        const before = Date.now();

        button(element, '00T5g00000AbCdEAAV', 'snooze').click();
        await flush();

        const fields = updateRecord.mock.calls[0][0].fields;
        expect(fields.Status).toBeUndefined();
        expect(fields.CrmSpm_Response__c).toBe('Snoozed');
        const until = new Date(fields.CrmSpm_Snoozed_Until__c).getTime();
        expect(until - before).toBeGreaterThanOrEqual(SNOOZE_DAYS * 86400000 - 1000);
        expect(until - before).toBeLessThanOrEqual(SNOOZE_DAYS * 86400000 + 60000);
    });

    it('Dismiss asks for an optional reason, then closes the task with it', async () => {
        const element = mount();
        graphql.emit(openTips);
        await flush();

        button(element, '00T5g00000AbCdEAAV', 'dismiss').click();
        await flush();
        const input = element.shadowRoot.querySelector('li[data-id="00T5g00000AbCdEAAV"] lightning-input');
        input.value = '  Customer already signed  ';
        input.dispatchEvent(new CustomEvent('change'));
        button(element, '00T5g00000AbCdEAAV', 'confirm-dismiss').click();
        await flush();

        expect(updateRecord).toHaveBeenCalledWith({
            fields: {
                Id: '00T5g00000AbCdEAAV',
                Status: 'Completed',
                CrmSpm_Response__c: 'Dismissed',
                CrmSpm_Dismiss_Reason__c: 'Customer already signed'
            }
        });
    });

    it('a refused save keeps the tip and says why in a toast', async () => {
        updateRecord.mockRejectedValueOnce({ body: { message: 'insufficient access rights on object id' } });
        const element = mount();
        const toasts = [];
        element.addEventListener('lightning__showtoast', (event) => toasts.push(event.detail));
        graphql.emit(openTips);
        await flush();

        button(element, '00T5g00000AbCdEAAV', 'done').click();
        await flush();

        expect(toasts).toEqual([
            { title: 'Coaching', message: 'Your answer was not saved: insufficient access rights on object id', variant: 'error' }
        ]);
        expect(element.shadowRoot.querySelectorAll('li.tip').length).toBe(2);
    });

    it('a user without access to our fields sees a plain message, no tips', async () => {
        const element = mount();
        graphql.emitErrors(noAccess);
        await flush();

        expect(element.shadowRoot.querySelector('.load-error').textContent).toContain('Coaching tips could not be loaded: Validation error');
        expect(element.shadowRoot.querySelector('li.tip')).toBeNull();
    });

    it('says so when there is nothing to do', async () => {
        const element = mount();
        graphql.emit({ uiapi: { query: { Task: { edges: [] } } } });
        await flush();

        expect(element.shadowRoot.querySelector('.empty').textContent).toBe('No open coaching tips for you here.');
    });
});
