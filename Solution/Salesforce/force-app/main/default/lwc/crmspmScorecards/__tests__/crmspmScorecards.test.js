import { createElement } from 'lwc';
import CrmspmScorecards from 'c/crmspmScorecards';
import { graphql } from 'lightning/graphql';

// UI API GraphQL answer shape (https://developer.salesforce.com/docs/platform/graphql/guide/query-record-objects.html);
// a lookup the user cannot see comes back as null.
const scorecards = require('./data/scorecards.json');

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

function mount() {
    const element = createElement('c-crmspm-scorecards', { is: CrmspmScorecards });
    document.body.appendChild(element);
    return element;
}

describe('c-crmspm-scorecards', () => {
    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
    });

    it('shows the newest period first, one row per rep, numbers as numbers', async () => {
        const element = mount();
        graphql.emit(scorecards);
        await flush();

        const table = element.shadowRoot.querySelector('lightning-datatable');
        expect(table.data.map((row) => row.rep)).toEqual(['Ana Rep', '<b>Ben</b> Rep 2026-11']);
        expect(table.data[0]).toMatchObject({ tier: 'A', adoption: 82.5, winRate: 0.3125, attainment: 0.94, coverage: 3.2 });
        expect(table.data[1].adoption).toBeNull();
        expect(element.shadowRoot.querySelector('lightning-combobox').value).toBe('2026-11');
        expect(element.shadowRoot.querySelector('lightning-combobox').options.map((o) => o.value)).toEqual(['2026-11', '2026-10']);
    });

    it('switches period from the picker', async () => {
        const element = mount();
        graphql.emit(scorecards);
        await flush();

        element.shadowRoot.querySelector('lightning-combobox').dispatchEvent(new CustomEvent('change', { detail: { value: '2026-10' } }));
        await flush();

        const table = element.shadowRoot.querySelector('lightning-datatable');
        expect(table.data).toHaveLength(1);
        expect(table.data[0]).toMatchObject({ rep: 'Ana Rep', tier: 'B', adoption: 78.25 });
    });

    it('uses text columns and number formats only (no HTML, no URLs)', async () => {
        const element = mount();
        graphql.emit(scorecards);
        await flush();

        const types = element.shadowRoot.querySelector('lightning-datatable').columns.map((c) => c.type);
        expect(new Set(types)).toEqual(new Set(['text', 'number', 'percent']));
    });

    it('says when there are no scorecards yet', async () => {
        const element = mount();
        graphql.emit({ uiapi: { query: { CrmSpm_Scorecard__c: { edges: [] } } } });
        await flush();

        expect(element.shadowRoot.querySelector('.empty').textContent).toBe('No scorecards yet: they appear after the first sync.');
        expect(element.shadowRoot.querySelector('lightning-datatable')).toBeNull();
    });

    it('shows a plain message when the user may not read scorecards', async () => {
        const element = mount();
        graphql.emitErrors([{ message: "Validation error of type FieldUndefined: Field 'CrmSpm_Scorecard__c' in type 'RecordQuery' is undefined" }]);
        await flush();

        expect(element.shadowRoot.querySelector('.load-error').textContent).toContain('Scorecards could not be loaded: Validation error');
    });
});
