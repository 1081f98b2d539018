/**
 * What a refused or failed export says, in Swedish or English: what happened and what to do,
 * in one sentence. Kept apart from the writer so the strings have one place to move from.
 */
import { basename, dirname, join } from 'node:path';
import type { Lang } from '../language/keywords.js';
import type { ExportError } from './write-file.js';
import { suggestedExportPath } from './export-path.js';

/** The kind of a special file (ExportError.detail for `target-is-special`) in words. */
const SPECIAL_KINDS: Record<Lang, Record<string, string>> = {
    sv: { fifo: 'en namngiven rörledning (FIFO)', 'character-device': 'en enhet', 'block-device': 'en diskenhet', socket: 'en socket' },
    en: { fifo: 'a named pipe (FIFO)', 'character-device': 'a device', 'block-device': 'a disk device', socket: 'a socket' }
};

/** The error in plain words, in Swedish or English: what happened and what to do. */
export function exportErrorMessage(error: ExportError, lang: Lang): string {
    return lang === 'sv' ? swedishMessage(error) : englishMessage(error);
}

function swedishMessage(error: ExportError): string {
    const { target, source, detail } = error;
    const folder = dirname(target);
    const suggestion = source === undefined ? undefined : suggestedExportPath(source);
    const example = suggestion ? `, till exempel ${suggestion}` : '';
    switch (error.reason) {
        case 'same-as-source':
            return `${target} är själva mötesanteckningarna; exporten skulle skriva över dem. Välj ett annat filnamn${example}.`;
        case 'target-is-directory':
            return `${target} är en mapp. Ange ett filnamn, till exempel ${join(target, basename(suggestion ?? 'minutes.html'))}.`;
        case 'target-is-link':
            return `${target} är en symbolisk länk (till ${detail ?? '?'}), och exporten skriver aldrig genom en länk som den hittar. Ta bort länken eller ange själv filen som ska skrivas.`;
        case 'link-dangling':
            return `${target} är en symbolisk länk till ${detail ?? '?'}, som inte finns. Skapa den filen först eller välj en annan fil.`;
        case 'target-is-special':
            return `${target} är ingen vanlig fil utan ${SPECIAL_KINDS.sv[detail ?? ''] ?? 'en specialfil'}; exporten ersätter den inte. Ta bort den eller välj ett annat filnamn.`;
        case 'folder-missing':
            return `Mappen ${folder} finns inte. Skapa den först eller välj en annan mapp.`;
        case 'permission-denied':
            return `Du saknar behörighet att skriva ${target}. Välj en annan mapp eller ändra behörigheterna.`;
        case 'read-only':
            return `${folder} är skrivskyddad. Välj en annan mapp.`;
        case 'disk-full':
            return `Disken är full; ${target} skrevs inte. Frigör utrymme och försök igen.`;
        case 'name-too-long':
            return `Filnamnet ${basename(target)} är för långt för disken; ${target} skrevs inte. Välj ett kortare namn.`;
        case 'write-failed':
            return `${target} kunde inte skrivas (${detail ?? 'okänt fel'}). En befintlig fil är oförändrad. Försök igen eller välj en annan mapp.`;
    }
}

function englishMessage(error: ExportError): string {
    const { target, source, detail } = error;
    const folder = dirname(target);
    const suggestion = source === undefined ? undefined : suggestedExportPath(source);
    const example = suggestion ? `, for example ${suggestion}` : '';
    switch (error.reason) {
        case 'same-as-source':
            return `${target} is the minutes file itself; exporting would overwrite it. Choose another file name${example}.`;
        case 'target-is-directory':
            return `${target} is a folder. Give a file name, for example ${join(target, basename(suggestion ?? 'minutes.html'))}.`;
        case 'target-is-link':
            return `${target} is a symbolic link (to ${detail ?? '?'}), and an export never writes through a link it finds. Delete the link, or name the file to write yourself.`;
        case 'link-dangling':
            return `${target} is a symbolic link to ${detail ?? '?'}, which does not exist. Create that file first or choose another one.`;
        case 'target-is-special':
            return `${target} is not a regular file but ${SPECIAL_KINDS.en[detail ?? ''] ?? 'a special file'}; the export does not replace it. Remove it or choose another file name.`;
        case 'folder-missing':
            return `The folder ${folder} does not exist. Create it first or choose another folder.`;
        case 'permission-denied':
            return `You do not have permission to write ${target}. Choose another folder or change the permissions.`;
        case 'read-only':
            return `${folder} is read-only. Choose another folder.`;
        case 'disk-full':
            return `The disk is full; ${target} was not written. Free some space and try again.`;
        case 'name-too-long':
            return `The file name ${basename(target)} is too long for the disk; ${target} was not written. Choose a shorter name.`;
        case 'write-failed':
            return `${target} could not be written (${detail ?? 'unknown error'}). Any existing file is unchanged. Try again or choose another folder.`;
    }
}
