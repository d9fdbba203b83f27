package com.guishen.gscx.gateway.fix;

/**
 * What gscx's FIX 4.4 dialect allows: which tags exist (FIX 4.4's 1..956 and the user-defined tags
 * gscx documents), which may appear in which message type, and which are required. The session
 * layer answers a breach with a session-level Reject naming the tag.
 */
public final class FixDictionary
{
    /** The highest tag FIX 4.4 defines. */
    public static final int MAX_FIX44_TAG = 956;

    /** User-defined tags gscx sends (documented in the README). */
    public static final int COMPUTE_RESOURCE = 5001;
    public static final int DELIVERY_SITE = 5002;
    public static final int DELIVERY_START = 5003;
    public static final int DELIVERY_HOURS = 5004;
    public static final int COMPUTE_UNITS_PER_UNIT_HOUR = 5005;
    public static final int NOTIONAL = 5006;
    private static final int[] USER_DEFINED = {
        COMPUTE_RESOURCE, DELIVERY_SITE, DELIVERY_START, DELIVERY_HOURS, COMPUTE_UNITS_PER_UNIT_HOUR, NOTIONAL};

    private static final int[] HEADER = {8, 9, 35, 49, 56, 115, 128, 90, 91, 34, 50, 142, 57, 143, 116, 144, 129, 145,
        43, 97, 52, 122, 212, 213, 347, 369, 627, 628, 629, 630};
    private static final int[] TRAILER = {93, 89, 10};

    private static final byte[] TYPES = {'0', '1', '2', '3', '4', '5', 'A', 'D', 'F', 'G', 'q', 'x', '8', '9', 'j', 'r', 'y'};
    private static final int[][] BODIES = {
        {112},                                              // 0 Heartbeat
        {112},                                              // 1 TestRequest
        {7, 16},                                            // 2 ResendRequest
        {45, 371, 372, 373, 58, 354, 355},                  // 3 Reject
        {123, 36},                                          // 4 SequenceReset
        {58, 354, 355},                                     // 5 Logout
        {98, 108, 95, 96, 141, 789, 383, 384, 372, 385, 464, 553, 554}, // A Logon
        {11, 526, 583, 1, 660, 581, 589, 590, 591, 70, 78, 79, 661, 467, 80, 63, 64, 544, 635, 21, 18, 110, 111, 100, 386,
            336, 625, 81, 55, 65, 48, 22, 460, 461, 167, 762, 200, 541, 201, 224, 225, 239, 226, 227, 228, 255, 543, 470,
            471, 472, 240, 202, 947, 206, 231, 223, 207, 106, 348, 349, 107, 350, 351, 691, 667, 875, 876, 873, 874, 140,
            54, 114, 60, 232, 233, 234, 854, 38, 152, 516, 468, 469, 40, 423, 44, 99, 15, 376, 377, 23, 117, 59, 168,
            432, 126, 427, 12, 13, 479, 497, 528, 529, 582, 121, 120, 775, 58, 354, 355, 193, 192, 640, 77, 203, 210, 114,
            453, 448, 447, 452, 802, 523, 803},             // D NewOrderSingle (order entry fields; parties)
        {41, 37, 11, 526, 583, 586, 1, 660, 581, 55, 65, 48, 22, 460, 167, 54, 60, 38, 152, 516, 468, 469, 376, 58, 354,
            355, 453, 448, 447, 452},                       // F OrderCancelRequest
        {37, 41, 11, 526, 583, 586, 1, 660, 581, 589, 590, 591, 70, 78, 79, 661, 467, 80, 63, 64, 544, 635, 21, 18, 110,
            111, 100, 386, 81, 55, 65, 48, 22, 460, 167, 54, 60, 38, 152, 516, 468, 469, 40, 423, 44, 99, 15, 376, 377,
            23, 117, 59, 168, 432, 126, 427, 12, 13, 479, 497, 528, 529, 582, 121, 120, 58, 354, 355, 193, 192, 640, 77,
            203, 210, 114, 453, 448, 447, 452},             // G OrderCancelReplaceRequest
        {11, 526, 530, 336, 625, 55, 65, 48, 22, 460, 167, 54, 60, 58, 354, 355, 453, 448, 447, 452, 1}, // q
        {320, 559, 55, 65, 48, 22, 460, 167, 15, 58, 354, 355, 263},                                     // x
        {}, {}, {}, {}, {}};                                // types gscx only sends

    private static final int[][] REQUIRED = {
        {}, {112}, {7, 16}, {45}, {36}, {}, {98, 108},
        {11, 55, 54, 60, 40}, {41, 11, 55, 54, 60}, {41, 11, 55, 54, 60, 40}, {11, 530, 60}, {320, 559},
        {}, {}, {}, {}, {}};

    private static final boolean[] VALID_TAG = new boolean[10_000];
    private static final boolean[][] ALLOWED = new boolean[TYPES.length][MAX_FIX44_TAG + 1];

    static
    {
        for (int tag = 1; tag <= MAX_FIX44_TAG; tag++)
        {
            VALID_TAG[tag] = true;
        }
        for (final int tag : USER_DEFINED)
        {
            VALID_TAG[tag] = true;
        }
        for (int type = 0; type < TYPES.length; type++)
        {
            for (final int tag : HEADER)
            {
                ALLOWED[type][tag] = true;
            }
            for (final int tag : TRAILER)
            {
                ALLOWED[type][tag] = true;
            }
            for (final int tag : BODIES[type])
            {
                ALLOWED[type][tag] = true;
            }
        }
    }

    private FixDictionary()
    {
    }

    /** Whether the tag exists in gscx's FIX 4.4 (tags as parsed: 0 and negatives do not). */
    public static boolean isValidTag(final int tag)
    {
        return tag > 0 && tag < VALID_TAG.length && VALID_TAG[tag];
    }

    /** The index of a message type gscx knows, or -1. */
    public static int typeIndex(final byte msgType)
    {
        for (int i = 0; i < TYPES.length; i++)
        {
            if (TYPES[i] == msgType)
            {
                return i;
            }
        }
        return -1;
    }

    /** Whether gscx accepts this message type from a counterparty. */
    public static boolean isAcceptedType(final int typeIndex)
    {
        return typeIndex >= 0 && TYPES[typeIndex] != '8' && TYPES[typeIndex] != '9' && TYPES[typeIndex] != 'j' &&
            TYPES[typeIndex] != 'r' && TYPES[typeIndex] != 'y';
    }

    /** Whether a valid tag may appear in that message type (user-defined tags appear nowhere inbound). */
    public static boolean isAllowed(final int typeIndex, final int tag)
    {
        return tag <= MAX_FIX44_TAG && ALLOWED[typeIndex][tag];
    }

    /** The tags a message of that type must carry. */
    public static int[] required(final int typeIndex)
    {
        return REQUIRED[typeIndex];
    }
}
