package com.guishen.gscx.engine.replay;

import com.guishen.gscx.engine.EngineCommands;
import com.guishen.gscx.engine.InstrumentSpec;
import com.guishen.gscx.engine.MatchingEngine;
import com.guishen.gscx.engine.OrderType;
import com.guishen.gscx.engine.ParticipantSpec;
import com.guishen.gscx.engine.SelfTradePrevention;
import com.guishen.gscx.engine.Side;
import com.guishen.gscx.engine.TimeInForce;
import com.guishen.gscx.events.AsciiNumbers;
import com.guishen.gscx.events.ClOrdId;
import com.guishen.gscx.events.FixedPoint;
import com.guishen.gscx.events.codec.OrderCommandDecoder;
import com.guishen.gscx.events.codec.OrderCommandEncoder;
import org.agrona.MutableDirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a command file (COMMANDS.md and the extensions in docs/command-file-rules.md) line
 * by line straight from its bytes and applies each record to the engine's {@link EngineCommands}. Names
 * are resolved to engine indices here; whether a name is known is the engine's business.
 * A malformed line stops the run with a {@link CommandFileException} naming the line.
 *
 * <p>Order commands (new order, cancel, replace) also come binary, as the inbound journal stores
 * them ({@link #applyOrderCommand}); an adapter made by {@link #orderLineEncoder()} turns order
 * lines into that form instead of applying them.
 */
public final class CommandFileAdapter
{
    private static final int MAX_FIELDS = 16;

    private final EngineCommands engine;
    private final CommandNames names;
    private final NameIndex symbols = new NameIndex();
    private final NameIndex participants = new NameIndex();

    private byte[] buffer = new byte[1 << 16];
    private final int[] fieldStart = new int[MAX_FIELDS];
    private final int[] fieldEnd = new int[MAX_FIELDS];
    private int fieldCount;
    private long lineNumber;
    private long commands;
    private final boolean encoding;
    private final OrderCommandEncoder orderEncoder = new OrderCommandEncoder();
    private final OrderCommandDecoder orderDecoder = new OrderCommandDecoder();
    private final UnsafeBuffer entry = new UnsafeBuffer(new byte[0]);
    private MutableDirectBuffer encodeDestination;
    private int encodedLength;

    public CommandFileAdapter(final EngineCommands engine, final CommandNames names)
    {
        this(engine, names, false);
    }

    private CommandFileAdapter(final EngineCommands engine, final CommandNames names, final boolean encoding)
    {
        this.engine = engine;
        this.names = names;
        this.encoding = encoding;
    }

    /** An adapter that only checks and encodes order lines ({@link #encodeOrderLine}); it applies nothing. */
    public static CommandFileAdapter orderLineEncoder()
    {
        return new CommandFileAdapter(null, null, true);
    }

    /**
     * Encodes {@code line[0, length)} into {@code destination} at offset 0 if it is a new order, cancel
     * or replace line whose names fit the binary form ({@link com.guishen.gscx.events.codec.OrderCommandLayout}).
     *
     * @return the encoded length, or -1 for any other line (it is kept as text).
     * @throws CommandFileException if it is an order line but malformed.
     */
    public int encodeOrderLine(final byte[] line, final int length, final MutableDirectBuffer destination)
    {
        if (!encoding)
        {
            throw new IllegalStateException("not an order line encoder: see orderLineEncoder()");
        }
        if (!startsWithOrderRecord(line, length))
        {
            return -1;
        }
        encodeDestination = destination;
        encodedLength = -1;
        applyLine(line, length);
        return encodedLength;
    }

    private static boolean startsWithOrderRecord(final byte[] line, final int length)
    {
        return startsWith(line, length, "NEW,") || startsWith(line, length, "CANCEL,") ||
            startsWith(line, length, "REPLACE,");
    }

    private static boolean startsWith(final byte[] line, final int length, final String prefix)
    {
        if (length < prefix.length())
        {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++)
        {
            if (line[i] != prefix.charAt(i))
            {
                return false;
            }
        }
        return true;
    }

    /**
     * Applies one entry of the inbound journal, {@code entry[0, length)}: a binary order command or
     * a text line, as the next record of the stream.
     *
     * @throws CommandFileException if it is malformed.
     */
    public void applyInboundEntry(final byte[] entry, final int length)
    {
        if (length > 0 && OrderCommandDecoder.isOrderCommand(entry[0]))
        {
            applyOrderCommand(entry, length);
        }
        else
        {
            applyLine(entry, length);
        }
    }

    /**
     * Applies one binary order command, {@code command[0, length)}, as the next record of the stream.
     *
     * @throws CommandFileException if the bytes are not a whole order command.
     */
    public void applyOrderCommand(final byte[] command, final int length)
    {
        lineNumber++;
        entry.wrap(command, 0, length);
        if (!orderDecoder.wrap(entry, 0, length))
        {
            throw error("not a well-formed binary order command (" + length + " bytes)");
        }
        final OrderCommandDecoder order = orderDecoder;
        names.commandParticipant(command, order.participantOffset(), order.participantLength());
        final int participant = participants.get(command, order.participantOffset(), order.participantLength(),
            MatchingEngine.UNKNOWN);
        final int instrument = order.isNewOrder() ?
            symbols.get(command, order.symbolOffset(), order.symbolLength(), MatchingEngine.UNKNOWN) :
            MatchingEngine.UNKNOWN;
        names.orderCommand(order, instrument);
        commands++;
        if (order.isNewOrder())
        {
            engine.newOrder(order.timestamp(), participant, order.clOrdIdHigh(), order.clOrdIdLow(), instrument,
                order.side() == 'B' ? Side.BUY : Side.SELL, ORDER_TYPES[order.orderType()],
                TIMES_IN_FORCE[order.timeInForce()], order.price(), order.quantity(), order.postOnly(), order.expiry());
        }
        else if (order.isCancel())
        {
            engine.cancel(order.timestamp(), participant, order.clOrdIdHigh(), order.clOrdIdLow(),
                order.origClOrdIdHigh(), order.origClOrdIdLow());
        }
        else
        {
            engine.replace(order.timestamp(), participant, order.clOrdIdHigh(), order.clOrdIdLow(),
                order.origClOrdIdHigh(), order.origClOrdIdLow(), order.price(), order.quantity());
        }
    }

    private static final OrderType[] ORDER_TYPES = OrderType.values();
    private static final TimeInForce[] TIMES_IN_FORCE = TimeInForce.values();

    /** Whether the participant and symbol fields fit an order command; if not the line stays text. */
    private boolean namesFit(final int participantField, final int symbolField)
    {
        return fieldLength(participantField) <= OrderCommandEncoder.MAX_NAME_LENGTH &&
            (symbolField < 0 || fieldLength(symbolField) <= OrderCommandEncoder.MAX_NAME_LENGTH);
    }

    /**
     * Learns the names of an engine restored from a snapshot: its admitted participants and
     * its listed (not delisted) instruments.
     */
    public void restoreNames(final MatchingEngine restored)
    {
        for (int i = 0; i < restored.participantCount(); i++)
        {
            final String id = restored.participantSpec(i).id();
            participants.put(id, i);
            names.participantAdmitted(i, id);
        }
        for (int i = 0; i < restored.instrumentCount(); i++)
        {
            final com.guishen.gscx.engine.InstrumentSpec spec = restored.instrumentSpec(i);
            if (restored.instrumentState(i) != com.guishen.gscx.engine.InstrumentState.DELISTED)
            {
                symbols.put(spec.symbol(), i);
            }
            names.instrumentListed(i, spec.symbol(), spec.priceDecimals(), spec.deliveryHours());
        }
    }

    /**
     * Applies one line held in {@code line[0, length)} (no newline), as the next line of the
     * stream; a malformed line throws {@link CommandFileException} and changes nothing.
     */
    public void applyLine(final byte[] line, final int length)
    {
        if (buffer.length < length)
        {
            buffer = java.util.Arrays.copyOf(buffer, Math.max(length, buffer.length * 2));
        }
        System.arraycopy(line, 0, buffer, 0, length);
        applyLine(0, length);
    }

    /** The number of command records applied so far (declarations do not count). */
    public long commands()
    {
        return commands;
    }

    /** Reads the whole stream and applies every line. */
    public void apply(final InputStream input) throws IOException
    {
        int start = 0;
        int end = 0;
        while (true)
        {
            int newline = indexOfNewline(start, end);
            while (newline >= 0)
            {
                applyLine(start, newline);
                start = newline + 1;
                newline = indexOfNewline(start, end);
            }
            if (start > 0)
            {
                System.arraycopy(buffer, start, buffer, 0, end - start);
                end -= start;
                start = 0;
            }
            if (end == buffer.length)
            {
                buffer = java.util.Arrays.copyOf(buffer, buffer.length * 2);
            }
            final int read = input.read(buffer, end, buffer.length - end);
            if (read < 0)
            {
                if (end > start)
                {
                    applyLine(start, end);
                }
                return;
            }
            end += read;
        }
    }

    private int indexOfNewline(final int from, final int to)
    {
        for (int i = from; i < to; i++)
        {
            if (buffer[i] == '\n')
            {
                return i;
            }
        }
        return -1;
    }

    /** Applies one line given as bytes {@code [start, end)} of the buffer, without its newline. */
    private void applyLine(final int start, final int end)
    {
        lineNumber++;
        if (!encoding)
        {
            names.textLine();
        }
        int lineEnd = end;
        if (lineEnd > start && buffer[lineEnd - 1] == '\r')
        {
            lineEnd--;
        }
        if (lineEnd == start || buffer[start] == '#')
        {
            return;
        }
        split(start, lineEnd);
        if (is(0, "NEW"))
        {
            newOrder();
        }
        else if (is(0, "REPLACE"))
        {
            replace();
        }
        else if (is(0, "CANCEL"))
        {
            cancel();
        }
        else if (is(0, "MASS_CANCEL"))
        {
            expectFields(4, 4, "MASS_CANCEL,<ts>,<participant>,<symbol or *>");
            final long timestamp = timestamp(1);
            participantField(2);
            final int instrument = fieldLength(3) == 1 && buffer[fieldStart[3]] == '*' ?
                MatchingEngine.ALL_INSTRUMENTS : symbol(3);
            commands++;
            engine.massCancel(timestamp, participant(2), instrument);
        }
        else if (is(0, "HALT"))
        {
            expectFields(3, 3, "HALT,<ts>,<symbol>");
            commands++;
            engine.halt(timestamp(1), symbol(2));
        }
        else if (is(0, "RESUME"))
        {
            expectFields(3, 3, "RESUME,<ts>,<symbol>");
            commands++;
            engine.resume(timestamp(1), symbol(2));
        }
        else if (is(0, "END_OF_DAY"))
        {
            expectFields(2, 2, "END_OF_DAY,<ts>");
            commands++;
            engine.endOfDay(timestamp(1));
        }
        else if (is(0, "DELIST"))
        {
            expectFields(3, 3, "DELIST,<ts>,<symbol>");
            commands++;
            engine.delist(timestamp(1), symbol(2));
        }
        else if (is(0, "KILL"))
        {
            expectFields(3, 3, "KILL,<ts>,<participant>");
            final long timestamp = timestamp(1);
            participantField(2);
            commands++;
            engine.kill(timestamp, participant(2));
        }
        else if (is(0, "REINSTATE"))
        {
            expectFields(3, 3, "REINSTATE,<ts>,<participant>");
            final long timestamp = timestamp(1);
            participantField(2);
            commands++;
            engine.reinstate(timestamp, participant(2));
        }
        else if (is(0, "CREDIT_LIMIT"))
        {
            expectFields(4, 4, "CREDIT_LIMIT,<ts>,<participant>,<limit>");
            final long timestamp = timestamp(1);
            participantField(2);
            final long creditLimit = declaredDecimal(3, "credit limit");
            if (creditLimit < 0)
            {
                throw error("credit limit must be >= 0 (0 = unlimited), got '" + text(3) + "'");
            }
            commands++;
            engine.changeCreditLimit(timestamp, participant(2), creditLimit);
        }
        else if (is(0, "INSTRUMENT"))
        {
            listInstrument();
        }
        else if (is(0, "PARTICIPANT"))
        {
            admitParticipant();
        }
        else if (is(0, "CAPACITY"))
        {
            registerCapacity();
        }
        else
        {
            throw error("unknown record type '" + text(0) + "'");
        }
    }

    private void newOrder()
    {
        expectFields(10, 12,
            "NEW,<ts>,<participant>,<clOrdId>,<symbol>,<B|S>,<LIMIT|MARKET>,<tif>,<price>,<qty>[,POST_ONLY][,EXPIRE=<ts>]");
        final long timestamp = timestamp(1);
        participantField(2);
        final long clOrdIdHigh = clOrdIdHigh(3);
        final long clOrdIdLow = clOrdIdLow(3);
        final Side side = side(5);
        final OrderType type = orderType(6);
        final TimeInForce timeInForce = timeInForce(7);
        final long price = type == OrderType.MARKET ? marketPrice(8) : price(8);
        final long quantity = quantity(9);
        boolean postOnly = false;
        long expiry = MatchingEngine.NO_EXPIRY;
        for (int field = 10; field < fieldCount; field++)
        {
            if (is(field, "POST_ONLY") && !postOnly && expiry == MatchingEngine.NO_EXPIRY)
            {
                postOnly = true;
            }
            else if (startsWith(field, "EXPIRE=") && expiry == MatchingEngine.NO_EXPIRY)
            {
                expiry = number(fieldStart[field] + 7, fieldEnd[field], "expiry timestamp");
                if (expiry <= 0)
                {
                    throw error("expiry timestamp must be > 0, got '" + text(field) + "'");
                }
            }
            else
            {
                throw error("expected POST_ONLY then EXPIRE=<ts> after the quantity, got '" + text(field) + "'");
            }
        }
        if (encoding)
        {
            if (namesFit(2, 4))
            {
                encodedLength = orderEncoder.wrap(encodeDestination, 0)
                    .newOrder(timestamp, clOrdIdHigh, clOrdIdLow, side.code(), type.ordinal(), timeInForce.ordinal(),
                        price, quantity, postOnly, expiry)
                    .participant(buffer, fieldStart[2], fieldLength(2)).symbol(buffer, fieldStart[4], fieldLength(4))
                    .encodedLength();
            }
            return;
        }
        commands++;
        engine.newOrder(timestamp, participant(2), clOrdIdHigh, clOrdIdLow, symbol(4), side, type, timeInForce,
            price, quantity, postOnly, expiry);
    }

    private void cancel()
    {
        expectFields(5, 5, "CANCEL,<ts>,<participant>,<clOrdId>,<origClOrdId>");
        final long timestamp = timestamp(1);
        participantField(2);
        final long clOrdIdHigh = clOrdIdHigh(3);
        final long clOrdIdLow = clOrdIdLow(3);
        if (encoding)
        {
            final long origHigh = clOrdIdHigh(4);
            if (namesFit(2, -1))
            {
                encodedLength = orderEncoder.wrap(encodeDestination, 0)
                    .cancel(timestamp, clOrdIdHigh, clOrdIdLow, origHigh, clOrdIdLow(4))
                    .participant(buffer, fieldStart[2], fieldLength(2)).encodedLength();
            }
            return;
        }
        commands++;
        engine.cancel(timestamp, participant(2), clOrdIdHigh, clOrdIdLow, clOrdIdHigh(4), clOrdIdLow(4));
    }

    private void replace()
    {
        expectFields(7, 7, "REPLACE,<ts>,<participant>,<clOrdId>,<origClOrdId>,<newPrice>,<newQty>");
        final long timestamp = timestamp(1);
        participantField(2);
        final long clOrdIdHigh = clOrdIdHigh(3);
        final long clOrdIdLow = clOrdIdLow(3);
        final long price = price(5);
        final long quantity = quantity(6);
        if (encoding)
        {
            final long origHigh = clOrdIdHigh(4);
            if (namesFit(2, -1))
            {
                encodedLength = orderEncoder.wrap(encodeDestination, 0)
                    .replace(timestamp, clOrdIdHigh, clOrdIdLow, origHigh, clOrdIdLow(4), price, quantity)
                    .participant(buffer, fieldStart[2], fieldLength(2)).encodedLength();
            }
            return;
        }
        commands++;
        engine.replace(timestamp, participant(2), clOrdIdHigh, clOrdIdLow, clOrdIdHigh(4), clOrdIdLow(4), price,
            quantity);
    }

    private void listInstrument()
    {
        expectFields(7, 8,
            "INSTRUMENT,<symbol>,<tickSize>,<lotSize>,<deliveryHours>,<priceBandPct>,<referencePrice>[,<deliveryStartTs>]");
        final String symbol = name(1, "symbol");
        if (symbol.equals("*"))
        {
            throw error("'*' cannot be a symbol: MASS_CANCEL uses it for every instrument");
        }
        final String tick = text(2);
        final long tickSize = declaredDecimal(2, "tickSize");
        if (FixedPoint.decimalsOf(tick) > FixedPoint.SCALE)
        {
            throw error("tickSize is written with more than " + FixedPoint.SCALE + " decimals: '" + tick + "'");
        }
        final long lotSize = number(fieldStart[3], fieldEnd[3], "lotSize");
        final long hours = number(fieldStart[4], fieldEnd[4], "deliveryHours");
        if (hours > Integer.MAX_VALUE)
        {
            throw error("deliveryHours too large: " + hours);
        }
        final long bandPct = declaredDecimal(5, "priceBandPct");
        final long referencePrice = fieldLength(6) == 0 ? 0 : declaredDecimal(6, "referencePrice");
        final long deliveryStart = fieldCount == 8 && fieldLength(7) > 0 ? timestamp(7) : Long.MAX_VALUE;
        final int instrument;
        try
        {
            instrument = engine.listInstrument(new InstrumentSpec(
                symbol, tickSize, lotSize, (int)hours, bandPct, referencePrice, deliveryStart,
                FixedPoint.decimalsOf(tick)));
        }
        catch (final IllegalArgumentException ex)
        {
            throw error(ex.getMessage());
        }
        symbols.put(symbol, instrument);
        names.instrumentListed(instrument, symbol, FixedPoint.decimalsOf(tick), (int)hours);
    }

    private void admitParticipant()
    {
        expectFields(7, 7, "PARTICIPANT,<id>,<SZDE|GYBDE>,<B|S|BS>,<creditLimit>,<capacity>,<stp>");
        final String id = name(1, "participant id");
        final String roles = text(3);
        if (!roles.equals("B") && !roles.equals("S") && !roles.equals("BS") && !roles.equals("SB"))
        {
            throw error("roles must be B, S or BS, got '" + roles + "'");
        }
        final long creditLimit = declaredDecimal(4, "creditLimit");
        final long capacity = number(fieldStart[5], fieldEnd[5], "capacity");
        final SelfTradePrevention stp = word(6, SelfTradePrevention.values(), "stp");
        final int participant;
        try
        {
            participant = engine.admitParticipant(new ParticipantSpec(
                id, text(2), roles.indexOf('B') >= 0, roles.indexOf('S') >= 0, creditLimit, capacity, stp));
        }
        catch (final IllegalArgumentException ex)
        {
            throw error(ex.getMessage());
        }
        participants.put(id, participant);
        names.participantAdmitted(participant, id);
    }

    private void registerCapacity()
    {
        expectFields(4, 4, "CAPACITY,<participant>,<symbol>,<units>");
        final int participant = participant(1);
        final int instrument = symbol(2);
        if (participant == MatchingEngine.UNKNOWN)
        {
            throw error("CAPACITY for unknown participant '" + text(1) + "'");
        }
        if (instrument == MatchingEngine.UNKNOWN)
        {
            throw error("CAPACITY for unknown symbol '" + text(2) + "'");
        }
        final long units = number(fieldStart[3], fieldEnd[3], "units");
        if (units < 0)
        {
            throw error("units must be >= 0, got " + units);
        }
        engine.registerCapacity(participant, instrument, units);
    }

    // ------------------------------------------------------------------ fields

    private void split(final int start, final int end)
    {
        fieldCount = 0;
        int fieldBegin = start;
        for (int i = start; i <= end; i++)
        {
            if (i == end || buffer[i] == ',')
            {
                if (fieldCount == MAX_FIELDS)
                {
                    throw error("more than " + MAX_FIELDS + " fields");
                }
                fieldStart[fieldCount] = fieldBegin;
                fieldEnd[fieldCount] = i;
                fieldCount++;
                fieldBegin = i + 1;
            }
        }
    }

    private void expectFields(final int min, final int max, final String format)
    {
        if (fieldCount < min || fieldCount > max)
        {
            throw error((fieldCount < min ? "missing fields" : "too many fields") + ": expected " + format +
                ", got " + fieldCount + " fields");
        }
    }

    private int fieldLength(final int field)
    {
        return fieldEnd[field] - fieldStart[field];
    }

    private boolean is(final int field, final String word)
    {
        return fieldLength(field) == word.length() && startsWith(field, word);
    }

    private boolean startsWith(final int field, final String prefix)
    {
        if (fieldLength(field) < prefix.length())
        {
            return false;
        }
        final int start = fieldStart[field];
        for (int i = 0; i < prefix.length(); i++)
        {
            if (buffer[start + i] != prefix.charAt(i))
            {
                return false;
            }
        }
        return true;
    }

    private long timestamp(final int field)
    {
        final long value = AsciiNumbers.parseLong(buffer, fieldStart[field], fieldLength(field));
        if (value == AsciiNumbers.MALFORMED || value < 0)
        {
            throw error("timestamp must be a non-negative integer (ns), got '" + text(field) + "'");
        }
        return value;
    }

    private long quantity(final int field)
    {
        return number(fieldStart[field], fieldEnd[field], "quantity");
    }

    private long number(final int start, final int end, final String what)
    {
        final long value = AsciiNumbers.parseLong(buffer, start, end - start);
        if (value == AsciiNumbers.MALFORMED)
        {
            throw error(what + " must be an integer, got '" +
                new String(buffer, start, end - start, StandardCharsets.US_ASCII) + "'");
        }
        return value;
    }

    /** A price: well-formed, or the engine's business (a value beyond 4 decimals becomes invalid). */
    private long price(final int field)
    {
        final long value = FixedPoint.parse(buffer, fieldStart[field], fieldLength(field));
        if (value == FixedPoint.MALFORMED)
        {
            throw error("price must be a decimal number, got '" + text(field) + "'");
        }
        return value == FixedPoint.TOO_PRECISE ? -1 : value;
    }

    private long marketPrice(final int field)
    {
        return fieldLength(field) == 0 ? 0 : price(field);
    }

    private long declaredDecimal(final int field, final String what)
    {
        final long value = FixedPoint.parse(buffer, fieldStart[field], fieldLength(field));
        if (value == FixedPoint.MALFORMED)
        {
            throw error(what + " must be a decimal number, got '" + text(field) + "'");
        }
        if (value == FixedPoint.TOO_PRECISE)
        {
            throw error(what + " has more than " + FixedPoint.SCALE + " decimals: '" + text(field) + "'");
        }
        return value;
    }

    private long clOrdIdHigh(final int field)
    {
        final int start = fieldStart[field];
        final int length = fieldLength(field);
        if (!ClOrdId.isValid(buffer, start, length))
        {
            throw error("clOrdId must be 1.." + ClOrdId.MAX_LENGTH + " printable ASCII characters, got '" +
                text(field) + "'");
        }
        return ClOrdId.high(buffer, start, length);
    }

    private long clOrdIdLow(final int field)
    {
        return ClOrdId.low(buffer, fieldStart[field], fieldLength(field));
    }

    private Side side(final int field)
    {
        if (is(field, "B"))
        {
            return Side.BUY;
        }
        if (is(field, "S"))
        {
            return Side.SELL;
        }
        throw error("side must be B or S, got '" + text(field) + "'");
    }

    private OrderType orderType(final int field)
    {
        if (is(field, "LIMIT"))
        {
            return OrderType.LIMIT;
        }
        if (is(field, "MARKET"))
        {
            return OrderType.MARKET;
        }
        throw error("order type must be LIMIT or MARKET, got '" + text(field) + "'");
    }

    private TimeInForce timeInForce(final int field)
    {
        if (is(field, "GTC"))
        {
            return TimeInForce.GTC;
        }
        if (is(field, "DAY"))
        {
            return TimeInForce.DAY;
        }
        if (is(field, "IOC"))
        {
            return TimeInForce.IOC;
        }
        if (is(field, "FOK"))
        {
            return TimeInForce.FOK;
        }
        if (is(field, "GTD"))
        {
            return TimeInForce.GTD;
        }
        throw error("time in force must be GTC, DAY, GTD, IOC or FOK, got '" + text(field) + "'");
    }

    private <E extends Enum<E>> E word(final int field, final E[] values, final String what)
    {
        for (final E value : values)
        {
            if (is(field, value.name()))
            {
                return value;
            }
        }
        throw error(what + " must be one of " + java.util.Arrays.toString(values) + ", got '" + text(field) + "'");
    }

    private String name(final int field, final String what)
    {
        if (fieldLength(field) == 0)
        {
            throw error(what + " must not be empty");
        }
        return text(field);
    }

    /** Remembers the participant field as written so the printer can echo it for unknown participants. */
    private void participantField(final int field)
    {
        if (!encoding)
        {
            names.commandParticipant(buffer, fieldStart[field], fieldLength(field));
        }
    }

    private int participant(final int field)
    {
        return participants.get(buffer, fieldStart[field], fieldLength(field), MatchingEngine.UNKNOWN);
    }

    private int symbol(final int field)
    {
        return symbols.get(buffer, fieldStart[field], fieldLength(field), MatchingEngine.UNKNOWN);
    }

    private String text(final int field)
    {
        return new String(buffer, fieldStart[field], fieldLength(field), StandardCharsets.US_ASCII);
    }

    private CommandFileException error(final String reason)
    {
        return new CommandFileException(lineNumber, reason);
    }
}
