/** Small documents of the formal record's tests (issue 14), shared by the language, server and render tests. */

/** A Swedish protocol with one item, `§ 1: Ansökan om bistånd`, whose body is `body`. */
export function protocolWith(body: string): string {
    return `Protokoll: Socialnämnden
Tid: tisdag 2026-02-17 kl. 13.00
Deltagare:
- Anna Berg
- Bo Ek
Ordförande: Anna Berg
Sekreterare: Bo Ek
Justerare: Anna Berg

§ 1: Ansökan om bistånd
${body}
`;
}
