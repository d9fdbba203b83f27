package com.guishen.gscx.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.guishen.gscx.config.MarketConfig;
import com.guishen.gscx.config.MarketConfigLoader;
import com.guishen.gscx.gateway.fix.FixMessageDecoder;
import com.guishen.gscx.gateway.fix.FixMsgType;
import com.guishen.gscx.gateway.fix.FixTags;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Order entry's mass cancels: a Symbol the engine's MASS_CANCEL command line cannot carry (its separator,
 * the "*" meaning every instrument, bytes that are not printable ASCII) is refused with an
 * OrderMassCancelReport, not acknowledged and then dropped by the engine as an invalid command.
 */
class OrderEntryTest
{
    /** The gateway's nanosecond clock, stopped for the test. */
    private static final long CLOCK_NANOS = 1_764_000_000_123_456_789L;

    private static final String MARKET = """
        exchanges:
          - { id: SZDE, name: Shenzhen Data Exchange, city: Shenzhen }
          - { id: GYBDE, name: Guiyang Big Data Exchange, city: Guiyang }
        resources:
          - { id: H100, kind: GPU, model: NVIDIA H100 SXM5 80GB, memoryGb: 80, interconnect: NVLink 4, computeUnitsPerUnitHour: "989.5" }
        sites:
          - { id: GUIAN, name: Gui'an, region: "Guizhou", latencyToShenzhenMs: "10", greenPowerPct: "62" }
        instruments:
          - { symbol: H100.GUIAN.Y2099, resource: H100, site: GUIAN, deliveryStart: "2099-01-01T00:00+08:00", deliveryHours: 24,
              tickSize: "0.01", lotSize: 1, minQty: 1, maxQty: 512, priceBandPct: "20", referencePrice: "16.00" }
        participants:
          - { id: szlab, name: Shenzhen Bay AI Lab, homeExchange: SZDE, roles: [BUYER],
              fixCredentials: { iterations: 10000, salt: IAFUmCV1oxEGGE8KuoqETA==, hash: ZQgCWoYwUozpdS7s4RMoCR1ywNzlvCsNSuFBqKqxjng= } }
        """;

    @TempDir
    Path directory;

    private final List<String> commands = new ArrayList<>();
    private final FixMessageDecoder decoder = new FixMessageDecoder(64);
    private FixSession session;
    private OrderEntry orderEntry;

    @BeforeEach
    void openSession()
    {
        final MarketConfig market = MarketConfigLoader.parse("OrderEntryTest", MARKET);
        session = new FixSession("szlab", "GSCX", null, false, false, directory, 8192);
        orderEntry = new OrderEntry((command, offset, length) ->
            commands.add(new String(command, offset, length, StandardCharsets.US_ASCII)), market, new GatewayCounters(),
            () -> CLOCK_NANOS);
    }

    @AfterEach
    void closeSession()
    {
        session.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"H100.GUIAN.Y2099,X", "*", ",", "H100 GUIAN", "H100.GUIAN.Y2099\n", "深圳"})
    void aMassCancelForASymbolNoCommandCanCarryIsRefused(final String symbol)
    {
        orderEntry.onApplicationMessage(session, FixMsgType.ORDER_MASS_CANCEL_REQUEST,
            massCancel("11=M-1|530=1|55=" + symbol + "|60=20990101-00:00:00|"), System.currentTimeMillis());

        assertEquals(List.of(), commands, "nothing reaches the engine");
        final FixMessageDecoder report = lastSent();
        assertEquals('0', report.charAt(report.indexOf(FixTags.MASS_CANCEL_RESPONSE)), "MassCancelResponse: rejected");
        assertEquals(1, report.intAt(report.indexOf(FixTags.MASS_CANCEL_REJECT_REASON)), "unknown security");
    }

    @ParameterizedTest
    @ValueSource(strings = {"H100.GUIAN.Y2099", "A800.NOWHERE.Y2099"})
    void aMassCancelForASymbolBecomesOneCommand(final String symbol)
    {
        final long nowMs = System.currentTimeMillis();
        orderEntry.onApplicationMessage(session, FixMsgType.ORDER_MASS_CANCEL_REQUEST,
            massCancel("11=M-1|530=1|55=" + symbol + "|60=20990101-00:00:00|"), nowMs);

        assertEquals(List.of("MASS_CANCEL," + CLOCK_NANOS + ",szlab," + symbol), commands, "timestamped by the clock");
        final FixMessageDecoder report = lastSent();
        assertEquals('1', report.charAt(report.indexOf(FixTags.MASS_CANCEL_RESPONSE)), "MassCancelResponse: by security");
        assertTrue(report.valueEquals(report.indexOf(FixTags.SYMBOL), symbol.getBytes(StandardCharsets.US_ASCII)));
    }

    private FixMessageDecoder massCancel(final String body)
    {
        final byte[] bytes = ("8=FIX.4.4|9=0|35=q|49=szlab|56=GSCX|34=2|52=20990101-00:00:00|" + body + "10=000|")
            .replace('|', '\u0001').getBytes(StandardCharsets.UTF_8);
        decoder.wrap(new UnsafeBuffer(bytes), 0, bytes.length);
        return decoder;
    }

    /** The last message the session stored for its counterparty, decoded. */
    private FixMessageDecoder lastSent()
    {
        final UnsafeBuffer sent = new UnsafeBuffer(ByteBuffer.allocateDirect(8192));
        final int length = session.sentMessages().read(session.nextSenderSeq() - 1, sent);
        assertTrue(length > 0, "a report was sent");
        final FixMessageDecoder report = new FixMessageDecoder(64);
        report.wrap(sent, 0, length);
        assertEquals(FixMsgType.ORDER_MASS_CANCEL_REPORT, report.charAt(report.indexOf(FixTags.MSG_TYPE)));
        return report;
    }
}
