/** Random but plausible case inputs for the timeline benchmark (seeded, so runs compare). */
export function randomCases(n, seed = 42) {
  let s = seed;
  const rand = () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
  const pick = (a) => a[Math.floor(rand() * a.length)];
  const date = () => {
    const y = 2022 + Math.floor(rand() * 5);
    const m = 1 + Math.floor(rand() * 12);
    const d = 1 + Math.floor(rand() * 28);
    return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  };
  return Array.from({ length: n }, () => {
    const application = date();
    const dates = { application };
    if (rand() < 0.6) dates.decision = date();
    if (rand() < 0.2) dates.pip = date();
    return {
      procedure: rand() < 0.9 ? 'asylum' : 'temporary-protection',
      track: pick(['dublin', 'safe-country', 'general', 'extended', 'border', 'unknown']),
      decisionOutcome: pick(['granted', 'rejected', undefined]),
      dates,
    };
  });
}
