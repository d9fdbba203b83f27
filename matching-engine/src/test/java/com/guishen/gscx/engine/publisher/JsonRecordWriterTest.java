package com.guishen.gscx.engine.publisher;

import com.guishen.gscx.events.ClOrdId;
import com.guishen.gscx.events.kafka.EventJson;
import com.guishen.gscx.events.kafka.OrderEventRecord;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The hand-written JSON is byte for byte what Jackson makes of the same record, escapes included. */
class JsonRecordWriterTest
{
    @Test
    void writesWhatJacksonWritesForTheSameRecord()
    {
        final String clOrdId = "a\"b\\c~!";
        final long[] packed = ClOrdId.fromString(clOrdId);
        final byte[] participant = "lab-\"1\"".getBytes(StandardCharsets.US_ASCII);

        final byte[] written = new JsonRecordWriter().begin()
            .text("type", "REPLACED").number("schemaVersion", EventJson.SCHEMA_VERSION).number("engineSeq", 42)
            .number("timestamp", -5).text("participant", participant, participant.length)
            .clOrdId("clOrdId", packed[0], packed[1]).number("orderId", 7).text("symbol", "H100.GUIAN.D20261201")
            .decimal("price", 155_000, 2).number("quantity", 3).number("leavesQuantity", 1)
            .end();

        final byte[] jackson = EventJson.toBytes(new OrderEventRecord("REPLACED", EventJson.SCHEMA_VERSION, 42, -5,
            "lab-\"1\"", clOrdId, null, 7L, "H100.GUIAN.D20261201", null, "15.50", 3L, 1L, null, null, null));
        assertEquals(new String(jackson, StandardCharsets.US_ASCII), new String(written, StandardCharsets.US_ASCII));
    }
}
