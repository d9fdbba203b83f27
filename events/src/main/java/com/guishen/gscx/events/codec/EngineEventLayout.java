package com.guishen.gscx.events.codec;

/**
 * The fixed binary layout of one engine event in the outbound journal (little-endian). Every
 * event is self-describing: it carries the names of its participants and instrument, so
 * readers (gateways, the publisher, dumps) need no state of the engine's to decode it.
 */
final class EngineEventLayout
{
    static final int TYPE = 0;
    /** Reject or cancel reason ordinal; for a FILL the aggressor side ('B' or 'S'). */
    static final int REASON = 1;
    /** The order's side ('B' or 'S'). */
    static final int SIDE = 2;
    /** How many decimals the instrument's prices print with. */
    static final int PRICE_DECIMALS = 3;
    static final int INSTRUMENT = 4;
    static final int ENGINE_SEQ = 8;
    static final int TIMESTAMP = 16;
    /** The order; for a FILL the buy order. */
    static final int ORDER_ID = 24;
    static final int TRADE_ID = 32;
    static final int PRICE = 40;
    static final int QUANTITY = 48;
    static final int LEAVES = 56;
    /** The order's clOrdId; for a FILL the buyer's. */
    static final int CL_ORD_ID_HIGH = 64;
    static final int CL_ORD_ID_LOW = 72;
    /** REPLACED: the original clOrdId; FILL: the seller's clOrdId. */
    static final int OTHER_CL_ORD_ID_HIGH = 80;
    static final int OTHER_CL_ORD_ID_LOW = 88;
    /** FILL: the sell order. */
    static final int OTHER_ORDER_ID = 96;
    /** The participant; for a FILL the buyer. */
    static final int PARTICIPANT = 104;
    /** FILL: the seller. */
    static final int OTHER_PARTICIPANT = 120;
    static final int SYMBOL = 136;
    /** The instrument's delivery hours, so that notional = price × quantity × hours needs nothing else. */
    static final int DELIVERY_HOURS = 168;

    static final int NAME_LENGTH = 16;
    static final int SYMBOL_LENGTH = 32;
    static final int LENGTH = DELIVERY_HOURS + 8;

    private EngineEventLayout()
    {
    }
}
