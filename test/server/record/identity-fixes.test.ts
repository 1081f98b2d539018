/** The quick fixes of `personal-id-number` (server/identity-code-actions.ts), as the user sees their result. */
import { describe, expect, test } from 'vitest';
import { createServices, quickFixes, type Fix, type Services } from '../helpers.js';
import { protocolWith } from '../../language/record/documents.js';

const swedish = createServices({ messageLanguage: 'sv' });
const english = createServices({ messageLanguage: 'en' });

function fixes(text: string, services: Services = swedish): Promise<Fix[]> {
    return quickFixes(services, text, 'personal-id-number');
}

const PROTOCOL = protocolWith('Sökande 811228-9874 ansöker om bistånd.\n\nBeslut: Ansökan beviljas.');

describe('personal-id-number quick fixes', () => {
    test('in an item: mark the item confidential, or remove the number (with the space before it)', async () => {
        expect(await fixes(PROTOCOL)).toEqual([
            {
                title: 'Markera punkten med "Sekretess:"', preferred: false,
                result: PROTOCOL.replace('§ 1: Ansökan om bistånd\n', '§ 1: Ansökan om bistånd\nSekretess: OSL 26 kap. 1 §\n')
            },
            { title: 'Ta bort numret', preferred: false, result: PROTOCOL.replace('Sökande 811228-9874 ansöker', 'Sökande ansöker') }
        ]);
    });

    test('in an item already marked confidential: only removal', async () => {
        const text = protocolWith('Sekretess: OSL 26 kap. 1 §\nSökande 811228-9874 ansöker om bistånd.');
        expect((await fixes(text)).map(f => f.title)).toEqual(['Ta bort numret']);
    });

    test('in the header: only removal, which keeps the punctuation after the number and drops the space before it', async () => {
        const text = PROTOCOL.replace('- Bo Ek\n', '- Bo Ek, socialsekreterare 811228-9874.\n').replace('Sökande 811228-9874 ansöker', 'Sökande ansöker');
        expect(await fixes(text)).toEqual([{ title: 'Ta bort numret', preferred: false, result: text.replace('- Bo Ek, socialsekreterare 811228-9874.', '- Bo Ek, socialsekreterare.') }]);
    });

    test('an English document: the titles in English and the keyword the document uses', async () => {
        const text = `Minutes: Board
Date: 2026-03-16
Present:
- Ann Lee
Chair: Ann Lee
Secretary: Ann Lee

Item 1: Member records
Record 19121212-1212 was corrected.`;
        const found = await fixes(text, english);
        expect(found.map(f => f.title)).toEqual(['Mark the item "Confidential:"', 'Remove the number']);
        expect(found[0].result).toBe(text.replace('Item 1: Member records\n', 'Item 1: Member records\nConfidential: OSL 26 kap. 1 §\n'));
        expect(found[1].result).toBe(text.replace('Record 19121212-1212 was', 'Record was'));
    });
});
