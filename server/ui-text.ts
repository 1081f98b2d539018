/**
 * The words the editor shows around the document (hover text, completion details, quick-fix
 * titles, outline details), in the reader's language. Diagnostic messages live in
 * language/messages.ts; these are only the editor's labels.
 */
import type { Lang } from '../language/keywords.js';

export interface UiText {
    present: string;
    absent: string;
    chair: string;
    secretary: string;
    adjuster: string;
    actions: string;
    item(number: number): string;
    due(date: string): string;
    daysFromMeeting(days: number): string;
    today: string;
    weeksLater(weeks: number): string;
    lastApprovalDay: string;
    persons(count: number): string;
    newItem: string;
    newAction: string;
    template(kind: string): string;
    addToPresent(name: string, list: string): string;
    replaceWith(name: string): string;
    removeFrom(name: string, list: string): string;
    moveToPresent(name: string, list: string): string;
    writeWeekday(weekday: string): string;
    renumber(first: number, last: number): string;
    renameTaken(name: string): string;
    renameInvalid(name: string): string;
    /** Placeholders that the templates and snippets insert into the document. */
    placeholders: {
        title: string;
        place: string;
        persons: readonly [string, string, string];
        organisation: string;
        itemTitle: string;
        text: string;
        decision: string;
        action: string;
    };
}

const sv: UiText = {
    present: 'närvarande',
    absent: 'ej närvarande',
    chair: 'ordförande',
    secretary: 'sekreterare',
    adjuster: 'justerare',
    actions: 'Uppdrag',
    item: number => `Punkt ${number}`,
    due: date => `senast ${date}`,
    daysFromMeeting: days =>
        days === 0 ? 'mötesdagen'
            : `${Math.abs(days)} ${Math.abs(days) === 1 ? 'dag' : 'dagar'} ${days > 0 ? 'efter' : 'före'} mötet`,
    today: 'i dag',
    weeksLater: weeks => weeks === 1 ? 'om en vecka' : `om ${weeks} veckor`,
    lastApprovalDay: 'sista dagen för justering',
    persons: count => `${count} ${count === 1 ? 'person' : 'personer'}`,
    newItem: 'ny punkt',
    newAction: 'uppdrag med ansvarig och sista dag',
    template: kind => `mall: ${kind}`,
    addToPresent: (name, list) => `Lägg till ${name} under ${list}`,
    replaceWith: name => `Ändra till ${name}`,
    removeFrom: (name, list) => `Ta bort ${name} från ${list}`,
    moveToPresent: (name, list) => `Flytta ${name} till ${list}`,
    writeWeekday: weekday => `Skriv ${weekday}`,
    renumber: (first, last) => `Numrera om punkterna ${first}–${last}`,
    renameTaken: name => `${name} finns redan bland deltagarna. Välj ett annat namn.`,
    renameInvalid: name => `"${name}" kan inte vara ett namn: skriv för- och efternamn utan komma, semikolon eller "och".`,
    placeholders: {
        title: 'Styrelsemöte',
        place: 'Sammanträdesrummet',
        persons: ['Anna Andersson', 'Bertil Berg', 'Cecilia Carlsson'],
        organisation: 'organisation',
        itemTitle: 'Rubrik',
        text: 'Vad som sades.',
        decision: 'Vad mötet beslutade.',
        action: 'Vad som ska göras.'
    }
};

const en: UiText = {
    present: 'present',
    absent: 'absent',
    chair: 'chair',
    secretary: 'secretary',
    adjuster: 'adjuster',
    actions: 'Actions',
    item: number => `Item ${number}`,
    due: date => `due ${date}`,
    daysFromMeeting: days =>
        days === 0 ? 'the meeting day'
            : `${Math.abs(days)} ${Math.abs(days) === 1 ? 'day' : 'days'} ${days > 0 ? 'after' : 'before'} the meeting`,
    today: 'today',
    weeksLater: weeks => weeks === 1 ? 'in one week' : `in ${weeks} weeks`,
    lastApprovalDay: 'last day for approval',
    persons: count => `${count} ${count === 1 ? 'person' : 'people'}`,
    newItem: 'new item',
    newAction: 'action with owner and due date',
    template: kind => `template: ${kind}`,
    addToPresent: (name, list) => `Add ${name} to ${list}`,
    replaceWith: name => `Change to ${name}`,
    removeFrom: (name, list) => `Remove ${name} from ${list}`,
    moveToPresent: (name, list) => `Move ${name} to ${list}`,
    writeWeekday: weekday => `Write ${weekday}`,
    renumber: (first, last) => `Renumber the items ${first}–${last}`,
    renameTaken: name => `${name} is already a participant. Choose another name.`,
    renameInvalid: name => `"${name}" cannot be a name: write first and last name without commas, semicolons or "and".`,
    placeholders: {
        title: 'Board meeting',
        place: 'Meeting room',
        persons: ['Ada Lindqvist', 'Ben Okafor', 'Carla Mendes'],
        organisation: 'organisation',
        itemTitle: 'Title',
        text: 'What was said.',
        decision: 'What the meeting decided.',
        action: 'What is to be done.'
    }
};

export const UI_TEXT: Readonly<Record<Lang, UiText>> = { sv, en };
