package com.guishen.gscx.gateway.fix;

/**
 * The FIX 4.4 tag numbers the gateway reads and writes: the standard header and trailer, the
 * session (administrative) messages, and the order-entry messages of the exchange. Only these;
 * anything else a counterparty sends is an unknown tag to the session layer.
 */
public final class FixTags
{
    // Standard header and trailer
    public static final int BEGIN_STRING = 8;
    public static final int BODY_LENGTH = 9;
    public static final int CHECK_SUM = 10;
    public static final int MSG_SEQ_NUM = 34;
    public static final int MSG_TYPE = 35;
    public static final int POSS_DUP_FLAG = 43;
    public static final int SENDER_COMP_ID = 49;
    public static final int SENDER_SUB_ID = 50;
    public static final int SENDING_TIME = 52;
    public static final int TARGET_COMP_ID = 56;
    public static final int TARGET_SUB_ID = 57;
    public static final int POSS_RESEND = 97;
    public static final int ORIG_SENDING_TIME = 122;
    public static final int LAST_MSG_SEQ_NUM_PROCESSED = 369;

    // Length-prefixed data fields: the value of the first of each pair is the byte length of the
    // second, whose value may contain SOH.
    public static final int SIGNATURE = 89;
    public static final int SECURE_DATA_LEN = 90;
    public static final int SECURE_DATA = 91;
    public static final int SIGNATURE_LENGTH = 93;
    public static final int RAW_DATA_LENGTH = 95;
    public static final int RAW_DATA = 96;
    public static final int XML_DATA_LEN = 212;
    public static final int XML_DATA = 213;
    public static final int ENCODED_TEXT_LEN = 354;
    public static final int ENCODED_TEXT = 355;

    // Session messages
    public static final int BEGIN_SEQ_NO = 7;
    public static final int END_SEQ_NO = 16;
    public static final int NEW_SEQ_NO = 36;
    public static final int REF_SEQ_NUM = 45;
    public static final int TEXT = 58;
    public static final int ENCRYPT_METHOD = 98;
    public static final int HEART_BT_INT = 108;
    public static final int TEST_REQ_ID = 112;
    public static final int GAP_FILL_FLAG = 123;
    public static final int RESET_SEQ_NUM_FLAG = 141;
    public static final int REF_TAG_ID = 371;
    public static final int REF_MSG_TYPE = 372;
    public static final int SESSION_REJECT_REASON = 373;
    public static final int BUSINESS_REJECT_REF_ID = 379;
    public static final int BUSINESS_REJECT_REASON = 380;
    public static final int USERNAME = 553;
    public static final int PASSWORD = 554;
    public static final int NEXT_EXPECTED_MSG_SEQ_NUM = 789;

    // Order entry
    public static final int ACCOUNT = 1;
    public static final int AVG_PX = 6;
    public static final int CL_ORD_ID = 11;
    public static final int CUM_QTY = 14;
    public static final int CURRENCY = 15;
    public static final int EXEC_ID = 17;
    public static final int EXEC_INST = 18;
    public static final int SECURITY_ID_SOURCE = 22;
    public static final int LAST_PX = 31;
    public static final int LAST_QTY = 32;
    public static final int ORDER_ID = 37;
    public static final int ORDER_QTY = 38;
    public static final int ORD_STATUS = 39;
    public static final int ORD_TYPE = 40;
    public static final int ORIG_CL_ORD_ID = 41;
    public static final int PRICE = 44;
    public static final int SECURITY_ID = 48;
    public static final int SIDE = 54;
    public static final int SYMBOL = 55;
    public static final int TIME_IN_FORCE = 59;
    public static final int TRANSACT_TIME = 60;
    public static final int CXL_REJ_REASON = 102;
    public static final int ORD_REJ_REASON = 103;
    public static final int MIN_QTY = 110;
    public static final int EXPIRE_TIME = 126;
    public static final int NO_RELATED_SYM = 146;
    public static final int EXEC_TYPE = 150;
    public static final int LEAVES_QTY = 151;
    public static final int SECURITY_REQ_ID = 320;
    public static final int SECURITY_RESPONSE_ID = 322;
    public static final int TOT_NO_RELATED_SYM = 393;
    public static final int EXPIRE_DATE = 432;
    public static final int CXL_REJ_RESPONSE_TO = 434;
    public static final int MASS_CANCEL_REQUEST_TYPE = 530;
    public static final int MASS_CANCEL_RESPONSE = 531;
    public static final int MASS_CANCEL_REJECT_REASON = 532;
    public static final int TOTAL_AFFECTED_ORDERS = 533;
    public static final int SECURITY_LIST_REQUEST_TYPE = 559;
    public static final int SECURITY_REQUEST_RESULT = 560;
    public static final int TRD_MATCH_ID = 880;
    public static final int SECURITY_DESC = 107;
    public static final int CONTRACT_MULTIPLIER = 231;
    public static final int ROUND_LOT = 561;
    public static final int MIN_TRADE_VOL = 562;
    public static final int LAST_FRAGMENT = 893;

    private FixTags()
    {
    }

    /**
     * For a length field of a length-prefixed data pair ({@link #RAW_DATA_LENGTH} and the like),
     * the tag of the data field it measures; 0 for every other tag.
     */
    public static int dataFieldOf(final int lengthTag)
    {
        switch (lengthTag)
        {
            case SECURE_DATA_LEN:
                return SECURE_DATA;
            case SIGNATURE_LENGTH:
                return SIGNATURE;
            case RAW_DATA_LENGTH:
                return RAW_DATA;
            case XML_DATA_LEN:
                return XML_DATA;
            case ENCODED_TEXT_LEN:
                return ENCODED_TEXT;
            default:
                return 0;
        }
    }
}
