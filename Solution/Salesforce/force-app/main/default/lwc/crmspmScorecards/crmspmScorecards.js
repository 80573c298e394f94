import { LightningElement, wire } from 'lwc';
import { gql, graphql } from 'lightning/graphql';

const COLUMNS = [
    { label: 'Rep', fieldName: 'rep', type: 'text' },
    { label: 'Tier', fieldName: 'tier', type: 'text', initialWidth: 110 },
    { label: 'Adoption', fieldName: 'adoption', type: 'number', typeAttributes: { maximumFractionDigits: 1 } },
    { label: 'Behaviour', fieldName: 'behaviour', type: 'number', typeAttributes: { maximumFractionDigits: 1 } },
    { label: 'Adoption trend', fieldName: 'trend', type: 'number', typeAttributes: { maximumFractionDigits: 1 } },
    { label: 'Win rate', fieldName: 'winRate', type: 'percent', typeAttributes: { maximumFractionDigits: 0 } },
    { label: 'Pipeline coverage', fieldName: 'coverage', type: 'number', typeAttributes: { maximumFractionDigits: 1 } },
    { label: 'Quota attainment', fieldName: 'attainment', type: 'percent', typeAttributes: { maximumFractionDigits: 0 } }
];

function value(field) {
    return field && field.value !== undefined ? field.value : null;
}

/** Scorecard rows of the UI API GraphQL answer, as plain datatable rows (text and numbers only). */
export function rowsFrom(data) {
    const edges = data && data.uiapi && data.uiapi.query && data.uiapi.query.CrmSpm_Scorecard__c
        ? data.uiapi.query.CrmSpm_Scorecard__c.edges
        : [];
    return (edges || []).map(({ node }) => ({
        id: node.Id,
        period: value(node.CrmSpm_Period__c),
        rep: (node.CrmSpm_Rep__r && value(node.CrmSpm_Rep__r.Name)) || value(node.Name),
        tier: value(node.CrmSpm_Tier__c),
        adoption: value(node.CrmSpm_Adoption_Score__c),
        behaviour: value(node.CrmSpm_Behaviour_Score__c),
        trend: value(node.CrmSpm_Adoption_Trend__c),
        winRate: value(node.CrmSpm_Win_Rate__c),
        coverage: value(node.CrmSpm_Pipeline_Coverage__c),
        attainment: value(node.CrmSpm_Quota_Attainment__c)
    }));
}

/**
 * The scorecards the current user may see (their own and, through the role hierarchy, their reps'), one period at a
 * time, newest period first. For a Lightning tab; reads with the UI API GraphQL wire adapter, so sharing and
 * field-level security apply as everywhere in Lightning. No Apex.
 */
export default class CrmspmScorecards extends LightningElement {
    columns = COLUMNS;
    rows = [];
    period;
    loadError;
    loaded = false;

    @wire(graphql, {
        query: gql`
            query crmspmScorecards {
                uiapi {
                    query {
                        CrmSpm_Scorecard__c(orderBy: { CrmSpm_Period__c: { order: DESC }, Name: { order: ASC } }, first: 2000) {
                            edges {
                                node {
                                    Id
                                    Name { value }
                                    CrmSpm_Period__c { value }
                                    CrmSpm_Rep__r { Name { value } }
                                    CrmSpm_Tier__c { value }
                                    CrmSpm_Adoption_Score__c { value }
                                    CrmSpm_Behaviour_Score__c { value }
                                    CrmSpm_Adoption_Trend__c { value }
                                    CrmSpm_Win_Rate__c { value }
                                    CrmSpm_Pipeline_Coverage__c { value }
                                    CrmSpm_Quota_Attainment__c { value }
                                }
                            }
                        }
                    }
                }
            }
        `
    })
    wiredScorecards({ data, errors }) {
        if (errors) {
            this.rows = [];
            this.loadError = 'Scorecards could not be loaded: ' + errors.map((e) => e.message).join(' ');
            this.loaded = true;
        } else if (data) {
            this.loadError = undefined;
            this.rows = rowsFrom(data);
            this.loaded = true;
            if (!this.period || !this.rows.some((row) => row.period === this.period)) {
                this.period = this.rows.length > 0 ? this.rows[0].period : undefined;
            }
        }
    }

    get periodOptions() {
        return [...new Set(this.rows.map((row) => row.period))].map((period) => ({ label: period, value: period }));
    }

    get visibleRows() {
        return this.rows.filter((row) => row.period === this.period);
    }

    get hasRows() {
        return this.visibleRows.length > 0;
    }

    get isEmpty() {
        return this.loaded && !this.loadError && this.rows.length === 0;
    }

    handlePeriodChange(event) {
        this.period = event.detail.value;
    }
}
