package com.guishen.gscx.events.codec;

/**
 * Binary layout of the order commands of the inbound journal (new order, cancel, replace): the
 * commands that arrive by the hundred thousand, stored decoded so that neither the engine nor a
 * replay parses text. Every other command stays a text line (COMMANDS.md); a text line starts
 * with a printable character, an order command with its type code, below 0x20.
 *
 * <pre>
 *   0 type (1)   1 timestamp (8)   9 clOrdId high (8)   17 clOrdId low (8)
 *   NEW:     25 price (8)  33 quantity (8)  41 expiry (8)  49 side  50 order type  51 time in force  52 post-only
 *   CANCEL:  25 origClOrdId high (8)  33 origClOrdId low (8)
 *   REPLACE: 25 origClOrdId high (8)  33 origClOrdId low (8)  41 price (8)  49 quantity (8)
 *   then the participant id and (NEW only) the symbol, each as a length byte and ASCII bytes.
 * </pre>
 */
final class OrderCommandLayout
{
    static final byte NEW = 1;
    static final byte CANCEL = 2;
    static final byte REPLACE = 3;

    static final int TYPE = 0;
    static final int TIMESTAMP = 1;
    static final int CL_ORD_ID_HIGH = 9;
    static final int CL_ORD_ID_LOW = 17;
    static final int ORIG_CL_ORD_ID_HIGH = 25;
    static final int ORIG_CL_ORD_ID_LOW = 33;
    static final int NEW_PRICE = 25;
    static final int NEW_QUANTITY = 33;
    static final int NEW_EXPIRY = 41;
    static final int NEW_SIDE = 49;
    static final int NEW_ORDER_TYPE = 50;
    static final int NEW_TIME_IN_FORCE = 51;
    static final int NEW_POST_ONLY = 52;
    static final int NEW_NAMES = 53;
    static final int CANCEL_NAMES = 41;
    static final int REPLACE_PRICE = 41;
    static final int REPLACE_QUANTITY = 49;
    static final int REPLACE_NAMES = 57;

    /** Longest participant id or symbol an order command carries (a longer one stays a text line). */
    static final int MAX_NAME_LENGTH = 64;
    /** Longest encoded order command. */
    static final int MAX_LENGTH = NEW_NAMES + 2 + 2 * MAX_NAME_LENGTH;

    private OrderCommandLayout()
    {
    }

    static int namesOffset(final byte type)
    {
        return type == NEW ? NEW_NAMES : type == CANCEL ? CANCEL_NAMES : REPLACE_NAMES;
    }
}
