import { LightningElement, api, wire } from 'lwc';
import { gql, graphql } from 'lightning/graphql';
import { updateRecord } from 'lightning/uiRecordApi';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import USER_ID from '@salesforce/user/Id';
import { tipsFrom, snoozeUntil, errorText } from './tipModel';

// How long "Snooze" hides a tip; the sync shows it again afterwards (CrmSpm_Snoozed_Until__c).
export const SNOOZE_DAYS = 7;

/**
 * The current user's open CrmSpm tips for this Opportunity (or for the Account's deals), with their evidence and
 * Done / Dismiss / Snooze. Reads through the UI API GraphQL wire adapter and writes with updateRecord (Lightning
 * Data Service), so field-level security and sharing apply exactly as on the record page. No Apex.
 */
export default class CrmspmCoachingPanel extends LightningElement {
    @api recordId;
    @api objectApiName;

    tips = [];
    loadError;
    busyId;
    dismissingId;
    dismissReason = '';
    wired;

    @wire(graphql, {
        query: gql`
            query crmspmOpenTips($recordId: ID, $userId: ID) {
                uiapi {
                    query {
                        Task(
                            where: {
                                and: [
                                    { CrmSpm_Key__c: { ne: null } }
                                    { IsClosed: { eq: false } }
                                    { OwnerId: { eq: $userId } }
                                    { or: [{ WhatId: { eq: $recordId } }, { AccountId: { eq: $recordId } }] }
                                ]
                            }
                            orderBy: { ActivityDate: { order: ASC } }
                            first: 50
                        ) {
                            edges {
                                node {
                                    Id
                                    Subject { value }
                                    Description { value }
                                    ActivityDate { value displayValue }
                                    CrmSpm_Severity__c { value displayValue }
                                    CrmSpm_Evidence__c { value }
                                    CrmSpm_Snoozed_Until__c { value }
                                }
                            }
                        }
                    }
                }
            }
        `,
        variables: '$variables'
    })
    wiredTips(result) {
        this.wired = result;
        if (result.errors) {
            this.tips = [];
            this.loadError = 'Coaching tips could not be loaded: ' + errorText(result.errors);
        } else if (result.data) {
            this.loadError = undefined;
            this.tips = tipsFrom(result.data, new Date()).map((tip) => ({ ...tip, dismissing: tip.id === this.dismissingId }));
        }
    }

    get variables() {
        return { recordId: this.recordId, userId: USER_ID };
    }

    get hasTips() {
        return this.tips.length > 0;
    }

    get isEmpty() {
        return !this.loadError && this.tips.length === 0 && this.wired && this.wired.data;
    }

    get isBusy() {
        return Boolean(this.busyId);
    }

    handleDone(event) {
        const id = event.target.dataset.id;
        return this.save(id, { Status: 'Completed', CrmSpm_Response__c: 'Done' }, 'Marked as done.');
    }

    handleSnooze(event) {
        const id = event.target.dataset.id;
        return this.save(
            id,
            { CrmSpm_Response__c: 'Snoozed', CrmSpm_Snoozed_Until__c: snoozeUntil(new Date(), SNOOZE_DAYS) },
            `Snoozed for ${SNOOZE_DAYS} days.`
        );
    }

    handleDismiss(event) {
        this.dismissingId = event.target.dataset.id;
        this.dismissReason = '';
        this.tips = this.tips.map((tip) => ({ ...tip, dismissing: tip.id === this.dismissingId }));
    }

    handleReasonChange(event) {
        this.dismissReason = event.target.value;
    }

    handleCancelDismiss() {
        this.dismissingId = undefined;
        this.tips = this.tips.map((tip) => ({ ...tip, dismissing: false }));
    }

    handleConfirmDismiss(event) {
        const id = event.target.dataset.id;
        const reason = (this.dismissReason || '').trim();
        return this.save(
            id,
            { Status: 'Completed', CrmSpm_Response__c: 'Dismissed', CrmSpm_Dismiss_Reason__c: reason.length > 0 ? reason : null },
            'Dismissed.'
        );
    }

    async save(id, fields, done) {
        this.busyId = id;
        try {
            await updateRecord({ fields: { Id: id, ...fields } });
            this.dismissingId = undefined;
            this.toast('success', done);
            if (this.wired && typeof this.wired.refresh === 'function') {
                await this.wired.refresh();
            }
        } catch (error) {
            this.toast('error', 'Your answer was not saved: ' + errorText(error));
        } finally {
            this.busyId = undefined;
        }
    }

    toast(variant, message) {
        this.dispatchEvent(new ShowToastEvent({ title: 'Coaching', message, variant }));
    }
}
