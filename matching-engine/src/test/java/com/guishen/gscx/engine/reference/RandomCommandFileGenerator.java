package com.guishen.gscx.engine.reference;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Writes deterministic random command files (COMMANDS.md plus the extensions of
 * docs/command-file-rules.md) that exercise every feature and every reject and cancel reason,
 * for cross-checking the engine against {@link ReferenceModel}.
 *
 * <p>Every line is well-formed: the files test business rules, not parsing.
 *
 * <p>To aim CANCEL and REPLACE at live orders (and at orders partly filled, to reach REPLACE's
 * done case), the generator replays its own lines into a shadow {@link ReferenceModel} and picks
 * targets from its resting orders. The shadow only steers the random choices; what a line says
 * never depends on it being right. The same (seed, commands) always gives the same file for a
 * given version of these two classes.
 */
public final class RandomCommandFileGenerator
{
    /** A file of this many command lines (declarations come on top) for a seed. */
    public static List<String> generate(final long seed, final int commands)
    {
        return new RandomCommandFileGenerator(seed, commands).build();
    }

    // ------------------------------------------------------------------ the market's shape

    private static final class InstrumentPlan
    {
        final String symbol;
        final String tickText;
        final BigDecimal tick;
        final long lot;
        final long hours;
        final int bandPct;
        final String referenceText;
        final long referenceTicks;
        /** Half-width of the band in ticks; 0 when there is no band. */
        final long bandTicks;
        /** Command index at which it is listed (0: declared up front) and delisted (-1: never). */
        final int listAt;
        final int delistAt;
        /** Command index whose timestamp is its delivery start (-1: never closes). */
        final int closeAt;
        Long deliveryStart;
        boolean listed;
        boolean halted;
        /** Where prices cluster, in ticks; wanders around the reference price. */
        long midTicks;

        InstrumentPlan(final String symbol, final String tickText, final long lot, final long hours, final int bandPct,
            final String referenceText, final int listAt, final int delistAt, final int closeAt)
        {
            this.symbol = symbol;
            this.tickText = tickText;
            this.tick = new BigDecimal(tickText);
            this.lot = lot;
            this.hours = hours;
            this.bandPct = bandPct;
            this.referenceText = referenceText;
            this.referenceTicks = new BigDecimal(referenceText).divide(tick).longValueExact();
            // The band's bounds land on a tick by construction: no rounding question for anyone.
            this.bandTicks = new BigDecimal(referenceText).multiply(BigDecimal.valueOf(bandPct))
                .divide(BigDecimal.valueOf(100)).divide(tick).longValueExact();
            this.listAt = listAt;
            this.delistAt = delistAt;
            this.closeAt = closeAt;
            this.midTicks = referenceTicks;
        }

        String declaration()
        {
            return String.join(",", "INSTRUMENT", symbol, tickText, Long.toString(lot), Long.toString(hours),
                Integer.toString(bandPct), referenceText) + (deliveryStart == null ? "" : "," + deliveryStart);
        }

        boolean open(final long ts)
        {
            return listed && (deliveryStart == null || ts < deliveryStart);
        }

        BigDecimal price(final long ticks)
        {
            return tick.multiply(BigDecimal.valueOf(ticks));
        }

        long ticks(final BigDecimal price)
        {
            return price.divide(tick).longValueExact();
        }
    }

    private static final class ParticipantPlan
    {
        final String id;
        final String declaration;
        final boolean mayBuy;
        final boolean maySell;
        final int weight;
        final int admitAt;
        /** Whether the generator has sent a KILL not yet lifted by a REINSTATE. */
        boolean blocked;
        /** Recently used clOrdIds, to send duplicates. */
        final List<String> usedClOrdIds = new ArrayList<>();

        ParticipantPlan(final String id, final String exchange, final String roles, final long creditLimit,
            final long capacity, final String stp, final int weight, final int admitAt)
        {
            this.id = id;
            this.declaration = String.join(",", "PARTICIPANT", id, exchange, roles, Long.toString(creditLimit),
                Long.toString(capacity), stp);
            this.mayBuy = roles.contains("B");
            this.maySell = roles.contains("S");
            this.weight = weight;
            this.admitAt = admitAt;
        }
    }

    /** An order that was live when last looked at: a good target for "dead order" requests later. */
    private record Target(ParticipantPlan owner, String clOrdId)
    {
    }

    private static final int MAX_REMEMBERED_TARGETS = 300;
    private static final int DESIRED_DEPTH = 20;

    private final Random random;
    private final int commands;
    private final long[] timestamps;
    private final List<InstrumentPlan> instruments = new ArrayList<>();
    private final Map<String, InstrumentPlan> instrumentsBySymbol = new HashMap<>();
    private final List<ParticipantPlan> participants = new ArrayList<>();
    private final Map<String, ParticipantPlan> participantsById = new HashMap<>();
    private final ParticipantPlan ghost = new ParticipantPlan("GHOST", "SZDE", "BS", 0, 0, "NONE", 1, -1);
    private final InstrumentPlan unknownInstrument = new InstrumentPlan("NO-SUCH", "0.01", 1, 1, 0, "1.00", 0, -1, -1);
    private final List<Target> pastTargets = new ArrayList<>();
    private final ReferenceModel shadow = new ReferenceModel();
    private final List<String> lines = new ArrayList<>();
    private long nextClOrdId = 1;
    /** The command being written: its index and timestamp. */
    private int index;
    private long ts;

    private RandomCommandFileGenerator(final long seed, final int commands)
    {
        this.random = new Random(seed);
        this.commands = commands;
        // Timestamps first, so delivery starts can be put inside the run: increasing, sometimes equal.
        this.timestamps = new long[Math.max(commands, 1)];
        long t = 1_000_000L;
        for (int i = 0; i < timestamps.length; i++)
        {
            t += random.nextInt(10) == 0 ? 0 : 1 + random.nextInt(2_000);
            timestamps[i] = t;
        }
        final int n = commands;
        plan(new InstrumentPlan("GPU-SZ-H", "0.01", 1, 1, 10, "12.00", 0, -1, -1));
        plan(new InstrumentPlan("GPU-GY-D", "0.05", 5, 24, 0, "8.50", 0, -1, -1));
        plan(new InstrumentPlan("CPU-SZ-D", "1", 1, 24, 20, "500", 0, -1, n * 6 / 10));
        plan(new InstrumentPlan("CPU-GY-H", "0.5", 5, 1, 5, "100", 0, n * 3 / 4, -1));
        plan(new InstrumentPlan("STO-SZ-H", "0.50", 1, 1, 0, "20", 0, -1, n * 17 / 20));
        plan(new InstrumentPlan("GPU-GY-D2", "0.01", 5, 24, 15, "40.00", n * 3 / 10, -1, -1));
        for (final InstrumentPlan instrument : instruments)
        {
            if (instrument.closeAt >= 0 && instrument.closeAt < commands)
            {
                instrument.deliveryStart = timestamps[instrument.closeAt];
            }
        }
        // Tight limits bind from the start; scaled ones (bought notional grows by roughly 250 CNY per
        // command per participant) start to bind during the run, CR2's early, the others' late, CA's never.
        final long scaledCredit = 250L * Math.max(n, 1_000);
        final long scaledCapacity = Math.max(n / 25, 50);
        plan(new ParticipantPlan("SZ-BUYER-1", "SZDE", "B", 150_000, 0, "NONE", 1, 0));
        plan(new ParticipantPlan("SZ-BUYER-2", "SZDE", "B", 0, 0, "CANCEL_AGGRESSOR", 3, 0));
        plan(new ParticipantPlan("GY-BUYER-3", "GYBDE", "B", scaledCredit, 0, "NONE", 3, 0));
        plan(new ParticipantPlan("GY-SELLER-1", "GYBDE", "S", 0, 120, "NONE", 1, 0));
        plan(new ParticipantPlan("GY-SELLER-2", "GYBDE", "S", 0, 0, "CANCEL_RESTING", 3, 0));
        plan(new ParticipantPlan("SZ-SELLER-3", "SZDE", "S", 0, scaledCapacity, "CANCEL_BOTH", 3, 0));
        plan(new ParticipantPlan("SZ-MM-NONE", "SZDE", "BS", scaledCredit, scaledCapacity, "NONE", 5, 0));
        plan(new ParticipantPlan("GY-MM-CR", "GYBDE", "BS", 0, 0, "CANCEL_RESTING", 5, 0));
        plan(new ParticipantPlan("SZ-MM-CA", "SZDE", "BS", 4 * scaledCredit, 4 * scaledCapacity, "CANCEL_AGGRESSOR",
            5, 0));
        plan(new ParticipantPlan("GY-MM-CB", "GYBDE", "BS", 0, scaledCapacity, "CANCEL_BOTH", 5, 0));
        plan(new ParticipantPlan("SZ-MM-CR2", "SZDE", "BS", scaledCredit / 4, scaledCapacity / 4, "CANCEL_RESTING",
            4, 0));
        plan(new ParticipantPlan("GY-LATE-MM", "GYBDE", "BS", 0, 0, "NONE", 4, n * 2 / 5));
    }

    private void plan(final InstrumentPlan instrument)
    {
        instruments.add(instrument);
        instrumentsBySymbol.put(instrument.symbol, instrument);
    }

    private void plan(final ParticipantPlan participant)
    {
        participants.add(participant);
        participantsById.put(participant.id, participant);
    }

    private List<String> build()
    {
        write("# RandomCommandFileGenerator, " + commands + " commands");
        for (int i = 0; i < commands; i++)
        {
            index = i;
            ts = timestamps[i];
            final boolean delisted = declarationsAndDelistings(i);
            if (!delisted)
            {
                nextCommand();
            }
        }
        return lines;
    }

    /** Every line goes to the file and to the shadow model. */
    private void write(final String line)
    {
        lines.add(line);
        shadow.apply(lines.size(), line);
    }

    /**
     * Listings and admissions due at this step are declarations (not commands, so they come on
     * top); a scheduled DELIST is this step's command.
     *
     * @return true if a DELIST was written.
     */
    private boolean declarationsAndDelistings(final int index)
    {
        for (final InstrumentPlan instrument : instruments)
        {
            if (instrument.listAt == index)
            {
                write(instrument.declaration());
                instrument.listed = true;
            }
        }
        for (final ParticipantPlan participant : participants)
        {
            if (participant.admitAt == index)
            {
                write(participant.declaration);
            }
        }
        for (final InstrumentPlan instrument : instruments)
        {
            if (instrument.delistAt == index && instrument.listed)
            {
                write("DELIST," + ts + "," + instrument.symbol);
                instrument.listed = false;
                return true;
            }
        }
        return false;
    }

    private void nextCommand()
    {
        final int roll = random.nextInt(1_000);
        if (roll < 540)
        {
            newOrder();
        }
        else if (roll < 660)
        {
            if (shallowBooks() && percent(70))
            {
                newOrder(); // let the books build up some depth first
            }
            else
            {
                cancel();
            }
        }
        else if (roll < 960)
        {
            replace();
        }
        else if (roll < 972)
        {
            massCancel();
        }
        else if (roll < 975)
        {
            halt();
        }
        else if (roll < 990)
        {
            resume();
        }
        else if (roll < 993)
        {
            write("END_OF_DAY," + ts);
        }
        else if (roll < 994)
        {
            write("DELIST," + ts + "," + (random.nextBoolean() ? "NO-SUCH" : "GPU-SZ-X"));
        }
        else if (roll < 995)
        {
            kill();
        }
        else if (roll < 997)
        {
            reinstate();
        }
        else if (roll < 998)
        {
            changeCreditLimit();
        }
        else
        {
            newOrder();
        }
    }

    /** Fewer than about {@link #DESIRED_DEPTH} resting orders per open instrument. */
    private boolean shallowBooks()
    {
        long open = 0;
        for (final InstrumentPlan instrument : instruments)
        {
            open += instrument.open(ts) ? 1 : 0;
        }
        return shadow.restingOrderCount() < DESIRED_DEPTH * open;
    }

    // ------------------------------------------------------------------ NEW

    private void newOrder()
    {
        final ParticipantPlan participant = pickParticipant();
        final InstrumentPlan instrument = pickInstrument();
        final String clOrdId = clOrdIdFor(participant);
        boolean buy = participant.mayBuy && (!participant.maySell || random.nextBoolean());
        if (percent(2))
        {
            buy = !buy; // a side the participant may not trade: NOT_AUTHORISED (or fine, for BS)
        }
        final String side = buy ? "B" : "S";
        final long qty = maybeBadQty(instrument, quantity(instrument));
        instrument.midTicks = wander(instrument);

        if (percent(12))
        {
            final int tifRoll = random.nextInt(100);
            final String tif = tifRoll < 60 ? "IOC" : tifRoll < 95 ? "FOK" : tifRoll < 98 ? "GTC" : "DAY";
            final int priceRoll = random.nextInt(3);
            final String price = priceRoll == 0 ? "" : priceRoll == 1 ? "0" : format(instrument.price(instrument.midTicks));
            final String postOnly = percent(1) ? ",POST_ONLY" : "";
            write(String.join(",", "NEW", Long.toString(ts), participant.id, clOrdId, instrument.symbol, side, "MARKET",
                tif, price, Long.toString(qty)) + postOnly);
            return;
        }
        final int tifRoll = random.nextInt(100);
        final String tif = tifRoll < 35 ? "GTC" : tifRoll < 55 ? "DAY" : tifRoll < 70 ? "GTD" : tifRoll < 88 ? "IOC" : "FOK";
        final boolean resting = tif.equals("GTC") || tif.equals("DAY") || tif.equals("GTD");
        final boolean postOnly = resting ? percent(12) : percent(1); // with IOC/FOK: INVALID_TIF
        String expire = null;
        if (tif.equals("GTD"))
        {
            final int expireRoll = random.nextInt(100);
            expire = expireRoll < 2 ? null // GTD without EXPIRE: INVALID_TIF
                : expireRoll < 4 ? Long.toString(ts - random.nextInt(3)) // not after the clock: INVALID_TIF
                // exactly a later command's timestamp: expires at that command (ts >= expiry)
                : expireRoll < 35 ? Long.toString(timestamps[Math.min(index + 1 + random.nextInt(400), commands - 1)])
                : Long.toString(ts + 1_000L * (1 + random.nextInt(400)));
        }
        else if (percent(1))
        {
            expire = Long.toString(ts + 1_000_000L); // EXPIRE without GTD: INVALID_TIF
        }
        final String price = maybeBadPrice(instrument, limitPriceTicks(instrument, buy));
        final StringBuilder line = new StringBuilder(String.join(",", "NEW", Long.toString(ts), participant.id, clOrdId,
            instrument.symbol, side, "LIMIT", tif, price, Long.toString(qty)));
        if (postOnly)
        {
            line.append(",POST_ONLY");
        }
        if (expire != null)
        {
            line.append(",EXPIRE=").append(expire);
        }
        write(line.toString());
    }

    // ------------------------------------------------------------------ CANCEL, REPLACE

    private void cancel()
    {
        final List<ReferenceModel.RestingOrder> live = shadow.restingOrders();
        final int roll = random.nextInt(100);
        if (roll < 75 && !live.isEmpty())
        {
            final ReferenceModel.RestingOrder order = live.get(random.nextInt(live.size()));
            final ParticipantPlan owner = participantsById.get(order.participant());
            remember(owner, order.clOrdId());
            write(String.join(",", "CANCEL", Long.toString(ts), owner.id, clOrdIdFor(owner), order.clOrdId()));
        }
        else if (roll < 87 && !pastTargets.isEmpty())
        {
            final Target dead = pastTargets.get(random.nextInt(pastTargets.size())); // most likely gone by now
            write(String.join(",", "CANCEL", Long.toString(ts), dead.owner.id, clOrdIdFor(dead.owner), dead.clOrdId));
        }
        else if (roll < 93 && !live.isEmpty())
        {
            // Someone else's live order: UNKNOWN_ORDER (unless the dice pick its owner).
            final ReferenceModel.RestingOrder order = live.get(random.nextInt(live.size()));
            final ParticipantPlan other = pickParticipant();
            write(String.join(",", "CANCEL", Long.toString(ts), other.id, clOrdIdFor(other), order.clOrdId()));
        }
        else
        {
            final ParticipantPlan participant = pickParticipant();
            write(String.join(",", "CANCEL", Long.toString(ts), participant.id, clOrdIdFor(participant),
                "never" + random.nextInt(1_000)));
        }
    }

    private void replace()
    {
        final List<ReferenceModel.RestingOrder> live = shadow.restingOrders();
        if (live.isEmpty() || percent(7))
        {
            // A dead, unknown or someone else's order: UNKNOWN_ORDER.
            final Target dead = pastTargets.isEmpty() || percent(30) ? null
                : pastTargets.get(random.nextInt(pastTargets.size()));
            final ParticipantPlan participant = dead == null || percent(20) ? pickParticipant() : dead.owner;
            final String orig = dead == null ? "never" + random.nextInt(1_000) : dead.clOrdId;
            write(String.join(",", "REPLACE", Long.toString(ts), participant.id, clOrdIdFor(participant), orig,
                "10", "5"));
            return;
        }
        final ReferenceModel.RestingOrder order = live.get(random.nextInt(live.size()));
        final ParticipantPlan owner = participantsById.get(order.participant());
        final InstrumentPlan instrument = instrumentsBySymbol.get(order.symbol());
        final boolean buy = order.side().equals("B");
        final long lot = instrument.lot;
        final long filled = order.filledQty();
        long priceTicks = instrument.ticks(order.price());
        long qty = order.totalQty();
        final int roll = random.nextInt(100);
        if (roll < 14)
        {
            // Same price, quantity down but above what is filled: keeps its place in the level.
            final long steps = (qty - filled - 1) / lot;
            qty -= steps > 0 ? lot * (1 + random.nextInt((int)Math.min(steps, 4))) : 0;
        }
        else if (roll < 24)
        {
            qty += lot * (1 + random.nextInt(5)); // same price, quantity up: back of the level
        }
        else if (roll < 44)
        {
            priceTicks += (random.nextBoolean() ? 1 : -1) * (1 + random.nextInt(3)); // a small move
        }
        else if (roll < 60)
        {
            // Across the spread: trades as an aggressor (or POST_ONLY_WOULD_CROSS).
            priceTicks = instrument.midTicks + (buy ? 1 : -1) * (2 + random.nextInt(6));
        }
        else if (roll < 72)
        {
            // At or below what is already filled: REPLACE's done case (a plain reduction if nothing is filled).
            qty = filled >= lot ? lot * (1 + random.nextInt((int)Math.min(filled / lot, 5))) : lot;
        }
        else if (roll < 82)
        {
            priceTicks += random.nextInt(5) - 2;
            qty = lot * (1 + random.nextInt(12));
        }
        else if (roll < 87 && instrument.bandTicks > 0)
        {
            priceTicks = instrument.referenceTicks + (buy ? 1 : -1) * (instrument.bandTicks + random.nextInt(3));
        }
        else if (roll < 93)
        {
            qty *= 2 + random.nextInt(8); // a big increase: where REPLACE meets the credit limit and capacity
        }
        // else: the same terms, only the clOrdId changes
        remember(owner, order.clOrdId());
        final ParticipantPlan sender = percent(2) ? pickParticipant() : owner; // someone else: UNKNOWN_ORDER
        write(String.join(",", "REPLACE", Long.toString(ts), sender.id, clOrdIdFor(sender), order.clOrdId(),
            maybeBadPrice(instrument, priceTicks), Long.toString(maybeBadQty(instrument, qty))));
    }

    // ------------------------------------------------------------------ MASS_CANCEL, HALT, RESUME

    private void massCancel()
    {
        final ParticipantPlan participant = pickParticipant();
        final int roll = random.nextInt(10);
        final String symbol = roll < 4 ? "*" : roll < 9 ? pickInstrument().symbol : "NO-SUCH";
        write(String.join(",", "MASS_CANCEL", Long.toString(ts), participant.id, symbol));
    }

    /** An operator's kill switch, sometimes for an unknown participant. */
    private void kill()
    {
        final ParticipantPlan participant = pickParticipant();
        write("KILL," + ts + "," + participant.id);
        participant.blocked = true;
    }

    /** Mostly lifts a kill switch that is set (blocks stay short); sometimes one that is not set. */
    private void reinstate()
    {
        final List<ParticipantPlan> blocked = new ArrayList<>();
        for (final ParticipantPlan participant : participants)
        {
            if (participant.blocked)
            {
                blocked.add(participant);
            }
        }
        final ParticipantPlan target = blocked.isEmpty() || percent(10)
            ? pickParticipant() : blocked.get(random.nextInt(blocked.size()));
        write("REINSTATE," + ts + "," + target.id);
        target.blocked = false;
    }

    /**
     * A new credit limit: unlimited, tight (likely below what the buyer already has: its orders
     * that add exposure are rejected from then on), or of the scale the declarations use.
     */
    private void changeCreditLimit()
    {
        final ParticipantPlan participant = pickParticipant();
        final int roll = random.nextInt(4);
        final long scaled = 250L * Math.max(commands, 1_000);
        final String limit = roll == 0 ? "0" : roll == 1 ? (1 + random.nextInt(20_000)) + ".5"
            : Long.toString(scaled / 4 + (long)(random.nextDouble() * 4 * scaled));
        write("CREDIT_LIMIT," + ts + "," + participant.id + "," + limit);
    }

    private void halt()
    {
        final InstrumentPlan target = percent(5) ? unknownInstrument : instruments.get(random.nextInt(instruments.size()));
        write("HALT," + ts + "," + target.symbol);
        target.halted = true;
    }

    /** Mostly resumes a halted instrument (halts stay short); sometimes one that is not halted, or unknown. */
    private void resume()
    {
        final List<InstrumentPlan> halted = new ArrayList<>();
        for (final InstrumentPlan instrument : instruments)
        {
            if (instrument.halted)
            {
                halted.add(instrument);
            }
        }
        final InstrumentPlan target = halted.isEmpty() || percent(10)
            ? (percent(5) ? unknownInstrument : instruments.get(random.nextInt(instruments.size())))
            : halted.get(random.nextInt(halted.size()));
        write("RESUME," + ts + "," + target.symbol);
        target.halted = false;
    }

    // ------------------------------------------------------------------ choices

    private ParticipantPlan pickParticipant()
    {
        if (percent(1))
        {
            return ghost; // never admitted: UNKNOWN_PARTICIPANT
        }
        int total = 0;
        for (final ParticipantPlan p : participants)
        {
            total += p.weight;
        }
        int pick = random.nextInt(total);
        for (final ParticipantPlan p : participants)
        {
            pick -= p.weight;
            if (pick < 0)
            {
                return p; // the late one before its admission: UNKNOWN_PARTICIPANT
            }
        }
        throw new IllegalStateException();
    }

    /** Mostly an open instrument; sometimes one not listed yet, delisted or closed, or an unknown symbol. */
    private InstrumentPlan pickInstrument()
    {
        if (percent(1))
        {
            return unknownInstrument;
        }
        final List<InstrumentPlan> open = new ArrayList<>();
        for (final InstrumentPlan instrument : instruments)
        {
            if (instrument.open(ts))
            {
                open.add(instrument);
            }
        }
        if (open.isEmpty() || percent(4))
        {
            return instruments.get(random.nextInt(instruments.size()));
        }
        return open.get(random.nextInt(open.size()));
    }

    private String clOrdIdFor(final ParticipantPlan participant)
    {
        if (percent(2) && !participant.usedClOrdIds.isEmpty())
        {
            // A clOrdId this participant used before: DUPLICATE_CLORDID.
            return participant.usedClOrdIds.get(random.nextInt(participant.usedClOrdIds.size()));
        }
        final String id = "c" + Long.toString(nextClOrdId++, 36);
        participant.usedClOrdIds.add(id);
        if (participant.usedClOrdIds.size() > 100)
        {
            participant.usedClOrdIds.remove(0);
        }
        return id;
    }

    private long quantity(final InstrumentPlan instrument)
    {
        final long lots = percent(10) ? 10 + random.nextInt(40) : 1 + random.nextInt(8);
        return lots * instrument.lot;
    }

    /** Clustered around the wandering mid so books cross often; sometimes on or beyond the band's edge. */
    private long limitPriceTicks(final InstrumentPlan instrument, final boolean buy)
    {
        final int roll = random.nextInt(100);
        if (roll < 3 && instrument.bandTicks > 0)
        {
            return instrument.referenceTicks + (buy ? 1 : -1) * instrument.bandTicks; // exactly on the edge: allowed
        }
        if (roll < 6)
        {
            final long reach = instrument.bandTicks > 0 ? instrument.bandTicks : instrument.referenceTicks / 5;
            return instrument.referenceTicks + (random.nextBoolean() ? 1 : -1) * (reach + 1 + random.nextInt(5));
        }
        // Some cross or join the touch, the rest rest a few ticks away: books both cross often and have depth.
        final long offset = roll < 30 ? random.nextInt(5) - 1 : -(1 + random.nextInt(12));
        return instrument.midTicks + (buy ? offset : -offset);
    }

    private long wander(final InstrumentPlan instrument)
    {
        final long reach = instrument.bandTicks > 0 ? instrument.bandTicks / 2 : instrument.referenceTicks / 10;
        long mid = instrument.midTicks + random.nextInt(3) - 1;
        if (Math.abs(mid - instrument.referenceTicks) > reach)
        {
            mid += mid > instrument.referenceTicks ? -2 : 2;
        }
        return mid;
    }

    /** Mostly the price as is; sometimes off tick, too precise, zero or negative (INVALID_PRICE). */
    private String maybeBadPrice(final InstrumentPlan instrument, final long ticks)
    {
        final int roll = random.nextInt(250);
        final BigDecimal price = instrument.price(ticks);
        return switch (roll)
        {
            case 0 -> format(price.add(instrument.tick.divide(BigDecimal.valueOf(2)))); // off tick
            case 1 -> format(price.add(new BigDecimal("0.0001"))); // off tick, within 4 decimals
            case 2 -> format(price.add(new BigDecimal("0.00001"))); // a digit beyond 4 decimals
            case 3 -> format(instrument.price(0));
            case 4 -> format(instrument.price(-Math.max(1, Math.abs(ticks))));
            default -> format(price);
        };
    }

    /** Mostly the quantity as is; sometimes off lot, zero or negative (INVALID_QTY). */
    private long maybeBadQty(final InstrumentPlan instrument, final long qty)
    {
        final int roll = random.nextInt(250);
        if (roll == 0 && instrument.lot > 1)
        {
            return qty + 1 + random.nextInt((int)instrument.lot - 1);
        }
        if (roll == 1)
        {
            return 0;
        }
        if (roll == 2)
        {
            return -qty;
        }
        return qty;
    }

    private void remember(final ParticipantPlan owner, final String clOrdId)
    {
        pastTargets.add(new Target(owner, clOrdId));
        if (pastTargets.size() > MAX_REMEMBERED_TARGETS)
        {
            pastTargets.remove(0);
        }
    }

    private static String format(final BigDecimal price)
    {
        return price.toPlainString();
    }

    private boolean percent(final int p)
    {
        return random.nextInt(100) < p;
    }
}
