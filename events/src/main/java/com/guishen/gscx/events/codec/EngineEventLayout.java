package com.guishen.gscx.events.codec;

/**
 * The fixed binary layout of one engine event in the outbound journal (little-endian). Every
 * event is self-describing: it carries the names of its participants and instrument, so
 * readers (gateways, the publisher, dumps) need no state of the engine's to decode it.
 * Events about a binary order command also carry the request they answer (a REJECTED its kind,
 * side, price, quantity, symbol and origClOrdId; a CANCELLED the cancel request's clOrdId), so a
 * gateway can turn them into ExecutionReports without a table of its own requests; events of a
 * text-line command (a command file) carry none of it.
 */
final class EngineEventLayout
{
    static final int TYPE = 0;
    /** Reject or cancel reason ordinal; for a FILL the aggressor side ('B' or 'S'). */
    static final int REASON = 1;
    /** The order's side ('B' or 'S'); REJECTED: the new order's side, 0 for any other request. */
    static final int SIDE = 2;
    /** How many decimals the instrument's prices print with (REJECTED: 0 unless a new order's symbol is listed). */
    static final int PRICE_DECIMALS = 3;
    /** The instrument's index; REJECTED: -1. */
    static final int INSTRUMENT = 4;
    static final int ENGINE_SEQ = 8;
    static final int TIMESTAMP = 16;
    /** The order; for a FILL the buy order. */
    static final int ORDER_ID = 24;
    static final int TRADE_ID = 32;
    /** REJECTED: the request's price (a new order's, or a replace's new one), 0 for a cancel. */
    static final int PRICE = 40;
    /** REJECTED: the request's quantity (a new order's, or a replace's new one), 0 for a cancel. */
    static final int QUANTITY = 48;
    static final int LEAVES = 56;
    /** The order's clOrdId; for a FILL the buyer's. */
    static final int CL_ORD_ID_HIGH = 64;
    static final int CL_ORD_ID_LOW = 72;
    /**
     * REPLACED: the original clOrdId; FILL: the seller's clOrdId; REJECTED of a cancel or replace:
     * the origClOrdId the request named; CANCELLED by a cancel, or by a replace that leaves nothing:
     * the request's clOrdId. Zero otherwise.
     */
    static final int OTHER_CL_ORD_ID_HIGH = 80;
    static final int OTHER_CL_ORD_ID_LOW = 88;
    /** FILL: the sell order; REJECTED: the request kind ({@link RequestKind}). */
    static final int OTHER_ORDER_ID = 96;
    /** The participant; for a FILL the buyer. */
    static final int PARTICIPANT = 104;
    /** FILL: the seller. */
    static final int OTHER_PARTICIPANT = 120;
    /** The instrument's symbol; REJECTED: a new order's symbol as sent, empty for any other request. */
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
