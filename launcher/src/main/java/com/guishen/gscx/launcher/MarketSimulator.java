package com.guishen.gscx.launcher;

import com.guishen.gscx.config.InstrumentDefinition;
import com.guishen.gscx.events.FixedPoint;
import com.guishen.gscx.gateway.FixInitiator;
import com.guishen.gscx.gateway.fix.FixMessageDecoder;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Recorder;

/**
 * A believable compute market, traded through the real FIX gateway by simulated firms: providers
 * ladder offers of their capacity a little above a drifting fair price, buyers bid for the windows
 * they need around it (some cross), orders are cancelled and replaced, and now and then a buyer
 * takes what is offered. Seeded, so a run can be repeated; it measures order → acknowledgement
 * latency and keeps what was traded per instrument.
 */
final class MarketSimulator implements AutoCloseable
{
    private static final int TAG_CL_ORD_ID = 11;
    private static final int TAG_EXEC_TYPE = 150;
    private static final int TAG_LAST_QTY = 32;
    private static final int TAG_LAST_PX = 31;
    private static final int TAG_SYMBOL = 55;
    private static final int TAG_SIDE = 54;
    private static final int TAG_TRD_MATCH_ID = 880;
    private static final int MAX_LIVE_ORDERS = 30;

    /** A trade as its provider saw it: what it now has to deliver. */
    record Trade(long tradeId, String provider, String symbol, long quantity)
    {
    }

    /** One simulated firm's FIX session and its live orders. */
    private final class Trader implements FixInitiator.Listener
    {
        final DemoMarket.Firm firm;
        final Map<String, LiveOrder> live = new ConcurrentHashMap<>();
        FixInitiator session;

        Trader(final DemoMarket.Firm firm)
        {
            this.firm = firm;
        }

        @Override
        public void onMessage(final byte msgType, final FixMessageDecoder message)
        {
            if (msgType == '9')
            {
                live.remove(text(message, 41)); // a refused cancel or replace: the order is gone or unknown
                return;
            }
            if (msgType != '8')
            {
                return;
            }
            final String clOrdId = text(message, TAG_CL_ORD_ID);
            final byte execType = message.charAt(message.indexOf(TAG_EXEC_TYPE));
            final Long sent = sentAt.remove(clOrdId);
            if (sent != null)
            {
                acks.recordValue(Math.max(0, System.nanoTime() - sent));
            }
            switch (execType)
            {
                case '0' -> acknowledged.incrementAndGet();
                case '8' ->
                {
                    live.remove(clOrdId);
                    rejected.incrementAndGet();
                    final String reason = text(message, 58);
                    rejectReasons.computeIfAbsent(reason == null ? "no reason" : reason, key -> new AtomicLong())
                        .incrementAndGet();
                }
                case 'F' ->
                {
                    if (message.charAt(message.indexOf(TAG_SIDE)) == '1')
                    {
                        onFill(text(message, TAG_SYMBOL), message.longAt(message.indexOf(TAG_LAST_QTY)),
                            message.fixedPointAt(message.indexOf(TAG_LAST_PX)));
                    }
                    else
                    {
                        trades.add(new Trade(message.longAt(message.indexOf(TAG_TRD_MATCH_ID)), firm.id(),
                            text(message, TAG_SYMBOL), message.longAt(message.indexOf(TAG_LAST_QTY))));
                    }
                    final LiveOrder order = live.get(clOrdId);
                    if (order != null && (order.remaining -= message.longAt(message.indexOf(TAG_LAST_QTY))) <= 0)
                    {
                        live.remove(clOrdId);
                    }
                }
                case '4', 'C' -> live.remove(text(message, 41) == null ? clOrdId : text(message, 41));
                case '5' ->
                {
                    final LiveOrder order = live.remove(text(message, 41));
                    if (order != null)
                    {
                        live.put(clOrdId, order);
                    }
                }
                default ->
                {
                    // nothing else changes what the trader tracks
                }
            }
        }

        @Override
        public void onDisconnect(final String reason)
        {
            if (running)
            {
                disconnects.incrementAndGet();
            }
        }
    }

    /** What a trader remembers of an order it has working. */
    private static final class LiveOrder
    {
        final InstrumentDefinition instrument;
        final byte side;
        long price;
        long remaining;

        LiveOrder(final InstrumentDefinition instrument, final byte side, final long price, final long remaining)
        {
            this.instrument = instrument;
            this.side = side;
            this.price = price;
            this.remaining = remaining;
        }
    }

    /** Traded unit-hours and notional of one instrument. */
    static final class Traded
    {
        final AtomicLong fills = new AtomicLong();
        final AtomicLong unitHours = new AtomicLong();
        final AtomicLong notional = new AtomicLong(); // fixed point
    }

    private final List<Trader> buyers = new ArrayList<>();
    private final List<Trader> providers = new ArrayList<>();
    private final List<InstrumentDefinition> instruments;
    private final long[] fairPrice;
    private final long[] tick;
    private final Random random;
    private final Map<String, Long> sentAt = new ConcurrentHashMap<>();
    private final Map<String, Traded> traded = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> rejectReasons = new ConcurrentHashMap<>();
    private final java.util.Queue<Trade> trades = new java.util.concurrent.ConcurrentLinkedQueue<>();
    private final Recorder acks = new Recorder(3);
    private final AtomicLong acknowledged = new AtomicLong();
    private final AtomicLong rejected = new AtomicLong();
    private final AtomicLong disconnects = new AtomicLong();
    private final AtomicLong ordersSent = new AtomicLong();
    private volatile boolean running = true;
    private long nextId;

    MarketSimulator(final List<DemoMarket.Firm> firms, final List<InstrumentDefinition> instruments, final long seed)
    {
        this.instruments = instruments;
        this.random = new Random(seed);
        this.fairPrice = new long[instruments.size()];
        this.tick = new long[instruments.size()];
        for (int i = 0; i < instruments.size(); i++)
        {
            fairPrice[i] = FixedPoint.parse(instruments.get(i).referencePrice().toPlainString());
            tick[i] = FixedPoint.parse(instruments.get(i).tickSize().toPlainString());
            traded.put(instruments.get(i).symbol(), new Traded());
        }
        for (final DemoMarket.Firm firm : firms)
        {
            (firm.buyer() ? buyers : providers).add(new Trader(firm));
        }
    }

    /** Logs every firm on. */
    void connect(final String host, final int port, final String compId) throws IOException
    {
        for (final Trader trader : all())
        {
            trader.session = FixInitiator.logOn(host, port, trader.firm.id(), trader.firm.password(), compId, trader);
        }
    }

    /** Trades at {@code rate} orders per second until {@code deadlineNanos} (System.nanoTime) or {@link #stop()}. */
    void run(final int rate, final long deadlineNanos)
    {
        final long interval = 1_000_000_000L / Math.max(1, rate);
        long next = System.nanoTime();
        long nextDrift = next;
        while (running && next < deadlineNanos)
        {
            final long now = System.nanoTime();
            if (now < next)
            {
                LockSupport.parkNanos(next - now);
                continue;
            }
            if (now >= nextDrift)
            {
                drift();
                nextDrift = now + 1_000_000_000L;
            }
            act();
            next += interval;
            if (now - next > 1_000_000_000L)
            {
                next = now; // fell far behind: do not burst to catch up
            }
        }
    }

    private void act()
    {
        final int dice = random.nextInt(100);
        final int instrument = random.nextInt(instruments.size());
        if (dice < 38)
        {
            offer(providers.get(random.nextInt(providers.size())), instrument);
        }
        else if (dice < 76)
        {
            bid(buyers.get(random.nextInt(buyers.size())), instrument, false);
        }
        else if (dice < 81)
        {
            bid(buyers.get(random.nextInt(buyers.size())), instrument, true);
        }
        else if (dice < 93)
        {
            cancelSome(random.nextBoolean() ? buyers : providers);
        }
        else
        {
            replaceSome(random.nextBoolean() ? buyers : providers);
        }
    }

    /** A provider offers a slice of its capacity at its own site a little above the fair price. */
    private void offer(final Trader provider, final int any)
    {
        final int instrument = atSite(provider.firm.site(), any);
        if (provider.live.size() >= MAX_LIVE_ORDERS)
        {
            cancelOne(provider);
            return;
        }
        final long price = onTick(instrument, fairPrice[instrument] * (1000 + random.nextInt(30)) / 1000);
        send(provider, instrument, (byte)'2', price, quantity(instrument), (byte)'1');
    }

    /** A buyer bids for a window around the fair price; an urgent one takes what is offered (IOC). */
    private void bid(final Trader buyer, final int instrument, final boolean urgent)
    {
        if (buyer.live.size() >= MAX_LIVE_ORDERS)
        {
            cancelOne(buyer);
            return;
        }
        final long price = urgent ? onTick(instrument, fairPrice[instrument] * 1030 / 1000) :
            onTick(instrument, fairPrice[instrument] * (985 + random.nextInt(30)) / 1000);
        send(buyer, instrument, (byte)'1', price, quantity(instrument), urgent ? (byte)'3' : (byte)'1');
    }

    private void send(final Trader trader, final int instrument, final byte side, final long price, final long quantity,
        final byte timeInForce)
    {
        final InstrumentDefinition definition = instruments.get(instrument);
        final String clOrdId = nextClOrdId();
        if (timeInForce != '3')
        {
            trader.live.put(clOrdId, new LiveOrder(definition, side, price, quantity));
        }
        sentAt.put(clOrdId, System.nanoTime());
        ordersSent.incrementAndGet();
        trader.session.newOrder(clOrdId, definition.symbol(), side, price, quantity, timeInForce);
    }

    private void cancelSome(final List<Trader> traders)
    {
        cancelOne(traders.get(random.nextInt(traders.size())));
    }

    private void cancelOne(final Trader trader)
    {
        final String clOrdId = anyLive(trader);
        if (clOrdId != null)
        {
            final LiveOrder order = trader.live.get(clOrdId);
            if (order != null)
            {
                ordersSent.incrementAndGet();
                trader.session.cancel(nextClOrdId(), clOrdId, order.instrument.symbol(), order.side);
            }
        }
    }

    /** Moves a live order's price by one tick (prices move). */
    private void replaceSome(final List<Trader> traders)
    {
        final Trader trader = traders.get(random.nextInt(traders.size()));
        final String clOrdId = anyLive(trader);
        final LiveOrder order = clOrdId == null ? null : trader.live.get(clOrdId);
        if (order == null || order.remaining <= 0)
        {
            return;
        }
        final int instrument = instruments.indexOf(order.instrument);
        final long price = order.price + (random.nextBoolean() ? tick[instrument] : -tick[instrument]);
        if (price <= 0)
        {
            return;
        }
        final String newId = nextClOrdId();
        order.price = price;
        sentAt.put(newId, System.nanoTime());
        ordersSent.incrementAndGet();
        trader.session.replace(newId, clOrdId, order.instrument.symbol(), order.side, price, order.remaining);
    }

    private String anyLive(final Trader trader)
    {
        final int size = trader.live.size();
        if (size == 0)
        {
            return null;
        }
        int skip = random.nextInt(size);
        for (final String clOrdId : trader.live.keySet())
        {
            if (skip-- == 0)
            {
                return clOrdId;
            }
        }
        return null;
    }

    /** Fair prices wander, within a few percent of the reference. */
    private void drift()
    {
        for (int i = 0; i < fairPrice.length; i++)
        {
            final long reference = FixedPoint.parse(instruments.get(i).referencePrice().toPlainString());
            final long moved = fairPrice[i] + (long)(random.nextGaussian() * reference / 400);
            fairPrice[i] = Math.max(reference * 96 / 100, Math.min(reference * 104 / 100, moved));
        }
    }

    /** The instrument at or after {@code start} (cyclically) delivered at the site; {@code start} if none is. */
    private int atSite(final String site, final int start)
    {
        for (int i = 0; i < instruments.size(); i++)
        {
            final int candidate = (start + i) % instruments.size();
            if (instruments.get(candidate).site().equals(site))
            {
                return candidate;
            }
        }
        return start;
    }

    private long onTick(final int instrument, final long price)
    {
        return Math.max(tick[instrument], price / tick[instrument] * tick[instrument]);
    }

    private long quantity(final int instrument)
    {
        final InstrumentDefinition definition = instruments.get(instrument);
        final long lots = 1 + random.nextInt(8);
        return Math.min(definition.maxQty(), Math.max(definition.minQty(), lots * definition.lotSize()));
    }

    private String nextClOrdId()
    {
        return "D" + Long.toString(nextId++, 36);
    }

    private void onFill(final String symbol, final long quantity, final long price)
    {
        final Traded instrument = traded.get(symbol);
        if (instrument == null)
        {
            return;
        }
        final long hours = hoursOf(symbol);
        instrument.fills.incrementAndGet();
        instrument.unitHours.addAndGet(quantity * hours);
        instrument.notional.addAndGet(price * quantity * hours);
    }

    private long hoursOf(final String symbol)
    {
        for (final InstrumentDefinition instrument : instruments)
        {
            if (instrument.symbol().equals(symbol))
            {
                return instrument.deliveryHours();
            }
        }
        return 0;
    }

    private static String text(final FixMessageDecoder message, final int tag)
    {
        final int field = message.indexOf(tag);
        if (field < 0)
        {
            return null;
        }
        final byte[] bytes = new byte[message.valueLengthAt(field)];
        message.copyValue(field, bytes, 0);
        return new String(bytes, StandardCharsets.US_ASCII);
    }

    private List<Trader> all()
    {
        final List<Trader> all = new ArrayList<>(buyers);
        all.addAll(providers);
        return all;
    }

    long ordersSent()
    {
        return ordersSent.get();
    }

    long acknowledged()
    {
        return acknowledged.get();
    }

    long rejected()
    {
        return rejected.get();
    }

    long disconnects()
    {
        return disconnects.get();
    }

    long fills()
    {
        long fills = 0;
        for (final Traded instrument : traded.values())
        {
            fills += instrument.fills.get();
        }
        return fills;
    }

    /** The acknowledgement latency histogram since the last call (nanoseconds). */
    org.HdrHistogram.Histogram ackLatencies()
    {
        return acks.getIntervalHistogram();
    }

    /** Every trade, from its provider's side. */
    List<Trade> trades()
    {
        return List.copyOf(trades);
    }

    /** How often each reject reason (Text) was given. */
    Map<String, AtomicLong> rejectReasons()
    {
        return rejectReasons;
    }

    Map<String, Traded> traded()
    {
        return traded;
    }

    List<InstrumentDefinition> instruments()
    {
        return instruments;
    }

    /** Notional as a decimal string (CNY). */
    static String money(final long fixedPoint)
    {
        return BigDecimal.valueOf(fixedPoint, FixedPoint.SCALE).setScale(2, RoundingMode.HALF_EVEN).toPlainString();
    }

    void stop()
    {
        running = false;
    }

    @Override
    public void close()
    {
        running = false;
        for (final Trader trader : all())
        {
            if (trader.session != null)
            {
                trader.session.logOut();
                trader.session.close();
            }
        }
    }
}
