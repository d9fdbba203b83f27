package com.guishen.gscx.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A command stream captured in primitive arrays (one row per command), so a benchmark can
 * parse a file once and then drive engines from memory with nothing else on the clock.
 * Listings and admissions are kept in stream order too: an engine replaying the rows gets
 * the same indices the recording handed out. Benchmarks (the {@code gscx bench engine} command,
 * the benchmarks module) record with a command-file adapter, then replay from here.
 */
public final class RecordedCommands implements EngineCommands
{
    private static final byte NEW = 1;
    private static final byte CANCEL = 2;
    private static final byte REPLACE = 3;
    private static final byte MASS_CANCEL = 4;
    private static final byte HALT = 5;
    private static final byte RESUME = 6;
    private static final byte END_OF_DAY = 7;
    private static final byte DELIST = 8;
    private static final byte LIST = 9;
    private static final byte ADMIT = 10;
    private static final byte CAPACITY = 11;
    private static final byte KILL = 12;
    private static final byte REINSTATE = 13;
    private static final byte CREDIT_LIMIT = 14;

    private static final Side[] SIDES = Side.values();
    private static final OrderType[] TYPES = OrderType.values();
    private static final TimeInForce[] TIFS = TimeInForce.values();

    private final List<InstrumentSpec> instruments = new ArrayList<>();
    private final List<ParticipantSpec> participants = new ArrayList<>();

    private int size;
    private long commandCount;
    private byte[] kind = new byte[1024];
    private long[] timestamp = new long[1024];
    private int[] participant = new int[1024];
    private int[] instrument = new int[1024];
    private long[] clOrdIdHigh = new long[1024];
    private long[] clOrdIdLow = new long[1024];
    private long[] origClOrdIdHigh = new long[1024];
    private long[] origClOrdIdLow = new long[1024];
    private long[] price = new long[1024];
    private long[] quantity = new long[1024];
    private long[] expiry = new long[1024];
    /** side, type, tif ordinals and post-only packed in one byte each: side | type << 1 | tif << 2 | postOnly << 5. */
    private byte[] flags = new byte[1024];

    /** The number of commands (listings and admissions excluded). */
    public long commandCount()
    {
        return commandCount;
    }

    /** Applies every row, listings included, to {@code engine}. */
    public void replayInto(final EngineCommands engine)
    {
        replayInto(engine, 0, size);
    }

    /** Applies rows {@code [from, to)}. */
    public void replayInto(final EngineCommands engine, final int from, final int to)
    {
        for (int row = from; row < to; row++)
        {
            apply(engine, row);
        }
    }

    /**
     * Applies the command rows only, skipping the declarations: for an engine that already has
     * them, such as one just {@link MatchingEngine#reset()}.
     */
    public void replayCommandsInto(final EngineCommands engine)
    {
        for (int row = 0; row < size; row++)
        {
            if (isCommand(row))
            {
                apply(engine, row);
            }
        }
    }

    public int rows()
    {
        return size;
    }

    /** False for the declarations (listings, admissions, capacities) that an engine keeps across a {@link MatchingEngine#reset()}. */
    public boolean isCommand(final int row)
    {
        return kind[row] != LIST && kind[row] != ADMIT && kind[row] != CAPACITY;
    }

    public void apply(final EngineCommands engine, final int row)
    {
        switch (kind[row])
        {
            case NEW -> engine.newOrder(timestamp[row], participant[row], clOrdIdHigh[row], clOrdIdLow[row],
                instrument[row], SIDES[flags[row] & 1], TYPES[(flags[row] >> 1) & 1], TIFS[(flags[row] >> 2) & 7],
                price[row], quantity[row], (flags[row] & 32) != 0, expiry[row]);
            case CANCEL -> engine.cancel(timestamp[row], participant[row], clOrdIdHigh[row], clOrdIdLow[row],
                origClOrdIdHigh[row], origClOrdIdLow[row]);
            case REPLACE -> engine.replace(timestamp[row], participant[row], clOrdIdHigh[row], clOrdIdLow[row],
                origClOrdIdHigh[row], origClOrdIdLow[row], price[row], quantity[row]);
            case MASS_CANCEL -> engine.massCancel(timestamp[row], participant[row], instrument[row]);
            case HALT -> engine.halt(timestamp[row], instrument[row]);
            case RESUME -> engine.resume(timestamp[row], instrument[row]);
            case END_OF_DAY -> engine.endOfDay(timestamp[row]);
            case DELIST -> engine.delist(timestamp[row], instrument[row]);
            case KILL -> engine.kill(timestamp[row], participant[row]);
            case REINSTATE -> engine.reinstate(timestamp[row], participant[row]);
            case CREDIT_LIMIT -> engine.changeCreditLimit(timestamp[row], participant[row], price[row]);
            case LIST -> engine.listInstrument(instruments.get(instrument[row]));
            case ADMIT -> engine.admitParticipant(participants.get(participant[row]));
            case CAPACITY -> engine.registerCapacity(participant[row], instrument[row], quantity[row]);
            default -> throw new IllegalStateException("unknown row kind " + kind[row]);
        }
    }

    @Override
    public int listInstrument(final InstrumentSpec spec)
    {
        instruments.add(spec);
        row(LIST, 0).instrument[size - 1] = instruments.size() - 1;
        return instruments.size() - 1;
    }

    @Override
    public int admitParticipant(final ParticipantSpec spec)
    {
        participants.add(spec);
        row(ADMIT, 0).participant[size - 1] = participants.size() - 1;
        return participants.size() - 1;
    }

    @Override
    public void registerCapacity(final int participant, final int instrument, final long units)
    {
        row(CAPACITY, 0);
        this.participant[size - 1] = participant;
        this.instrument[size - 1] = instrument;
        this.quantity[size - 1] = units;
    }

    @Override
    public void newOrder(
        final long timestamp, final int participant, final long clOrdIdHigh, final long clOrdIdLow,
        final int instrument, final Side side, final OrderType type, final TimeInForce timeInForce, final long price,
        final long quantity, final boolean postOnly, final long expiry)
    {
        final int row = command(NEW, timestamp, participant, clOrdIdHigh, clOrdIdLow);
        this.instrument[row] = instrument;
        this.price[row] = price;
        this.quantity[row] = quantity;
        this.expiry[row] = expiry;
        this.flags[row] = (byte)(side.ordinal() | type.ordinal() << 1 | timeInForce.ordinal() << 2 |
            (postOnly ? 32 : 0));
    }

    @Override
    public void cancel(
        final long timestamp, final int participant, final long clOrdIdHigh, final long clOrdIdLow,
        final long origClOrdIdHigh, final long origClOrdIdLow)
    {
        final int row = command(CANCEL, timestamp, participant, clOrdIdHigh, clOrdIdLow);
        this.origClOrdIdHigh[row] = origClOrdIdHigh;
        this.origClOrdIdLow[row] = origClOrdIdLow;
    }

    @Override
    public void replace(
        final long timestamp, final int participant, final long clOrdIdHigh, final long clOrdIdLow,
        final long origClOrdIdHigh, final long origClOrdIdLow, final long price, final long quantity)
    {
        final int row = command(REPLACE, timestamp, participant, clOrdIdHigh, clOrdIdLow);
        this.origClOrdIdHigh[row] = origClOrdIdHigh;
        this.origClOrdIdLow[row] = origClOrdIdLow;
        this.price[row] = price;
        this.quantity[row] = quantity;
    }

    @Override
    public void massCancel(final long timestamp, final int participant, final int instrument)
    {
        this.instrument[command(MASS_CANCEL, timestamp, participant, 0, 0)] = instrument;
    }

    @Override
    public void halt(final long timestamp, final int instrument)
    {
        this.instrument[command(HALT, timestamp, -1, 0, 0)] = instrument;
    }

    @Override
    public void resume(final long timestamp, final int instrument)
    {
        this.instrument[command(RESUME, timestamp, -1, 0, 0)] = instrument;
    }

    @Override
    public void endOfDay(final long timestamp)
    {
        command(END_OF_DAY, timestamp, -1, 0, 0);
    }

    @Override
    public void delist(final long timestamp, final int instrument)
    {
        this.instrument[command(DELIST, timestamp, -1, 0, 0)] = instrument;
    }

    @Override
    public void kill(final long timestamp, final int participant)
    {
        command(KILL, timestamp, participant, 0, 0);
    }

    @Override
    public void reinstate(final long timestamp, final int participant)
    {
        command(REINSTATE, timestamp, participant, 0, 0);
    }

    @Override
    public void changeCreditLimit(final long timestamp, final int participant, final long creditLimit)
    {
        this.price[command(CREDIT_LIMIT, timestamp, participant, 0, 0)] = creditLimit;
    }

    private int command(
        final byte kind, final long timestamp, final int participant, final long clOrdIdHigh, final long clOrdIdLow)
    {
        commandCount++;
        row(kind, timestamp);
        final int row = size - 1;
        this.participant[row] = participant;
        this.clOrdIdHigh[row] = clOrdIdHigh;
        this.clOrdIdLow[row] = clOrdIdLow;
        return row;
    }

    private RecordedCommands row(final byte kind, final long timestamp)
    {
        if (size == this.kind.length)
        {
            final int length = size * 2;
            this.kind = Arrays.copyOf(this.kind, length);
            this.timestamp = Arrays.copyOf(this.timestamp, length);
            participant = Arrays.copyOf(participant, length);
            instrument = Arrays.copyOf(instrument, length);
            clOrdIdHigh = Arrays.copyOf(clOrdIdHigh, length);
            clOrdIdLow = Arrays.copyOf(clOrdIdLow, length);
            origClOrdIdHigh = Arrays.copyOf(origClOrdIdHigh, length);
            origClOrdIdLow = Arrays.copyOf(origClOrdIdLow, length);
            price = Arrays.copyOf(price, length);
            quantity = Arrays.copyOf(quantity, length);
            expiry = Arrays.copyOf(expiry, length);
            flags = Arrays.copyOf(flags, length);
        }
        this.kind[size] = kind;
        this.timestamp[size] = timestamp;
        size++;
        return this;
    }
}
