/**
 * Swedish personal identity numbers (personnummer) and coordination numbers (samordningsnummer)
 * in any text: `YYMMDD-XXXX`, `YYMMDD+XXXX` (a person of 100 or more) and `YYYYMMDD-XXXX`, with a
 * month and day that exist (a coordination number adds 60 to the day) and a valid check digit
 * (the Luhn algorithm over the ten digits YYMMDDXXX, as Skatteverket computes it). A protocol
 * that is to be published must not carry them: the validator warns about each one
 * (checks/identity.ts) and the public version masks them (render/public-version.ts).
 *
 * One pass over the text: each maximal run of digits is looked at once, so the time grows with
 * the length of the text alone (the linear-time rule, bench/linear.ts).
 */

/** Where an identity number stands in a text: `[start, end)` offsets and the number as written. */
export interface IdentityNumber {
    readonly start: number;
    readonly end: number;
    readonly text: string;
}

const ZERO = 48;

function isDigitCode(code: number): boolean {
    return code >= ZERO && code <= ZERO + 9;
}

function digitsValue(text: string, start: number, length: number): number {
    let value = 0;
    for (let i = start; i < start + length; i++) value = value * 10 + (text.charCodeAt(i) - ZERO);
    return value;
}

/** Days in a month; February has 29 when the two-digit year may be a leap year. */
function daysInMonth(year: number, month: number, twoDigitYear: boolean): number {
    if (month === 2) {
        const leap = twoDigitYear ? year % 4 === 0 : (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
        return leap ? 29 : 28;
    }
    return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Whether year, month and day (a coordination number's day less 60) make a date that exists. */
function isBirthDate(year: number, month: number, day: number, twoDigitYear: boolean): boolean {
    const real = day > 60 ? day - 60 : day;
    return month >= 1 && month <= 12 && real >= 1 && real <= daysInMonth(year, month, twoDigitYear);
}

/** The Luhn check over ten digits (`YYMMDDXXXC`): the last is the check digit of the nine before it. */
export function luhnValid(tenDigits: string): boolean {
    if (!/^\d{10}$/u.test(tenDigits)) return false;
    let sum = 0;
    for (let i = 0; i < 10; i++) {
        let d = tenDigits.charCodeAt(i) - ZERO;
        if (i % 2 === 0) {
            d *= 2;
            if (d > 9) d -= 9;
        }
        sum += d;
    }
    return sum % 10 === 0;
}

/**
 * The identity number whose date part is the digit run `[start, start + length)` of `text`
 * (6 or 8 digits), followed by `-` or `+` and four digits, or undefined.
 */
function numberAt(text: string, start: number, length: number): IdentityNumber | undefined {
    if (length !== 6 && length !== 8) return undefined;
    const separator = text.charCodeAt(start + length);
    // `+` marks a person of 100 or more; it only exists in the short form.
    if (separator !== 45 /* - */ && !(separator === 43 /* + */ && length === 6)) return undefined;
    const tail = start + length + 1;
    for (let i = tail; i < tail + 4; i++) if (!isDigitCode(text.charCodeAt(i))) return undefined;
    if (isDigitCode(text.charCodeAt(tail + 4))) return undefined;
    const dateStart = start + length - 6;
    const year = length === 8 ? digitsValue(text, start, 4) : digitsValue(text, dateStart, 2);
    if (length === 8 && (year < 1800 || year > 2199)) return undefined;
    const month = digitsValue(text, dateStart + 2, 2);
    const day = digitsValue(text, dateStart + 4, 2);
    if (!isBirthDate(year, month, day, length === 6)) return undefined;
    if (!luhnValid(text.slice(dateStart, dateStart + 6) + text.slice(tail, tail + 4))) return undefined;
    return { start, end: tail + 4, text: text.slice(start, tail + 4) };
}

/** What every identity number holds: its date's last digit, the separator and the four last digits. */
const CANDIDATE = /\d[-+]\d{4}/u;

/** Every identity number in `text`, in order (see the module comment for the forms). */
export function findIdentityNumbers(text: string): IdentityNumber[] {
    const found: IdentityNumber[] = [];
    // Every form has a digit, `-` or `+`, and four digits: most texts have no such place and are done in one scan.
    if (!CANDIDATE.test(text)) return found;
    let i = 0;
    while (i < text.length) {
        if (!isDigitCode(text.charCodeAt(i))) {
            i++;
            continue;
        }
        const start = i;
        while (i < text.length && isDigitCode(text.charCodeAt(i))) i++;
        const number = numberAt(text, start, i - start);
        if (number) {
            found.push(number);
            i = number.end;
        }
    }
    return found;
}

/** Whether `text` holds an identity number. */
export function hasIdentityNumber(text: string): boolean {
    return findIdentityNumbers(text).length > 0;
}

/** `text` with every identity number replaced by `mask`. */
export function maskIdentityNumbers(text: string, mask: string): string {
    const found = findIdentityNumbers(text);
    if (found.length === 0) return text;
    let out = '';
    let at = 0;
    for (const number of found) {
        out += text.slice(at, number.start) + mask;
        at = number.end;
    }
    return out + text.slice(at);
}
