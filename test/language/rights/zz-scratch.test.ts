import { test } from 'vitest';
import { check, summary } from '../helpers.js';
import { EN, RIGHTS_CASES, SV } from './cases.js';
const fixSv = (t: string) => t.replace(' (§ 1–2)', '').replace('för Bo Ek § 3', 'för Hans Jonsson');
const fixEn = (t: string) => t.replace('Monday, March 16, 2026, 6:30 PM–8:45 PM', '2026-03-16').replace(' (left after item 1)', '').replace('Approval: at the next meeting', 'Approval: 2026-03-20').replace('Monday, April 20, 2026, 6:30 PM', '2026-04-20');
test('show', async () => {
    for (const t of [fixSv(SV), fixEn(EN)]) {
        const { diagnostics } = await check(t, { messageLanguage: 'auto' });
        console.log('BASE', diagnostics.map(d => `${summary([d])[0]} ${d.message}`).join('\n'));
    }
    for (const c of RIGHTS_CASES) {
        const fix = c.name.startsWith('sv') ? fixSv : fixEn;
        const { diagnostics } = await check(fix(c.text), { messageLanguage: 'auto' });
        const near = await check(fix(c.nearMiss), { messageLanguage: 'auto' });
        console.log(`${c.code} ${c.name}\n  want ${c.expected.join(' ')}\n  got  ${diagnostics.map(d => `${summary([d])[0]}/${d.severity} ${d.message}`).join('\n       ')}\n  near ${summary(near.diagnostics).join(' ')}`);
    }
});
