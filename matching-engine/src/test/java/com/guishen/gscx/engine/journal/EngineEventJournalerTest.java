package com.guishen.gscx.engine.journal;

import com.guishen.gscx.engine.CancelReason;
import com.guishen.gscx.engine.RejectReason;
import com.guishen.gscx.events.ClOrdId;
import com.guishen.gscx.events.codec.EngineEventDecoder;
import com.guishen.gscx.events.codec.EngineEventType;
import com.guishen.gscx.events.codec.RequestKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Events answering a binary order command carry the request, so a FIX gateway can write the
 * ExecutionReport from the event alone: a reject says what was refused, a user cancel says which
 * cancel request did it. Text-line commands carry nothing extra, and nothing printed changes.
 */
class EngineEventJournalerTest
{
    private static final String H100 = "H100.GUIAN.D20261201";
    /** Too long for the binary form: an order line naming it stays a text line. */
    private static final String LONG_SYMBOL = "X".repeat(65);

    @TempDir
    Path root;

    @Test
    void rejectsAndUserCancelsCarryTheRequestTheyAnswer()
    {
        final List<String> lines = List.of(
            "INSTRUMENT," + H100 + ",0.01,1,24,10,15.00",
            "PARTICIPANT,szai-lab,SZDE,B,0,0,NONE",
            "PARTICIPANT,guian-dc,GYBDE,S,0,0,NONE",
            "NEW,1000,guian-dc,s1," + H100 + ",S,LIMIT,GTC,15.50,8",
            "NEW,1001,guian-dc,s2," + H100 + ",S,LIMIT,GTC,15.555,2",
            "NEW,1002,guian-dc,s3,NO.SUCH.SYMBOL,B,LIMIT,GTC,15.50,1",
            "CANCEL,1003,guian-dc,c1,nope",
            "REPLACE,1004,guian-dc,r1,s1,15.555,4",
            "NEW,1005,guian-dc,t1," + LONG_SYMBOL + ",S,LIMIT,GTC,15.50,1",
            "CANCEL,1006,guian-dc,c2,s1",
            "NEW,1007,guian-dc,s4," + H100 + ",S,LIMIT,GTC,15.60,8",
            "NEW,1008,szai-lab,b1," + H100 + ",B,LIMIT,IOC,15.60,3",
            "NEW,1009,szai-lab,b2," + H100 + ",B,LIMIT,IOC,15.00,1",
            "REPLACE,1010,guian-dc,r2,s4,15.60,3",
            "NEW,1011,guian-dc,s5," + H100 + ",S,LIMIT,GTC,15.70,1",
            "MASS_CANCEL,1012,guian-dc,*");
        final DataDirectory directory = new DataDirectory(root).create();
        try (InboundJournal inbound = InboundJournal.open(directory.inbound()))
        {
            lines.forEach(inbound.appender()::append);
        }
        try (JournaledEngine ignored = JournaledEngine.open(directory, JournaledEngine.Settings.defaults()))
        {
            // open() applies the whole inbound journal
        }
        final List<Event> events = events(directory);

        assertEquals(List.of(
            // a new order refused: its kind, side, price, quantity and symbol, with the symbol's decimals
            new Event(EngineEventType.REJECTED, RejectReason.INVALID_PRICE.ordinal(), "s2", "", RequestKind.NEW,
                'S', 155_550, 2, H100, 2),
            // an unknown symbol is echoed as sent; with no instrument there are no decimals to give
            new Event(EngineEventType.REJECTED, RejectReason.UNKNOWN_SYMBOL.ordinal(), "s3", "", RequestKind.NEW,
                'B', 155_000, 1, "NO.SUCH.SYMBOL", 0),
            // a cancel refused: the origClOrdId it named
            new Event(EngineEventType.REJECTED, RejectReason.UNKNOWN_ORDER.ordinal(), "c1", "nope", RequestKind.CANCEL,
                0, 0, 0, "", 0),
            // a replace refused: the origClOrdId and the new price and quantity
            new Event(EngineEventType.REJECTED, RejectReason.INVALID_PRICE.ordinal(), "r1", "s1", RequestKind.REPLACE,
                0, 155_550, 4, "", 0),
            // an order line that stays text (a command file's) carries no request context
            new Event(EngineEventType.REJECTED, RejectReason.UNKNOWN_SYMBOL.ordinal(), "t1", "", RequestKind.UNKNOWN,
                0, 0, 0, "", 0)),
            events.stream().filter(e -> e.type() == EngineEventType.REJECTED).toList());

        final List<Event> cancels = events.stream().filter(e -> e.type() == EngineEventType.CANCELLED).toList();
        assertEquals(List.of("s1", "b2", "s4", "s5"), cancels.stream().map(Event::clOrdId).toList());
        assertEquals(CancelReason.USER.ordinal(), cancels.get(0).reason());
        assertEquals("c2", cancels.get(0).otherClOrdId(), "a user cancel carries the cancel request's clOrdId");
        assertEquals(CancelReason.IOC.ordinal(), cancels.get(1).reason());
        assertEquals("", cancels.get(1).otherClOrdId(), "an IOC's rest is cancelled by no request");
        assertEquals(CancelReason.USER.ordinal(), cancels.get(2).reason());
        assertEquals("r2", cancels.get(2).otherClOrdId(), "a replace down to nothing carries the replace's clOrdId");
        assertEquals(CancelReason.MASS.ordinal(), cancels.get(3).reason());
        assertEquals("", cancels.get(3).otherClOrdId(), "a mass cancel names no order's request");

        assertEquals(JournalTexts.replayEvents(lines), JournalTexts.outboundEvents(directory),
            "the printed events are those of a replay of the command lines, as before");
    }

    private record Event(EngineEventType type, int reason, String clOrdId, String otherClOrdId, int requestKind,
        int side, long price, long quantity, String symbol, int priceDecimals)
    {
    }

    private static List<Event> events(final DataDirectory directory)
    {
        final List<Event> events = new ArrayList<>();
        try (OutboundJournal outbound = OutboundJournal.open(directory.outbound()))
        {
            final OutboundJournal.Reader reader = outbound.reader();
            final EngineEventDecoder event = new EngineEventDecoder();
            while (reader.readNext(event))
            {
                final boolean rejected = event.type() == EngineEventType.REJECTED;
                events.add(new Event(event.type(), event.reason(),
                    ClOrdId.toString(event.clOrdIdHigh(), event.clOrdIdLow()),
                    ClOrdId.toString(event.otherClOrdIdHigh(), event.otherClOrdIdLow()),
                    rejected ? event.requestKind() : -1, rejected ? event.side() : 0, rejected ? event.price() : 0,
                    rejected ? event.quantity() : 0, rejected ? event.symbol() : "",
                    rejected ? event.priceDecimals() : 0));
            }
        }
        return events;
    }
}
