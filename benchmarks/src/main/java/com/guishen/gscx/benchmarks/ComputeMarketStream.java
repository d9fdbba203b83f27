package com.guishen.gscx.benchmarks;

import com.guishen.gscx.benchmarks.ComputeMarketShadow.Account;
import com.guishen.gscx.benchmarks.ComputeMarketShadow.Listing;
import com.guishen.gscx.benchmarks.ComputeMarketShadow.Order;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * Writes the compute-market workload as a command file (COMMANDS.md with the extensions in
 * docs/command-file-rules.md): Shenzhen AI labs, render farms and imaging firms (SZDE) buy
 * H100, Ascend 910B and EPYC 9654 vCPU hours that Gui'an and Guiyang data centres (GYBDE)
 * offer, in daily and hourly delivery windows.
 *
 * <p>The market shape is fixed: 18 instruments (3 resource classes × 2 sites × one daily and
 * two hourly windows, prices in CNY per unit-hour on their tick and inside their band) and 30
 * participants with credit limits, capacities and mixed self-trade prevention. The seed drives
 * only behaviour: providers ladder offers around a drifting fair price, buyers bid, both sides
 * send marketable limit, IOC, FOK, market, post-only and GTD orders and cancel and replace
 * their own live orders; now and then an instrument halts, the day ends, a participant
 * mass-cancels or a client gets an order wrong. The same seed and length give the same bytes.
 *
 * <p>Two things depend on the length: what participants buy and sell adds up over a stream,
 * so credit limits and capacities are declared in proportion to it (limited participants
 * reach their limits at the same point of any stream, and the reject mix is the same at 1M
 * and 10M commands); and halts, ends of day and mass cancels happen at least a few times in
 * any stream, however short.
 *
 * <p>To pick orders that are really live and sizes its participants' limits allow, the
 * generator keeps a {@link ComputeMarketShadow} of the engine's books and exposures; its memory
 * is bounded by the participants' live-order caps, however long the stream.
 *
 * <p>Timestamps start at 2026-11-30T16:00+08:00 and advance 10–50 µs per command. When the
 * clock reaches a window's delivery start (the daily windows after about 960M commands) the
 * engine closes it and the generator lists the next window of the same kind in its place.
 */
public final class ComputeMarketStream
{
    private static final long SECOND = 1_000_000_000L;
    private static final long HOUR = 3_600 * SECOND;
    private static final long DELIVERY_DAY = Instant.parse("2026-11-30T16:00:00Z").getEpochSecond() * SECOND;
    /** The first command's timestamp: 2026-11-30T16:00+08:00, eight hours before the first daily window. */
    static final long STREAM_START = DELIVERY_DAY - 8 * HOUR;
    private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);
    private static final DateTimeFormatter DAY_FORMAT = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final DateTimeFormatter HOUR_FORMAT = DateTimeFormatter.ofPattern("yyyyMMddHH");

    /**
     * Per command: an instrument halts (while none is), the trading day ends, a participant
     * mass-cancels; in short streams at least this many times per stream instead.
     */
    private static final double HALT_CHANCE = 1.0 / 150_000;
    private static final double END_OF_DAY_CHANCE = 1.0 / 300_000;
    private static final double MASS_CANCEL_CHANCE = 1.0 / 12_000;
    private static final double HALTS_PER_STREAM = 2;
    private static final double END_OF_DAYS_PER_STREAM = 2;
    private static final double MASS_CANCELS_PER_STREAM = 4;
    /** The longest halt, in commands. */
    private static final int LONGEST_HALT = 16_000;
    /** Per command: a client sends a malformed or unauthorised order (see {@link #misfire}). */
    private static final double MISFIRE_CHANCE = 0.003;
    /** A cancel or replace that names an order which has just finished (it races a fill). */
    private static final double RACE_CHANCE = 0.01;
    /** An order its sender's own risk check should have stopped but that is sent anyway. */
    private static final double STUBBORN_CHANCE = 0.08;
    /** A post-only order priced from a stale view of the book. */
    private static final double STALE_VIEW_CHANCE = 0.05;
    /** A participant who sends to an instrument it knows is halted. */
    private static final double IGNORES_HALT_CHANCE = 0.1;

    private static final int PASSIVE = 0;
    private static final int MARKETABLE = 1;
    private static final int IOC = 2;
    private static final int FOK = 3;
    private static final int MARKET = 4;
    /** Indexed by the shadow's time-in-force codes. */
    private static final String[] TIME_IN_FORCE = {"GTC", "DAY", "GTD", "IOC", "FOK"};

    /** Order sizes in lots. */
    private static final int[] GPU_SMALL = {1, 1, 2, 2, 4, 4, 8, 8, 8, 16, 16, 32};
    private static final int[] GPU_LARGE = {4, 8, 8, 16, 16, 32, 32, 64};
    private static final int[] VCPU_SMALL = {1, 2, 4, 4, 8, 8, 16, 16, 32, 64};
    private static final int[] VCPU_LARGE = {8, 16, 16, 32, 32, 64, 128};

    private final long seed;
    private final long commands;
    private final Writer out;
    private final char[] buffer = new char[1 << 16];
    private int position;
    private long state;

    private final Market[] markets;
    private final Trader[] traders;
    private final int[] cumulativeWeight;
    private final ComputeMarketShadow shadow;

    private final double haltChance;
    private final double endOfDayChance;
    private final double massCancelChance;
    private final int longestHalt;

    private long timestamp;
    private long nextDeliveryStart;
    private long written;
    private Market halted;
    private long resumeAfter;

    private ComputeMarketStream(final long seed, final long commands, final Writer out, final long firstTimestamp)
    {
        this.seed = seed;
        this.commands = commands;
        this.out = out;
        this.state = seed;
        nextLong();
        this.timestamp = firstTimestamp;
        final double length = Math.max(commands, 1);
        this.haltChance = Math.max(HALT_CHANCE, HALTS_PER_STREAM / length);
        this.endOfDayChance = Math.max(END_OF_DAY_CHANCE, END_OF_DAYS_PER_STREAM / length);
        this.massCancelChance = Math.max(MASS_CANCEL_CHANCE, MASS_CANCELS_PER_STREAM / length);
        this.longestHalt = (int)Math.min(LONGEST_HALT, Math.max(100, commands / 25));

        final Resource[] resources = Resource.values();
        final Site[] sites = Site.values();
        final Window[] windows = Window.values();
        markets = new Market[resources.length * sites.length * windows.length];
        int slot = 0;
        for (final Resource resource : resources)
        {
            for (final Site site : sites)
            {
                for (final Window window : windows)
                {
                    markets[slot] = new Market(slot, resource, site, window, firstTimestamp);
                    slot++;
                }
            }
        }
        nextDeliveryStart = Long.MAX_VALUE;
        for (final Market market : markets)
        {
            nextDeliveryStart = Math.min(nextDeliveryStart, market.deliveryStart);
        }

        final List<Member> members = Member.DEFAULT;
        traders = new Trader[members.size()];
        cumulativeWeight = new int[members.size()];
        final Account[] accounts = new Account[members.size()];
        int weight = 0;
        for (int i = 0; i < traders.length; i++)
        {
            traders[i] = new Trader(i, members.get(i), markets, commands);
            accounts[i] = traders[i].account;
            weight += members.get(i).weight();
            cumulativeWeight[i] = weight;
        }
        shadow = new ComputeMarketShadow(accounts);
    }

    /**
     * Writes {@code commands} command lines (plus the comment header and the declarations) for
     * the default market shape. Same seed and length, same bytes. {@code out} is flushed, not closed.
     */
    public static void write(final long seed, final long commands, final Writer out) throws IOException
    {
        write(seed, commands, out, STREAM_START, null);
    }

    /**
     * As {@link #write(long, long, Writer)}, with the first command at {@code firstTimestamp}
     * (windows already delivering then are rolled to their current successors), calling
     * {@code progress}, if not null, with the count after every millionth command.
     */
    static void write(final long seed, final long commands, final Writer out, final long firstTimestamp,
        final LongConsumer progress) throws IOException
    {
        if (commands < 0)
        {
            throw new IllegalArgumentException("commands must be >= 0, got " + commands);
        }
        final ComputeMarketStream stream = new ComputeMarketStream(seed, commands, out, firstTimestamp);
        stream.writeHeader();
        stream.writeCommands(progress);
        stream.flush();
        out.flush();
    }

    // ------------------------------------------------------------------ declarations

    private void writeHeader() throws IOException
    {
        text("# gscx compute-market stream: seed ").number(seed).text(", ").number(commands).text(" commands\n");
        text("# Shenzhen AI labs, render farms and imaging firms (SZDE) buy GPU and vCPU hours from Gui'an and ")
            .text("Guiyang data centres (GYBDE):\n");
        text("# ").number(markets.length).text(" instruments (H100, ASCEND910B, EPYC9654 vCPU x GUIAN, GUIYANG x a daily ")
            .text("and two hourly delivery windows), ").number(traders.length).text(" participants\n");
        text("# regenerate: benchmarks/run ComputeMarketStreamGenerator --seed ").number(seed).text(" --commands ")
            .number(commands).text(" --out FILE\n");
        text("# format: COMMANDS.md plus docs/command-file-rules.md (deliveryStart, GTD with EXPIRE=, END_OF_DAY)\n");
        for (final Market market : markets)
        {
            writeInstrument(market);
        }
        for (final Trader trader : traders)
        {
            final Member member = trader.member;
            text("PARTICIPANT,").text(member.id()).text(",").text(member.exchange()).text(",").text(member.roles())
                .text(",").number(trader.creditLimit).text(",").number(trader.capacity).text(",")
                .text(member.selfTradePrevention()).text("\n");
        }
    }

    private void writeInstrument(final Market market) throws IOException
    {
        final Resource resource = market.resource;
        text("INSTRUMENT,").text(market.symbol).text(",").units(resource.tickUnits, resource.decimals).text(",")
            .number(resource.lot).text(",").number(market.window.hours).text(",").number(resource.bandPct).text(",")
            .units(market.reference * resource.tickUnits, resource.decimals).text(",").number(market.deliveryStart)
            .text("\n");
    }

    // ------------------------------------------------------------------ commands

    private void writeCommands(final LongConsumer progress) throws IOException
    {
        while (written < commands)
        {
            timestamp += 10_000 + below(40_001);
            if (timestamp >= nextDeliveryStart)
            {
                rollWindows();
            }
            shadow.advanceClock(timestamp);
            step();
            written++;
            if (progress != null && written % 1_000_000 == 0)
            {
                flush();
                progress.accept(written);
            }
        }
    }

    /** Writes exactly one command line. */
    private void step() throws IOException
    {
        if (halted != null && written >= resumeAfter)
        {
            text("RESUME,").number(timestamp).text(",").text(halted.symbol).text("\n");
            halted.listing.halted = false;
            halted = null;
            return;
        }
        double chance = uniform();
        if (halted == null && chance < haltChance)
        {
            halted = markets[below(markets.length)];
            halted.listing.halted = true;
            resumeAfter = written + longestHalt / 16 + below(longestHalt - longestHalt / 16);
            text("HALT,").number(timestamp).text(",").text(halted.symbol).text("\n");
            return;
        }
        chance -= haltChance;
        if (chance >= 0 && chance < endOfDayChance)
        {
            text("END_OF_DAY,").number(timestamp).text("\n");
            shadow.endOfDay();
            return;
        }
        chance -= endOfDayChance;
        if (chance >= 0 && chance < massCancelChance)
        {
            massCancel(pickTrader());
            return;
        }
        chance -= massCancelChance;
        if (chance >= 0 && chance < MISFIRE_CHANCE)
        {
            misfire(pickTrader());
            return;
        }
        for (int attempt = 0; ; attempt++)
        {
            final Trader trader = pickTrader();
            final int live = trader.account.live.size;
            final boolean wantsNew = live == 0 ||
                (live < trader.maxLive && chance(live < trader.style.target ? 0.62 : 0.40));
            if (wantsNew && newOrder(trader, attempt >= 20))
            {
                return;
            }
            if (live > 0)
            {
                if (chance(0.45))
                {
                    cancel(trader);
                }
                else
                {
                    replace(trader);
                }
                return;
            }
        }
    }

    /** Delivery has started in some windows: the engine closes them; list the next window of each kind. */
    private void rollWindows() throws IOException
    {
        nextDeliveryStart = Long.MAX_VALUE;
        for (final Market market : markets)
        {
            if (market.deliveryStart <= timestamp)
            {
                shadow.close(market.listing);
                if (halted == market)
                {
                    halted = null;
                }
                market.listing.halted = false;
                market.roll(timestamp);
                writeInstrument(market);
            }
            nextDeliveryStart = Math.min(nextDeliveryStart, market.deliveryStart);
        }
    }

    /**
     * A NEW in the trader's style. Returns false, writing nothing, if the trader's own risk check
     * stops it (its credit or capacity is used up) unless {@code force}.
     */
    private boolean newOrder(final Trader trader, final boolean force) throws IOException
    {
        final Market market = pickMarket(trader);
        final Listing listing = market.listing;
        final boolean buy = trader.buys && (!trader.sells || chance(0.5));
        final int kind = trader.style.kind(uniform());
        final long fair = market.drift(this);
        long quantity = quantity(trader, market, buy);
        long price = 0;
        byte timeInForce;
        boolean postOnly = false;
        long expiry = 0;
        switch (kind)
        {
            case PASSIVE ->
            {
                price = listing.clamp(buy ? fair - 1 - geometric(trader.style.depth) :
                    fair + 1 + geometric(trader.style.depth));
                final double tif = uniform();
                timeInForce = tif < 0.55 ? ComputeMarketShadow.GTC :
                    tif < 0.80 ? ComputeMarketShadow.DAY : ComputeMarketShadow.GTD;
                if (timeInForce == ComputeMarketShadow.GTD)
                {
                    // 10 ms to 2.6 s, spread evenly on a log scale
                    final long lifetime = 10_000_000L << below(9);
                    expiry = timestamp + lifetime + below((int)Math.min(lifetime, Integer.MAX_VALUE));
                }
                if (chance(trader.style.postOnly))
                {
                    postOnly = true;
                    if (!chance(STALE_VIEW_CHANCE))
                    {
                        price = listing.clamp(behindTouch(listing, buy, price));
                    }
                }
            }
            case MARKETABLE ->
            {
                price = listing.clamp(buy ? fair + geometric(1.5) : fair - geometric(1.5));
                timeInForce = chance(0.7) ? ComputeMarketShadow.GTC : ComputeMarketShadow.DAY;
            }
            case IOC, FOK ->
            {
                price = listing.clamp(buy ? fair + 1 + geometric(3) : fair - 1 - geometric(3));
                timeInForce = kind == IOC ? ComputeMarketShadow.IOC : ComputeMarketShadow.FOK;
            }
            default -> timeInForce = chance(0.8) ? ComputeMarketShadow.IOC : ComputeMarketShadow.FOK;
        }
        final boolean isMarket = kind == MARKET;
        final Account account = trader.account;
        int outcome = shadow.checkNew(account, listing, buy, isMarket, price, quantity, postOnly);
        if (outcome == ComputeMarketShadow.CREDIT_LIMIT || outcome == ComputeMarketShadow.CAPACITY_LIMIT)
        {
            final long room = buy ? account.creditLeft() / listing.notional(isMarket ? listing.highTick : price, 1) :
                account.capacityLeft(listing.slot);
            final long fits = room / listing.lot * listing.lot;
            if (fits > 0 && !chance(STUBBORN_CHANCE))
            {
                quantity = fits;
                outcome = shadow.checkNew(account, listing, buy, isMarket, price, quantity, postOnly);
            }
            else if (!force && !chance(STUBBORN_CHANCE))
            {
                return false;
            }
        }

        final long clOrdId = trader.nextClOrdId('N');
        writeNew(trader, clOrdId, market, buy, isMarket, timeInForce, price, quantity, postOnly, expiry);
        trader.rememberNew(clOrdId, market, buy, isMarket, timeInForce, price, quantity, postOnly, expiry);
        if (outcome == ComputeMarketShadow.ACCEPT)
        {
            final Order order = new Order(trader.index, listing, buy, timeInForce, postOnly, expiry, price, quantity,
                clOrdId);
            shadow.enter(order, isMarket ? (buy ? listing.highTick : listing.lowTick) : price);
        }
        return true;
    }

    /** A post-only price that does not reach the other side's best, as a participant watching the book would set it. */
    private static long behindTouch(final Listing listing, final boolean buy, final long price)
    {
        final long best = listing.bestOpposite(buy);
        if (best < 0)
        {
            return price;
        }
        return buy ? Math.min(price, best - 1) : Math.max(price, best + 1);
    }

    private void cancel(final Trader trader) throws IOException
    {
        final long recentlyDone = trader.account.recentlyDone(below(8));
        if (recentlyDone >= 0 && chance(RACE_CHANCE))
        {
            writeCancel(trader, recentlyDone);
            return;
        }
        cancel(trader, stalest(trader));
    }

    private void cancel(final Trader trader, final Order order) throws IOException
    {
        writeCancel(trader, order.clOrdId);
        shadow.cancel(order);
    }

    private void writeCancel(final Trader trader, final long origClOrdId) throws IOException
    {
        text("CANCEL,").number(timestamp).text(",").text(trader.member.id()).text(",")
            .clOrdId(trader.nextClOrdId('C')).text(",").clOrdId(origClOrdId).text("\n");
    }

    /** Of two of the trader's live orders, the one further from its market's fair price. */
    private Order stalest(final Trader trader)
    {
        final ComputeMarketShadow.OrderList live = trader.account.live;
        final Order first = live.orders[below(live.size)];
        final Order second = live.orders[below(live.size)];
        return staleness(second) > staleness(first) ? second : first;
    }

    private double staleness(final Order order)
    {
        final Market market = markets[order.listing.slot];
        return Math.abs(order.price - market.fair) / (order.listing.highTick - order.listing.lowTick);
    }

    private void replace(final Trader trader) throws IOException
    {
        final Account account = trader.account;
        final Order order = account.live.orders[below(account.live.size)];
        final Listing listing = order.listing;
        final Market market = markets[listing.slot];
        final long recentlyDone = account.recentlyDone(below(8));
        if (recentlyDone >= 0 && chance(RACE_CHANCE))
        {
            writeReplace(trader, trader.nextClOrdId('R'), recentlyDone, market, order.price, order.quantity);
            return;
        }
        if (listing.halted && !chance(IGNORES_HALT_CHANCE))
        {
            cancel(trader, order);
            return;
        }
        final long fair = market.drift(this);
        final long lots = order.quantity / listing.lot;
        long price = order.price;
        long quantity = order.quantity;
        final double variant = uniform();
        if (variant < 0.60)
        {
            price = listing.clamp(order.buy ? fair - 1 - geometric(trader.style.depth) :
                fair + 1 + geometric(trader.style.depth));
            if (order.postOnly && !chance(STALE_VIEW_CHANCE))
            {
                price = listing.clamp(behindTouch(listing, order.buy, price));
            }
        }
        else if (variant < 0.85 && lots > 1)
        {
            quantity = listing.lot * (1 + below((int)Math.min(lots - 1, Integer.MAX_VALUE)));
        }
        else
        {
            quantity += listing.lot * (1 + below((int)Math.min(Math.max(lots, 1), 64)));
        }
        final int outcome = shadow.checkReplace(account, order, price, quantity);
        if ((outcome == ComputeMarketShadow.CREDIT_LIMIT || outcome == ComputeMarketShadow.CAPACITY_LIMIT) &&
            !chance(STUBBORN_CHANCE))
        {
            cancel(trader, order);
            return;
        }
        final long clOrdId = trader.nextClOrdId('R');
        writeReplace(trader, clOrdId, order.clOrdId, market, price, quantity);
        if (outcome == ComputeMarketShadow.ACCEPT || outcome == ComputeMarketShadow.DONE)
        {
            shadow.replace(order, price, quantity, clOrdId);
        }
    }

    private void writeReplace(final Trader trader, final long clOrdId, final long origClOrdId, final Market market,
        final long price, final long quantity) throws IOException
    {
        text("REPLACE,").number(timestamp).text(",").text(trader.member.id()).text(",").clOrdId(clOrdId).text(",")
            .clOrdId(origClOrdId).text(",").price(market, price).text(",").number(quantity).text("\n");
    }

    private void massCancel(final Trader trader) throws IOException
    {
        final Market market = chance(0.6) ? markets[trader.markets[below(trader.markets.length)]] : null;
        text("MASS_CANCEL,").number(timestamp).text(",").text(trader.member.id()).text(",")
            .text(market == null ? "*" : market.symbol).text("\n");
        shadow.massCancel(trader.account, market == null ? null : market.listing);
    }

    /**
     * A NEW that a careless client gets wrong and the engine rejects: off-tick price, odd
     * lot, impossible time in force, fat-fingered price, a resent clOrdId, the wrong side for
     * its roles, or a delivery window that is not listed yet.
     */
    private void misfire(final Trader trader) throws IOException
    {
        final Market market = markets[trader.markets[below(trader.markets.length)]];
        final Listing listing = market.listing;
        final boolean buy = trader.buys && (!trader.sells || chance(0.5));
        final long fair = Math.round(market.fair);
        final long quantity = quantity(trader, market, buy);
        final long clOrdId = trader.nextClOrdId('N');
        final int kind = below(100);
        if (kind < 15)
        {
            // INVALID_PRICE: half a tick off.
            newPrefix(trader, clOrdId, market.symbol, buy).text("LIMIT,GTC,")
                .units(fair * listing.tickUnits + Math.max(1, listing.tickUnits / 2), 4).text(",")
                .number(quantity).text("\n");
        }
        else if (kind < 30)
        {
            // INVALID_QTY: not a whole number of lots.
            final long odd = listing.lot > 1 ? quantity + 1 + below((int)listing.lot - 1) : 0;
            newPrefix(trader, clOrdId, market.symbol, buy).text("LIMIT,DAY,").price(market, fair).text(",")
                .number(odd).text("\n");
        }
        else if (kind < 45)
        {
            // INVALID_TIF: a market order that rests, a post-only IOC, or an expiry already past.
            final int which = below(3);
            newPrefix(trader, clOrdId, market.symbol, buy);
            if (which == 0)
            {
                text("MARKET,GTC,,").number(quantity).text("\n");
            }
            else if (which == 1)
            {
                text("LIMIT,IOC,").price(market, fair).text(",").number(quantity).text(",POST_ONLY\n");
            }
            else
            {
                text("LIMIT,GTD,").price(market, fair).text(",").number(quantity).text(",EXPIRE=")
                    .number(timestamp - SECOND).text("\n");
            }
        }
        else if (kind < 65 || (kind < 80 && trader.lastNewClOrdId < 0))
        {
            // PRICE_BAND: a fat finger well outside the band.
            final long away = 1 + geometric(20);
            final long price = buy ? listing.highTick + away : Math.max(1, listing.lowTick - away);
            newPrefix(trader, clOrdId, market.symbol, buy).text("LIMIT,GTC,").price(market, price).text(",")
                .number(quantity).text("\n");
        }
        else if (kind < 80)
        {
            // DUPLICATE_CLORDID: the client resends its last order.
            writeNew(trader, trader.lastNewClOrdId, trader.lastNewMarket, trader.lastNewBuy, trader.lastNewIsMarket,
                trader.lastNewTimeInForce, trader.lastNewPrice, trader.lastNewQuantity, trader.lastNewPostOnly,
                trader.lastNewExpiry);
        }
        else if (kind < 88 && trader.buys != trader.sells)
        {
            // NOT_AUTHORISED: a buyer tries to sell (or a provider to buy).
            newPrefix(trader, clOrdId, market.symbol, !buy).text("LIMIT,GTC,").price(market, fair).text(",")
                .number(quantity).text("\n");
        }
        else
        {
            // UNKNOWN_SYMBOL: the window after this one, not listed yet.
            newPrefix(trader, clOrdId, market.nextSymbol(), buy).text("LIMIT,GTC,").price(market, fair).text(",")
                .number(quantity).text("\n");
        }
    }

    private void writeNew(final Trader trader, final long clOrdId, final Market market, final boolean buy,
        final boolean isMarket, final byte timeInForce, final long price, final long quantity,
        final boolean postOnly, final long expiry) throws IOException
    {
        newPrefix(trader, clOrdId, market.symbol, buy).text(isMarket ? "MARKET," : "LIMIT,")
            .text(TIME_IN_FORCE[timeInForce]).text(",");
        if (!isMarket)
        {
            price(market, price);
        }
        text(",").number(quantity);
        if (postOnly)
        {
            text(",POST_ONLY");
        }
        if (expiry != 0)
        {
            text(",EXPIRE=").number(expiry);
        }
        text("\n");
    }

    private ComputeMarketStream newPrefix(final Trader trader, final long clOrdId, final String symbol,
        final boolean buy) throws IOException
    {
        return text("NEW,").number(timestamp).text(",").text(trader.member.id()).text(",").clOrdId(clOrdId)
            .text(",").text(symbol).text(buy ? ",B," : ",S,");
    }

    // ------------------------------------------------------------------ choices

    private Trader pickTrader()
    {
        final int pick = below(cumulativeWeight[cumulativeWeight.length - 1]);
        int i = 0;
        while (cumulativeWeight[i] <= pick)
        {
            i++;
        }
        return traders[i];
    }

    private Market pickMarket(final Trader trader)
    {
        Market market = markets[trader.markets[below(trader.markets.length)]];
        for (int retry = 0; retry < 4 && market.listing.halted && !chance(IGNORES_HALT_CHANCE); retry++)
        {
            market = markets[trader.markets[below(trader.markets.length)]];
        }
        return market;
    }

    private long quantity(final Trader trader, final Market market, final boolean buy)
    {
        final boolean large = !buy && trader.style.largeOffers;
        final int[] sizes = market.resource == Resource.EPYC9654 ?
            (large ? VCPU_LARGE : VCPU_SMALL) : (large ? GPU_LARGE : GPU_SMALL);
        return sizes[below(sizes.length)] * market.resource.lot;
    }

    // ------------------------------------------------------------------ randomness (SplitMix64: same numbers on every JVM)

    private long nextLong()
    {
        long z = (state += 0x9E3779B97F4A7C15L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Uniform in [0, 1). */
    private double uniform()
    {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** Uniform in [0, bound). */
    private int below(final int bound)
    {
        return (int)((nextLong() >>> 1) % bound);
    }

    private boolean chance(final double probability)
    {
        return uniform() < probability;
    }

    /** Failures before the first success, with the given mean. */
    private long geometric(final double mean)
    {
        final double continueChance = mean / (mean + 1);
        long count = 0;
        while (count < 200 && chance(continueChance))
        {
            count++;
        }
        return count;
    }

    /** Roughly standard normal (Irwin–Hall of four uniforms); plain arithmetic, so identical on every platform. */
    private double normal()
    {
        return (uniform() + uniform() + uniform() + uniform() - 2.0) * 1.7320508075688772;
    }

    // ------------------------------------------------------------------ text

    private ComputeMarketStream text(final String text) throws IOException
    {
        final int length = text.length();
        if (position + length > buffer.length)
        {
            flush();
        }
        text.getChars(0, length, buffer, position);
        position += length;
        return this;
    }

    private ComputeMarketStream number(final long value) throws IOException
    {
        if (value < 0)
        {
            return value == Long.MIN_VALUE ? text(Long.toString(value)) : text("-").number(-value);
        }
        if (position + 19 > buffer.length)
        {
            flush();
        }
        int digits = 1;
        for (long rest = value / 10; rest > 0; rest /= 10)
        {
            digits++;
        }
        long rest = value;
        for (int i = position + digits - 1; i >= position; i--)
        {
            buffer[i] = (char)('0' + rest % 10);
            rest /= 10;
        }
        position += digits;
        return this;
    }

    /** A fixed-point amount (4 implied decimals) printed with {@code decimals} of them. */
    private ComputeMarketStream units(final long units, final int decimals) throws IOException
    {
        if (units < 0)
        {
            text("-");
            return units(-units, decimals);
        }
        number(units / 10_000);
        if (decimals > 0)
        {
            if (position + 5 > buffer.length)
            {
                flush();
            }
            buffer[position++] = '.';
            long divisor = 1_000;
            for (int i = 0; i < decimals; i++)
            {
                buffer[position++] = (char)('0' + units % 10_000 / divisor % 10);
                divisor /= 10;
            }
        }
        return this;
    }

    private ComputeMarketStream price(final Market market, final long ticks) throws IOException
    {
        return units(ticks * market.resource.tickUnits, market.resource.decimals);
    }

    /** A client order id as {@link Trader#nextClOrdId} encodes it: a letter for the command, then a number. */
    private ComputeMarketStream clOrdId(final long clOrdId) throws IOException
    {
        if (position + 1 > buffer.length)
        {
            flush();
        }
        buffer[position++] = (char)(clOrdId & 0xFF);
        return number(clOrdId >>> 8);
    }

    private void flush() throws IOException
    {
        out.write(buffer, 0, position);
        position = 0;
    }

    // ------------------------------------------------------------------ the market shape

    /** A resource class: its tick (in 1/10,000 CNY per unit-hour), lot, band and typical price. */
    private enum Resource
    {
        H100(100, 2, 1, 12, 160_000, 0.6),
        ASCEND910B(100, 2, 1, 15, 100_000, 0.5),
        EPYC9654(5, 4, 8, 20, 2_000, 0.3);

        final long tickUnits;
        final int decimals;
        final long lot;
        final int bandPct;
        final long typicalUnits;
        /** How far the fair price moves, in ticks, each time someone prices an order. */
        final double volatility;

        Resource(final long tickUnits, final int decimals, final long lot, final int bandPct, final long typicalUnits,
            final double volatility)
        {
            this.tickUnits = tickUnits;
            this.decimals = decimals;
            this.lot = lot;
            this.bandPct = bandPct;
            this.typicalUnits = typicalUnits;
            this.volatility = volatility;
        }
    }

    /** A data-centre site, with its price level relative to the typical price (per mille). */
    private enum Site
    {
        GUIAN(980),
        GUIYANG(1_000);

        final long priceMille;

        Site(final long priceMille)
        {
            this.priceMille = priceMille;
        }
    }

    /** A delivery window kind: the first one's start, its length, and how far the next one of its kind starts. */
    private enum Window
    {
        DAILY(0, 24, 24, 1_000),
        HOUR_14(14, 1, 2, 1_060),
        HOUR_15(15, 1, 2, 1_040);

        final long firstStart;
        final int hours;
        final long period;
        final long priceMille;

        Window(final int firstStartHour, final int hours, final int periodHours, final long priceMille)
        {
            this.firstStart = DELIVERY_DAY + firstStartHour * HOUR;
            this.hours = hours;
            this.period = periodHours * HOUR;
            this.priceMille = priceMille;
        }

        String symbol(final Resource resource, final Site site, final long deliveryStart)
        {
            final var start = Instant.ofEpochSecond(deliveryStart / SECOND).atOffset(CHINA);
            return resource.name() + "." + site.name() + "." +
                (hours == 24 ? "D" + DAY_FORMAT.format(start) : "H" + HOUR_FORMAT.format(start));
        }
    }

    /** One instrument slot: a resource at a site in a window kind, listed as its current window. */
    private static final class Market
    {
        final Resource resource;
        final Site site;
        final Window window;
        final long reference;
        final Listing listing;
        String symbol;
        long deliveryStart;
        double fair;

        Market(final int slot, final Resource resource, final Site site, final Window window, final long now)
        {
            this.resource = resource;
            this.site = site;
            this.window = window;
            final long units = resource.typicalUnits * site.priceMille * window.priceMille / 1_000_000;
            this.reference = (units + resource.tickUnits / 2) / resource.tickUnits;
            final long referenceUnits = reference * resource.tickUnits;
            final long lowUnits = ceilDiv(referenceUnits * (100 - resource.bandPct), 100);
            final long highUnits = referenceUnits * (100 + resource.bandPct) / 100;
            this.listing = new Listing(slot, resource.tickUnits, resource.lot, window.hours,
                ceilDiv(lowUnits, resource.tickUnits), highUnits / resource.tickUnits);
            this.deliveryStart = window.firstStart;
            while (deliveryStart <= now)
            {
                deliveryStart += window.period;
            }
            this.symbol = window.symbol(resource, site, deliveryStart);
            this.fair = reference;
        }

        void roll(final long now)
        {
            while (deliveryStart <= now)
            {
                deliveryStart += window.period;
            }
            symbol = window.symbol(resource, site, deliveryStart);
        }

        String nextSymbol()
        {
            return window.symbol(resource, site, deliveryStart + window.period);
        }

        /** Moves the fair price a little (mean-reverting to the reference, inside the band) and returns it in ticks. */
        long drift(final ComputeMarketStream random)
        {
            fair += random.normal() * resource.volatility + (reference - fair) * 0.002;
            fair = Math.max(listing.lowTick + 5, Math.min(listing.highTick - 5, fair));
            return Math.round(fair);
        }

        private static long ceilDiv(final long dividend, final long divisor)
        {
            return (dividend + divisor - 1) / divisor;
        }
    }

    /** How a kind of participant trades: its order kinds, post-only use, depth of quotes, live orders it keeps. */
    private enum Style
    {
        AI_LAB(0.52, 0.10, 0.18, 0.07, 0.10, 3.0, 24, false),
        RENDER_FARM(0.55, 0.08, 0.17, 0.08, 0.05, 4.0, 20, false),
        IMAGING(0.60, 0.08, 0.16, 0.06, 0.05, 4.0, 16, false),
        DATA_CENTRE(0.86, 0.03, 0.06, 0.02, 0.30, 4.0, 48, true),
        RESELLER(0.70, 0.05, 0.15, 0.05, 0.40, 2.0, 40, false);

        private final double[] cumulativeKind;
        final double postOnly;
        final double depth;
        final int target;
        final boolean largeOffers;

        Style(final double passive, final double marketable, final double ioc, final double fok, final double postOnly,
            final double depth, final int target, final boolean largeOffers)
        {
            this.cumulativeKind = new double[] {passive, passive + marketable, passive + marketable + ioc,
                passive + marketable + ioc + fok};
            this.postOnly = postOnly;
            this.depth = depth;
            this.target = target;
            this.largeOffers = largeOffers;
        }

        /** PASSIVE, MARKETABLE, IOC, FOK or (the rest) MARKET. */
        int kind(final double uniform)
        {
            int kind = 0;
            while (kind < cumulativeKind.length && uniform >= cumulativeKind[kind])
            {
                kind++;
            }
            return kind;
        }
    }

    /**
     * A participant of the default market: its credit limit (CNY) and capacity (units per
     * instrument) for a stream of one million commands, 0 = none (see {@link Trader}); how often
     * it acts ({@code weight}) and what it trades ({@code universe}: resource {@code @} site or
     * {@code *}; a resource listed twice is traded twice as often).
     */
    private record Member(String id, String exchange, String roles, long creditPerMillion, long capacityPerMillion,
        String selfTradePrevention, Style style, int weight, String universe)
    {
        static final List<Member> DEFAULT = List.of(
            new Member("AILAB-NANSHAN", "SZDE", "B", 0, 0, "NONE", Style.AI_LAB, 5, "H100@* H100@* ASCEND910B@*"),
            new Member("AILAB-QIANHAI", "SZDE", "B", 18_000_000, 0, "NONE", Style.AI_LAB, 4, "H100@* ASCEND910B@*"),
            new Member("AILAB-FUTIAN", "SZDE", "B", 12_000_000, 0, "CANCEL_RESTING", Style.AI_LAB, 4, "H100@*"),
            new Member("AILAB-LONGGANG", "SZDE", "B", 0, 0, "NONE", Style.AI_LAB, 4, "ASCEND910B@* H100@GUIAN"),
            new Member("AILAB-BAOAN", "SZDE", "B", 25_000_000, 0, "CANCEL_AGGRESSOR", Style.AI_LAB, 3,
                "H100@GUIYANG ASCEND910B@GUIYANG"),
            new Member("AILAB-XILI", "SZDE", "B", 4_000_000, 0, "NONE", Style.AI_LAB, 2, "ASCEND910B@*"),
            new Member("RENDER-SHEKOU", "SZDE", "B", 0, 0, "NONE", Style.RENDER_FARM, 3, "H100@* EPYC9654@*"),
            new Member("RENDER-OCT", "SZDE", "B", 10_000_000, 0, "CANCEL_BOTH", Style.RENDER_FARM, 3,
                "H100@GUIAN EPYC9654@GUIAN"),
            new Member("RENDER-DAFEN", "SZDE", "B", 1_200_000, 0, "NONE", Style.RENDER_FARM, 2, "EPYC9654@*"),
            new Member("RENDER-BANTIAN", "SZDE", "B", 0, 0, "CANCEL_RESTING", Style.RENDER_FARM, 3,
                "H100@GUIYANG EPYC9654@GUIYANG"),
            new Member("IMAGING-KEYUAN", "SZDE", "B", 7_000_000, 0, "NONE", Style.IMAGING, 2, "ASCEND910B@* EPYC9654@*"),
            new Member("IMAGING-MEILIN", "SZDE", "B", 0, 0, "NONE", Style.IMAGING, 2, "ASCEND910B@GUIAN EPYC9654@*"),
            new Member("IMAGING-HUAQIANG", "SZDE", "B", 600_000, 0, "CANCEL_AGGRESSOR", Style.IMAGING, 2,
                "EPYC9654@GUIYANG"),
            new Member("IMAGING-LUOHU", "SZDE", "B", 6_000_000, 0, "NONE", Style.IMAGING, 2, "ASCEND910B@GUIYANG"),
            new Member("SZ-CLOUDLINK", "SZDE", "BS", 8_000_000, 0, "CANCEL_RESTING", Style.RESELLER, 5,
                "H100@* ASCEND910B@* EPYC9654@*"),
            new Member("SZ-GRIDTRADE", "SZDE", "BS", 0, 0, "CANCEL_BOTH", Style.RESELLER, 5, "H100@* EPYC9654@*"),
            new Member("GA-HUCHAO-DC", "GYBDE", "S", 0, 25_000, "NONE", Style.DATA_CENTRE, 3,
                "H100@GUIAN ASCEND910B@GUIAN"),
            new Member("GA-DANGWU-DC", "GYBDE", "S", 0, 0, "NONE", Style.DATA_CENTRE, 3, "H100@GUIAN"),
            new Member("GA-MACHANG-DC", "GYBDE", "S", 0, 200_000, "CANCEL_RESTING", Style.DATA_CENTRE, 3,
                "ASCEND910B@GUIAN EPYC9654@GUIAN"),
            new Member("GA-GAOFENG-DC", "GYBDE", "S", 0, 0, "NONE", Style.DATA_CENTRE, 3, "EPYC9654@GUIAN"),
            new Member("GA-QINGLONG-DC", "GYBDE", "S", 0, 60_000, "CANCEL_AGGRESSOR", Style.DATA_CENTRE, 3,
                "H100@GUIAN ASCEND910B@GUIAN EPYC9654@GUIAN"),
            new Member("GA-YUNFENG-DC", "GYBDE", "S", 0, 20_000, "NONE", Style.DATA_CENTRE, 2,
                "H100@GUIAN ASCEND910B@GUIAN"),
            new Member("GY-GUANSHANHU-DC", "GYBDE", "S", 0, 0, "NONE", Style.DATA_CENTRE, 4,
                "H100@GUIYANG ASCEND910B@GUIYANG EPYC9654@GUIYANG"),
            new Member("GY-BAIYUN-DC", "GYBDE", "S", 0, 50_000, "CANCEL_BOTH", Style.DATA_CENTRE, 3, "H100@GUIYANG"),
            new Member("GY-HUAXI-DC", "GYBDE", "S", 0, 700_000, "NONE", Style.DATA_CENTRE, 3, "EPYC9654@GUIYANG"),
            new Member("GY-WUDANG-DC", "GYBDE", "S", 0, 0, "NONE", Style.DATA_CENTRE, 3, "ASCEND910B@GUIYANG"),
            new Member("GY-NANMING-DC", "GYBDE", "S", 0, 30_000, "CANCEL_RESTING", Style.DATA_CENTRE, 2,
                "H100@GUIYANG ASCEND910B@GUIYANG"),
            new Member("GY-YUNYAN-CLOUD", "GYBDE", "BS", 5_000_000, 40_000, "CANCEL_AGGRESSOR", Style.RESELLER, 4,
                "H100@GUIYANG ASCEND910B@GUIYANG EPYC9654@GUIYANG"),
            new Member("GA-CLOUDHUB", "GYBDE", "BS", 0, 0, "CANCEL_RESTING", Style.RESELLER, 4,
                "H100@GUIAN ASCEND910B@GUIAN EPYC9654@GUIAN"),
            new Member("GY-SUANLI-MM", "GYBDE", "BS", 20_000_000, 0, "NONE", Style.RESELLER, 5,
                "H100@* ASCEND910B@* EPYC9654@*"));

        /** The market slots this member trades, daily windows twice as often as each hourly one. */
        int[] slots(final Market[] markets)
        {
            final java.util.ArrayList<Integer> slots = new java.util.ArrayList<>();
            for (final String token : universe.split(" "))
            {
                final String[] parts = token.split("@");
                for (final Market market : markets)
                {
                    if (market.resource.name().equals(parts[0]) &&
                        (parts[1].equals("*") || market.site.name().equals(parts[1])))
                    {
                        slots.add(market.listing.slot);
                        if (market.window == Window.DAILY)
                        {
                            slots.add(market.listing.slot);
                        }
                    }
                }
            }
            return slots.stream().mapToInt(Integer::intValue).toArray();
        }

        int selfTradePreventionCode()
        {
            return switch (selfTradePrevention)
            {
                case "NONE" -> ComputeMarketShadow.STP_NONE;
                case "CANCEL_RESTING" -> ComputeMarketShadow.STP_CANCEL_RESTING;
                case "CANCEL_AGGRESSOR" -> ComputeMarketShadow.STP_CANCEL_AGGRESSOR;
                case "CANCEL_BOTH" -> ComputeMarketShadow.STP_CANCEL_BOTH;
                default -> throw new IllegalStateException(selfTradePrevention);
            };
        }
    }

    /** A participant as the generator drives it: its member row, its shadow account, its client order ids. */
    private static final class Trader
    {
        final int index;
        final Member member;
        final Style style;
        final Account account;
        final int[] markets;
        final boolean buys;
        final boolean sells;
        final int maxLive;
        final long creditLimit;
        final long capacity;
        private long nextClOrdNumber = 1;

        long lastNewClOrdId = -1;
        Market lastNewMarket;
        boolean lastNewBuy;
        boolean lastNewIsMarket;
        byte lastNewTimeInForce;
        long lastNewPrice;
        long lastNewQuantity;
        boolean lastNewPostOnly;
        long lastNewExpiry;

        /**
         * What participants buy and sell adds up over a stream, so limits are declared in
         * proportion to its length (the member's values for a million commands, at least 5,000
         * commands' worth): the limited participants then reach their limits at the same point
         * of any stream and the mix of rejects does not depend on its length.
         */
        Trader(final int index, final Member member, final Market[] markets, final long commands)
        {
            final double scale = Math.max(commands, 5_000) / 1e6;
            this.creditLimit = member.creditPerMillion() == 0 ? 0 :
                Math.max(1, Math.round(member.creditPerMillion() * scale / 1_000)) * 1_000;
            this.capacity = member.capacityPerMillion() == 0 ? 0 :
                Math.max(1, Math.round(member.capacityPerMillion() * scale / 8)) * 8;
            this.index = index;
            this.member = member;
            this.style = member.style();
            this.markets = member.slots(markets);
            this.buys = member.roles().contains("B");
            this.sells = member.roles().contains("S");
            this.maxLive = 2 * style.target;
            this.account = new Account(index, creditLimit * 10_000, capacity,
                member.selfTradePreventionCode(), markets.length);
        }

        /** The next client order id: {@code letter} (N, C or R for the command) and a number, packed in a long. */
        long nextClOrdId(final char letter)
        {
            return nextClOrdNumber++ << 8 | letter;
        }

        void rememberNew(final long clOrdId, final Market market, final boolean buy, final boolean isMarket,
            final byte timeInForce, final long price, final long quantity, final boolean postOnly, final long expiry)
        {
            lastNewClOrdId = clOrdId;
            lastNewMarket = market;
            lastNewBuy = buy;
            lastNewIsMarket = isMarket;
            lastNewTimeInForce = timeInForce;
            lastNewPrice = price;
            lastNewQuantity = quantity;
            lastNewPostOnly = postOnly;
            lastNewExpiry = expiry;
        }
    }
}
