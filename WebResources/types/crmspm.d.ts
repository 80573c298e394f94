// Shapes shared by the CrmSpm web resources, for the JSDoc type-check only (`tsc --checkJs`). Nothing here is
// deployed: keeping the types out of the .js files keeps every page's download small.
declare namespace Spm {
  /** The part of Xrm.WebApi the panels use (form panels pass xrm.WebApi; pages use shared/pageWebApi.js). */
  type DataApi = Pick<Xrm.WebApiOffline, "retrieveRecord" | "retrieveMultipleRecords" | "updateRecord">;

  /** What the pages outside a form read with (shared/pageWebApi.js). */
  type ReadApi = Pick<Xrm.WebApiOffline, "retrieveMultipleRecords">;

  /** Reads and conditional updates, for the page that writes (shared/pageWebApiWrites.js). */
  interface WriteApi extends ReadApi {
    /** PATCH with If-Match: etag; resolves to the row's new ETag; a 412 rejects with status 412. */
    updateIfUnchanged(entity: string, id: string, data: Record<string, unknown>, etag: string, select: string): Promise<string>;
  }

  /** What the scorecard's render and drill-down share. */
  interface ScorecardPage {
    webApi: ReadApi;
    /** The signed-in manager's id, without braces. */
    userId: string;
    clientUrl: string;
    timeZoneOffsetMinutes: number;
    /** Opens a record's form (Xrm.Navigation.openForm where the page has it). */
    openRecord(entityName: string, id: string): boolean;
    t: Translate;
    format: Formatter;
    now: Date;
    /** "2026-11" */
    period: string;
  }

  /** What the pages put on `window.crmspm`: the form's hand-over (shared/clientContext.js) and the render timing. */
  type HostWindow = Window & {
    crmspm?: {
      setClientApiContext?: (xrm: Xrm.XrmStatic, formContext: Xrm.FormContext) => void;
      lastRender?: { tips: number; ms: number };
    };
  };

  /** What a form panel's render gets (shared/formPanel.js). */
  interface FormPanelContext {
    webApi: DataApi;
    t: Translate;
    format: Formatter;
    /** When the load started: the time the query's windows were computed from. */
    now: Date;
    /** Says a short message in the page's status live region. */
    announce(message: string): void;
  }

  /** A panel on a form: one Web API call per render, then the content built from its answer. */
  interface FormPanel<T> {
    /** Whose security role the panel needs (for the access-denied message). */
    audience: "rep" | "manager" | "admin";
    load(webApi: DataApi, id: string, now: Date): Promise<T>;
    /** `items` is what the render timing counts (tips). */
    render(data: T, context: FormPanelContext): { content: (Node | null | false)[]; items: number };
  }

  /** A row as the Web API returns it, annotations included. */
  type WebApiRecord = Record<string, any>;

  type StringKey = keyof typeof import("../crmspm_/strings/en.js").default;

  /** A string, or its plural forms as Intl.PluralRules names them. */
  type Text = string | { one?: string; two?: string; few?: string; many?: string; other: string };

  /** Looks up a user-facing string and fills its `{name}` placeholders; `count` picks the plural form for n. */
  interface Translate {
    (key: StringKey, values?: Record<string, string | number>): string;
    count(key: StringKey, n: number, values?: Record<string, string | number>): string;
  }

  /** What a failed call means for the user (shared/failure.js). */
  interface Failure {
    kind: "access" | "conflict" | "missing" | "busy" | "offline" | "refused" | "other";
    /** Plain words with the next step. */
    text: string;
    /** The platform's own message, for the administrator. */
    detail: string;
  }

  interface UserLocale {
    /** LCID of the user's UI language. */
    languageId: number;
    /** The user's offset from UTC as Dataverse reports it (today's). */
    timeZoneOffsetMinutes: number;
    /** .NET short date pattern from dateFormattingInfo ("M/d/yyyy"); "" uses the language's medium date. */
    shortDatePattern: string;
    dateSeparator: string;
    monthNames: string[];
  }

  interface Formatter {
    locale: string;
    number(value: number, fractionDigits?: number): string;
    /** A fraction as a percentage (0.42 → "42%"). */
    percent(value: number): string;
    /** A change with its sign (+3, -2). */
    signed(value: number): string;
    /** The date in the user's time zone. */
    date(value: Date): string;
    /** A date-only column ("2026-12-15"), which has no time zone to shift. */
    dateOnly(value: Date): string;
    /** "2 days ago", "today". */
    daysAgo(value: Date, now: Date): string;
  }

  interface ClientApiContext {
    xrm: Xrm.XrmStatic;
    formContext: Xrm.FormContext;
  }

  interface PageContext {
    userSettings: Xrm.UserSettings;
    clientUrl: string;
  }

  /** A coaching tip as the panels show it, read from a `task` row written by the plugins. */
  interface Tip {
    /** activityid */
    id: string;
    ruleId: string;
    /** subject */
    title: string;
    /** description without the action and link lines */
    message: string;
    /** "What to do" from the description */
    action: string;
    /** evidence "observed" */
    you: string;
    /** evidence "benchmark" */
    top: string;
    /** choice value of crmspm_severity */
    severity: number;
    /** the server's label for the choice */
    severityLabel: string;
    /** the other label/value pairs from crmspm_evidence */
    evidence: [string, string][];
    benchmark: string;
    /** may be "" when the profile's rule has none */
    trainingLink: string;
    due: Date | null;
  }

  type SnoozeLength = "day" | "week" | "twoWeeks";

  type TipAnswer = { kind: "done" } | { kind: "dismiss"; reason: string } | { kind: "snooze"; length: SnoozeLength };

  /** Writes a rep's answers and ratings (coaching/tipActions.js). */
  interface TipAnswerer {
    /** What the answer does, in words ("Snoozed until …"). */
    describe(answer: TipAnswer): string;
    write(tip: Tip, answer: TipAnswer): Promise<void>;
    rate(tip: Tip, helpful: boolean): Promise<void>;
  }

  interface TipListOptions {
    t: Translate;
    format: Formatter;
    answerer: TipAnswerer;
    /** Puts a message in the page's live region. */
    announce(message: string): void;
    /** An answer took a tip off (-1) or Undo put it back (+1). */
    onCountChange(delta: number): void;
    /** Heading level of each tip's title (h3 unless nested under deal headings). */
    titleLevel?: "h3" | "h4";
  }

  /** One entry of crmspm_dealscorereasons: positive impact helps, negative hurts. */
  interface ScoreReason {
    feature: string;
    text: string;
    impact: number;
  }

  /** One entry of crmspm_dealscorehistory: the score the deal took at that time. */
  interface ScoreHistoryEntry {
    on: Date;
    score: number;
  }

  interface OpportunityCoaching {
    name: string;
    score: number | null;
    previousScore: number | null;
    reasons: ScoreReason[];
    /** Recent scores, oldest first. */
    history: ScoreHistoryEntry[];
    tips: Tip[];
    /** The server has more open tips than it returned. */
    moreTips: boolean;
  }

  interface AccountDeal {
    id: string;
    name: string;
    score: number | null;
    atRisk: boolean;
    lastTouch: Date | null;
    /** The deal's main contact and the contacts its touch log names. */
    contactIds: string[];
    tips: Tip[];
  }

  interface AccountEngagement {
    /** Open deals, most at risk first. */
    deals: AccountDeal[];
    /** The account's last touch (crmspm_lasttouchon), else the latest on its open deals. */
    lastTouch: Date | null;
    /** Distinct contacts across the open deals' main contacts and touch logs. */
    contactsEngaged: number;
    dealsAtRisk: number;
    tipCount: number;
  }

  /** One behaviour of the team's benchmarks (crmspm_modelstate.crmspm_benchmarks, Core's TeamBenchmarks/Practice). */
  interface Practice {
    behaviour: string;
    label: string;
    unit: string;
    higherIsBetter: boolean;
    /** Median of the A-tier reps. */
    aBenchmark: number | null;
    /** Median of the B-tier reps. */
    bValue: number | null;
    isPractice: boolean;
  }

  /** One rep's crmspm_scorecard row for the period. */
  interface RepRow {
    repId: string;
    repName: string;
    adoption: number | null;
    behaviour: number | null;
    /** A fraction (0.31 = 31 %), as Core's RepOutcomes computes it. */
    winRate: number | null;
    /** A fraction, uncapped. */
    quotaAttainment: number | null;
    pipelineCoverage: number | null;
    neededCoverage: number | null;
    /** Choice value of crmspm_tier. */
    tier: number;
    tierLabel: string;
    /** Core's explanation of the tier (crmspm_details.tier); empty when none is stored. */
    tierReason: string;
    /** Core's coaching-queue rank (1 = coach first); null outside the queue. */
    queueRank: number | null;
    /** Core's gain sentence with currency and horizon (crmspm_details.queue.gain); empty when none is stored. */
    queueGain: string;
    adoptionTrend: number | null;
    /** Oldest first. */
    trendHistory: number[];
    revenueGain: number | null;
    /** The server's currency formatting. */
    revenueGainLabel: string;
    largestGap: string;
    /** The team benchmarks' behaviours marked isPractice. */
    practices: Practice[];
    /** The rep's manager (the hierarchy can be deeper than direct reports). */
    managerName: string;
    /** Place in the coaching queue's order (Core's rank; reps outside the queue after); smaller is coached first. */
    needOrder: number;
  }

  /** What the scorecard flags on a rep (scorecard/repFlags.js). */
  interface RepFlag {
    kind: "pace" | "coverage";
    text: string;
  }

  interface DealNeedingAttention {
    id: string;
    name: string;
    /** The server's currency formatting of estimatedvalue. */
    value: string;
    /** estimatedvalue itself, for the export. */
    amount: number | null;
    closeDate: Date | null;
    score: number | null;
    lastTouch: Date | null;
    /** How often the estimated close date moved later. */
    closeDatePushes: number;
    /** Why the deal needs attention, in words. */
    reasons: string[];
  }

  /** A scoring-profile problem as the server reports it: `path: message`. */
  interface Problem {
    path: string;
    message: string;
  }

  interface StoredProfile {
    id: string;
    name: string;
    version: number;
    /** The row's @odata.etag when read, W/"…". */
    etag: string;
    /** The parsed JSON, or null when it does not parse. */
    profile: Record<string, any> | null;
    /** "$: is not valid JSON: …" when it does not parse. */
    parseProblem: string;
  }

  /** One step's failures in the admin page's health section (admin/healthQuery.js). */
  interface StepFailures {
    /** The plug-in's class name, as crmspm_step holds it. */
    step: string;
    count: number;
    lastOn: Date | null;
    /** The newest failure's event ("Update of opportunity"), error type and message. */
    event: string;
    errorType: string;
    message: string;
  }

  /** One entry of crmspm_dataissuesjson (Plugins/CrmSpm.Plugins/Json/DataIssuesDocument.cs). */
  interface DataIssue {
    code: string;
    /** org, rep, opportunity, activity or summary. */
    recordType: string;
    recordId?: string;
    problem: string;
    count: number;
  }

  interface DataIssueDocument {
    /** Issues the recompute found; listed is what the list covers (less when it was cut). */
    total: number;
    listed: number;
    issues: DataIssue[];
  }

  /** The data quality page's read: the run's as-of and its issues (null when the JSON is unreadable). */
  interface DataIssues {
    asOf: Date | null;
    doc: DataIssueDocument | null;
  }

  interface StepHealth {
    /** Newest failure first. */
    steps: StepFailures[];
    /** True when the query's row limit was reached: counts are at least what they say. */
    capped: boolean;
  }

  interface NumberSetting {
    key: string;
    min: number;
    max: number;
    whole?: boolean;
    /** Its label in strings/en.js. */
    label: StringKey;
  }

  interface RuleParameter {
    name: string;
    min: number;
    max: number;
    defaultValue: number;
    /** Its label in strings/en.js. */
    label: StringKey;
  }

  interface RuleDefinition {
    id: string;
    /** Its name in strings/en.js. */
    label: StringKey;
    severity: "Low" | "Medium" | "High";
    parameters: RuleParameter[];
  }
}
