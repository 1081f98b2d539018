/**
 * The hostile series of the link checks: minutes whose `Från` values and references in prose
 * point at siblings with names a browser or a shell would read as more than a name (a scheme,
 * quotes, `#`, `?`, spaces), at a path out of the folder, at items the series lacks and at another
 * body's protocol, with markup typed beside them; rendered as the export writes it, as its public
 * version, and as the preview gets it. Shared by meeting-links.test.ts and browser-check.mjs.
 */
import '../../language/polyfill.mjs';
import { EmptyFileSystem, URI } from 'langium';
import { buildDocument } from '../../language/build-document.js';
import type { Document } from '../../language/generated/ast.js';
import { createMinutesCoreServices } from '../../language/minutes-module.js';
import { renderModelPage, renderStandalonePage } from '../../language/render/html.js';
import { buildOutput } from '../../language/render/outputs.js';
import { seriesLinks, type SeriesLinks } from '../../language/series-links.js';
import { SeriesSet, summarizeMeeting, summarizeText } from '../../language/series.js';
import { renderResult } from '../../server/render-request.js';
import type { RenderResult } from '../../common/contract.js';

const FOLDER = '/tmp/hostile-series';
const header = (date: string, weekday: string) => `Protokoll: Kultur- och fritidsnämnden
Organ: Kultur- och fritidsnämnden
Tid: ${weekday} ${date} kl. 18.00–20.00

Deltagare:
- Lena Ek, ordförande
- Jonas Lind

Ordförande: Lena Ek
Sekreterare: Jonas Lind
Justerare: Lena Ek
`;

/** The other meetings of the series, by file name (names a browser or a shell would read as more than a name). */
const SIBLINGS: Readonly<Record<string, string>> = {
    'kfn-2026-01-20.minutes': `${header('2026-01-20', 'tisdag')}
§ 3: Sommarlov
Uppdrag: Ordna sommarlovsaktiviteter för barn.
Ansvarig: Jonas Lind
`,
    'javascript:alert(1).minutes': `${header('2026-02-17', 'tisdag')}
§ 14: Simhallen
Beslut: Nämnden lägger informationen till handlingarna.
`,
    'a "quoted" #1 ?x y\'s.minutes': `${header('2026-03-17', 'tisdag')}
§ 20: Budget
Beslut: Budgeten antas.
`
};

/** The minutes rendered: a follow-up, a `Från` that climbs out, references that resolve and ones that do not, markup typed. */
export const SOURCE = `${header('2026-04-21', 'tisdag')}
§ 30: Uppföljning av uppdrag
Uppdrag: Ordna sommarlovsaktiviteter för barn.
Från: 2026-01-20 § 3
Ansvarig: Jonas Lind
Status: klart

Uppdrag: Läs lösenorden.
Från: ../../etc/passwd
Ansvarig: Jonas Lind

§ 31: Återrapporter
Enligt 2026-02-17 § 14 och 2026-03-17 § 20 är ärendena klara, inte 2026-02-17 § 99 eller KF 2025-11-20 § 134.
<a href="javascript:alert(2)">2026-01-20 § 3</a> och [x](javascript:alert(3)) 2026-01-20 § 3.

Beslut: att lägga 2026-03-17 § 20 till handlingarna.
`;

export const uriOf = (name: string) => URI.file(`${FOLDER}/${name}`);

/** The pages of the hostile series' minutes, and the links the renderer handed out. */
export interface MeetingLinkPages {
    links: SeriesLinks;
    exportHtml: string;
    publicHtml: string;
    /** The server's answer to `minutes/render` (the preview's HTML and where each link leads). */
    render: RenderResult;
}

export async function meetingLinkPages(): Promise<MeetingLinkPages> {
    const { shared, Minutes } = createMinutesCoreServices(EmptyFileSystem, { messageLanguage: 'sv' });
    const uri = uriOf('kfn-2026-04-21.minutes');
    const document = await buildDocument(shared, SOURCE, uri);
    const doc = document.parseResult.value as Document;
    const set = new SeriesSet();
    for (const [name, text] of Object.entries(SIBLINGS)) set.set(summarizeText(Minutes.parser, text, uriOf(name).toString()));
    const summary = summarizeMeeting(doc, uri.toString());
    set.set(summary);
    const made = (): SeriesLinks => seriesLinks(set.seriesOf(uri.toString()), summary)!;
    const links = made();
    // With the summary (off by default in a Protokoll): its table of actions links the follow-up again.
    const output = buildOutput(doc, { kind: 'minutes', public: true }, { viewLang: 'sv', links: made(), summary: true });
    if (!output.ok) throw new Error(output.refusal);
    return {
        links,
        exportHtml: renderStandalonePage(doc, { links, summary: true }),
        publicHtml: renderModelPage(output.model),
        render: renderResult(uri.toString(), document, { messageLanguage: 'sv', decisionSummary: true }, made())
    };
}
