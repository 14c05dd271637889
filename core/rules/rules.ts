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
  computes: 'The last day of the statutory period in which the IND must decide on a first asylum application.',
  formula: 'Application date + 6 months (calendar months). None for Dublin (spoor 1).',
  branches: 'The IND can suspend the period (termijnopschortende factoren); the app cannot see that, so the letter counts. Applications from 12 June 2026 (EU Pact): the decision periods are not in the sources, so the date is not yet known and no overdue advice is given.',
  legalBasis: [
    { law: 'Vw 2000', article: 'art. 42 lid 1', note: 'Decision on an asylum application within six months.' },
    { law: 'Awb', article: 'art. 4:13', note: 'General rule on decision periods.' },
  ],
  atw: { decision: 'not-applicable', reason: 'The term is six months. Atw art. 4: the Atw does not apply to terms longer than three months (as summarised on vdv-vh.nl and debloggendedeurwaarder.nl; the exact wording of art. 4 is to be checked by a lawyer).' },
  decidedBy: 'application',
  versions: [
    {
      from: null,
      until: '2026-06-11',
      value: { dublin: null, 'safe-country': SIX_MONTHS, general: SIX_MONTHS, extended: SIX_MONTHS, border: SIX_MONTHS },
      sources: [
        { id: 'svm2026', section: '§4.3.3' },
        { id: 'svm2026', section: '§4.3.3, Figuur 71' },
        { id: 'herorientatie2024', section: '§4.6, Tabel 4.1' },
      ],
    },
    {
      // Applications from 12 June 2026 fall under the Pact: the sources do not give its decision periods
      // (facts digest, open question 10). The app keeps the 6 months as the value but marks it assumed, so the
      // timeline shows "not yet known" and gives no "the decision is late" advice (an ingebrekestelling sent
      // before the real period has passed makes the appeal inadmissible).
      from: '2026-06-12',
      until: null,
      value: { dublin: null, 'safe-country': SIX_MONTHS, general: SIX_MONTHS, extended: SIX_MONTHS, border: SIX_MONTHS },
      startAssumed: true,
      sources: [
        { id: 'svm2026', section: '§4.3.3' },
        { id: 'svm2026', section: 'Hfst. 1, Asiel- en Migratiepact' },
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
  computes: 'The day after which a person in the border procedure is let in and the regular procedure follows, if the IND has not decided.',
  formula: 'Application date + 4 weeks, moved by the Atw (rules until 11 June 2026); not yet known under the Pact.',
  branches: 'Not for unaccompanied minors, and for families only the adult is in the border procedure.',
  legalBasis: [
    { law: 'Vw 2000', article: 'art. 3', note: 'Refusal of entry at the border; the four-week limit of the asylum border procedure (exact article to be checked).' },
  ],
  atw: { decision: 'applies', reason: 'A term set in the law (Vw 2000 / Vb 2000) of four weeks: Atw art. 1 and 2 apply.' },
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
  computes: 'The first day an asylum seeker may do paid work (with a work permit, twv, applied for by the employer).',
  formula: 'Application date + 6 months, only for applications decided under the rules until 11 June 2026, and only if the person is 18 or older, lives in COA reception and has a valid W-document.',
  branches: 'UWV conditions: older than 18, in COA reception, valid W-document, application pending at least 6 months. A proposal of 3 Nov 2025 changes this from 12 June 2026 (3 months for applicants with a high chance, none for low-chance ones): not yet known. Not shown in the border and safe-country procedures.',
  legalBasis: [
    { law: 'Wav', article: 'art. 2', note: 'An employer needs a work permit (twv) for a foreigner without free access to the labour market.' },
    { law: 'UWV', url: 'https://www.uwv.nl/werkgevers/werkvergunning/speciale-voorwaarden-per-categorie/detail/asielzoeker', note: 'UWV: conditions for a twv for an asylum seeker (older than 18, pending 6 months, COA reception, W-document).' },
  ],
  atw: { decision: 'not-applicable', reason: 'Not a term to act within but a waiting period of six months. Atw art. 4: the Atw does not apply to terms longer than three months (as summarised on vdv-vh.nl and debloggendedeurwaarder.nl; the exact wording of art. 4 is to be checked by a lawyer).' },
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
        { id: 'uwvAsielzoeker' },
      ],
    },
  ],
};

/**
 * The last day (inclusive) on which the 6-month rule is known to apply: a
 * government proposal of 3 November 2025 changes the waiting time with the
 * Pact (12 June 2026): 3 months for applicants with a high chance, no work for
 * low-chance ones. It is not in the seed sources and not yet law, so a work
 * date on or after 12 June 2026 is "not yet known".
 */
export const WORK_RULE_KNOWN_UNTIL: ISODate = '2026-06-11';

/**
 * The limit of at most 24 weeks of work in 52 weeks for asylum seekers. The
 * Council of State declared it not binding on 29 Nov 2023 — SvM 2026 §2.2.4.4
 * L1250, fn 44 L1261 (ECLI:NL:RVS:2023:4341); Heroriëntatie 2024 §5.4
 * L2972–2975. `null` = no limit. Decided by today's date.
 */
export const workWeeksLimit: Rule<{ weeks: number; inWeeks: number } | null> = {
  id: 'workWeeksLimit',
  computes: 'Whether asylum seekers may work at most 24 weeks in 52.',
  formula: 'Up to 28 Nov 2023: 24 in 52 weeks; from 29 Nov 2023: no limit.',
  legalBasis: [{ law: 'Wav', article: 'art. 8', note: 'Work permit conditions; the 24-week limit was declared not binding by ECLI:NL:RVS:2023:4341.' }],
  atw: { decision: 'not-applicable', reason: 'Not a term: a limit on how much you may work.' },
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
  computes: 'How many working days before the start of work the employer of a person with temporary protection must notify UWV.',
  formula: '2 working days before the start.',
  legalBasis: [{ law: 'Wav', note: 'Notification duty for people with temporary protection (article to be checked).' }],
  atw: { decision: 'not-applicable', reason: 'Counted backwards from the start of work (Atw art. 1 lid 2).' },
  decidedBy: 'today',
  versions: [{ from: null, until: null, value: { workingDays: 2 }, sources: [{ id: 'svm2026', section: '§5.2.7' }] }],
};

// ---------------------------------------------------------------------------
// Appeal
// ---------------------------------------------------------------------------

/** `null` = the app does not know the term for that track. `manifest`: the term when the rejection says kennelijk ongegrond or niet-ontvankelijk. */
export interface AppealTerm {
  byTrack: Record<KnownTrack, Duration | null>;
  manifest: Duration;
}

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
  computes: 'The last day to lodge an appeal (beroep) at the district court against a rejection.',
  formula: 'Decision date + term (1 or 4 weeks), starting the day after the decision (Awb art. 6:8), moved by the Atw.',
  branches: 'Extended procedure (VA): 4 weeks, but 1 week when the decision says kennelijk ongegrond or niet-ontvankelijk (Vw 2000 art. 69 lid 2). While the person has not said which, the app shows the 1-week date to act on and the 4-week date as the later possibility. Unknown track: the same. Decisions from 12 June 2026 (EU Pact): the new terms (APR art. 67: 1–2 weeks, or 2 weeks–1 month) and transitional rules are not in the sources, so not yet known: the 1-week date to act on, the 4-week date as the later possibility.',
  legalBasis: [
    { law: 'Vw 2000', article: 'art. 69 lid 1', note: 'Appeal term four weeks (deviating from Awb art. 6:7).' },
    { law: 'Vw 2000', article: 'art. 69 lid 2', note: 'One week for decisions in the general procedure (AA) and for rejections as kennelijk ongegrond or niet-ontvankelijk.' },
    { law: 'Awb', article: 'art. 6:8', note: 'The term starts the day after the decision is announced.' },
    { law: 'Atw', article: 'art. 1', note: 'A term ending on a weekend or holiday moves to the next working day.' },
  ],
  atw: { decision: 'applies', reason: 'A term set in a law (Vw 2000 art. 69) of one or four weeks: Atw art. 1 and 2 apply.' },
  decidedBy: 'decision',
  versions: [
    {
      from: null,
      until: null,
      value: {
        byTrack: { dublin: { weeks: 1 }, 'safe-country': { weeks: 1 }, general: { weeks: 1 }, extended: { weeks: 4 }, border: null },
        manifest: { weeks: 1 },
      },
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
  computes: 'The day the right to reception ends after a rejection.',
  formula: 'Decision date + 4 weeks (not moved).',
  branches: 'Not for Dublin, the border procedure or unaccompanied minors. Safe country of origin: you may have to leave at once (see safeCountryDeparture). After an appeal: in the extended procedure the appeal suspends the decision (Vw 2000 art. 82 lid 1), so reception goes on; after a rejection in the general procedure, as kennelijk ongegrond or niet-ontvankelijk, or in track 2 it does not (art. 82 lid 2): reception goes on only while a request for a voorlopige voorziening is pending or granted.',
  legalBasis: [
    { law: 'Rva 2005', article: 'art. 7', note: 'End of the right to reception (article to be checked by a lawyer).' },
    { law: 'Vw 2000', article: 'art. 62', note: 'Departure period of four weeks after a return decision.' },
    { law: 'Vw 2000', article: 'art. 82', note: 'Lid 1: an appeal suspends the decision; lid 2: not for the listed decisions.' },
  ],
  atw: { decision: 'not-applicable', reason: 'The end of reception is set in the Rva 2005, a ministerial regulation, not a law or AMvB (Atw art. 1 covers terms set in a law or AMvB). The app shows the unmoved day, which can only be earlier.' },
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
  computes: 'The last day to apply for family reunification (nareis) with the three-month privilege.',
  formula: 'Decision (grant) date + 3 months.',
  branches: 'Under the new law (tweestatusstelsel) nareis is limited to the nuclear family; its start date for your case is not yet certain.',
  legalBasis: [
    { law: 'Vw 2000', article: 'art. 29 lid 2', note: 'Family members of a refugee (nareis).' },
    { law: 'Vb 2000', article: 'art. 3.108c', note: 'The three-month term (article to be checked by a lawyer).' },
  ],
  atw: { decision: 'unknown', reason: 'The Atw applies only if the three-month term is set in the Vb 2000 (an AMvB); the seed sources do not say where it is set. The app shows the unmoved day, which can only be earlier.' },
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
  computes: 'The agreed target date to move from reception into a home after the permit.',
  formula: 'Decision (grant) date + 14 weeks.',
  legalBasis: [{ law: 'Afspraak', note: 'An agreement between government and municipalities (taakstelling), not a law; no article.' }],
  atw: { decision: 'not-applicable', reason: 'A target agreed between governments, not a term set in a law or AMvB.' },
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
  computes: 'The end date of the asylum residence permit for a fixed period (VVA bepaalde tijd).',
  formula: 'Application date + 5 years (granted with effect from the day the application was received). Under the Pact law 3 years, but its start date for a case is not in the sources: for a decision on or after 12 June 2026 the app shows both (3 and 5 years) as not yet known. The date on the permit card wins.',
  branches: 'Which length applies after 12 June 2026 is not yet known (no start date or transitional rule in the sources).',
  legalBasis: [
    { law: 'Vw 2000', article: 'art. 28', note: 'The asylum residence permit for a fixed period.' },
    { law: 'Vb 2000', article: 'art. 3.105', note: 'The permit takes effect from the day the application was received (article to be checked by a lawyer); see ECLI:NL:RBDHA:2023:15961.' },
  ],
  atw: { decision: 'not-applicable', reason: 'A validity, not a term to act within, and longer than three months (Atw art. 4).' },
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
      startAssumed: true,
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
  computes: 'The last day of the integration term (inburgeringstermijn).',
  formula: 'PIP date + 3 years (the term starts the day after the PIP).',
  legalBasis: [{ law: 'Wi 2021', article: 'art. 7', note: 'The integration term of three years (article to be checked by a lawyer).' }],
  atw: { decision: 'not-applicable', reason: 'Three years: longer than three months (Atw art. 4).' },
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
  computes: 'The last day of temporary protection for people from Ukraine.',
  formula: 'A fixed date set by EU decision: 4 March 2027.',
  legalBasis: [{ law: 'EU 2022/382', note: 'Temporary protection, extended by later Council decisions.' }],
  atw: { decision: 'not-applicable', reason: 'A fixed date set by an EU decision, not a term.' },
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

// ---------------------------------------------------------------------------
// Permit renewal
// ---------------------------------------------------------------------------

/**
 * The IND accepts an application to renew (verlengen) the asylum permit for a
 * fixed period from 6 months before it ends, and it must be made while the
 * permit is still valid (IND, "Extending your temporary asylum residence
 * permit"). Not in the seed documents.
 */
export const permitRenewalFrom: Rule<Duration> = {
  id: 'permitRenewalFrom',
  computes: 'The first day the IND accepts an application to renew the asylum permit.',
  formula: 'Permit end date - 6 months (counted backwards). Apply before the permit ends.',
  legalBasis: [
    {
      law: 'IND',
      url: 'https://ind.nl/en/residence-permits/asylum/extending-your-temporary-asylum-residence-permit',
      note: 'IND practice: apply from 6 months before the permit expires, while it is still valid.',
    },
  ],
  atw: { decision: 'not-applicable', reason: 'Counted backwards from the end of the permit (Atw art. 1 lid 2), and IND practice, not a term set in a law.' },
  decidedBy: 'decision',
  versions: [{ from: null, until: null, value: { months: 6 }, sources: [{ id: 'indVerlengenAsiel' }] }],
};

// ---------------------------------------------------------------------------
// Safe country of origin
// ---------------------------------------------------------------------------

/**
 * After a rejection as a safe-country applicant: leave the Netherlands at once
 * ("onmiddellijk"), a 2-year entry ban, possible placement in a VBL; the
 * departure period can be shortened to none — Kerncijfers 2023 L105–111;
 * SvM 2023 §4.3.5 L2191–2195 (fn 130). Whether this still applies now that
 * there is no national safe-country list (Sep 2025) is open question 16.
 */
export const safeCountryDeparture: Rule<{ departureDays: number; entryBanYears: number }> = {
  id: 'safeCountryDeparture',
  computes: 'What happens to reception after a rejection as a safe country of origin (track 2).',
  formula: 'No 4-week period: you may have to leave from the decision date (departure period can be none); entry ban of 2 years.',
  branches: 'Whether these consequences still apply without the national list is not stated in the sources.',
  legalBasis: [
    { law: 'Vw 2000', article: 'art. 62 lid 2', note: 'The departure period can be shortened or left out.' },
    { law: 'Vw 2000', article: 'art. 66a', note: 'Entry ban (inreisverbod).' },
  ],
  atw: { decision: 'not-applicable', reason: 'No term: the person may have to leave at once.' },
  decidedBy: 'decision',
  versions: [
    {
      from: null,
      until: null,
      value: { departureDays: 0, entryBanYears: 2 },
      sources: [
        { id: 'kerncijfers2023', section: 'Hoe vaak wordt een asielverzoek ingewilligd?' },
        { id: 'svm2023', section: '§4.3.5' },
      ],
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
  permitRenewalFrom,
  safeCountryDeparture,
} as const;
export type RuleId = keyof typeof RULES;
