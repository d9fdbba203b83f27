package com.guishen.gscx.benchmarks.exchangecore;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * A command file (../shared/bench/COMMANDS.md) translated into exchange-core commands, held in
 * primitive arrays so the clock measures exchange-core alone. The translation is done once,
 * here, before any clock starts: participants become uids (declaration order, from 1),
 * client order ids become exchange-core order ids (one per accepted NEW, kept by every
 * REPLACE), prices become ticks, and a REPLACE becomes a move (new price, same quantity) or a
 * reduce (same price, lower total quantity).
 *
 * <p>Commands exchange-core has no equivalent for are counted, not guessed at: MASS_CANCEL,
 * HALT, RESUME and the format's extensions are {@link #skipped()}; FOK, POST_ONLY, MARKET and
 * REPLACEs that change price and quantity together are sent as their nearest exchange-core
 * command and counted in {@link #approximated()}. exchange-core's own stream needs neither.
 */
final class ExchangeCoreStream
{
    static final byte PLACE_GTC = 1;
    static final byte PLACE_IOC = 2;
    static final byte CANCEL = 3;
    static final byte MOVE = 4;
    static final byte REDUCE = 5;

    /** The price an IOC buy gets when it stands for a MARKET order. */
    static final long MARKET_BUY_TICKS = 1L << 40;

    private final List<String> symbols = new ArrayList<>();
    private final List<Long> tickSizes = new ArrayList<>();
    private final Map<String, Integer> symbolIds = new HashMap<>();
    private final Map<String, Integer> uids = new HashMap<>();
    private final Map<String, Long> orderIds = new HashMap<>();

    private int size;
    private byte[] kind = new byte[1 << 16];
    private int[] symbol = new int[1 << 16];
    private long[] uid = new long[1 << 16];
    private long[] orderId = new long[1 << 16];
    private long[] price = new long[1 << 16];
    private long[] quantity = new long[1 << 16];
    private boolean[] buy = new boolean[1 << 16];

    /** Per exchange-core order id: its current price in ticks and total quantity, as the file says. */
    private long[] orderPrice = new long[1 << 16];
    private long[] orderQuantity = new long[1 << 16];
    private boolean[] orderBuy = new boolean[1 << 16];
    private int[] orderSymbol = new int[1 << 16];
    private long lastOrderId;
    private long maxPriceTicks;

    private long skipped;
    private long approximated;

    static ExchangeCoreStream read(final Path file) throws IOException
    {
        final ExchangeCoreStream stream = new ExchangeCoreStream();
        InputStream input = Files.newInputStream(file);
        if (file.toString().endsWith(".gz"))
        {
            input = new GZIPInputStream(input, 1 << 16);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(input, StandardCharsets.US_ASCII), 1 << 16))
        {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null)
            {
                number++;
                if (line.isEmpty() || line.charAt(0) == '#')
                {
                    continue;
                }
                try
                {
                    stream.add(line.split(",", -1));
                }
                catch (final RuntimeException ex)
                {
                    throw new IOException(file + " line " + number + ": " + ex.getMessage() + ": " + line, ex);
                }
            }
        }
        return stream;
    }

    private void add(final String[] field)
    {
        switch (field[0])
        {
            case "INSTRUMENT" ->
            {
                symbolIds.put(field[1], symbols.size());
                symbols.add(field[1]);
                tickSizes.add(fixedPoint(field[2]));
            }
            case "PARTICIPANT" -> uids.put(field[1], uids.size() + 1);
            case "NEW" -> addNew(field);
            case "CANCEL" ->
            {
                final long id = orderIds.getOrDefault(field[2] + ',' + field[4], -1L);
                row(CANCEL, id < 0 ? 0 : symbolOf(id), uidOf(field[2]), id, 0, 0, id >= 0 && orderBuy[(int)id]);
            }
            case "REPLACE" -> addReplace(field);
            default -> skipped++;
        }
    }

    private void addNew(final String[] field)
    {
        final Integer symbolId = symbolIds.get(field[4]);
        final boolean isBuy = "B".equals(field[5]);
        final boolean market = "MARKET".equals(field[6]);
        final String tif = field[7];
        if (symbolId == null)
        {
            skipped++;
            return;
        }
        if (market || "FOK".equals(tif) || (field.length > 10 && "POST_ONLY".equals(field[10])))
        {
            approximated++;
        }
        final long ticks = market ? (isBuy ? MARKET_BUY_TICKS : 1) : ticks(symbolId, field[8]);
        final long id = ++lastOrderId;
        ensureOrderCapacity(id);
        orderPrice[(int)id] = ticks;
        orderQuantity[(int)id] = Long.parseLong(field[9]);
        orderBuy[(int)id] = isBuy;
        orderSymbol[(int)id] = symbolId;
        orderIds.put(field[2] + ',' + field[3], id);
        if (!market)
        {
            maxPriceTicks = Math.max(maxPriceTicks, ticks);
        }
        final boolean rests = !market && ("GTC".equals(tif) || "DAY".equals(tif) || "GTD".equals(tif));
        row(rests ? PLACE_GTC : PLACE_IOC, symbolId, uidOf(field[2]), id, ticks, Long.parseLong(field[9]), isBuy);
    }

    private void addReplace(final String[] field)
    {
        final long id = orderIds.getOrDefault(field[2] + ',' + field[4], -1L);
        final long uid = uidOf(field[2]);
        if (id < 0)
        {
            row(CANCEL, 0, uid, -1, 0, 0, false);
            return;
        }
        orderIds.put(field[2] + ',' + field[3], id);
        final int symbolId = symbolOf(id);
        final long ticks = ticks(symbolId, field[5]);
        final long total = Long.parseLong(field[6]);
        final int index = (int)id;
        maxPriceTicks = Math.max(maxPriceTicks, ticks);
        if (ticks == orderPrice[index] && total < orderQuantity[index])
        {
            row(REDUCE, symbolId, uid, id, ticks, orderQuantity[index] - total, orderBuy[index]);
            orderQuantity[index] = total;
            return;
        }
        if (total != orderQuantity[index] || ticks == orderPrice[index])
        {
            approximated++;
        }
        row(MOVE, symbolId, uid, id, ticks, orderQuantity[index], orderBuy[index]);
        orderPrice[index] = ticks;
    }

    private int symbolOf(final long id)
    {
        return orderSymbol[(int)id];
    }

    private long uidOf(final String participant)
    {
        final Integer id = uids.get(participant);
        return id == null ? Integer.MAX_VALUE : id;
    }

    private long ticks(final int symbolId, final String text)
    {
        return fixedPoint(text) / tickSizes.get(symbolId);
    }

    /** A decimal string as a long with 4 implied decimals (tick sizes and prices of the format). */
    private static long fixedPoint(final String text)
    {
        final int dot = text.indexOf('.');
        if (dot < 0)
        {
            return Long.parseLong(text) * 10_000L;
        }
        final String fraction = (text.substring(dot + 1) + "0000").substring(0, 4);
        return Long.parseLong(text.substring(0, dot)) * 10_000L + Long.parseLong(fraction);
    }

    private void row(final byte kind, final int symbolId, final long uid, final long id, final long ticks,
        final long quantity, final boolean isBuy)
    {
        if (size == this.kind.length)
        {
            final int length = size * 2;
            this.kind = Arrays.copyOf(this.kind, length);
            symbol = Arrays.copyOf(symbol, length);
            this.uid = Arrays.copyOf(this.uid, length);
            orderId = Arrays.copyOf(orderId, length);
            price = Arrays.copyOf(price, length);
            this.quantity = Arrays.copyOf(this.quantity, length);
            buy = Arrays.copyOf(buy, length);
        }
        this.kind[size] = kind;
        symbol[size] = symbolId;
        this.uid[size] = uid;
        orderId[size] = id;
        price[size] = ticks;
        this.quantity[size] = quantity;
        buy[size] = isBuy;
        size++;
    }

    private void ensureOrderCapacity(final long id)
    {
        if (id >= orderPrice.length)
        {
            final int length = orderPrice.length * 2;
            orderPrice = Arrays.copyOf(orderPrice, length);
            orderQuantity = Arrays.copyOf(orderQuantity, length);
            orderBuy = Arrays.copyOf(orderBuy, length);
            orderSymbol = Arrays.copyOf(orderSymbol, length);
        }
    }

    int size()
    {
        return size;
    }

    byte kind(final int row)
    {
        return kind[row];
    }

    int symbol(final int row)
    {
        return symbol[row];
    }

    long uid(final int row)
    {
        return uid[row];
    }

    long orderId(final int row)
    {
        return orderId[row];
    }

    long price(final int row)
    {
        return price[row];
    }

    long quantity(final int row)
    {
        return quantity[row];
    }

    boolean buy(final int row)
    {
        return buy[row];
    }

    int symbolCount()
    {
        return symbols.size();
    }

    int userCount()
    {
        return uids.size();
    }

    /** The highest limit price in the file, in ticks: what a buyer reserves in exchange-core's risk check. */
    long maxPriceTicks()
    {
        return maxPriceTicks;
    }

    long skipped()
    {
        return skipped;
    }

    long approximated()
    {
        return approximated;
    }
}
