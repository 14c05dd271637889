import type { RulePeriodId } from '../../rules/periods';
import {
  appealTerm,
  borderAdmissionAfter,
  decisionPeriod,
  housingTarget,
  integrationTerm,
  nareisTerm,
  permitDuration,
  receptionEndAfterRejection,
  ruleValue,
  workAfter,
  type Duration as RuleDuration,
} from '../../rules';
import { DECISION_PROCESSING_TIME, getPublishedFigure, HOUSING_WAIT } from '../../rules/statistics';
import type { SourceRef } from '../../sources/registry';
import { STEP_IDS, type StepId } from './ids';
import type { Step } from './types';

/**
 * All steps of the procedure map, filled from the five source documents in
 * ../shared/sources (and, where a rule comes from the law itself, the law).
 *
 * Line numbers ("L…") point into the plain-text source files; every number
 * below was checked against the cited line on `LAST_CHECKED`.
 *
 * Documents: svm2026 = 001_f13e9ee2f5778942.txt, svm2023 = 000_…,
 * introductiedossier = 003_…, herorientatie2024 = 004_….
 *
 * Where the documents describe a rule only as it applied before the EU Pact
 * (12 June 2026) and the Pact may change it, the duration is limited to
 * `periods: PRE` and the step has a `pact` period note saying what is unknown.
 * Rules the app's rules engine (core/rules/rules.ts) also applies in the
 * Pact period are left open here too, so the two never disagree.
 */

const LAST_CHECKED = '2026-11-22';
const BOTH: readonly RulePeriodId[] = ['pre-pact', 'pact'];
const PRE: readonly RulePeriodId[] = ['pre-pact'];
const PACT: readonly RulePeriodId[] = ['pact'];

// Frequently cited sections.
const SVM26_ASIEL_OPVANG: SourceRef = { id: 'svm2026', section: 'Bijlage I, Asiel en opvang' };
const SVM26_PACT: SourceRef = { id: 'svm2026', section: 'Hfst. 1, Asiel- en Migratiepact' };
const SVM26_PACT_AIMS: SourceRef = { id: 'svm2026', section: 'Hfst. 1, Doelstellingen Migratiepact' };
const SVM26_SCREENING: SourceRef = { id: 'svm2026', section: 'Hfst. 1, Screeningsverordening' };
const HER_42: SourceRef = { id: 'herorientatie2024', section: '§4.2' };
const HER_43: SourceRef = { id: 'herorientatie2024', section: '§4.3' };

type StepData = Omit<Step, 'id' | 'lastChecked'>;

/**
 * Each fact once: a duration that a rule in core/rules (or a published
 * statistic) states is taken from there, never typed again here.
 * `fromRule` turns a one-unit rule duration into `{ value, unit }`.
 */
function fromRule(d: RuleDuration | null): { value: number; unit: 'days' | 'weeks' | 'months' | 'years' } {
  if (!d) throw new Error('steps: rule has no duration for this period');
  const units = (['years', 'months', 'weeks', 'days'] as const).filter((u) => d[u] !== undefined);
  if (units.length !== 1) throw new Error(`steps: rule duration must have exactly one unit: ${JSON.stringify(d)}`);
  return { value: d[units[0]!]!, unit: units[0]! };
}
const PRE_DAY = '2026-06-11';
const PACT_DAY = '2026-06-12';
function stat(year: number, track: 'dublin' | 'safe-country' | 'general' | 'extended'): number {
  const s = DECISION_PROCESSING_TIME.find((x) => x.year === year);
  if (!s) throw new Error(`steps: no processing time for ${year}`);
  return s.value[track];
}
function housingWait(year: number): number {
  const s = HOUSING_WAIT.find((x) => x.year === year);
  if (!s) throw new Error(`steps: no housing wait for ${year}`);
  return s.value;
}

const STEP_DATA: Record<StepId, StepData> = {
  // Aanmelding: "De vreemdeling meldt zich in het aanmeldcentrum. De IND verricht de voorregistratie"
  // (SvM 2026 Bijlage I, Aanmeldproces, L3711). All procedures except the border procedure start in
  // Ter Apel (Heroriëntatie §4.2, L1614–1616). Fingerprints compared with Eurodac (SvM 2026 §4.2.4.1,
  // L2156; age limit 14 → 6 from 12 June 2026, fn 113 L2163). I&R: police/AVIM (Heroriëntatie §6.10,
  // L4773–4776); DISA 1 Jan 2025 – 11 Jun 2026 (SvM 2026 Bijlage V, L4212); first reception in a col
  // (Bijlage I, L3721).
  registration: {
    icon: 'arrival',
    dutchTerm: 'aanmelding',
    actors: ['ind', 'disa', 'avim', 'kmar', 'coa'],
    tracks: ['general', 'extended', 'dublin', 'safe-country', 'border', 'minor'],
    periods: BOTH,
    durations: [],
    next: ['screening', 'reception', 'legal-aid', 'minors-nidos'],
    sources: [
      { id: 'svm2026', section: 'Bijlage I, Aanmeldproces' },
      SVM26_ASIEL_OPVANG,
      { id: 'svm2026', section: '§4.2.4.1' },
      { id: 'svm2026', section: 'Bijlage V, Dienst Identificatie en Screening Asielzoekers' },
      HER_42,
      { id: 'herorientatie2024', section: '§6.10' },
      SVM26_SCREENING,
    ],
    faqCount: 2,
    periodNotes: ['pact'],
  },

  // Screening Regulation from 12 June 2026: identification, biometrics and Eurodac, security
  // databases, preliminary medical and vulnerability check, referral to asylum or return
  // (SvM 2026 Hfst. 1 "Screeningsverordening", L881). The IND takes over screening on the
  // territory (Hfst. 1 "Asiel- en Migratiepact", L785).
  screening: {
    icon: 'search',
    dutchTerm: 'screening',
    actors: ['ind', 'kmar'],
    tracks: ['general', 'extended', 'dublin', 'safe-country', 'border', 'minor'],
    periods: PACT,
    durations: [],
    next: ['medical-check'],
    sources: [SVM26_SCREENING, SVM26_PACT, { id: 'euPact' }],
    faqCount: 2,
  },

  // Part of screening: "een voorlopige medische controle en kwetsbaarheidscontrole" (L881).
  // The documents describe no separate medical check before the Pact, so the step exists only
  // in the Pact period.
  'medical-check': {
    icon: 'medical',
    dutchTerm: 'voorlopige medische controle en kwetsbaarheidscontrole',
    actors: ['ind'],
    tracks: ['general', 'extended', 'dublin', 'safe-country', 'border', 'minor'],
    periods: PACT,
    durations: [],
    next: ['reception', 'legal-aid', 'minors-nidos'],
    sources: [SVM26_SCREENING, { id: 'euPact' }],
    faqCount: 2,
  },

  // col → pol → azc; right to reception during the procedure, tied to lawful stay; noodopvang,
  // tgo, ibo, htl (SvM 2026 Bijlage I, L3721–3725). Reception = safe housing, basic needs and
  // guidance; moves (Heroriëntatie §5.2, L2685–2694; §5.7, L3317–3345). Average stay 17.8 months
  // in 2025 (SvM 2026 §4.3.2, L2372). Own contribution also for care costs from 1 Nov 2025
  // (Hfst. 1 "Versobering van de opvang", L823). Work after 6 months with a twv (Heroriëntatie
  // §5.4, L2969–2972); the 24-week limit is not binding (SvM 2026 §2.2.4.4, L1250).
  // From 12 June 2026 COA has separate shelter for Dublin claimants (L785).
  reception: {
    icon: 'home',
    dutchTerm: 'opvang',
    actors: ['coa'],
    tracks: ['general', 'extended', 'dublin', 'safe-country'],
    periods: BOTH,
    durations: [
      {
        id: 'reception-average-stay',
        kind: 'average',
        value: getPublishedFigure('reception-average-stay-2025').value,
        unit: 'months',
        year: getPublishedFigure('reception-average-stay-2025').year,
        sources: getPublishedFigure('reception-average-stay-2025').sources,
      },
      {
        id: 'work-allowed-after',
        kind: 'legal',
        ...fromRule(ruleValue(workAfter, PRE_DAY)),
        sources: [{ id: 'herorientatie2024', section: '§5.4' }, { id: 'svm2026', section: '§2.2.4.4' }],
      },
    ],
    figures: ['reception-average-stay-2024'],
    next: ['legal-aid'],
    sources: [
      SVM26_ASIEL_OPVANG,
      { id: 'herorientatie2024', section: '§5.2' },
      { id: 'herorientatie2024', section: '§5.7' },
      { id: 'svm2026', section: '§4.3.2' },
      { id: 'svm2026', section: 'Hfst. 1, Versobering van de opvang' },
      { id: 'herorientatie2024', section: '§5.4' },
      { id: 'svm2026', section: '§2.2.4.4' },
      SVM26_PACT,
    ],
    faqCount: 3,
    periodNotes: ['pact'],
  },

  // Amv definition (SvM 2026 §4.2.1 fn 104, L2052). Nidos guardian until 18 or leaving NL
  // (Bijlage V "Nidos", L4263). Foster families under 15; 13–14 to COA small-scale if no Nidos
  // place; 15+ on arrival to COA (§4.3.2, L2361). RVT 3 weeks, always spoor 4 (Heroriëntatie §4.2,
  // L1643–1646). No border detention (Heroriëntatie §4.3, L1766–1767; SvM 2026 Bijlage I, L3785).
  // After 18 with a permit: municipality responsible, may stay up to 21 (Introductiedossier §3.3,
  // L874–886; verlengde opvangregeling SvM 2026 §4.3.2, L2361). Dublin only in the child's interest
  // (Introductiedossier §1.3, L224–232; SvM 2026 §6.5.5, L3289). Return only with adequate reception,
  // else rejection without return decision; buitenschuld permit (SvM 2026 §6.5.5, L3289).
  // Education for all minors (SvM 2026 Hfst. 1 "Onderwijs", L982).
  'minors-nidos': {
    icon: 'child',
    dutchTerm: 'alleenstaande minderjarige vreemdeling',
    actors: ['nidos', 'coa', 'ind'],
    tracks: ['minor'],
    periods: BOTH,
    durations: [],
    next: ['legal-aid'],
    sources: [
      { id: 'svm2026', section: '§4.2.1' },
      { id: 'svm2026', section: 'Bijlage V, Nidos' },
      { id: 'svm2026', section: '§4.3.2' },
      HER_42,
      HER_43,
      { id: 'introductiedossier', section: '§3.3' },
      { id: 'introductiedossier', section: '§1.3' },
      { id: 'svm2026', section: '§6.5.5' },
      { id: 'svm2026', section: 'Bijlage I, Mv nareis' },
      { id: 'svm2026', section: 'Hfst. 1, Onderwijs' },
    ],
    faqCount: 3,
  },

  // Lawyer from the first aanmeldgehoor, in principle the same lawyer throughout; free legal and
  // procedural information; correcting and adding to the reports (Heroriëntatie §4.3, L1812–1816,
  // fn 76 L1867–1868). Limited legal aid for later applications since 2014 (fn 72, L1861).
  // VWN: personal legal and social support (SvM 2026 Bijlage V, L4289); stopped individual nareis
  // support on 1 Dec 2025 (§4.3.1.1, L2261).
  'legal-aid': {
    icon: 'lawyer',
    dutchTerm: 'rechtsbijstand',
    actors: ['lawyer', 'rvr', 'vwn'],
    tracks: ['general', 'extended', 'dublin', 'safe-country', 'border', 'minor'],
    periods: BOTH,
    durations: [],
    next: ['registration-interview', 'border-procedure'],
    sources: [
      HER_43,
      { id: 'svm2026', section: 'Bijlage V, VluchtelingenWerk Nederland' },
      { id: 'svm2026', section: '§4.3.1.1' },
    ],
    faqCount: 2,
  },

  // Since 2021 the aanmeldgehoor is merged with the first interview and asks the asylum motive
  // (Heroriëntatie §4.6, L2228–2233); the IND sets the track in the registration phase (§4.2,
  // L1614–1616); shame or trauma (§4.3, L1819–1821).
  'registration-interview': {
    icon: 'interview',
    dutchTerm: 'aanmeldgehoor',
    actors: ['ind', 'lawyer'],
    tracks: ['general', 'extended', 'dublin', 'safe-country', 'minor'],
    periods: BOTH,
    durations: [],
    next: ['track-assignment'],
    sources: [HER_43, { id: 'herorientatie2024', section: '§4.6' }, HER_42],
    faqCount: 2,
  },

  // Sporenbeleid: 1 Dublin, 2 safe country / protection in another EU state, 4 AA/VA; 3 and 5 not
  // used; 1 and 2 decided as fast as possible and can move to 4; amv always spoor 4
  // (Heroriëntatie §4.2, L1614–1626, L1645–1646; SvM 2026 §4.3.1.1, L2263–2267).
  'track-assignment': {
    icon: 'route-branch',
    dutchTerm: 'spoor',
    actors: ['ind'],
    tracks: ['general', 'extended', 'dublin', 'safe-country', 'minor'],
    periods: BOTH,
    durations: [],
    next: ['rest-preparation', 'dublin-procedure', 'safe-country-procedure'],
    sources: [HER_42, { id: 'svm2026', section: '§4.3.1.1' }, { id: 'svm2026', section: '§4.3.3' }],
    faqCount: 2,
  },

  // "Spoor 4 begint na een rust- en voorbereidingstermijn van minimaal zes dagen" (Heroriëntatie §4.2,
  // L1626–1628); amv "drie weken" (L1644–1645); stay in a pol during the RVT (§5.2 Kader 5.1,
  // L2726–2729). Only Heroriëntatie 2024 states these terms: open question 9 (do they still apply
  // after 12 June 2026?), hence `periods: PRE`.
  'rest-preparation': {
    icon: 'rest',
    dutchTerm: 'rust- en voorbereidingstermijn',
    actors: ['coa', 'lawyer'],
    tracks: ['general', 'extended', 'minor'],
    periods: BOTH,
    durations: [
      {
        id: 'rest-period-adults',
        kind: 'legal',
        value: 6,
        unit: 'days',
        periods: PRE,
        tracks: ['general', 'extended'],
        sources: [HER_42],
      },
      {
        id: 'rest-period-minors',
        kind: 'legal',
        value: 3,
        unit: 'weeks',
        periods: PRE,
        tracks: ['minor'],
        sources: [HER_42],
      },
    ],
    next: ['general-procedure'],
    sources: [HER_42, { id: 'herorientatie2024', section: '§5.2' }],
    faqCount: 2,
    periodNotes: ['pact'],
  },

  // AA "in principe zes of negen dagen" (Heroriëntatie §4.2, L1628–1629); AA+ = the AA extended in
  // advance by three days (§4.6, L2231–2233); VA when the AA is not enough (§4.2, L1629–1632).
  // Long waits for a first interview (§4.9, L2512–2517). Open applications grew (§4.6, L2063–2064).
  // Pact: shorter procedures, no terms stated (SvM 2026 Hfst. 1, L797).
  'general-procedure': {
    icon: 'route',
    dutchTerm: 'algemene asielprocedure',
    actors: ['ind', 'lawyer'],
    tracks: ['general', 'extended', 'minor'],
    periods: BOTH,
    durations: [
      { id: 'aa-days', kind: 'legal', value: 6, unit: 'days', periods: PRE, sources: [HER_42] },
      { id: 'aa-days-long', kind: 'legal', value: 9, unit: 'days', periods: PRE, sources: [HER_42] },
      {
        id: 'aa-plus-extra-days',
        kind: 'legal',
        value: 3,
        unit: 'days',
        periods: PRE,
        sources: [{ id: 'herorientatie2024', section: '§4.6' }],
      },
    ],
    figures: ['decided-on-time-general'],
    next: ['detailed-interview'],
    sources: [
      HER_42,
      { id: 'herorientatie2024', section: '§4.6' },
      { id: 'herorientatie2024', section: '§4.9' },
      SVM26_ASIEL_OPVANG,
      SVM26_PACT_AIMS,
    ],
    faqCount: 2,
    periodNotes: ['pact'],
  },

  // Nader gehoor; correcting and adding to its report (Heroriëntatie §4.3, L1826, fn 76 L1867–1868);
  // shame or trauma (L1819–1821). Voornemensprocedure abolished by the Pact law (SvM 2026 Hfst. 1,
  // L787).
  'detailed-interview': {
    icon: 'interview',
    dutchTerm: 'nader gehoor',
    actors: ['ind', 'lawyer'],
    tracks: ['general', 'extended', 'minor'],
    periods: BOTH,
    durations: [],
    next: ['intention-response', 'extended-procedure', 'decision'],
    sources: [HER_43, { id: 'herorientatie2024', section: '§4.9' }, SVM26_PACT],
    faqCount: 2,
  },

  // The voornemensprocedure is abolished by the Pact implementation law (Tweede Kamer 2 Apr 2026,
  // Eerste Kamer 26 May 2026; SvM 2026 Hfst. 1, L787). The procedure itself is Vw 2000 art. 39
  // (the law; not quoted in the documents). No term for the zienswijze is stated, so none is given.
  'intention-response': {
    icon: 'letter',
    dutchTerm: 'voornemen',
    actors: ['ind', 'lawyer'],
    tracks: ['general', 'extended', 'minor'],
    periods: PRE,
    durations: [],
    next: ['decision', 'extended-procedure'],
    sources: [SVM26_PACT, { id: 'vw2000', section: 'art. 39' }],
    faqCount: 2,
  },

  // VA: "in de praktijk een paar maanden of langer", usually with a move (Heroriëntatie §4.2,
  // L1629–1633); move to an azc (SvM 2026 Bijlage I, L3721). In 2025, 85% of VA court cases were
  // a provisional measure or an appeal for not deciding in time (SvM 2026 §4.3.5, L2593).
  'extended-procedure': {
    icon: 'clock',
    dutchTerm: 'verlengde asielprocedure',
    actors: ['ind', 'lawyer', 'coa'],
    tracks: ['extended'],
    periods: BOTH,
    durations: [],
    figures: ['decided-on-time-extended'],
    next: ['intention-response', 'decision'],
    sources: [HER_42, SVM26_ASIEL_OPVANG, { id: 'svm2026', section: '§4.3.5' }, { id: 'svm2026', section: '§7.2.1' }],
    faqCount: 2,
  },

  // Claim, claimakkoord, 6 months to transfer from the claimakkoord, up to 18 months if the person
  // leaves for an unknown destination, NL responsible after expiry, visa criterion, reception until
  // transfer (Introductiedossier §1.3, L216–264). Eurodac and claims; blocked transfers in 2025
  // (SvM 2026 §4.2.4.1, L2156–2199). From 12 June 2026 COA shelter for Dublin claimants (L785); the
  // Pact's terms are not stated (open question 14), hence `periods: PRE` on the terms.
  'dublin-procedure': {
    icon: 'globe',
    dutchTerm: 'Dublinprocedure',
    actors: ['ind', 'dtv', 'lawyer', 'coa'],
    tracks: ['dublin'],
    periods: BOTH,
    durations: [
      {
        id: 'dublin-transfer-period',
        kind: 'legal',
        value: 6,
        unit: 'months',
        periods: PRE,
        sources: [{ id: 'introductiedossier', section: '§1.3' }],
      },
      {
        id: 'dublin-transfer-period-absconded',
        kind: 'legal',
        value: 18,
        unit: 'months',
        periods: PRE,
        sources: [{ id: 'introductiedossier', section: '§1.3' }],
      },
    ],
    next: ['decision', 'rest-preparation'],
    sources: [
      { id: 'introductiedossier', section: '§1.3' },
      { id: 'svm2026', section: '§4.2.4.1' },
      HER_42,
      { id: 'svm2026', section: '§4.3.5' },
      SVM26_PACT,
    ],
    faqCount: 2,
    periodNotes: ['pact'],
  },

  // Spoor 2 (Heroriëntatie §4.2, L1617–1626; SvM 2026 §4.3.1.1, L2265). No national list since
  // September 2025, still handled with priority; compulsory EU list from 12 June 2026 (SvM 2026
  // §4.3.3, L2498; fn 122 L2275). Leave immediately and a 2-year entry ban (SvM 2023 §4.3.5,
  // L2191–2195; situation after Sept 2025 not stated, so the text only says "may"). Safe-country
  // presumption is rebuttable (SvM 2026 Bijlage II, Alace, L4070). Compulsory border procedure for
  // low-chance claims (Hfst. 1, L795).
  'safe-country-procedure': {
    icon: 'shield',
    dutchTerm: 'veilig land van herkomst',
    actors: ['ind', 'lawyer', 'dtv'],
    tracks: ['safe-country'],
    periods: BOTH,
    durations: [],
    figures: ['decided-on-time-safe-country'],
    next: ['decision', 'rest-preparation'],
    sources: [
      HER_42,
      { id: 'svm2026', section: '§4.3.1.1' },
      { id: 'svm2026', section: '§4.3.3' },
      { id: 'svm2023', section: '§4.3.5' },
      { id: 'svm2026', section: 'Bijlage II' },
      SVM26_PACT_AIMS,
      { id: 'euPact' },
    ],
    faqCount: 2,
    periodNotes: ['pre-pact', 'pact'],
  },

  // Border procedure: handed over by KMar or police to the IND; entry decision postponed; decision
  // within four weeks or admission to the regular procedure; border detention during the procedure;
  // families only after screening at the GGv in Zeist shows a risk or doubt; amv never (SvM 2026
  // Bijlage I "Grensprocedure asiel", L3779–3785; "Grensdetentie", L3775; SvM 2023 §5.3.1,
  // L2428–2447). Pact: compulsory border procedure for low-chance claims, no term stated
  // (Hfst. 1, L795) — as the rules engine (`borderAdmissionAfter`), the 4 weeks are pre-Pact only.
  'border-procedure': {
    icon: 'passport',
    dutchTerm: 'grensprocedure',
    actors: ['kmar', 'ind', 'dtv', 'lawyer', 'nidos'],
    tracks: ['border'],
    periods: BOTH,
    durations: [
      {
        id: 'border-decision-limit',
        kind: 'legal',
        ...fromRule(ruleValue(borderAdmissionAfter, PRE_DAY)),
        periods: PRE,
        sources: [{ id: 'svm2026', section: 'Bijlage I, Grensprocedure asiel' }, { id: 'svm2023', section: '§5.3.1' }],
      },
    ],
    next: ['decision', 'track-assignment'],
    sources: [
      { id: 'svm2026', section: 'Bijlage I, Grensprocedure asiel' },
      { id: 'svm2026', section: 'Bijlage I, Grensdetentie' },
      { id: 'svm2023', section: '§5.3.1' },
      HER_42,
      HER_43,
      SVM26_PACT_AIMS,
    ],
    faqCount: 2,
    periodNotes: ['pact'],
  },

  // Decision period 6 months "voor alle aanvragen"; the 2022–2025 extension to 15 months reversed
  // after CJEU C-662/23 (8 May 2025) and the Council of State (SvM 2026 §4.3.3, L2481; Bijlage II,
  // L4062–4068). Suspending factors (fn 131, L2496). Dublin: no statutory term (Fig. 71, L2487).
  // 2025 averages: Dublin 13, safe country 17, AA 71, VA 104 weeks (§4.3.3 Figuur 71, L2487–2490;
  // fn 130: including any extension). Grant → VVA; refusal → file to DTenV, appeal (Bijlage I, L3727).
  decision: {
    icon: 'decision',
    dutchTerm: 'beschikking',
    actors: ['ind', 'lawyer'],
    tracks: ['general', 'extended', 'dublin', 'safe-country', 'border', 'repeat', 'minor'],
    periods: BOTH,
    durations: [
      {
        id: 'decision-period',
        kind: 'legal',
        ...fromRule(ruleValue(decisionPeriod, PRE_DAY).general),
        tracks: ['general', 'extended', 'safe-country', 'border', 'minor', 'repeat'],
        sources: [{ id: 'svm2026', section: '§4.3.3' }, { id: 'svm2026', section: 'Bijlage II' }, { id: 'cjeuC662_23' }],
      },
      {
        id: 'decision-average-dublin',
        kind: 'average',
        value: stat(2025, 'dublin'),
        unit: 'weeks',
        year: 2025,
        tracks: ['dublin'],
        sources: [{ id: 'svm2026', section: '§4.3.3, Figuur 71' }],
      },
      {
        id: 'decision-average-safe-country',
        kind: 'average',
        value: stat(2025, 'safe-country'),
        unit: 'weeks',
        year: 2025,
        tracks: ['safe-country'],
        sources: [{ id: 'svm2026', section: '§4.3.3, Figuur 71' }],
      },
      {
        id: 'decision-average-general',
        kind: 'average',
        value: stat(2025, 'general'),
        unit: 'weeks',
        year: 2025,
        tracks: ['general', 'minor'],
        sources: [{ id: 'svm2026', section: '§4.3.3, Figuur 71' }],
      },
      {
        id: 'decision-average-extended',
        kind: 'average',
        value: stat(2025, 'extended'),
        unit: 'weeks',
        year: 2025,
        tracks: ['extended', 'minor'],
        sources: [{ id: 'svm2026', section: '§4.3.3, Figuur 71' }],
      },
    ],
    figures: ['decided-on-time-safe-country', 'decided-on-time-general', 'decided-on-time-extended', 'grant-rate-2025', 'grant-rate-2024'],
    next: ['permit', 'appeal', 'departure'],
    sources: [
      { id: 'svm2026', section: '§4.3.3' },
      { id: 'svm2026', section: 'Bijlage II' },
      { id: 'cjeuC662_23' },
      SVM26_ASIEL_OPVANG,
      SVM26_PACT_AIMS,
    ],
    faqCount: 3,
    periodNotes: ['pact'],
  },

  // Appeal to the district court, then further appeal to the Council of State (SvM 2026 Bijlage I,
  // L3727; §4.3.5, L2560). The judge checks care and lawfulness; 80% of IND decisions held in 2025;
  // IND further appeal in 18% of lost cases (L2560, L2595, L2619). Average court duration: 2025 AA 19,
  // VA 19 weeks; 2024 Dublin 9 weeks (Figuur 75, L2569–2590; the 2025 Dublin cell is blank, open
  // question 29, so not used). Appeal terms: Vw 2000 art. 69 (the law; not in the documents, open
  // question 1): 1 week for AA, Dublin and safe-country decisions, 4 weeks for the VA — as the
  // rules engine (`appealTerm`). Legal aid after a rejection (Heroriëntatie §4.3, L1760–1761).
  // Reception during the court procedure (Heroriëntatie §5.2, L2692–2694; open question 3).
  appeal: {
    icon: 'court',
    dutchTerm: 'beroep',
    actors: ['lawyer', 'court', 'ind'],
    tracks: ['dublin', 'safe-country', 'border', 'repeat'],
    periods: BOTH,
    durations: [
      {
        id: 'appeal-deadline-short',
        kind: 'legal',
        ...fromRule(ruleValue(appealTerm, PRE_DAY).byTrack.general),
        tracks: ['general', 'dublin', 'safe-country'],
        sources: [{ id: 'vw2000', section: 'art. 69' }],
      },
      {
        id: 'appeal-deadline-extended',
        kind: 'legal',
        ...fromRule(ruleValue(appealTerm, PRE_DAY).byTrack.extended),
        tracks: ['extended'],
        sources: [{ id: 'vw2000', section: 'art. 69' }],
      },
      {
        id: 'appeal-average-general',
        kind: 'average',
        value: 19,
        unit: 'weeks',
        year: 2025,
        tracks: ['general'],
        sources: [{ id: 'svm2026', section: '§4.3.5, Figuur 75' }],
      },
      {
        id: 'appeal-average-extended',
        kind: 'average',
        value: 19,
        unit: 'weeks',
        year: 2025,
        tracks: ['extended'],
        sources: [{ id: 'svm2026', section: '§4.3.5, Figuur 75' }],
      },
      {
        id: 'appeal-average-dublin',
        kind: 'average',
        value: 9,
        unit: 'weeks',
        year: 2024,
        tracks: ['dublin'],
        sources: [{ id: 'svm2026', section: '§4.3.5, Figuur 75' }],
      },
    ],
    figures: ['asylum-appeals', 'appeals-late-decision'],
    next: ['further-appeal', 'departure', 'decision'],
    sources: [
      { id: 'svm2026', section: '§4.3.5' },
      SVM26_ASIEL_OPVANG,
      { id: 'vw2000', section: 'art. 69' },
      HER_43,
      { id: 'herorientatie2024', section: '§5.2' },
    ],
    faqCount: 3,
    periodNotes: ['pact'],
  },

  // Hoger beroep at the Afdeling bestuursrechtspraak of the Council of State, by the applicant or
  // the IND (SvM 2026 Bijlage I, L3727; §4.3.5, L2619; Heroriëntatie §4.3, L1761–1762). Statutory
  // term for the Council of State "Wettelijke termijn (art. 89 VW)" 23 weeks (SvM 2023 §4.3.5
  // Figuur 59, L2238–2246; from when it runs: open question 2). 2025 averages AA 8, VA 19 weeks
  // (SvM 2026 §4.3.5 Figuur 76, L2605–2615). The filing deadline is not stated: none is given.
  'further-appeal': {
    icon: 'court',
    dutchTerm: 'hoger beroep',
    actors: ['rvs', 'lawyer', 'ind'],
    tracks: ['dublin', 'repeat'],
    periods: BOTH,
    durations: [
      {
        id: 'further-appeal-statutory-term',
        kind: 'legal',
        value: 23,
        unit: 'weeks',
        sources: [{ id: 'svm2023', section: '§4.3.5, Figuur 59' }, { id: 'vw2000', section: 'art. 89' }],
      },
      {
        id: 'further-appeal-average-general',
        kind: 'average',
        value: 8,
        unit: 'weeks',
        year: 2025,
        tracks: ['general'],
        sources: [{ id: 'svm2026', section: '§4.3.5, Figuur 76' }],
      },
      {
        id: 'further-appeal-average-extended',
        kind: 'average',
        value: 19,
        unit: 'weeks',
        year: 2025,
        tracks: ['extended'],
        sources: [{ id: 'svm2026', section: '§4.3.5, Figuur 76' }],
      },
    ],
    next: ['departure', 'decision', 'repeat-application'],
    sources: [
      { id: 'svm2026', section: '§4.3.5' },
      SVM26_ASIEL_OPVANG,
      { id: 'svm2026', section: 'Bijlage V, Raad van State' },
      HER_43,
      { id: 'svm2023', section: '§4.3.5, Figuur 59' },
    ],
    faqCount: 2,
  },

  // Opvolgende of herhaalde asielaanvraag (SvM 2026 Bijlage I, L3727); tested for changes in the
  // person's situation or the country (Heroriëntatie §4.2, L1649–1652); legal aid limited for later
  // applications (§4.3 fn 72, L1861). Council of State 27 Aug 2025: the art. 14 Vw discretionary
  // power remains, also beyond the first application (SvM 2026 Bijlage II, L4088). Pact: stricter
  // rules for subsequent applications, no details stated (Hfst. 1, L797).
  'repeat-application': {
    icon: 'repeat',
    dutchTerm: 'opvolgende asielaanvraag',
    actors: ['ind', 'lawyer'],
    tracks: ['repeat'],
    periods: BOTH,
    durations: [],
    next: ['decision'],
    sources: [SVM26_ASIEL_OPVANG, HER_42, HER_43, { id: 'svm2026', section: 'Bijlage II' }, SVM26_PACT_AIMS],
    faqCount: 2,
    periodNotes: ['pact'],
  },

  // VVA bepaalde tijd: one permit for refugees and subsidiary protection (SvM 2026 §4.2.3, L2085);
  // 5 years, can be withdrawn when the grounds lapse (Heroriëntatie §4.4, L1895–1897); 3 years under
  // the Pact law (SvM 2026 Hfst. 1, L787), from 12 June 2026 as the rules engine (`permitDuration`).
  // Two-status law (Hfst. 1 "Wet tweestatusstelsel", L805–815). BRP registration when the status is
  // granted (§2.2.1 fn 29, L1085). COA links to a municipality (Bijlage I, L4040). Withdrawal after
  // serious crimes (§6.4.2, L3027).
  permit: {
    icon: 'id-card',
    dutchTerm: 'verblijfsvergunning asiel',
    actors: ['ind', 'coa', 'municipality'],
    tracks: ['general', 'extended', 'minor', 'nareis'],
    periods: BOTH,
    durations: [
      {
        id: 'permit-validity',
        kind: 'legal',
        ...fromRule(ruleValue(permitDuration, PRE_DAY)),
        periods: PRE,
        sources: [{ id: 'herorientatie2024', section: '§4.4' }],
      },
      {
        id: 'permit-validity-pact',
        kind: 'legal',
        ...fromRule(ruleValue(permitDuration, PACT_DAY)),
        periods: PACT,
        sources: [SVM26_PACT],
      },
    ],
    next: ['housing', 'nareis', 'inburgering'],
    sources: [
      SVM26_ASIEL_OPVANG,
      { id: 'svm2026', section: '§4.2.3' },
      { id: 'herorientatie2024', section: '§4.4' },
      SVM26_PACT,
      { id: 'svm2026', section: 'Hfst. 1, Wet tweestatusstelsel' },
      { id: 'svm2026', section: '§2.2.1' },
      { id: 'svm2026', section: '§6.4.2' },
    ],
    faqCount: 3,
    periodNotes: ['pact'],
  },

  // COA links to a municipality; the municipality finds housing; aimed duration 14 weeks; kinds of
  // housing; sponsors housed before nareis ends (SvM 2026 Bijlage I "Huisvesting van
  // vergunninghouders", L4040–4052; §7.1.1 fn 179, L3418). 2025: average 28 weeks after the permit at
  // leaving (§4.3.2 Figuur 66, L2391–2393). Keep COA shelter until housing is offered; placement
  // criteria (Heroriëntatie §5.11, L3842–3850; §5.7, L3500–3505).
  housing: {
    icon: 'house',
    dutchTerm: 'huisvesting van vergunninghouders',
    actors: ['coa', 'municipality'],
    tracks: ['general', 'extended', 'nareis'],
    periods: BOTH,
    durations: [
      {
        id: 'housing-target',
        kind: 'target',
        ...fromRule(ruleValue(housingTarget, PRE_DAY)),
        sources: [
          { id: 'svm2026', section: '§7.1.1' },
          { id: 'svm2026', section: 'Bijlage I, Huisvesting van vergunninghouders' },
        ],
      },
      {
        id: 'housing-average',
        kind: 'average',
        value: housingWait(2025),
        unit: 'weeks',
        year: 2025,
        sources: [{ id: 'svm2026', section: '§4.3.2, Figuur 66' }],
      },
    ],
    figures: ['housed-within-14-weeks'],
    next: ['inburgering'],
    sources: [
      { id: 'svm2026', section: 'Bijlage I, Huisvesting van vergunninghouders' },
      { id: 'svm2026', section: '§7.1.1' },
      { id: 'svm2026', section: '§4.3.2' },
      { id: 'herorientatie2024', section: '§5.11' },
      { id: 'herorientatie2024', section: '§5.7' },
    ],
    faqCount: 2,
  },

  // DUO sets the duty and sends a kennisgeving; the municipality (the linked one while in COA) does
  // the brede intake with a learnability test and sets the PIP with the learning route; three routes;
  // PVT and MAP; the municipality buys lessons for asylum permit holders; the 3-year term starts with
  // the PIP; extension from DUO, request 6 months before the end (SvM 2026 Bijlage I "Inburgering",
  // L3950–4023; §7.2.3, L3582). Voorinburgering in the first 14 weeks after the permit (§7.2.1,
  // L3533). No DUO fines for asylum permit holders; municipalities may fine; start can take a year;
  // travel-cost allowance since 1 Jul 2025 (Hfst. 1 "Inburgering", L949, L961).
  inburgering: {
    icon: 'school',
    dutchTerm: 'inburgering',
    actors: ['duo', 'municipality', 'coa'],
    tracks: ['general', 'extended', 'nareis'],
    periods: BOTH,
    durations: [
      {
        id: 'inburgering-term',
        kind: 'legal',
        ...fromRule(ruleValue(integrationTerm, PRE_DAY)),
        sources: [
          { id: 'svm2026', section: '§7.2.3' },
          { id: 'svm2026', section: 'Bijlage I, Inburgering' },
          { id: 'wi2021' },
        ],
      },
      {
        id: 'inburgering-extension-request',
        kind: 'legal',
        value: 6,
        unit: 'months',
        sources: [{ id: 'svm2026', section: 'Bijlage I, Inburgering' }],
      },
      {
        id: 'voorinburgering-period',
        kind: 'legal',
        value: 14,
        unit: 'weeks',
        sources: [{ id: 'svm2026', section: '§7.2.1' }],
      },
    ],
    next: ['permanent-permit-naturalisation'],
    sources: [
      { id: 'svm2026', section: '§7.2' },
      { id: 'svm2026', section: '§7.2.1' },
      { id: 'svm2026', section: '§7.2.3' },
      { id: 'svm2026', section: 'Bijlage I, Inburgering' },
      { id: 'svm2026', section: 'Hfst. 1, Inburgering' },
      { id: 'wi2021' },
    ],
    faqCount: 3,
  },

  // Mvv-nareis for core family members within 3 months after the (positive) decision; after that
  // only regular family reunification; 90 days to collect the mvv, then 90 days to travel; derived
  // asylum permit on arrival (SvM 2026 Bijlage I "Mv nareis", L3731–3733; Introductiedossier §3.4,
  // L910–914). Siblings of an amv: art. 8 EVRM (Bijlage I, L3735–3738). Decision can take more than a
  // year (L4048); 2% decided in time in 2025 (§4.3.1.2, L2295). VWN stopped individual support
  // 1 Dec 2025 (§4.3.1.1, L2261). Pact law: nuclear family only (Hfst. 1, L787); two-status law:
  // waiting period, income and housing requirements (L805–815). As the rules engine (`nareisTerm`),
  // the 3 months are not limited to a period; the Pact note says the documents describe 2025.
  nareis: {
    icon: 'family',
    dutchTerm: 'nareis',
    actors: ['ind', 'municipality', 'coa'],
    tracks: ['minor', 'nareis'],
    periods: BOTH,
    durations: [
      {
        id: 'nareis-application-term',
        kind: 'legal',
        ...fromRule(ruleValue(nareisTerm, PRE_DAY)),
        sources: [{ id: 'svm2026', section: 'Bijlage I, Mv nareis' }],
      },
      {
        id: 'nareis-mvv-collect',
        kind: 'legal',
        value: 90,
        unit: 'days',
        sources: [{ id: 'svm2026', section: 'Bijlage I, Mv nareis' }],
      },
      {
        id: 'nareis-mvv-travel',
        kind: 'legal',
        value: 90,
        unit: 'days',
        sources: [{ id: 'svm2026', section: 'Bijlage I, Mv nareis' }],
      },
    ],
    next: ['housing'],
    sources: [
      { id: 'svm2026', section: 'Bijlage I, Mv nareis' },
      { id: 'svm2026', section: 'Bijlage I, Nareis 8 EVRM' },
      { id: 'svm2026', section: '§4.3.1.2' },
      { id: 'svm2026', section: '§4.3.1.1' },
      { id: 'svm2026', section: 'Bijlage I, Huisvesting van vergunninghouders' },
      SVM26_PACT,
      { id: 'svm2026', section: 'Hfst. 1, Wet tweestatusstelsel' },
      { id: 'introductiedossier', section: '§3.4' },
    ],
    faqCount: 3,
    periodNotes: ['pact'],
  },

  // Permanent asylum permit after at least 5 years with a VVA bepaalde tijd, if protection is still
  // needed and the inburgeringsvereiste is met (SvM 2026 §4.3.4.2, L2554); abolished by the Pact law
  // (Hfst. 1, L787). Naturalisation: 18+, documents, in principle 5 years uninterrupted residence,
  // permanent or non-temporary permit, integration, public order, give up nationality (§7.3, L3598).
  // Plans (10 years; B1; 6 years in the coalition agreement) not in force (Hfst. 1 "Naturalisatie",
  // L998). Stateless people: 3 years (§7.4, L3618).
  'permanent-permit-naturalisation': {
    icon: 'passport',
    dutchTerm: 'naturalisatie',
    actors: ['ind', 'municipality'],
    tracks: ['general', 'extended'],
    periods: BOTH,
    durations: [
      {
        id: 'permanent-permit-after',
        kind: 'legal',
        value: 5,
        unit: 'years',
        periods: PRE,
        sources: [{ id: 'svm2026', section: '§4.3.4.2' }],
      },
      {
        id: 'naturalisation-residence',
        kind: 'legal',
        value: 5,
        unit: 'years',
        sources: [{ id: 'svm2026', section: '§7.3' }],
      },
    ],
    next: [],
    sources: [
      { id: 'svm2026', section: '§4.3.4.2' },
      { id: 'svm2026', section: '§7.3' },
      { id: 'svm2026', section: '§7.4' },
      { id: 'svm2026', section: 'Hfst. 1, Naturalisatie' },
      SVM26_PACT,
      { id: 'herorientatie2024', section: '§4.4' },
    ],
    faqCount: 2,
    periodNotes: ['pact'],
  },

  // After a refusal the file goes to DTenV; case manager; voluntary departure first, with DTenV and
  // IOM; supervision measures; detention last resort (SvM 2026 Bijlage I "Vertrek", L3892–3896;
  // §6.3.3, L2965). Reception ends four weeks after the refusal; family locations (Bijlage I, L3721;
  // Heroriëntatie §7.5, L5069–5071) — as the rules engine (`receptionEndAfterRejection`). Departure
  // period 28 days (SvM 2023 §5.3.4, L2543; Vw 2000 art. 62, the law). Entry ban in principle at
  // most 2 years, only with a return decision (SvM 2026 §6.4.1, L3015). Medical postponement (art. 64
  // Vw) at most one year, renewable (§6.6.1, L3315). Buitenschuld permit (§6.6.2, L3337). IOM return
  // support (Heroriëntatie §7.2, L4840–4866). EU Return Regulation agreed 1 June 2026, not in force
  // (SvM 2026 Hfst. 1, L899).
  departure: {
    icon: 'departure',
    dutchTerm: 'vertrek',
    actors: ['dtv', 'iom', 'coa', 'ind'],
    tracks: ['dublin', 'safe-country', 'border'],
    periods: BOTH,
    durations: [
      {
        id: 'reception-after-rejection',
        kind: 'legal',
        ...fromRule(ruleValue(receptionEndAfterRejection, PRE_DAY)),
        sources: [SVM26_ASIEL_OPVANG, { id: 'herorientatie2024', section: '§7.5' }],
      },
      {
        id: 'departure-period',
        kind: 'legal',
        value: 28,
        unit: 'days',
        sources: [{ id: 'svm2023', section: '§5.3.4' }, { id: 'vw2000', section: 'art. 62' }],
      },
      {
        id: 'entry-ban-maximum',
        kind: 'legal',
        value: 2,
        unit: 'years',
        sources: [{ id: 'svm2026', section: '§6.4.1' }],
      },
      {
        id: 'medical-postponement-maximum',
        kind: 'legal',
        value: 1,
        unit: 'years',
        sources: [{ id: 'svm2026', section: '§6.6.1' }],
      },
    ],
    next: ['after-reception-ends', 'repeat-application'],
    sources: [
      { id: 'svm2026', section: 'Bijlage I, Vertrek' },
      SVM26_ASIEL_OPVANG,
      { id: 'svm2026', section: '§6.3.3' },
      { id: 'svm2026', section: '§6.4.1' },
      { id: 'svm2026', section: '§6.6.1' },
      { id: 'svm2026', section: '§6.6.2' },
      { id: 'herorientatie2024', section: '§7.5' },
      { id: 'herorientatie2024', section: '§7.2' },
      { id: 'svm2023', section: '§5.3.4' },
      { id: 'svm2026', section: 'Hfst. 1, Terugkeer' },
    ],
    faqCount: 3,
    periodNotes: ['pact'],
  },

  // Families to a gezinslocatie when the reception right ends, as long as departure has not taken
  // place; adults who cooperate with departure to the vbl in Ter Apel (outside the legal framework),
  // departure within 12 weeks as the starting point; stricter rules; children go to school and get
  // living money (Heroriëntatie §7.5, L5069–5085; SvM 2026 Bijlage I, L3721; §6.3.3, L2965).
  // LVV: state funding ended 1 Jan 2025; court ruling expected spring 2026 (SvM 2026 Hfst. 1 "LVV",
  // L917–919). BBB (Introductiedossier §3.6, L1014).
  'after-reception-ends': {
    icon: 'people',
    dutchTerm: 'uitgeprocedeerd',
    actors: ['dtv', 'coa', 'municipality', 'iom'],
    tracks: ['safe-country'],
    periods: BOTH,
    durations: [
      {
        id: 'vbl-departure-target',
        kind: 'target',
        value: 12,
        unit: 'weeks',
        sources: [{ id: 'herorientatie2024', section: '§7.5' }],
      },
    ],
    next: ['repeat-application'],
    sources: [
      { id: 'herorientatie2024', section: '§7.5' },
      { id: 'herorientatie2024', section: '§7.6' },
      SVM26_ASIEL_OPVANG,
      { id: 'svm2026', section: '§6.3.3' },
      { id: 'svm2026', section: 'Hfst. 1, LVV' },
      { id: 'introductiedossier', section: '§3.6' },
    ],
    faqCount: 2,
  },

  // Temporary protection (RTB) (SvM 2026 §5.1, L2639). An asylum application is started but not
  // decided while the RTB applies (§5.2, L2661). BRP registration is compulsory for a lawful stay of
  // at least 4 months; a bsn is needed to be paid (Hfst. 3 "Registraties in de BRP en RNI", L1597).
  // Registered displaced people (§5.2.1, L2663–2671). Municipalities provide reception (§5.2.3,
  // L2689–2701). Third-country nationals (§5.2.5, L2713).
  'ukraine-registration': {
    icon: 'ukraine',
    dutchTerm: 'Basisregistratie Personen',
    actors: ['municipality', 'ind'],
    tracks: ['ukraine'],
    periods: BOTH,
    durations: [
      {
        id: 'brp-registration-stay',
        kind: 'legal',
        value: 4,
        unit: 'months',
        sources: [{ id: 'svm2026', section: 'Hfst. 3, Registraties in de BRP en RNI' }],
      },
    ],
    next: ['ukraine-life'],
    sources: [
      { id: 'svm2026', section: '§5.1' },
      { id: 'svm2026', section: '§5.2' },
      { id: 'svm2026', section: '§5.2.1' },
      { id: 'svm2026', section: '§5.2.3' },
      { id: 'svm2026', section: '§5.2.5' },
      { id: 'svm2026', section: 'Hfst. 3, Registraties in de BRP en RNI' },
      { id: 'euTpd' },
    ],
    faqCount: 2,
  },

  // Reception by municipalities or own housing (§5.2.3, L2689–2701); own contribution raised from
  // 1 Oct 2025, 115% norm, municipalities may lower or waive (§5.2.4, L2707; Hfst. 1, L855). Work
  // without a twv, employer notifies UWV, volunteering and internships (§5.2.7, L2735). Medical care
  // via the RMO (Hfst. 1 "Oekraïense Ontheemden", L841). Dutch plates from 4 Mar 2025 (L859).
  'ukraine-life': {
    icon: 'work',
    dutchTerm: 'tijdelijke bescherming',
    actors: ['municipality', 'uwv'],
    tracks: ['ukraine'],
    periods: BOTH,
    durations: [],
    next: ['ukraine-end'],
    sources: [
      { id: 'svm2026', section: '§5.2.3' },
      { id: 'svm2026', section: '§5.2.4' },
      { id: 'svm2026', section: '§5.2.7' },
      { id: 'svm2026', section: 'Hfst. 1, Oekraïense Ontheemden' },
    ],
    faqCount: 2,
  },

  // RTB until and including 4 March 2027 (SvM 2026 §5.1, L2639, L2657; Hfst. 1, L837). After that a
  // three-year Transitiedocument is planned (announced 28 Nov 2025; details in 2026; not in force)
  // to avoid about 150,000 asylum applications being activated (§5.2.6, L2727). Primary education
  // unaffected by a change of status; hbo/wo at the statutory fee from 1 Sep 2027 being explored
  // (Hfst. 1, L847).
  'ukraine-end': {
    icon: 'calendar',
    dutchTerm: 'Transitiedocument',
    actors: ['ind', 'municipality'],
    tracks: ['ukraine'],
    periods: BOTH,
    durations: [
      {
        id: 'transitiedocument-planned',
        kind: 'target',
        value: 3,
        unit: 'years',
        sources: [{ id: 'svm2026', section: '§5.2.6' }],
      },
    ],
    next: [],
    sources: [
      { id: 'svm2026', section: '§5.1' },
      { id: 'svm2026', section: '§5.2.6' },
      { id: 'svm2026', section: 'Hfst. 1, Oekraïense Ontheemden' },
      { id: 'euTpd' },
    ],
    faqCount: 2,
  },
};

/** Every step, in the order of `STEP_IDS`. */
export const STEPS: readonly Step[] = STEP_IDS.map((id) => ({ id, lastChecked: LAST_CHECKED, ...STEP_DATA[id] }));

export const STEPS_BY_ID: Readonly<Record<StepId, Step>> = Object.fromEntries(STEPS.map((s) => [s.id, s])) as Record<
  StepId,
  Step
>;
