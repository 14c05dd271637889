import type { ISODate } from '../domain/dates';
import type { Duration, KnownTrack, Rule } from './types';

/**
 * The legal terms and targets, as data with dated versions and sources.
 *
 * Line numbers ("L…") refer to the plain-text source files in
 * ../shared/sources (see the `file` of each document in the sources registry);
 * every number here was checked against the cited line. Rules taken from a law
 * that the five documents do not quote (Vw 2000 art. 69, Atw, Awb) cite the
 * law and say so.
 */

// ---------------------------------------------------------------------------
// Decision period (beslistermijn)
// ---------------------------------------------------------------------------

/** `null` = no statutory decision period for that track. */
export type DecisionPeriod = Record<KnownTrack, Duration | null>;

const SIX_MONTHS: Duration = { months: 6 };
const FIFTEEN_MONTHS: Duration = { months: 15 };

/**
 * The statutory period within which the IND must decide on a first asylum
 * application, counted from the application.
 *
 * - 6 months "voor alle aanvragen" — SvM 2026 §4.3.3, L2481.
 * - Dublin (spoor 1): no statutory period — SvM 2026 §4.3.3 Fig. 71 ("n.v.t."),
 *   L2487; Heroriëntatie 2024 §4.6 Tabel 4.1 ("Geen wettelijke termijn").
 * - The period can be suspended ("termijnopschortende factoren"), so the real
 *   end date can be later — SvM 2026 §4.3.3 fn 131, L2496. The app cannot see
 *   suspensions; the letter from the IND counts.
 *
 * History: on 27 Sep 2022 the period was extended by 9 months to 15 months for
 * applications filed from 27 Sep 2022 (and those still inside their 6 months
 * on that day), and again for 2023, 2024 and 2025 (SvM 2026 L2481; SvM 2023
 * §4.3.4 L2141–2143; Heroriëntatie 2024 §4.2 fn 64: filed 27 Sep 2022 –
 * 1 Jan 2025). After CJEU C-662/23 (8 May 2025) the 2024 and 2025 extensions
 * were reversed, and the Council of State found the first extension invalid:
 * "De wettelijk beslistermijn voor alle aanvragen is daardoor de gebruikelijke
 * 6 maanden" (L2481). So the extension is history only and never chosen.
 * The history period (from 27 Mar 2022, the earliest filing date still inside
 * 6 months on 27 Sep 2022, to 31 Dec 2025) only decides when the app explains
 * that an older letter may mention 15 months.
 */
export const decisionPeriod: Rule<DecisionPeriod> = {
  id: 'decisionPeriod',
  decidedBy: 'application',
  versions: [
    {
      from: null,
      until: null,
      value: { dublin: null, 'safe-country': SIX_MONTHS, general: SIX_MONTHS, extended: SIX_MONTHS, border: SIX_MONTHS },
      sources: [
        { id: 'svm2026', section: '§4.3.3' },
        { id: 'svm2026', section: '§4.3.3, Figuur 71' },
        { id: 'herorientatie2024', section: '§4.6, Tabel 4.1' },
      ],
    },
  ],
  history: [
    {
      from: '2022-03-27',
      until: '2025-12-31',
      value: { dublin: null, 'safe-country': FIFTEEN_MONTHS, general: FIFTEEN_MONTHS, extended: FIFTEEN_MONTHS, border: FIFTEEN_MONTHS },
      sources: [
        { id: 'svm2023', section: '§4.3.4' },
        { id: 'herorientatie2024', section: '§4.2' },
      ],
      endedOn: '2025-05-08',
      reason: 'reversed-after-cjeu-c-662-23',
      endedBy: [
        { id: 'cjeuC662_23' },
        { id: 'svm2026', section: '§4.3.3' },
        { id: 'svm2026', section: 'Bijlage II' },
      ],
    },
  ],
};

// ---------------------------------------------------------------------------
// Border procedure
// ---------------------------------------------------------------------------

/**
 * Asylum border procedure: if the IND cannot decide within 4 weeks, the person
 * is admitted to the Netherlands and the regular procedure follows — SvM 2026
 * Bijlage I "Grensprocedure asiel", L3779 (processes as they applied in 2025,
 * fn 194 L3678). Not for unaccompanied minors (L3785).
 * From 12 June 2026 the EU Pact's compulsory border procedure applies; its
 * term is not stated in the documents, so `null` (the app says nothing).
 */
export const borderAdmissionAfter: Rule<Duration | null> = {
  id: 'borderAdmissionAfter',
  decidedBy: 'application',
  versions: [
    {
      from: null,
      until: '2026-06-11',
      value: { weeks: 4 },
      sources: [
        { id: 'svm2026', section: 'Bijlage I, Grensprocedure asiel' },
        { id: 'svm2023', section: '§5.3.1' },
      ],
    },
    {
      from: '2026-06-12',
      until: null,
      value: null,
      sources: [{ id: 'svm2026', section: 'Hfst. 1, Asiel- en Migratiepact' }],
    },
  ],
};

// ---------------------------------------------------------------------------
// Work during the procedure
// ---------------------------------------------------------------------------

/**
 * Asylum seekers may work once they have been in the procedure for 6 months,
 * if the employer has a work permit (twv) — Heroriëntatie 2024 §5.4,
 * L2969–2972 ("nadat men zes maanden in procedure zit en wanneer de werkgever
 * een tewerkstellingsvergunning bezit"). SvM 2026 §2.2.4.4 L1238 confirms the
 * twv for asylum seekers waiting for a decision (it does not restate the 6
 * months). Counted from the application.
 * Used by both the timeline (`work-allowed-from`) and the work checker.
 */
export const workAfter: Rule<Duration> = {
  id: 'workAfter',
  decidedBy: 'application',
  versions: [
    {
      from: null,
      until: null,
      value: { months: 6 },
      sources: [
        { id: 'herorientatie2024', section: '§5.4' },
        { id: 'svm2026', section: '§2.2.4.4' },
        { id: 'wav' },
      ],
    },
  ],
};

/**
 * The limit of at most 24 weeks of work in 52 weeks for asylum seekers. The
 * Council of State declared it not binding on 29 Nov 2023 — SvM 2026 §2.2.4.4
 * L1250, fn 44 L1261 (ECLI:NL:RVS:2023:4341); Heroriëntatie 2024 §5.4
 * L2972–2975. `null` = no limit. Decided by today's date.
 */
export const workWeeksLimit: Rule<{ weeks: number; inWeeks: number } | null> = {
  id: 'workWeeksLimit',
  decidedBy: 'today',
  versions: [
    {
      from: null,
      until: '2023-11-28',
      value: { weeks: 24, inWeeks: 52 },
      sources: [{ id: 'svm2026', section: '§2.2.4.4' }],
    },
    {
      from: '2023-11-29',
      until: null,
      value: null,
      sources: [
        { id: 'rvs2023_4341' },
        { id: 'svm2026', section: '§2.2.4.4' },
        { id: 'herorientatie2024', section: '§5.4' },
      ],
    },
  ],
};

/**
 * People with temporary protection (Ukraine): employers need no twv but must
 * notify UWV at least two working days before the work starts; volunteering
 * needs a volunteer statement, an internship a three-party agreement — SvM
 * 2026 §5.2.7, L2735.
 */
export const uwvNotificationTemporaryProtection: Rule<{ workingDays: number }> = {
  id: 'uwvNotificationTemporaryProtection',
  decidedBy: 'today',
  versions: [{ from: null, until: null, value: { workingDays: 2 }, sources: [{ id: 'svm2026', section: '§5.2.7' }] }],
};

// ---------------------------------------------------------------------------
// Appeal
// ---------------------------------------------------------------------------

/** `null` = the app does not know the term for that track. */
export type AppealTerm = Record<KnownTrack, Duration | null>;

/**
 * Term for lodging an appeal (beroep) at the district court against a
 * rejection, counted from the decision (the term starts the day after the
 * decision is announced, Awb art. 6:8; the Atw moves an end on a weekend or
 * holiday).
 *
 * Vw 2000 art. 69: 1 week for decisions in the general procedure (AA), Dublin
 * and safe-country decisions; 4 weeks for the extended procedure (VA).
 * NOT in the five source documents (open question 1 in the facts digest); it
 * is taken from the law as given in the project brief. The border procedure is
 * left `null` (not stated), so the timeline treats it like an unknown track.
 */
export const appealTerm: Rule<AppealTerm> = {
  id: 'appealTerm',
  decidedBy: 'decision',
  versions: [
    {
      from: null,
      until: null,
      value: { dublin: { weeks: 1 }, 'safe-country': { weeks: 1 }, general: { weeks: 1 }, extended: { weeks: 4 }, border: null },
      sources: [
        { id: 'vw2000', section: 'art. 69' },
        { id: 'awb', section: 'art. 6:8' },
        { id: 'atw', section: 'art. 1' },
      ],
    },
  ],
};

// ---------------------------------------------------------------------------
// Reception after a rejection
// ---------------------------------------------------------------------------

/**
 * After a rejection the right to reception ends after four weeks — SvM 2026
 * Bijlage I, L3721 ("Na afwijzing van het asielverzoek eindigt na vier weken
 * het recht op opvang"). Heroriëntatie 2024 §7.5 L5069–5071: at most 28 days
 * in a regular azc, "tenzij beroep wordt ingesteld" (unless an appeal is
 * lodged); unaccompanied minors stay in reception because they are minors
 * (L5071). Families can move to a family location (L3721).
 */
export const receptionEndAfterRejection: Rule<Duration> = {
  id: 'receptionEndAfterRejection',
  decidedBy: 'decision',
  versions: [
    {
      from: null,
      until: null,
      value: { weeks: 4 },
      sources: [
        { id: 'svm2026', section: 'Bijlage I, Asiel en opvang' },
        { id: 'herorientatie2024', section: '§7.5' },
      ],
    },
  ],
};

// ---------------------------------------------------------------------------
// After a grant
// ---------------------------------------------------------------------------

/**
 * Family reunification (mvv-nareis) must be applied for within 3 months after
 * the (positive) decision on the asylum application — SvM 2026 Bijlage I
 * "Mv nareis", L3731 (also L4048); SvM 2023 §4.3, L1972–1973.
 * Counted from the decision date (open question 6: "after the permit" also occurs).
 */
export const nareisTerm: Rule<Duration> = {
  id: 'nareisTerm',
  decidedBy: 'decision',
  versions: [
    {
      from: null,
      until: null,
      value: { months: 3 },
      sources: [
        { id: 'svm2026', section: 'Bijlage I, Mv nareis' },
        { id: 'svm2023', section: '§4.3' },
      ],
    },
  ],
};

/**
 * The 14-week norm: permit holders should move to housing in a municipality at
 * the latest 14 weeks after the permit (2 weeks linking + 10 weeks finding
 * housing + 2 weeks moving) — SvM 2026 §4.3.2 L2384, §7.1.1 fn 179 L3418,
 * Bijlage I L4040; Heroriëntatie 2024 §5.11 L3846–3850. A target, not a right.
 */
export const housingTarget: Rule<Duration> = {
  id: 'housingTarget',
  decidedBy: 'decision',
  versions: [
    {
      from: null,
      until: null,
      value: { weeks: 14 },
      sources: [
        { id: 'svm2026', section: '§4.3.2' },
        { id: 'svm2026', section: '§7.1.1' },
        { id: 'herorientatie2024', section: '§5.11' },
      ],
    },
  ],
};

/**
 * Validity of the asylum residence permit for a fixed period (VVA bepaalde
 * tijd), counted here from the decision.
 * - 5 years: Heroriëntatie 2024 §4.4, L1895–1897 ("meteen een
 *   verblijfsvergunning van vijf jaar").
 * - 3 years: the Pact implementation law, adopted by the Eerste Kamer on
 *   26 May 2026 ("drie in plaats van vijf jaar") — SvM 2026 Hfst. 1, L787.
 *   The documents do not give its start date; the app uses 12 June 2026, the
 *   day the EU Pact applies (SvM 2026 Hfst. 1, L785), as the project decided.
 * Chosen by the decision (grant) date.
 */
export const permitDuration: Rule<Duration> = {
  id: 'permitDuration',
  decidedBy: 'decision',
  versions: [
    {
      from: null,
      until: '2026-06-11',
      value: { years: 5 },
      sources: [
        { id: 'herorientatie2024', section: '§4.4' },
        { id: 'vw2000', section: 'art. 28' },
      ],
    },
    {
      from: '2026-06-12',
      until: null,
      value: { years: 3 },
      sources: [
        { id: 'svm2026', section: 'Hfst. 1, Asiel- en Migratiepact' },
        { id: 'euPact' },
      ],
    },
  ],
};

/**
 * Integration term (inburgeringstermijn) under the Wet inburgering 2021: three
 * years, starting the day after the municipality adopted the PIP — SvM 2026
 * §7.2.3, L3582 ("De dag nadat ... start ... de termijn van drie jaar").
 * (Bijlage I L4018 says "zodra", as soon as — open question 22; the app
 * follows §7.2.3.) The Wi2021 applies to people who got their permit from
 * 1 Jan 2022 (L3525); the PIP exists only under it.
 * With the term starting the day after the PIP, its last day is PIP + 3 years.
 */
export const integrationTerm: Rule<Duration> = {
  id: 'integrationTerm',
  decidedBy: 'pip',
  versions: [
    {
      from: '2022-01-01',
      until: null,
      value: { years: 3 },
      sources: [
        { id: 'svm2026', section: '§7.2.3' },
        { id: 'svm2026', section: 'Bijlage I, Inburgeringstermijn' },
        { id: 'wi2021' },
      ],
    },
  ],
};

// ---------------------------------------------------------------------------
// Temporary protection (Ukraine)
// ---------------------------------------------------------------------------

/**
 * Temporary protection under the EU directive (RTB) lasts until and including
 * 4 March 2027 — SvM 2026 §5.1, L2639 and L2657. Decided by today's date:
 * the end date is moved by EU decisions, not by the person's dates.
 * History: first one year (to 4 Mar 2023), then extended to 4 Mar 2024 —
 * SvM 2023 §7.1, L3056–3061 and Hfst. 1, L822–823.
 */
export const temporaryProtectionEnd: Rule<ISODate> = {
  id: 'temporaryProtectionEnd',
  decidedBy: 'today',
  versions: [
    {
      from: null,
      until: null,
      value: '2027-03-04',
      sources: [{ id: 'svm2026', section: '§5.1' }, { id: 'euTpd' }],
    },
  ],
  history: [
    {
      from: '2022-03-04',
      until: '2023-03-04',
      value: '2023-03-04',
      sources: [{ id: 'svm2023', section: '§7.1' }],
      endedOn: null,
      reason: 'extended',
      endedBy: [{ id: 'svm2023', section: '§7.1' }],
    },
    {
      from: '2023-03-05',
      until: '2024-03-04',
      value: '2024-03-04',
      sources: [{ id: 'svm2023', section: 'Hfst. 1' }],
      endedOn: null,
      reason: 'extended',
      endedBy: [{ id: 'svm2026', section: '§5.1' }],
    },
  ],
};

/** All rules, by id (for listing, tests and the sources screen). */
export const RULES = {
  decisionPeriod,
  borderAdmissionAfter,
  workAfter,
  workWeeksLimit,
  uwvNotificationTemporaryProtection,
  appealTerm,
  receptionEndAfterRejection,
  nareisTerm,
  housingTarget,
  permitDuration,
  integrationTerm,
  temporaryProtectionEnd,
} as const;
export type RuleId = keyof typeof RULES;
