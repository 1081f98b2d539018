/** Swedish words of the formal record: anslag, utdrag, offentlig version, personnummer (shape: record-catalog.ts). */
import type { RecordText } from './record-catalog.js';

export const RECORD_SV: RecordText = {
    vote: { choice: 'Röst', count: 'Antal', names: 'Namn' },
    notice: {
        kind: 'Anslag',
        title: 'Tillkännagivande om justerat protokoll',
        pageTitle: (body, date) => `Anslag: ${body}, ${date}`,
        body: 'Organ',
        meetingDate: 'Sammanträdesdatum',
        items: 'Paragrafer',
        approved: 'Datum för justering',
        posted: 'Anslaget sätts upp',
        takenDown: 'Anslaget tas ned',
        keptAt: 'Förvaringsplats för protokollet',
        statement: date => `Protokollet från sammanträdet${date ? ` den ${date}` : ''} är justerat. Justeringen tillkännages genom detta anslag.`,
        appeal: lastDay =>
            'Den som vill överklaga ett beslut i protokollet genom laglighetsprövning enligt 13 kap. kommunallagen skickar ' +
            'överklagandet till förvaltningsrätten. Det ska ha kommit in dit inom tre veckor från den dag då justeringen ' +
            `tillkännagavs på anslagstavlan, det vill säga senast den ${lastDay}.`,
        signature: 'Underskrift',
        refused: missing => `Anslaget kan inte skapas: protokollet saknar ${missing}.`,
        missingApproval: keyword => `ett datum för justering (en rad som "${keyword}: 2026-02-24")`,
        missingPosted: keyword => `dagen för anslaget (en rad som "${keyword}: 2026-02-26, Kommunhuset")`,
        missingKeptAt: (posted, keptAt) => `förvaringsplatsen för protokollet (efter datumet i "${posted}:" eller på en rad "${keptAt}: …")`,
    },
    extract: {
        kind: 'Protokollsutdrag',
        pageTitle: (title, items) => `Utdrag: ${title}, ${items}`,
        deciders: 'Beslutande',
        othersPresent: 'Övriga närvarande',
        certified: 'Utdragsbestyrkande',
        certifiedStatement: 'Utdraget stämmer överens med protokollet.',
        certifiedBy: 'Sekreterare',
        noItems: value => `"${value}" anger ingen punkt; skriv till exempel --extract "§ 14" eller --extract "§ 14, 16".`,
        unknownItems: (missing, items) => `Dokumentet har ingen ${missing}${items ? `; det har ${items}` : ''}.`,
    },
    public: {
        internal: 'Intern version',
        public: 'Offentlig version',
        withheld: ground => `Paragrafen innehåller uppgifter som omfattas av sekretess${ground ? ` (${ground})` : ''}.`,
        mask: '[personnummer]',
    },
    identity: {
        message: (number, keyword) =>
            `"${number}" ser ut som ett personnummer. Ett protokoll som ska publiceras får inte innehålla det: ta bort numret ` +
            `eller markera punkten med en rad "${keyword}: …", så utelämnas den ur den offentliga versionen.`,
        markConfidential: keyword => `Markera punkten med "${keyword}:"`,
        removeNumber: 'Ta bort numret',
        defaultGround: 'OSL 26 kap. 1 §',
    },
    editor: {
        extractLens: 'Utdrag…',
        pickFormat: 'Välj format',
        html: 'HTML-sida',
        pdf: 'PDF (arkivformat)',
        extractPrompt: 'Vilka punkter ska utdraget innehålla?',
        extractPlaceholder: '§ 14, 16',
        exportingNotice: 'Skapar anslaget…',
        exportingExtract: 'Skapar utdraget…',
        exportingPublic: 'Skapar den offentliga versionen…',
        noticeTitle: 'Exportera anslag',
        extractTitle: 'Exportera utdrag',
        publicTitle: 'Exportera offentlig version',
    },
    list: (first, second, third) => {
        const parts = [first, second, third].filter(Boolean);
        return parts.length < 3 ? parts.join(' och ') : `${parts[0]}, ${parts[1]} och ${parts[2]}`;
    },
    fileSuffix: { notice: 'anslag', extract: 'utdrag', public: 'offentlig' },
};
