package com.guishen.gscx.engine.reference;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A deliberately simple reference model of the matching engine, written straight from
 * {@code shared/bench/COMMANDS.md} and {@code docs/command-file-rules.md}, to cross-check the
 * fast engine in randomized tests. It favours being obviously right over being fast: plain
 * collections, {@link BigDecimal} for money, linear scans wherever they read best.
 *
 * <p>Use {@link #run(List)} for a whole command file, or feed lines one at a time with
 * {@link #apply(int, String)} and look at the state between them ({@link #events()},
 * {@link #checkInvariants()}, {@link #restingOrders()}).
 */
public final class ReferenceModel
{
    /** Implied decimals of every price and amount (command-file-rules.md, interpretation 4). */
    static final int SCALE = 4;

    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
    private static final Pattern INTEGER = Pattern.compile("-?[0-9]+");
    private static final int MAX_ID_LENGTH = 16;

    // ------------------------------------------------------------------ public API

    /**
     * Replays a whole command file and returns its output: the events, then the BOOK lines of
     * every listed instrument in declaration order, then the SUMMARY line.
     *
     * @throws IllegalArgumentException {@code "line N: reason"} for the first malformed line.
     */
    public static List<String> run(final List<String> commandFileLines)
    {
        final ReferenceModel model = new ReferenceModel();
        int lineNumber = 0;
        for (final String line : commandFileLines)
        {
            model.apply(++lineNumber, line);
        }
        return model.output();
    }

    /**
     * Applies one line of a command file (declaration, command, comment or empty line).
     * A malformed line changes nothing: every field is parsed before anything happens.
     *
     * @throws IllegalArgumentException {@code "line N: reason"} if the line is malformed.
     */
    public void apply(final int lineNumber, final String rawLine)
    {
        // Tolerate CRLF files: the CR is line-ending noise, not part of the last field.
        final String line = rawLine.endsWith("\r") ? rawLine.substring(0, rawLine.length() - 1) : rawLine;
        if (line.isEmpty() || line.startsWith("#"))
        {
            return;
        }
        final String[] fields = line.split(",", -1);
        try
        {
            switch (fields[0])
            {
                case "INSTRUMENT" -> declareInstrument(fields);
                case "PARTICIPANT" -> declareParticipant(fields);
                case "NEW" -> newOrder(fields);
                case "CANCEL" -> cancel(fields);
                case "REPLACE" -> replace(fields);
                case "MASS_CANCEL" -> massCancel(fields);
                case "HALT" -> halt(fields, true);
                case "RESUME" -> halt(fields, false);
                case "END_OF_DAY" -> endOfDay(fields);
                case "DELIST" -> delist(fields);
                case "KILL" -> kill(fields, true);
                case "REINSTATE" -> kill(fields, false);
                case "CREDIT_LIMIT" -> creditLimit(fields);
                default -> throw new Malformed("unknown record type '" + fields[0] + "'");
            }
        }
        catch (final Malformed e)
        {
            throw new IllegalArgumentException("line " + lineNumber + ": " + e.getMessage(), e);
        }
    }

    /** The event lines emitted so far (a read-only view). */
    public List<String> events()
    {
        return Collections.unmodifiableList(events);
    }

    /** The BOOK lines of the current state: listed instruments in declaration order, bids best first, then asks. */
    public List<String> bookLines()
    {
        final List<String> lines = new ArrayList<>();
        for (final Instrument instrument : listed.values())
        {
            for (final Side side : Side.values())
            {
                for (final List<Order> level : instrument.side(side).values())
                {
                    for (final Order order : level)
                    {
                        lines.add(String.join(",", "BOOK", instrument.symbol, side.name(),
                            instrument.format(order.price), Long.toString(order.leaves()), order.owner.id, order.clOrdId));
                    }
                }
            }
        }
        return lines;
    }

    /** The SUMMARY line of the current state. */
    public String summaryLine()
    {
        return "SUMMARY,commands=" + commands + ",events=" + events.size() + ",fills=" + fills;
    }

    /** Events, then BOOK lines, then SUMMARY: what the engine prints for the lines applied so far. */
    public List<String> output()
    {
        final List<String> lines = new ArrayList<>(events);
        lines.addAll(bookLines());
        lines.add(summaryLine());
        return lines;
    }

    /** The engine clock (nanoseconds), the max of every command's timestamp so far. */
    public long clock()
    {
        return clock;
    }

    /** A resting order as seen from outside, for invariant checks in tests. */
    public record RestingOrder(long orderId, String symbol, String side, BigDecimal price, long totalQty, long filledQty,
        long leavesQty, String participant, String clOrdId, String timeInForce, boolean postOnly)
    {
    }

    /** How many orders rest in all books. */
    public int restingOrderCount()
    {
        return liveOrders.size();
    }

    /** Every resting order, in orderId order. */
    public List<RestingOrder> restingOrders()
    {
        final List<RestingOrder> result = new ArrayList<>();
        for (final Order o : liveOrders.values())
        {
            result.add(new RestingOrder(o.orderId, o.instrument.symbol, o.side.name(), BigDecimal.valueOf(o.price, SCALE),
                o.totalQty, o.filledQty, o.leaves(), o.owner.id, o.clOrdId, o.tif.name(), o.postOnly));
        }
        return result;
    }

    /**
     * Checks what must hold between commands whatever the input: books are uncrossed and sorted,
     * every resting order has positive leaves on tick and lot, the indexes agree, no buyer is
     * beyond its credit limit and no provider beyond its capacity.
     *
     * @throws IllegalStateException naming the first broken invariant.
     */
    public void checkInvariants()
    {
        int inBooks = 0;
        for (final Instrument instrument : listed.values())
        {
            if (!instrument.bids.isEmpty() && !instrument.asks.isEmpty()
                && instrument.bids.firstKey() >= instrument.asks.firstKey())
            {
                throw new IllegalStateException(instrument.symbol + " is crossed");
            }
            if (instrument.closed && !(instrument.bids.isEmpty() && instrument.asks.isEmpty()))
            {
                throw new IllegalStateException(instrument.symbol + " is closed but has resting orders");
            }
            for (final Side side : Side.values())
            {
                for (final Map.Entry<Long, List<Order>> level : instrument.side(side).entrySet())
                {
                    if (level.getValue().isEmpty())
                    {
                        throw new IllegalStateException(instrument.symbol + " has an empty level " + level.getKey());
                    }
                    for (final Order o : level.getValue())
                    {
                        inBooks++;
                        if (o.price != level.getKey() || o.side != side || o.instrument != instrument)
                        {
                            throw new IllegalStateException("order " + o.orderId + " is filed under the wrong level");
                        }
                        if (o.leaves() <= 0 || o.price <= 0 || o.price % instrument.tickSize != 0
                            || o.totalQty % instrument.lotSize != 0 || o.filledQty < 0)
                        {
                            throw new IllegalStateException("order " + o.orderId + " has bad price or quantities");
                        }
                        if (liveOrders.get(o.orderId) != o || o.owner.liveByClOrdId.get(o.clOrdId) != o)
                        {
                            throw new IllegalStateException("order " + o.orderId + " is not indexed");
                        }
                    }
                }
            }
        }
        if (inBooks != liveOrders.size())
        {
            throw new IllegalStateException(liveOrders.size() + " live orders but " + inBooks + " in books");
        }
        for (final Participant p : participants.values())
        {
            // A limit lowered by CREDIT_LIMIT may leave the exposure above it: only unchanged limits hold.
            if (!p.creditLimitChanged && p.creditLimit.signum() > 0 && creditUsed(p, null).compareTo(p.creditLimit) > 0)
            {
                throw new IllegalStateException(p.id + " is beyond its credit limit");
            }
            if (p.capacity > 0)
            {
                for (final Instrument instrument : listed.values())
                {
                    if (restingSellLeaves(p, instrument, null) + p.sold(instrument) > p.capacity)
                    {
                        throw new IllegalStateException(p.id + " is beyond its capacity in " + instrument.symbol);
                    }
                }
            }
        }
    }

    // ------------------------------------------------------------------ domain

    enum Side
    {
        B, S;

        Side opposite()
        {
            return this == B ? S : B;
        }
    }

    enum OrderType
    {
        LIMIT, MARKET
    }

    enum Tif
    {
        GTC, DAY, IOC, FOK, GTD
    }

    enum Stp
    {
        NONE, CANCEL_RESTING, CANCEL_AGGRESSOR, CANCEL_BOTH
    }

    private static final class Instrument
    {
        final String symbol;
        final long tickSize;
        /** Decimals of the tick size as written: every price of this instrument prints with this many. */
        final int priceDecimals;
        final long lotSize;
        final long deliveryHours;
        /** Inclusive band bounds, exact; both null when there is no band. */
        final BigDecimal bandLow;
        final BigDecimal bandHigh;
        /** Null when the instrument never closes. */
        final Long deliveryStart;
        boolean halted;
        boolean closed;
        /** Price level to orders in time priority; bids iterate best (highest) first, asks lowest first. */
        final TreeMap<Long, List<Order>> bids = new TreeMap<>(Comparator.reverseOrder());
        final TreeMap<Long, List<Order>> asks = new TreeMap<>();

        Instrument(final String symbol, final long tickSize, final int priceDecimals, final long lotSize,
            final long deliveryHours, final BigDecimal bandLow, final BigDecimal bandHigh, final Long deliveryStart)
        {
            this.symbol = symbol;
            this.tickSize = tickSize;
            this.priceDecimals = priceDecimals;
            this.lotSize = lotSize;
            this.deliveryHours = deliveryHours;
            this.bandLow = bandLow;
            this.bandHigh = bandHigh;
            this.deliveryStart = deliveryStart;
        }

        TreeMap<Long, List<Order>> side(final Side side)
        {
            return side == Side.B ? bids : asks;
        }

        boolean hasBand()
        {
            return bandHigh != null;
        }

        boolean withinBand(final long price)
        {
            final BigDecimal p = BigDecimal.valueOf(price, SCALE);
            return !hasBand() || (p.compareTo(bandLow) >= 0 && p.compareTo(bandHigh) <= 0);
        }

        String format(final long price)
        {
            // UNNECESSARY: a price on tick always fits the tick's decimals; anything else is a model bug.
            return BigDecimal.valueOf(price, SCALE).setScale(priceDecimals, RoundingMode.UNNECESSARY).toPlainString();
        }
    }

    private static final class Participant
    {
        final String id;
        final boolean mayBuy;
        final boolean maySell;
        /** CNY; zero means unlimited. CREDIT_LIMIT changes it. */
        BigDecimal creditLimit;
        boolean creditLimitChanged;
        /** KILL sets it, REINSTATE clears it: new orders and replaces are rejected PARTICIPANT_BLOCKED. */
        boolean blocked;
        /** Units per instrument; zero means unlimited. */
        final long capacity;
        final Stp stp;
        /** Every clOrdId any NEW, CANCEL or REPLACE line of this participant has used, accepted or not. */
        final Set<String> usedClOrdIds = new HashSet<>();
        /** Live (resting) orders by their current clOrdId. */
        final Map<String, Order> liveByClOrdId = new HashMap<>();
        /** Σ price × qty × deliveryHours of everything this participant has bought. */
        BigDecimal filledNotional = BigDecimal.ZERO;
        /** Units sold, per instrument (identity: a relisted symbol is a new instrument). */
        final Map<Instrument, Long> soldQty = new HashMap<>();

        Participant(final String id, final boolean mayBuy, final boolean maySell, final BigDecimal creditLimit,
            final long capacity, final Stp stp)
        {
            this.id = id;
            this.mayBuy = mayBuy;
            this.maySell = maySell;
            this.creditLimit = creditLimit;
            this.capacity = capacity;
            this.stp = stp;
        }

        long sold(final Instrument instrument)
        {
            return soldQty.getOrDefault(instrument, 0L);
        }
    }

    private static final class Order
    {
        final long orderId;
        final Participant owner;
        final Instrument instrument;
        final Side side;
        final OrderType type;
        final Tif tif;
        final boolean postOnly;
        /** GTD expiry; 0 for other orders. */
        final long expiry;
        String clOrdId;
        /** Fixed point; meaningless for MARKET orders (they never rest). */
        long price;
        /** FIX OrderQty: the total, replaced by a REPLACE's newQty. */
        long totalQty;
        long filledQty;

        Order(final long orderId, final Participant owner, final Instrument instrument, final Side side,
            final OrderType type, final Tif tif, final boolean postOnly, final long expiry, final String clOrdId,
            final long price, final long totalQty)
        {
            this.orderId = orderId;
            this.owner = owner;
            this.instrument = instrument;
            this.side = side;
            this.type = type;
            this.tif = tif;
            this.postOnly = postOnly;
            this.expiry = expiry;
            this.clOrdId = clOrdId;
            this.price = price;
            this.totalQty = totalQty;
        }

        long leaves()
        {
            return totalQty - filledQty;
        }
    }

    // ------------------------------------------------------------------ state

    /** Listed instruments in declaration order; a delisted symbol is removed (and is unknown again). */
    private final LinkedHashMap<String, Instrument> listed = new LinkedHashMap<>();
    private final Map<String, Participant> participants = new HashMap<>();
    /** Every resting order, by orderId: the order MASS_CANCEL, DELIST, closing and END_OF_DAY cancel in. */
    private final TreeMap<Long, Order> liveOrders = new TreeMap<>();
    /** Resting GTD orders in the order they expire: expiry, then orderId. */
    private final TreeSet<Order> gtdOrders = new TreeSet<>(
        Comparator.comparingLong((Order o) -> o.expiry).thenComparingLong(o -> o.orderId));
    private final List<String> events = new ArrayList<>();
    private long clock;
    private long nextOrderId = 1;
    private long nextTradeId = 1;
    private long commands;
    private long fills;

    // ------------------------------------------------------------------ declarations

    private void declareInstrument(final String[] f)
    {
        expectFields(f, 7, 8);
        final String symbol = symbol(f[1]);
        if ("*".equals(symbol))
        {
            throw new Malformed("'*' cannot be a symbol");
        }
        final Decimal tick = decimal(f[2], "tickSize");
        if (tick.tooPrecise || decimalsWritten(f[2]) > SCALE || tick.value <= 0)
        {
            throw new Malformed("tickSize must be positive with at most " + SCALE + " decimals: '" + f[2] + "'");
        }
        final long lot = integer(f[3], "lotSize");
        final long hours = integer(f[4], "deliveryHours");
        final Decimal bandPct = decimal(f[5], "priceBandPct");
        if (lot <= 0 || hours <= 0 || bandPct.value < 0 || bandPct.tooPrecise)
        {
            throw new Malformed("lotSize and deliveryHours must be positive, priceBandPct not negative");
        }
        BigDecimal bandLow = null;
        BigDecimal bandHigh = null;
        if (bandPct.value > 0)
        {
            final Decimal reference = decimal(f[6], "referencePrice");
            if (reference.value <= 0 || reference.tooPrecise)
            {
                throw new Malformed("a band needs a positive referencePrice");
            }
            // Exact: referencePrice × (1 ± pct/100), no rounding (interpretation 5: inclusive).
            final BigDecimal ref = BigDecimal.valueOf(reference.value, SCALE);
            final BigDecimal pct = BigDecimal.valueOf(bandPct.value, SCALE);
            final BigDecimal hundred = BigDecimal.valueOf(100);
            bandLow = ref.multiply(hundred.subtract(pct)).divide(hundred);
            bandHigh = ref.multiply(hundred.add(pct)).divide(hundred);
        }
        else if (!f[6].isEmpty())
        {
            decimal(f[6], "referencePrice"); // unused without a band, but must still be a number
        }
        final Long deliveryStart = f.length == 8 && !f[7].isEmpty() ? integer(f[7], "deliveryStartTs") : null;
        if (listed.containsKey(symbol))
        {
            throw new Malformed("instrument " + symbol + " is already listed");
        }
        listed.put(symbol, new Instrument(symbol, tick.value, decimalsWritten(f[2]), lot, hours, bandLow, bandHigh,
            deliveryStart));
    }

    private void declareParticipant(final String[] f)
    {
        expectFields(f, 7, 7);
        final String id = participantId(f[1]);
        word(f[2], "exchange", "SZDE", "GYBDE");
        final String roles = word(f[3], "roles", "B", "S", "BS");
        final Decimal creditLimit = decimal(f[4], "creditLimit");
        final long capacity = integer(f[5], "capacity");
        final Stp stp = Stp.valueOf(word(f[6], "stp", "NONE", "CANCEL_RESTING", "CANCEL_AGGRESSOR", "CANCEL_BOTH"));
        if (creditLimit.value < 0 || creditLimit.tooPrecise || capacity < 0)
        {
            throw new Malformed("creditLimit and capacity must not be negative");
        }
        if (participants.containsKey(id))
        {
            throw new Malformed("participant " + id + " is already declared");
        }
        participants.put(id, new Participant(id, roles.contains("B"), roles.contains("S"),
            BigDecimal.valueOf(creditLimit.value, SCALE), capacity, stp));
    }

    // ------------------------------------------------------------------ commands

    private void newOrder(final String[] f)
    {
        expectFields(f, 10, 12);
        final long ts = integer(f[1], "timestamp");
        final String participantId = participantId(f[2]);
        final String clOrdId = clOrdId(f[3]);
        final String symbol = symbol(f[4]);
        final Side side = Side.valueOf(word(f[5], "side", "B", "S"));
        final OrderType type = OrderType.valueOf(word(f[6], "order type", "LIMIT", "MARKET"));
        final Tif tif = Tif.valueOf(word(f[7], "tif", "GTC", "DAY", "IOC", "FOK", "GTD"));
        // A MARKET order's price is ignored: empty or any number (interpretation 12).
        final Decimal price = type == OrderType.MARKET && f[8].isEmpty() ? null : decimal(f[8], "price");
        final long qty = integer(f[9], "qty");
        boolean postOnly = false;
        Long expire = null;
        int next = 10;
        if (next < f.length && f[next].equals("POST_ONLY"))
        {
            postOnly = true;
            next++;
        }
        if (next < f.length && f[next].startsWith("EXPIRE="))
        {
            expire = integer(f[next].substring("EXPIRE=".length()), "expiry");
            next++;
        }
        if (next != f.length)
        {
            throw new Malformed("unexpected field '" + f[next] + "'");
        }

        startCommand(ts);
        final Instrument instrument = listed.get(symbol);
        final Participant participant = participants.get(participantId);
        // The line uses up its clOrdId whatever happens next, if the participant is known (interpretation 6).
        final boolean duplicate = participant != null && !participant.usedClOrdIds.add(clOrdId);

        final String reject = validateNew(instrument, participant, duplicate, side, type, tif, price, qty, postOnly,
            expire);
        if (reject != null)
        {
            emit("REJECTED", participantId, clOrdId, reject);
            return;
        }

        final long orderId = nextOrderId++;
        final Order order = new Order(orderId, participant, instrument, side, type, tif, postOnly,
            expire == null ? 0 : expire, clOrdId, type == OrderType.LIMIT ? price.value : 0, qty);
        emit("ACCEPTED", participantId, clOrdId, Long.toString(orderId));

        if (tif == Tif.FOK && !wouldFillCompletely(order))
        {
            // No trades, no STP cancels: the FOK is refused as a whole (rule 4, interpretation 3).
            emitCancelled(order, "FOK");
            return;
        }
        final boolean aggressorCancelledBySTP = !walk(order);
        if (aggressorCancelledBySTP || order.leaves() == 0)
        {
            return;
        }
        if (type == OrderType.MARKET || tif == Tif.IOC || tif == Tif.FOK)
        {
            emitCancelled(order, tif == Tif.FOK ? "FOK" : "IOC");
        }
        else
        {
            rest(order);
        }
    }

    /** Rule 2's order for NEW; null when the order is accepted. */
    private String validateNew(final Instrument instrument, final Participant participant, final boolean duplicate,
        final Side side, final OrderType type, final Tif tif, final Decimal price, final long qty,
        final boolean postOnly, final Long expire)
    {
        if (instrument == null)
        {
            return "UNKNOWN_SYMBOL";
        }
        if (participant == null)
        {
            return "UNKNOWN_PARTICIPANT";
        }
        if (side == Side.B ? !participant.mayBuy : !participant.maySell)
        {
            return "NOT_AUTHORISED";
        }
        if (duplicate)
        {
            return "DUPLICATE_CLORDID";
        }
        if (participant.blocked)
        {
            return "PARTICIPANT_BLOCKED";
        }
        if (!tifAllowed(type, tif, postOnly, expire))
        {
            return "INVALID_TIF";
        }
        if (type == OrderType.LIMIT && !validPrice(instrument, price))
        {
            return "INVALID_PRICE";
        }
        if (!validQty(instrument, qty))
        {
            return "INVALID_QTY";
        }
        if (instrument.closed)
        {
            return "INSTRUMENT_CLOSED";
        }
        if (instrument.halted)
        {
            return "INSTRUMENT_HALTED";
        }
        // MARKET orders are not band-checked at entry; the band limits how far they walk (interpretation 5).
        if (type == OrderType.LIMIT && !instrument.withinBand(price.value))
        {
            return "PRICE_BAND";
        }
        if (side == Side.B && participant.creditLimit.signum() > 0)
        {
            final BigDecimal countedPrice;
            if (type == OrderType.LIMIT)
            {
                countedPrice = BigDecimal.valueOf(price.value, SCALE);
            }
            else if (instrument.hasBand())
            {
                countedPrice = instrument.bandHigh;
            }
            else
            {
                return "CREDIT_LIMIT"; // a MARKET buy with no band cannot be bounded (rule 11)
            }
            if (!creditAllows(participant, null, countedPrice, qty, instrument))
            {
                return "CREDIT_LIMIT";
            }
        }
        if (side == Side.S && participant.capacity > 0
            && restingSellLeaves(participant, instrument, null) + participant.sold(instrument) + qty > participant.capacity)
        {
            return "CAPACITY_LIMIT";
        }
        if (postOnly && wouldCross(instrument, side, price.value))
        {
            return "POST_ONLY_WOULD_CROSS";
        }
        return null;
    }

    private boolean tifAllowed(final OrderType type, final Tif tif, final boolean postOnly, final Long expire)
    {
        if (type == OrderType.MARKET && tif != Tif.IOC && tif != Tif.FOK)
        {
            return false;
        }
        if (postOnly && (type != OrderType.LIMIT || (tif != Tif.GTC && tif != Tif.DAY && tif != Tif.GTD)))
        {
            return false;
        }
        if ((tif == Tif.GTD) != (expire != null))
        {
            return false; // GTD without EXPIRE, or EXPIRE without GTD
        }
        return tif != Tif.GTD || expire > clock;
    }

    private void cancel(final String[] f)
    {
        expectFields(f, 5, 5);
        final long ts = integer(f[1], "timestamp");
        final String participantId = participantId(f[2]);
        final String clOrdId = clOrdId(f[3]);
        final String origClOrdId = clOrdId(f[4]);

        startCommand(ts);
        final Participant participant = participants.get(participantId);
        if (participant == null)
        {
            emit("REJECTED", participantId, clOrdId, "UNKNOWN_PARTICIPANT");
            return;
        }
        if (!participant.usedClOrdIds.add(clOrdId))
        {
            emit("REJECTED", participantId, clOrdId, "DUPLICATE_CLORDID");
            return;
        }
        final Order order = participant.liveByClOrdId.get(origClOrdId);
        if (order == null)
        {
            emit("REJECTED", participantId, clOrdId, "UNKNOWN_ORDER");
            return;
        }
        cancelResting(order, "USER");
    }

    private void replace(final String[] f)
    {
        expectFields(f, 7, 7);
        final long ts = integer(f[1], "timestamp");
        final String participantId = participantId(f[2]);
        final String clOrdId = clOrdId(f[3]);
        final String origClOrdId = clOrdId(f[4]);
        final Decimal newPrice = decimal(f[5], "newPrice");
        final long newQty = integer(f[6], "newQty");

        startCommand(ts);
        final Participant participant = participants.get(participantId);
        if (participant == null)
        {
            emit("REJECTED", participantId, clOrdId, "UNKNOWN_PARTICIPANT");
            return;
        }
        if (!participant.usedClOrdIds.add(clOrdId))
        {
            emit("REJECTED", participantId, clOrdId, "DUPLICATE_CLORDID");
            return;
        }
        if (participant.blocked)
        {
            emit("REJECTED", participantId, clOrdId, "PARTICIPANT_BLOCKED");
            return;
        }
        final Order order = participant.liveByClOrdId.get(origClOrdId);
        if (order == null)
        {
            emit("REJECTED", participantId, clOrdId, "UNKNOWN_ORDER");
            return;
        }
        final Instrument instrument = order.instrument;
        if (!validPrice(instrument, newPrice))
        {
            emit("REJECTED", participantId, clOrdId, "INVALID_PRICE");
            return;
        }
        if (!validQty(instrument, newQty))
        {
            emit("REJECTED", participantId, clOrdId, "INVALID_QTY");
            return;
        }
        final long newLeaves = newQty - order.filledQty;
        if (newLeaves <= 0)
        {
            // Rule 8's done case: cancelled like a CANCEL, under the order's old clOrdId, nothing else checked.
            cancelResting(order, "USER");
            return;
        }
        final String reject = validateReplace(order, newPrice.value, newLeaves);
        if (reject != null)
        {
            emit("REJECTED", participantId, clOrdId, reject);
            return;
        }

        final boolean keepsPriority = newPrice.value == order.price && newQty <= order.totalQty;
        if (keepsPriority)
        {
            // Same level, same place in it: only the clOrdId and the quantity change.
            participant.liveByClOrdId.remove(order.clOrdId);
            order.clOrdId = clOrdId;
            order.totalQty = newQty;
            participant.liveByClOrdId.put(clOrdId, order);
            emit("REPLACED", participantId, clOrdId, origClOrdId, instrument.format(newPrice.value),
                Long.toString(newQty));
            return;
        }
        // Loses priority: take it out of the book, and enter it again as an aggressor at its new terms.
        removeFromBook(order);
        order.clOrdId = clOrdId;
        order.price = newPrice.value;
        order.totalQty = newQty;
        emit("REPLACED", participantId, clOrdId, origClOrdId, instrument.format(newPrice.value), Long.toString(newQty));
        final boolean aggressorCancelledBySTP = !walk(order);
        if (!aggressorCancelledBySTP && order.leaves() > 0)
        {
            rest(order);
        }
    }

    /** Rule 2's order for REPLACE after the done case; null when the replace goes ahead. */
    private String validateReplace(final Order order, final long newPrice, final long newLeaves)
    {
        final Instrument instrument = order.instrument;
        final Participant participant = order.owner;
        if (instrument.closed)
        {
            return "INSTRUMENT_CLOSED";
        }
        if (instrument.halted)
        {
            return "INSTRUMENT_HALTED";
        }
        if (!instrument.withinBand(newPrice))
        {
            return "PRICE_BAND";
        }
        // The order counts at its new price and leaves instead of its old ones (interpretations 8 and 9).
        if (order.side == Side.B && participant.creditLimit.signum() > 0
            && !creditAllows(participant, order, BigDecimal.valueOf(newPrice, SCALE), newLeaves, instrument))
        {
            return "CREDIT_LIMIT";
        }
        if (order.side == Side.S && participant.capacity > 0
            && restingSellLeaves(participant, instrument, order) + newLeaves + participant.sold(instrument)
            > participant.capacity)
        {
            return "CAPACITY_LIMIT";
        }
        if (order.postOnly && wouldCross(instrument, order.side, newPrice))
        {
            return "POST_ONLY_WOULD_CROSS";
        }
        return null;
    }

    private void massCancel(final String[] f)
    {
        expectFields(f, 4, 4);
        final long ts = integer(f[1], "timestamp");
        final String participantId = participantId(f[2]);
        final String symbol = symbol(f[3]);

        startCommand(ts);
        final Participant participant = participants.get(participantId);
        final Instrument instrument = listed.get(symbol);
        if (participant == null || (!"*".equals(symbol) && instrument == null))
        {
            return; // rule 9: silence
        }
        for (final Order order : new ArrayList<>(liveOrders.values()))
        {
            if (order.owner == participant && ("*".equals(symbol) || order.instrument == instrument))
            {
                cancelResting(order, "MASS");
            }
        }
    }

    /** KILL cancels every live order of the participant (orderId order, MASS) and blocks it; REINSTATE unblocks. */
    private void kill(final String[] f, final boolean kill)
    {
        expectFields(f, 3, 3);
        final long ts = integer(f[1], "timestamp");
        final String participantId = participantId(f[2]);

        startCommand(ts);
        final Participant participant = participants.get(participantId);
        if (participant == null)
        {
            return;
        }
        participant.blocked = kill;
        if (kill)
        {
            for (final Order order : new ArrayList<>(liveOrders.values()))
            {
                if (order.owner == participant)
                {
                    cancelResting(order, "MASS");
                }
            }
        }
    }

    /** CREDIT_LIMIT: later orders and replaces are checked against the new limit; nothing is emitted. */
    private void creditLimit(final String[] f)
    {
        expectFields(f, 4, 4);
        final long ts = integer(f[1], "timestamp");
        final String participantId = participantId(f[2]);
        final Decimal limit = decimal(f[3], "creditLimit");
        if (limit.value < 0 || limit.tooPrecise)
        {
            throw new Malformed("creditLimit must not be negative or have more than 4 decimals");
        }

        startCommand(ts);
        final Participant participant = participants.get(participantId);
        if (participant != null)
        {
            participant.creditLimit = BigDecimal.valueOf(limit.value, SCALE);
            participant.creditLimitChanged = true;
        }
    }

    private void halt(final String[] f, final boolean halted)
    {
        expectFields(f, 3, 3);
        final long ts = integer(f[1], "timestamp");
        final String symbol = symbol(f[2]);

        startCommand(ts);
        final Instrument instrument = listed.get(symbol);
        if (instrument != null)
        {
            instrument.halted = halted;
        }
    }

    private void endOfDay(final String[] f)
    {
        expectFields(f, 2, 2);
        final long ts = integer(f[1], "timestamp");

        startCommand(ts);
        for (final Order order : new ArrayList<>(liveOrders.values()))
        {
            if (order.tif == Tif.DAY)
            {
                cancelResting(order, "EXPIRED");
            }
        }
    }

    private void delist(final String[] f)
    {
        expectFields(f, 3, 3);
        final long ts = integer(f[1], "timestamp");
        final String symbol = symbol(f[2]);

        startCommand(ts);
        final Instrument instrument = listed.get(symbol);
        if (instrument == null)
        {
            return;
        }
        cancelAllOf(instrument, "DELISTED");
        listed.remove(symbol);
    }

    /**
     * What happens before every command: the clock advances, instruments whose delivery has
     * started close, GTD orders whose time has come expire.
     */
    private void startCommand(final long ts)
    {
        commands++;
        clock = Math.max(clock, ts);
        for (final Instrument instrument : listed.values())
        {
            if (!instrument.closed && instrument.deliveryStart != null && instrument.deliveryStart <= clock)
            {
                instrument.closed = true;
                cancelAllOf(instrument, "EXPIRED");
            }
        }
        while (!gtdOrders.isEmpty() && gtdOrders.first().expiry <= clock)
        {
            cancelResting(gtdOrders.first(), "EXPIRED");
        }
    }

    // ------------------------------------------------------------------ matching

    /**
     * The matching walk of an aggressor (a NEW, or a REPLACE that lost priority) against the
     * other side, best price first, time priority within a level, each trade at the resting
     * price; self-trade prevention by the aggressor's participant's mode.
     *
     * @return false if self-trade prevention cancelled the aggressor.
     */
    private boolean walk(final Order aggressor)
    {
        final TreeMap<Long, List<Order>> otherSide = aggressor.instrument.side(aggressor.side.opposite());
        while (aggressor.leaves() > 0 && !otherSide.isEmpty())
        {
            final Map.Entry<Long, List<Order>> best = otherSide.firstEntry();
            if (!reaches(aggressor, best.getKey()))
            {
                break;
            }
            final Order resting = best.getValue().get(0);
            if (resting.owner == aggressor.owner)
            {
                switch (aggressor.owner.stp)
                {
                    case NONE:
                        break; // trades with itself like with anyone else
                    case CANCEL_RESTING:
                        cancelResting(resting, "STP");
                        continue;
                    case CANCEL_AGGRESSOR:
                        emitCancelled(aggressor, "STP");
                        return false;
                    case CANCEL_BOTH:
                        cancelResting(resting, "STP");
                        emitCancelled(aggressor, "STP");
                        return false;
                    default:
                        throw new IllegalStateException();
                }
            }
            trade(aggressor, resting);
        }
        return true;
    }

    /** Rule 4: would the walk fill the FOK completely? The same walk as {@link #walk}, without effects. */
    private boolean wouldFillCompletely(final Order aggressor)
    {
        long remaining = aggressor.leaves();
        for (final Map.Entry<Long, List<Order>> level : aggressor.instrument.side(aggressor.side.opposite()).entrySet())
        {
            if (!reaches(aggressor, level.getKey()))
            {
                return false;
            }
            for (final Order resting : level.getValue())
            {
                if (resting.owner == aggressor.owner && aggressor.owner.stp != Stp.NONE)
                {
                    if (aggressor.owner.stp == Stp.CANCEL_RESTING)
                    {
                        continue; // the resting order would be cancelled and the walk go on
                    }
                    return false; // the aggressor would be cancelled with quantity left
                }
                remaining -= Math.min(remaining, resting.leaves());
                if (remaining == 0)
                {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the aggressor may trade at this resting price: its limit, or for MARKET the band (if any). */
    private static boolean reaches(final Order aggressor, final long restingPrice)
    {
        final Instrument instrument = aggressor.instrument;
        if (aggressor.type == OrderType.MARKET)
        {
            if (!instrument.hasBand())
            {
                return true;
            }
            final BigDecimal p = BigDecimal.valueOf(restingPrice, SCALE);
            return aggressor.side == Side.B ? p.compareTo(instrument.bandHigh) <= 0 : p.compareTo(instrument.bandLow) >= 0;
        }
        return aggressor.side == Side.B ? restingPrice <= aggressor.price : restingPrice >= aggressor.price;
    }

    private void trade(final Order aggressor, final Order resting)
    {
        final Instrument instrument = aggressor.instrument;
        final long qty = Math.min(aggressor.leaves(), resting.leaves());
        final long price = resting.price;
        aggressor.filledQty += qty;
        resting.filledQty += qty;
        final Order buy = aggressor.side == Side.B ? aggressor : resting;
        final Order sell = aggressor.side == Side.B ? resting : aggressor;
        fills++;
        emit("FILL", Long.toString(nextTradeId++), instrument.symbol, instrument.format(price), Long.toString(qty),
            buy.owner.id, buy.clOrdId, sell.owner.id, sell.clOrdId, aggressor.side.name());
        buy.owner.filledNotional = buy.owner.filledNotional.add(amount(price, qty, instrument));
        sell.owner.soldQty.merge(instrument, qty, Long::sum);
        if (resting.leaves() == 0)
        {
            removeFromBook(resting);
        }
    }

    // ------------------------------------------------------------------ books

    /** Puts an order at the back of its price level and indexes it as live. */
    private void rest(final Order order)
    {
        order.instrument.side(order.side).computeIfAbsent(order.price, price -> new ArrayList<>()).add(order);
        liveOrders.put(order.orderId, order);
        order.owner.liveByClOrdId.put(order.clOrdId, order);
        if (order.tif == Tif.GTD)
        {
            gtdOrders.add(order);
        }
    }

    /** Takes a resting order out of its level and every index. */
    private void removeFromBook(final Order order)
    {
        final TreeMap<Long, List<Order>> side = order.instrument.side(order.side);
        final List<Order> level = side.get(order.price);
        level.remove(order); // Order has identity equality
        if (level.isEmpty())
        {
            side.remove(order.price);
        }
        liveOrders.remove(order.orderId);
        order.owner.liveByClOrdId.remove(order.clOrdId);
        gtdOrders.remove(order);
    }

    private void cancelResting(final Order order, final String reason)
    {
        removeFromBook(order);
        emitCancelled(order, reason);
    }

    /** Cancels every resting order of an instrument in orderId order. */
    private void cancelAllOf(final Instrument instrument, final String reason)
    {
        for (final Order order : new ArrayList<>(liveOrders.values()))
        {
            if (order.instrument == instrument)
            {
                cancelResting(order, reason);
            }
        }
    }

    private static boolean wouldCross(final Instrument instrument, final Side side, final long price)
    {
        final TreeMap<Long, List<Order>> otherSide = instrument.side(side.opposite());
        if (otherSide.isEmpty())
        {
            return false;
        }
        final long best = otherSide.firstKey();
        return side == Side.B ? price >= best : price <= best;
    }

    // ------------------------------------------------------------------ risk

    /** Rule 11: resting buys (except {@code excluded}) + filled notional + the order at its new terms ≤ limit. */
    private boolean creditAllows(final Participant participant, final Order excluded, final BigDecimal price,
        final long qty, final Instrument instrument)
    {
        final BigDecimal order = price.multiply(BigDecimal.valueOf(qty)).multiply(BigDecimal.valueOf(instrument.deliveryHours));
        return creditUsed(participant, excluded).add(order).compareTo(participant.creditLimit) <= 0;
    }

    private BigDecimal creditUsed(final Participant participant, final Order excluded)
    {
        BigDecimal used = participant.filledNotional;
        for (final Order o : participant.liveByClOrdId.values())
        {
            if (o.side == Side.B && o != excluded)
            {
                used = used.add(amount(o.price, o.leaves(), o.instrument));
            }
        }
        return used;
    }

    /** Rule 12's resting sell leaves of a participant in an instrument (except {@code excluded}). */
    private static long restingSellLeaves(final Participant participant, final Instrument instrument,
        final Order excluded)
    {
        long leaves = 0;
        for (final Order o : participant.liveByClOrdId.values())
        {
            if (o.side == Side.S && o.instrument == instrument && o != excluded)
            {
                leaves += o.leaves();
            }
        }
        return leaves;
    }

    private static BigDecimal amount(final long price, final long qty, final Instrument instrument)
    {
        return BigDecimal.valueOf(price, SCALE).multiply(BigDecimal.valueOf(qty))
            .multiply(BigDecimal.valueOf(instrument.deliveryHours));
    }

    private static boolean validPrice(final Instrument instrument, final Decimal price)
    {
        return !price.tooPrecise && price.value > 0 && price.value % instrument.tickSize == 0;
    }

    private static boolean validQty(final Instrument instrument, final long qty)
    {
        return qty > 0 && qty % instrument.lotSize == 0;
    }

    // ------------------------------------------------------------------ output

    private void emit(final String kind, final String... fields)
    {
        final StringBuilder line = new StringBuilder(kind).append(',').append(events.size() + 1);
        for (final String field : fields)
        {
            line.append(',').append(field);
        }
        events.add(line.toString());
    }

    private void emitCancelled(final Order order, final String reason)
    {
        emit("CANCELLED", order.owner.id, order.clOrdId, Long.toString(order.leaves()), reason);
    }

    // ------------------------------------------------------------------ parsing

    /** A malformed line (interpretation 13); turned into "line N: reason" by {@link #apply}. */
    private static final class Malformed extends RuntimeException
    {
        private static final long serialVersionUID = 1L;

        Malformed(final String message)
        {
            super(message, null, false, false);
        }
    }

    /** A well-formed decimal as a fixed-point long (truncated at {@link #SCALE} decimals, flagged if that lost a digit). */
    private record Decimal(long value, boolean tooPrecise)
    {
    }

    private static void expectFields(final String[] f, final int min, final int max)
    {
        if (f.length < min || f.length > max)
        {
            throw new Malformed(f[0] + " needs " + (min == max ? min : min + " to " + max) + " fields, got " + f.length);
        }
    }

    private static Decimal decimal(final String text, final String what)
    {
        if (!DECIMAL.matcher(text).matches())
        {
            throw new Malformed(what + " is not a decimal number: '" + text + "'");
        }
        final BigDecimal exact = new BigDecimal(text);
        final BigDecimal truncated = exact.setScale(SCALE, RoundingMode.DOWN);
        try
        {
            return new Decimal(truncated.unscaledValue().longValueExact(), truncated.compareTo(exact) != 0);
        }
        catch (final ArithmeticException e)
        {
            throw new Malformed(what + " does not fit: '" + text + "'");
        }
    }

    private static int decimalsWritten(final String text)
    {
        final int dot = text.indexOf('.');
        return dot < 0 ? 0 : text.length() - dot - 1;
    }

    private static long integer(final String text, final String what)
    {
        if (!INTEGER.matcher(text).matches())
        {
            throw new Malformed(what + " is not an integer: '" + text + "'");
        }
        try
        {
            return Long.parseLong(text);
        }
        catch (final NumberFormatException e)
        {
            throw new Malformed(what + " does not fit: '" + text + "'");
        }
    }

    private static String word(final String text, final String what, final String... allowed)
    {
        for (final String word : allowed)
        {
            if (word.equals(text))
            {
                return text;
            }
        }
        throw new Malformed("unknown " + what + " '" + text + "'");
    }

    private static String participantId(final String text)
    {
        return printableId(text, "participant id");
    }

    private static String clOrdId(final String text)
    {
        return printableId(text, "clOrdId");
    }

    private static String printableId(final String text, final String what)
    {
        if (text.isEmpty() || text.length() > MAX_ID_LENGTH || !text.chars().allMatch(c -> c >= '!' && c <= '~'))
        {
            throw new Malformed(what + " must be 1.." + MAX_ID_LENGTH + " printable ASCII characters: '" + text + "'");
        }
        return text;
    }

    private static String symbol(final String text)
    {
        if (text.isEmpty() || !text.chars().allMatch(c -> c >= '!' && c <= '~'))
        {
            throw new Malformed("symbol must be printable ASCII: '" + text + "'");
        }
        return text;
    }
}
