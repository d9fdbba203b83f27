package com.guishen.gscx.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.guishen.gscx.config.MarketConfigLoader;
import com.guishen.gscx.settlement.InputSource;
import com.guishen.gscx.settlement.Settlement;
import com.guishen.gscx.settlement.SettlementOutput;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What {@code gscx settlement confirm} and {@code fail} publish is what settlement reads. */
class DeliveryRecordsTest
{
    @Test
    void settlementReadsAFailureRecordAndJudgesItsObligation() throws Exception
    {
        final Settlement settlement = new Settlement(MarketConfigLoader.loadDefault());
        final byte[] failure = DeliveryRecords.JSON.writeValueAsBytes(
            DeliveryRecords.failure(7, "operator", 1_764_547_200_000_000_000L, "rack power failure"));

        final List<SettlementOutput> outputs = settlement.onDelivery(new InputSource("gscx.deliveries", 0, 0), failure);

        assertEquals(1, outputs.size());
        assertEquals(SettlementOutput.Destination.REJECTS, outputs.get(0).destination());
        final JsonNode reject = DeliveryRecords.JSON.readTree(outputs.get(0).json());
        assertEquals("unknown obligation DO-7", reject.get("reason").asText(), "read in full, then judged");
        assertEquals("{\"type\":\"DELIVERY_FAILURE\",\"schemaVersion\":1,\"obligationId\":\"DO-7\",\"reportedBy\":\"operator\"," +
            "\"time\":1764547200000000000,\"reason\":\"rack power failure\"}", new String(failure, "UTF-8"));
    }
}
