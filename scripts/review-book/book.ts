/**
 * The lawyer's review book (issue 11 §3): one self-contained HTML page, printable to PDF, with every rule and
 * every computed milestone of the timeline: what it computes, the formula in words, the legal basis (with the
 * public URL of the article), the seed sources, the effective dates, where the law branches, the Algemene
 * termijnenwet decision, the review status, and the English and Dutch sentences the app shows, side by side.
 *
 * Built from the same data the app uses (core/rules, core/timeline, locales/en and locales/nl), so it can never
 * disagree with the app. `npm run review-book` writes it; tests/unit/core/reviewBook.test.ts checks that it lists
 * every rule id and every milestone id.
 */
import enTimeline from '../../locales/en/timeline.json';
import nlTimeline from '../../locales/nl/timeline.json';
import { RULES, legalBasisUrl, type Rule, type RuleId } from '../../core/rules';
import { DECISION_PROCESSING_TIME, HOUSING_WAIT, PUBLISHED_FIGURES } from '../../core/rules/statistics';
import { COMPUTED_MILESTONE_IDS, EVENT_IDS, NOTE_IDS, type MilestoneKind } from '../../core/timeline';
import { formatSourceRef, SOURCES, type Source, type SourceRef } from '../../core/sources/registry';

type ComputedId = (typeof COMPUTED_MILESTONE_IDS)[number];

/** Which rule (or published figure) each computed milestone comes from, and the kinds it can have. */
export const MILESTONE_RULES: Record<ComputedId, { rule: RuleId | 'statistic'; kinds: MilestoneKind[] }> = {
  'border-admission': { rule: 'borderAdmissionAfter', kinds: ['legal-deadline'] },
  'decision-deadline': { rule: 'decisionPeriod', kinds: ['legal-deadline', 'conditional-deadline'] },
  'decision-estimate': { rule: 'statistic', kinds: ['estimate'] },
  'work-allowed-from': { rule: 'workAfter', kinds: ['conditional-deadline'] },
  'appeal-deadline': { rule: 'appealTerm', kinds: ['legal-deadline', 'conditional-deadline'] },
  'reception-end': { rule: 'receptionEndAfterRejection', kinds: ['legal-deadline', 'conditional-deadline'] },
  'nareis-deadline': { rule: 'nareisTerm', kinds: ['legal-deadline'] },
  'housing-target': { rule: 'housingTarget', kinds: ['target'] },
  'housing-estimate': { rule: 'statistic', kinds: ['estimate'] },
  'permit-expiry': { rule: 'permitDuration', kinds: ['legal-deadline', 'not-yet-known'] },
  'permit-renewal-from': { rule: 'permitRenewalFrom', kinds: ['legal-deadline', 'not-yet-known'] },
  'leave-immediately': { rule: 'safeCountryDeparture', kinds: ['conditional-deadline'] },
  'integration-term-end': { rule: 'integrationTerm', kinds: ['legal-deadline'] },
  'temporary-protection-end': { rule: 'temporaryProtectionEnd', kinds: ['legal-deadline'] },
};

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function source(ref: SourceRef): string {
  const src: Source = SOURCES[ref.id];
  const text = esc(formatSourceRef(ref));
  return src.url ? `<a href="${esc(src.url)}">${text}</a>` : text;
}

function value(v: unknown): string {
  return esc(v === null ? 'none (the app says nothing)' : JSON.stringify(v));
}

type Tree = { [k: string]: string | Tree };
function text(cat: Tree, path: string): string {
  let node: string | Tree | undefined = cat;
  for (const p of path.split('.')) node = typeof node === 'object' ? node[p] : undefined;
  return typeof node === 'string' ? node : '(missing)';
}

function ruleSection(rule: Rule<unknown>, usedBy: string[]): string {
  const versions = rule.versions
    .map(
      (v) =>
        `<tr><td>${esc(v.from ?? 'open start')}</td><td>${esc(v.until ?? 'in force')}</td><td>${value(v.value)}</td>` +
        `<td>${v.startAssumed ? '<strong>start date assumed, not in the sources: shown as "not yet known"</strong>' : 'known'}</td>` +
        `<td>${v.sources.map(source).join('<br>')}</td></tr>`,
    )
    .join('');
  const history = (rule.history ?? [])
    .map(
      (h) =>
        `<tr><td>${esc(h.from ?? 'open start')}</td><td>${esc(h.until ?? '')}</td><td>${value(h.value)}</td>` +
        `<td>historic: ${esc(h.reason)}${h.endedOn ? ` (ended ${esc(h.endedOn)})` : ''}</td><td>${h.sources.map(source).join('<br>')}</td></tr>`,
    )
    .join('');
  const basis = rule.legalBasis
    .map((b) => {
      const url = legalBasisUrl(b);
      const label = esc([b.law, b.article].filter(Boolean).join(' '));
      return `<li>${url ? `<a href="${esc(url)}">${label}</a>` : label}${b.note ? `: ${esc(b.note)}` : ''}</li>`;
    })
    .join('');
  return `
<section class="rule" id="rule-${esc(rule.id)}">
  <h3>Rule <code>${esc(rule.id)}</code></h3>
  <p class="review ${rule.reviewed ? 'ok' : 'todo'}">${
    rule.reviewed ? `Checked by a lawyer: ${esc(rule.reviewed.by)}, ${esc(rule.reviewed.date)}` : 'Not yet checked by a lawyer.'
  }</p>
  <dl>
    <dt>Computes</dt><dd>${esc(rule.computes)}</dd>
    <dt>Formula</dt><dd>${esc(rule.formula)}</dd>
    <dt>Version chosen by</dt><dd>the ${esc(rule.decidedBy)} date</dd>
    ${rule.branches ? `<dt>Where the law branches</dt><dd>${esc(rule.branches)}</dd>` : ''}
    <dt>Legal basis</dt><dd><ul>${basis}</ul></dd>
    <dt>Algemene termijnenwet</dt><dd><strong>${esc(rule.atw.decision)}</strong>: ${esc(rule.atw.reason)}</dd>
    <dt>Used by milestones</dt><dd>${usedBy.length ? usedBy.map((m) => `<a href="#milestone-${esc(m)}"><code>${esc(m)}</code></a>`).join(', ') : 'the work checker or the procedure map only'}</dd>
  </dl>
  <table><thead><tr><th>From</th><th>Until</th><th>Value</th><th>Start date</th><th>Seed sources</th></tr></thead><tbody>${versions}${history}</tbody></table>
</section>`;
}

function milestoneSection(id: string, rule: string, kinds: string[]): string {
  const en = enTimeline as unknown as Tree;
  const nl = nlTimeline as unknown as Tree;
  return `
<section class="milestone" id="milestone-${esc(id)}">
  <h3>Milestone <code>${esc(id)}</code></h3>
  <p>From: ${rule === 'statistic' || rule === 'event' ? esc(rule === 'event' ? 'the person’s own date' : 'a published average (see the figures below)') : `<a href="#rule-${esc(rule)}"><code>${esc(rule)}</code></a>`}. Kinds it can take: ${kinds.map((k) => `<code>${esc(k)}</code>`).join(', ')}.</p>
  <table class="texts"><thead><tr><th>English</th><th>Nederlands</th></tr></thead><tbody>
    <tr><td><strong>${esc(text(en, `milestones.${id}.title`))}</strong></td><td><strong>${esc(text(nl, `milestones.${id}.title`))}</strong></td></tr>
    <tr><td>${esc(text(en, `milestones.${id}.explain`))}</td><td>${esc(text(nl, `milestones.${id}.explain`))}</td></tr>
  </tbody></table>
</section>`;
}

/** The whole book as one HTML string. `generated` is printed in the header (pass a date for reproducible output). */
export function buildReviewBook(generated: string): string {
  const rules = Object.values(RULES) as Rule<unknown>[];
  const usedBy = (ruleId: string) => COMPUTED_MILESTONE_IDS.filter((m) => MILESTONE_RULES[m].rule === ruleId);
  const unreviewed = rules.filter((r) => !r.reviewed).map((r) => r.id);
  const en = enTimeline as unknown as Tree;
  const nl = nlTimeline as unknown as Tree;
  const notes = NOTE_IDS.map(
    (n) => `<tr><td><code>${esc(n)}</code></td><td>${esc(text(en, `notes.${n}`))}</td><td>${esc(text(nl, `notes.${n}`))}</td></tr>`,
  ).join('');
  const kinds = (['legal-deadline', 'conditional-deadline', 'not-yet-known', 'target', 'estimate'] as const)
    .map((k) => `<tr><td><code>${k}</code></td><td>${esc(text(en, `ui.legend.${k}`))}</td><td>${esc(text(nl, `ui.legend.${k}`))}</td></tr>`)
    .join('');
  const figures = [
    ...DECISION_PROCESSING_TIME.map((s) => `<tr><td>Average processing time per track (weeks)</td><td>${s.year}</td><td>${value(s.value)}</td><td>${s.sources.map(source).join('<br>')}</td></tr>`),
    ...HOUSING_WAIT.map((s) => `<tr><td>Average wait in reception after the permit (weeks)</td><td>${s.year}</td><td>${s.value}</td><td>${s.sources.map(source).join('<br>')}</td></tr>`),
    ...PUBLISHED_FIGURES.map((f) => `<tr><td>${esc(f.what)}</td><td>${f.year}</td><td>${f.unit === 'percent' ? `${f.value}%` : f.unit === 'months' ? `${f.value} months` : f.value.toLocaleString('en')}</td><td>${f.sources.map(source).join('<br>')}</td></tr>`),
  ].join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Wegwijs: rules for legal review</title>
<style>
body{font:15px/1.45 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#111}
h1{font-size:1.6rem}h2{margin-top:2.5rem;border-bottom:2px solid #333}h3{margin-bottom:.3rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0}td,th{border:1px solid #999;padding:.3rem .45rem;vertical-align:top;text-align:start}
th{background:#eee}dt{font-weight:700;margin-top:.4rem}dd{margin-inline-start:1.2rem}
.review.todo{color:#8a1c00;font-weight:700}.review.ok{color:#05612b;font-weight:700}
section{break-inside:avoid-page;margin-bottom:1.5rem}code{font-size:.95em}
@media print{a{color:inherit;text-decoration:none}h2{break-before:page}}
</style></head><body>
<h1>Wegwijs: every rule and every computed date, for a lawyer to check</h1>
<p>Generated ${esc(generated)} from the app’s own data (core/rules, core/timeline, locales/en, locales/nl). Information, not legal advice.</p>
<p><strong>${unreviewed.length} of ${rules.length} rules have not been checked by a lawyer yet:</strong> ${unreviewed.map((r) => `<a href="#rule-${esc(r)}"><code>${esc(r)}</code></a>`).join(', ') || 'none'}.</p>
<p>How to correct a rule: see “How a lawyer’s correction gets into the app” in the README. Mark a checked rule with <code>reviewed: { by, date }</code> in core/rules/rules.ts.</p>
<h2>How the app labels dates</h2>
<table><thead><tr><th>Kind</th><th>English</th><th>Nederlands</th></tr></thead><tbody>${kinds}</tbody></table>
<h2>Rules</h2>
${rules.map((r) => ruleSection(r, usedBy(r.id))).join('\n')}
<h2>Milestones on the timeline</h2>
${EVENT_IDS.map((id) => milestoneSection(id, 'event', ['event'])).join('\n')}
${COMPUTED_MILESTONE_IDS.map((id) => milestoneSection(id, MILESTONE_RULES[id].rule, MILESTONE_RULES[id].kinds)).join('\n')}
<h2>Notes shown beside the dates</h2>
<table><thead><tr><th>Note</th><th>English</th><th>Nederlands</th></tr></thead><tbody>${notes}</tbody></table>
<h2>Published figures (each with its year)</h2>
<table><thead><tr><th>Figure</th><th>Year</th><th>Value</th><th>Source</th></tr></thead><tbody>${figures}</tbody></table>
</body></html>
`;
}
