package com.guishen.gscx.ledger;

/** The formats of an auditor's export. */
public enum ExportFormat
{
    /** RFC 4180 CSV with a header: one row per posting, the entry's fields repeated on each. */
    CSV,
    /** JSON Lines: one entry per line, exactly as {@link EntryCodec#toJson} writes it. */
    JSONL
}
