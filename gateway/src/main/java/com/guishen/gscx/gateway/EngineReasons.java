package com.guishen.gscx.gateway;

/**
 * The engine's reject and cancel reasons (their ordinals travel in events) with the FIX codes and
 * readable texts a participant sees. The order mirrors the engine's RejectReason and CancelReason;
 * a test holds them together.
 */
final class EngineReasons
{
    /**
     * Reject reasons in the engine's order: name, OrdRejReason (103), CxlRejReason (102), text.
     * PARTICIPANT_BLOCKED is OrdRejReason 99 (other) with its text: FIX 4.4 has no code for a blocked firm.
     */
    static final String[] REJECT_NAMES = {"UNKNOWN_SYMBOL", "UNKNOWN_PARTICIPANT", "NOT_AUTHORISED", "DUPLICATE_CLORDID",
        "INVALID_PRICE", "INVALID_QTY", "INVALID_TIF", "PRICE_BAND", "CREDIT_LIMIT", "CAPACITY_LIMIT",
        "INSTRUMENT_HALTED", "INSTRUMENT_CLOSED", "POST_ONLY_WOULD_CROSS", "UNKNOWN_ORDER", "PARTICIPANT_BLOCKED"};
    private static final int[] ORD_REJ_REASONS = {1, 99, 99, 6, 99, 13, 99, 99, 3, 3, 2, 2, 99, 5, 99};
    private static final int[] CXL_REJ_REASONS = {99, 99, 99, 6, 99, 99, 99, 99, 99, 99, 99, 99, 99, 1, 99};
    private static final byte[][] REJECT_TEXTS = texts(
        "Unknown symbol", "Unknown participant", "Not authorised: the participant's roles do not allow this side",
        "Duplicate ClOrdID: used before by this participant", "Invalid price: not positive or not a multiple of the tick size",
        "Invalid quantity: not positive or not a multiple of the lot size",
        "Invalid TimeInForce for this order type or post-only", "Price outside the instrument's price band",
        "Credit limit would be exceeded", "Registered capacity would be exceeded", "Instrument is halted",
        "Instrument is closed: delivery has started", "Post-only order would take liquidity",
        "Unknown order: no live order of this participant has that ClOrdID",
        "Participant blocked by the exchange's kill switch");

    /** Cancel reasons in the engine's order. */
    static final String[] CANCEL_NAMES = {"USER", "IOC", "FOK", "STP", "MASS", "EXPIRED", "DELISTED"};
    static final int USER = 0;
    static final int EXPIRED = 5;
    private static final byte[][] CANCEL_TEXTS = texts("Cancelled on request", "Unfilled part of an IOC order",
        "FOK order could not be filled in full", "Self-trade prevention", "Mass cancel", "Expired",
        "Instrument delisted");

    private EngineReasons()
    {
    }

    static int ordRejReason(final int reason)
    {
        return reason >= 0 && reason < ORD_REJ_REASONS.length ? ORD_REJ_REASONS[reason] : 99;
    }

    static int cxlRejReason(final int reason)
    {
        return reason >= 0 && reason < CXL_REJ_REASONS.length ? CXL_REJ_REASONS[reason] : 99;
    }

    static byte[] rejectText(final int reason)
    {
        return reason >= 0 && reason < REJECT_TEXTS.length ? REJECT_TEXTS[reason] : UNKNOWN;
    }

    static byte[] cancelText(final int reason)
    {
        return reason >= 0 && reason < CANCEL_TEXTS.length ? CANCEL_TEXTS[reason] : UNKNOWN;
    }

    private static final byte[] UNKNOWN = "Unknown reason".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private static byte[][] texts(final String... texts)
    {
        final byte[][] bytes = new byte[texts.length][];
        for (int i = 0; i < texts.length; i++)
        {
            bytes[i] = texts[i].getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        }
        return bytes;
    }
}
