/** English words of the formal record: notice, extract, public version, identity numbers (shape: record-catalog.ts). */
import type { RecordText } from './record-catalog.js';

export const RECORD_EN: RecordText = {
    vote: { choice: 'Vote', count: 'Count', names: 'Names' },
    notice: {
        kind: 'Notice',
        title: 'Notice of approved minutes',
        pageTitle: (body, date) => `Notice: ${body}, ${date}`,
        body: 'Body',
        meetingDate: 'Date of meeting',
        items: 'Items',
        approved: 'Date of approval',
        posted: 'Posted on',
        takenDown: 'Taken down on',
        keptAt: 'Minutes kept at',
        statement: date => `The minutes of the meeting${date ? ` of ${date}` : ''} have been approved. The approval is announced by this notice.`,
        appeal: lastDay =>
            'Anyone who wishes to appeal a decision in these minutes by judicial review (laglighetsprövning, chapter 13 of the ' +
            'Swedish Local Government Act) sends the appeal to the administrative court. It must arrive there within three weeks ' +
            `of the day the approval was announced on the notice board, that is by ${lastDay}.`,
        signature: 'Signature',
        refused: missing => `No notice can be made: the minutes lack ${missing}.`,
        missingApproval: keyword => `a date of approval (a line such as "${keyword}: 2026-02-24")`,
        missingPosted: keyword => `the date of posting (a line such as "${keyword}: 2026-02-26, Town Hall")`,
        missingKeptAt: (posted, keptAt) => `the place where they are kept (after the date in "${posted}:" or on a line "${keptAt}: …")`,
    },
    extract: {
        kind: 'Extract from the minutes',
        pageTitle: (title, items) => `Extract: ${title}, ${items}`,
        deciders: 'Taking part in the decision',
        othersPresent: 'Also present',
        certified: 'Certified extract',
        certifiedStatement: 'This extract is a true copy of the minutes.',
        certifiedBy: 'Secretary',
        noItems: value => `"${value}" names no item; write for example --extract "Item 3" or --extract "Item 3, 5".`,
        unknownItems: (missing, items) => `The minutes have no ${missing}${items ? `; they have ${items}` : ''}.`,
    },
    public: {
        internal: 'Internal version',
        public: 'Public version',
        withheld: ground => `This item contains confidential information${ground ? ` (${ground})` : ''}.`,
        mask: '[identity number]',
    },
    identity: {
        message: (number, keyword) =>
            `"${number}" looks like a Swedish personal identity number. Minutes that are published must not contain it: remove ` +
            `the number, or mark the item with a line "${keyword}: …" so that it is left out of the public version.`,
        markConfidential: keyword => `Mark the item "${keyword}:"`,
        removeNumber: 'Remove the number',
        defaultGround: 'OSL 26 kap. 1 §',
    },
    editor: {
        extractLens: 'Extract…',
        pickFormat: 'Choose a format',
        html: 'HTML page',
        pdf: 'PDF (archive format)',
        extractPrompt: 'Which items should the extract hold?',
        extractPlaceholder: 'Item 3, 5',
        exportingNotice: 'Making the notice…',
        exportingExtract: 'Making the extract…',
        exportingPublic: 'Making the public version…',
        noticeTitle: 'Export notice',
        extractTitle: 'Export extract',
        publicTitle: 'Export public version',
    },
    list: (first, second, third) => {
        const parts = [first, second, third].filter(Boolean);
        return parts.length < 3 ? parts.join(' and ') : `${parts[0]}, ${parts[1]} and ${parts[2]}`;
    },
    fileSuffix: { notice: 'notice', extract: 'extract', public: 'public' },
};
