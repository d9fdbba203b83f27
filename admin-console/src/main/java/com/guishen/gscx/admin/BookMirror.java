package com.guishen.gscx.admin;

import com.guishen.gscx.config.InstrumentDefinition;
import com.guishen.gscx.config.MarketConfig;
import com.guishen.gscx.engine.CancelReason;
import com.guishen.gscx.engine.RejectReason;
import com.guishen.gscx.engine.TimeInForce;
import com.guishen.gscx.engine.journal.InboundJournal;
import com.guishen.gscx.engine.journal.OutboundJournal;
import com.guishen.gscx.events.FixedPoint;
import com.guishen.gscx.events.codec.EngineEventDecoder;
import com.guishen.gscx.events.codec.EngineEventType;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The console's own picture of the market, rebuilt from the engine's journals alone (the engine is
 * never touched from another thread): depth per price level and last trade of every instrument from
 * the outbound journal's events (ACCEPTED adds an order that may rest, FILL and CANCELLED take
 * quantity away, REPLACED moves it), halts from the inbound journal's HALT / RESUME / DELIST lines,
 * operators' kill switches and credit limits from its KILL / REINSTATE / CREDIT_LIMIT lines, and each
 * participant's exposure. One thread ({@link #poll()}) writes; readers take copies under
 * the same lock. Cold path: clarity over speed.
 */
final class BookMirror
{
    private static final int RECENT = 200;
    private static final TimeInForce[] TIMES_IN_FORCE = TimeInForce.values();
    private static final RejectReason[] REJECT_REASONS = RejectReason.values();
    private static final CancelReason[] CANCEL_REASONS = CancelReason.values();

    /** A price level: price and total resting quantity (fixed-point price, whole units). */
    record Level(long price, long quantity)
    {
    }

    /** One trade as the console lists it. */
    record Trade(long engineSeq, long timestamp, long tradeId, String symbol, long price, int priceDecimals,
        long quantity, int deliveryHours, String buyer, String seller, char aggressor)
    {
    }

    /** A refused request, for the operator's eye (e.g. orders refused while halted). */
    record Reject(long engineSeq, long timestamp, String participant, String symbol, String reason)
    {
    }

    /** What the console knows of one instrument. */
    record InstrumentView(String symbol, String state, int priceDecimals, List<Level> bids, List<Level> asks,
        Trade lastTrade, long volume)
    {
    }

    /** A participant's exposure: open buy notional, filled notional both ways, open sell units. */
    record Exposure(long openBuyNotional, long boughtNotional, long soldNotional, long openSellUnits, long openOrders)
    {
    }

    private static final class Book
    {
        final String symbol;
        final TreeMap<Long, Long> bids = new TreeMap<>();
        final TreeMap<Long, Long> asks = new TreeMap<>();
        int priceDecimals;
        boolean halted;
        boolean delisted;
        Trade lastTrade;
        long volume;

        Book(final String symbol, final int priceDecimals)
        {
            this.symbol = symbol;
            this.priceDecimals = priceDecimals;
        }
    }

    private static final class RestingOrder
    {
        final Book book;
        final String participant;
        final boolean buy;
        final int deliveryHours;
        long price;
        long leaves;

        RestingOrder(final Book book, final String participant, final boolean buy, final int deliveryHours,
            final long price, final long leaves)
        {
            this.book = book;
            this.participant = participant;
            this.buy = buy;
            this.deliveryHours = deliveryHours;
            this.price = price;
            this.leaves = leaves;
        }
    }

    private static final class ExposureCounter
    {
        long boughtNotional;
        long soldNotional;
    }

    private final Map<String, Book> books = new LinkedHashMap<>();
    private final Map<Long, RestingOrder> orders = new HashMap<>();
    private final Map<String, ExposureCounter> filled = new HashMap<>();
    private final Deque<Trade> trades = new ArrayDeque<>();
    private final Deque<Reject> rejects = new ArrayDeque<>();
    private final Map<String, Long> rejectsByReason = new TreeMap<>();
    private final Map<String, Long> cancelsByReason = new TreeMap<>();
    private final EngineEventDecoder event = new EngineEventDecoder();
    private final byte[] line = new byte[InboundJournal.MAX_LINE_LENGTH];
    private final OutboundJournal.Reader outbound;
    private final InboundJournal.Reader inbound;
    private final Map<String, Instant> deliveryStarts = new HashMap<>();
    private final java.util.Set<String> blocked = new java.util.TreeSet<>();
    /** Credit limits set by CREDIT_LIMIT lines (fixed point), replacing the configured ones. */
    private final Map<String, Long> creditLimits = new HashMap<>();

    private long engineSeq;
    private long lastEventTimestamp;
    private long accepted;
    private long rejected;
    private long fills;
    private long cancelled;
    private long replaced;
    private long inboundEntries;

    BookMirror(final MarketConfig market, final OutboundJournal.Reader outbound, final InboundJournal.Reader inbound)
    {
        this.outbound = outbound;
        this.inbound = inbound;
        for (final InstrumentDefinition instrument : market.instrumentsAt(Instant.now()))
        {
            books.put(instrument.symbol(), new Book(instrument.symbol(), Math.max(0, instrument.tickSize().scale())));
            deliveryStarts.put(instrument.symbol(), instrument.deliveryStart());
        }
    }

    /** Applies what is new in both journals, up to {@code limit} entries each; returns how many. */
    synchronized int poll(final int limit)
    {
        int work = 0;
        while (work < limit && outbound.readNext(event))
        {
            apply();
            work++;
        }
        int lines = 0;
        for (int length = 0; lines < limit && (length = inbound.readNext(line)) > 0; lines++)
        {
            inboundEntries++;
            if (line[0] >= 0x20)
            {
                command(new String(line, 0, length, StandardCharsets.US_ASCII));
            }
        }
        return work + lines;
    }

    private void command(final String text)
    {
        final String[] fields = text.split(",", -1);
        if (participantCommand(fields) || fields.length != 3)
        {
            return;
        }
        final Book book = books.get(fields[2]);
        if (book == null)
        {
            return;
        }
        switch (fields[0])
        {
            case "HALT" -> book.halted = true;
            case "RESUME" -> book.halted = false;
            case "DELIST" -> book.delisted = true;
            default ->
            {
            }
        }
    }

    /** KILL, REINSTATE and CREDIT_LIMIT lines (the appender checked them); true if it was one. */
    private boolean participantCommand(final String[] fields)
    {
        switch (fields[0])
        {
            case "KILL" -> blocked.add(fields[2]);
            case "REINSTATE" -> blocked.remove(fields[2]);
            case "CREDIT_LIMIT" ->
            {
                try
                {
                    final long limit = fields.length == 4 ? FixedPoint.parse(fields[3]) : -1;
                    if (limit >= 0)
                    {
                        creditLimits.put(fields[2], limit);
                    }
                }
                catch (final IllegalArgumentException ex)
                {
                    // malformed: the engine stops on it, there is no limit to show
                }
            }
            default ->
            {
                return false;
            }
        }
        return true;
    }

    /** Participants whose kill switch is set (KILL without a later REINSTATE). */
    synchronized java.util.Set<String> blockedParticipants()
    {
        return new java.util.TreeSet<>(blocked);
    }

    /** Credit limits changed by operators (fixed point, 0 = unlimited), by participant. */
    synchronized Map<String, Long> changedCreditLimits()
    {
        return new HashMap<>(creditLimits);
    }

    private void apply()
    {
        final EngineEventType type = event.type();
        if (type == null)
        {
            return;
        }
        engineSeq = event.engineSeq();
        lastEventTimestamp = event.timestamp();
        switch (type)
        {
            case ACCEPTED ->
            {
                accepted++;
                final int tif = event.reason();
                if (event.price() > 0 && tif >= 0 && tif < TIMES_IN_FORCE.length && TIMES_IN_FORCE[tif].rests())
                {
                    final Book book = book(event.symbol(), event.priceDecimals());
                    final RestingOrder order = new RestingOrder(book, event.participant(), event.side() == 'B',
                        event.deliveryHours(), event.price(), event.quantity());
                    orders.put(event.orderId(), order);
                    add(order, order.leaves);
                }
            }
            case REJECTED ->
            {
                rejected++;
                final int reason = event.reason();
                final String name = reason >= 0 && reason < REJECT_REASONS.length ? REJECT_REASONS[reason].name() :
                    "REASON_" + reason;
                rejectsByReason.merge(name, 1L, Long::sum);
                remember(rejects, new Reject(engineSeq, lastEventTimestamp, event.participant(), event.symbol(), name));
            }
            case FILL ->
            {
                fills++;
                final long price = event.price();
                final long quantity = event.quantity();
                reduce(event.orderId(), quantity);
                reduce(event.otherOrderId(), quantity);
                final Book book = book(event.symbol(), event.priceDecimals());
                final Trade trade = new Trade(engineSeq, lastEventTimestamp, event.tradeId(), book.symbol, price,
                    event.priceDecimals(), quantity, event.deliveryHours(), event.participant(), event.otherParticipant(),
                    (char)event.side());
                book.lastTrade = trade;
                book.volume += quantity;
                remember(trades, trade);
                final long notional = FixedPoint.notional(price, quantity, event.deliveryHours());
                filled.computeIfAbsent(trade.buyer(), id -> new ExposureCounter()).boughtNotional += notional;
                filled.computeIfAbsent(trade.seller(), id -> new ExposureCounter()).soldNotional += notional;
            }
            case CANCELLED ->
            {
                cancelled++;
                final int reason = event.reason();
                cancelsByReason.merge(reason >= 0 && reason < CANCEL_REASONS.length ? CANCEL_REASONS[reason].name() :
                    "REASON_" + reason, 1L, Long::sum);
                final RestingOrder order = orders.remove(event.orderId());
                if (order != null)
                {
                    add(order, -order.leaves);
                }
            }
            case REPLACED ->
            {
                replaced++;
                final RestingOrder order = orders.get(event.orderId());
                if (order != null)
                {
                    add(order, -order.leaves);
                    order.price = event.price();
                    order.leaves = event.leaves();
                    add(order, order.leaves);
                }
            }
        }
    }

    private static <T> void remember(final Deque<T> recent, final T item)
    {
        recent.addFirst(item);
        if (recent.size() > RECENT)
        {
            recent.removeLast();
        }
    }

    private Book book(final String symbol, final int priceDecimals)
    {
        return books.computeIfAbsent(symbol, s -> new Book(s, priceDecimals));
    }

    private void reduce(final long orderId, final long quantity)
    {
        final RestingOrder order = orders.get(orderId);
        if (order != null)
        {
            add(order, -quantity);
            order.leaves -= quantity;
            if (order.leaves <= 0)
            {
                orders.remove(orderId);
            }
        }
    }

    private static void add(final RestingOrder order, final long quantity)
    {
        final TreeMap<Long, Long> levels = order.buy ? order.book.bids : order.book.asks;
        final long total = levels.getOrDefault(order.price, 0L) + quantity;
        if (total > 0)
        {
            levels.put(order.price, total);
        }
        else
        {
            levels.remove(order.price);
        }
    }

    /** Every instrument, depth limited to {@code depth} levels a side (best first). */
    synchronized List<InstrumentView> instruments(final int depth, final Instant now)
    {
        final List<InstrumentView> views = new ArrayList<>();
        for (final Book book : books.values())
        {
            views.add(view(book, depth, now));
        }
        return views;
    }

    /** One instrument, or null if it is unknown. */
    synchronized InstrumentView instrument(final String symbol, final int depth, final Instant now)
    {
        final Book book = books.get(symbol);
        return book == null ? null : view(book, depth, now);
    }

    synchronized boolean knows(final String symbol)
    {
        return books.containsKey(symbol);
    }

    private InstrumentView view(final Book book, final int depth, final Instant now)
    {
        final Instant start = deliveryStarts.get(book.symbol);
        final String state = book.delisted ? "DELISTED" : start != null && !start.isAfter(now) ? "CLOSED" :
            book.halted ? "HALTED" : "OPEN";
        return new InstrumentView(book.symbol, state, book.priceDecimals, levels(book.bids.descendingMap(), depth),
            levels(book.asks, depth), book.lastTrade, book.volume);
    }

    private static List<Level> levels(final Map<Long, Long> side, final int depth)
    {
        final List<Level> levels = new ArrayList<>();
        for (final Map.Entry<Long, Long> level : side.entrySet())
        {
            if (levels.size() == depth)
            {
                break;
            }
            levels.add(new Level(level.getKey(), level.getValue()));
        }
        return levels;
    }

    /** Exposure of every participant that has traded or has orders resting. */
    synchronized Map<String, Exposure> exposures()
    {
        final Map<String, long[]> open = new HashMap<>();
        for (final RestingOrder order : orders.values())
        {
            final long[] totals = open.computeIfAbsent(order.participant, id -> new long[3]);
            if (order.buy)
            {
                totals[0] = FixedPoint.saturatedAdd(totals[0],
                    FixedPoint.notional(order.price, order.leaves, order.deliveryHours));
            }
            else
            {
                totals[1] += order.leaves;
            }
            totals[2]++;
        }
        final Map<String, Exposure> result = new HashMap<>();
        for (final Map.Entry<String, long[]> entry : open.entrySet())
        {
            final ExposureCounter done = filled.get(entry.getKey());
            result.put(entry.getKey(), new Exposure(entry.getValue()[0], done == null ? 0 : done.boughtNotional,
                done == null ? 0 : done.soldNotional, entry.getValue()[1], entry.getValue()[2]));
        }
        for (final Map.Entry<String, ExposureCounter> entry : filled.entrySet())
        {
            result.putIfAbsent(entry.getKey(),
                new Exposure(0, entry.getValue().boughtNotional, entry.getValue().soldNotional, 0, 0));
        }
        return result;
    }

    synchronized List<Trade> recentTrades(final int limit)
    {
        return new ArrayList<>(trades).subList(0, Math.min(limit, trades.size()));
    }

    synchronized List<Reject> recentRejects(final int limit)
    {
        return new ArrayList<>(rejects).subList(0, Math.min(limit, rejects.size()));
    }

    /** Counters for health and metrics. */
    record Counters(long engineSeq, long lastEventTimestamp, long accepted, long rejected, long fills, long cancelled,
        long replaced, long inboundEntries, Map<String, Long> rejectsByReason, Map<String, Long> cancelsByReason)
    {
    }

    synchronized Counters counters()
    {
        return new Counters(engineSeq, lastEventTimestamp, accepted, rejected, fills, cancelled, replaced, inboundEntries,
            new TreeMap<>(rejectsByReason), new TreeMap<>(cancelsByReason));
    }
}
