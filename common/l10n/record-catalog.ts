/**
 * The shape of the strings of the formal record (issue 14): the notice of approval (anslag),
 * extracts (protokollsutdrag), the public version, the internal version's marker and the
 * `personal-id-number` diagnostic with its quick fixes. Part of the catalog (catalog.ts, as
 * `record`); record-sv.ts and record-en.ts hold the words. The quoting rule of catalog.ts applies:
 * the document's words in double quotes, names of people unquoted.
 *
 * No function here takes a list: callers join lists with {@link RecordText.list}, so the words
 * around them stay in the catalog.
 */

/** The words of the notice of approval (tillkännagivande om justering, KL 8 kap. 12 §). */
export interface NoticeText {
    /** Above the title: `Anslag` / `Notice`. */
    kind: string;
    /** `Tillkännagivande om justerat protokoll` / `Notice of approved minutes`. */
    title: string;
    /** The page title and the PDF's title: `Anslag: Socialnämnden, 17 februari 2026`. */
    pageTitle(body: string, date: string): string;
    /** The facts, in order. */
    body: string;
    meetingDate: string;
    /** `Paragrafer` / `Items`. */
    items: string;
    approved: string;
    posted: string;
    takenDown: string;
    keptAt: string;
    /** `Protokollet från sammanträdet den 17 februari 2026 är justerat …` (`date` without weekday, when known). */
    statement(date?: string): string;
    /** How to appeal: laglighetsprövning within three weeks of the posting; `lastDay` in words. */
    appeal(lastDay: string): string;
    /** The heading of the signature. */
    signature: string;
    /** Why no notice can be made; `missing` is a list of {@link missingApproval} etc. (see the module comment). */
    refused(missing: string): string;
    missingApproval(keyword: string): string;
    missingPosted(keyword: string): string;
    missingKeptAt(posted: string, keptAt: string): string;
}

/** The words of an extract (protokollsutdrag). */
export interface ExtractText {
    /** Above the title: `Protokollsutdrag` / `Extract from the minutes`. */
    kind: string;
    /** The page title and the PDF's title: `Utdrag ur protokoll: Socialnämnden, § 14`. */
    pageTitle(title: string, items: string): string;
    /** Who took part in an item: those who may decide, and the others present. */
    deciders: string;
    othersPresent: string;
    /** `Utdragsbestyrkande` / `Certified extract`. */
    certified: string;
    /** `Utdraget stämmer överens med protokollet.` */
    certifiedStatement: string;
    /** The role above the certifying signature (the secretary). */
    certifiedBy: string;
    /** `--extract` named no item: what it takes. */
    noItems(value: string): string;
    /** `--extract` named an item the document does not have; `items` are the ones it has. */
    unknownItems(missing: string, items: string): string;
}

/** The public version and the internal version's marker. */
export interface PublicText {
    /** `Intern version` / `Internal version`: on every page of a full version with confidential content. */
    internal: string;
    /** `Offentlig version` / `Public version`: on every page of the public version. */
    public: string;
    /** What stands in place of a confidential item's content; `ground` as written, when written. */
    withheld(ground?: string): string;
    /** What stands in place of an identity number in the public version. */
    mask: string;
}

/** The diagnostic and the quick fixes about identity numbers. */
export interface IdentityText {
    /** `number` as written; `keyword`: the confidentiality keyword as the document spells it (`Sekretess`). */
    message(number: string, keyword: string): string;
    /** Quick fix: `Markera punkten med "Sekretess:"`. */
    markConfidential(keyword: string): string;
    removeNumber: string;
    /** The ground the quick fix writes after the keyword, for the secretary to correct. */
    defaultGround: string;
}

/** What the editor says about these exports. */
export interface RecordEditorText {
    /** The code lens above an item. */
    extractLens: string;
    /** The quick pick of the format. */
    pickFormat: string;
    html: string;
    pdf: string;
    /** The input box of "Export extract…". */
    extractPrompt: string;
    extractPlaceholder: string;
    /** The progress notification and the save dialog's title of each output. */
    exportingNotice: string;
    exportingExtract: string;
    exportingPublic: string;
    noticeTitle: string;
    extractTitle: string;
    publicTitle: string;
}

/** The columns of a vote's table. */
export interface VoteColumns {
    choice: string;
    count: string;
    names: string;
}

/** Every string of the formal record in one language. */
export interface RecordText {
    vote: VoteColumns;
    notice: NoticeText;
    extract: ExtractText;
    public: PublicText;
    identity: IdentityText;
    editor: RecordEditorText;
    /** Two or three items joined: `a, b och c` / `a, b and c`. */
    list(first: string, second?: string, third?: string): string;
    /** The word an export's file name gets after the source's name: `möte-anslag.pdf`, `möte-utdrag-14.html`. */
    fileSuffix: { notice: string; extract: string; public: string };
}
