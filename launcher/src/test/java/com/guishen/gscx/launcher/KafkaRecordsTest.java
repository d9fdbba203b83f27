package com.guishen.gscx.launcher;

import com.guishen.gscx.engine.journal.DataDirectory;
import com.guishen.gscx.engine.journal.InboundJournal;
import com.guishen.gscx.engine.journal.JournaledEngine;
import com.guishen.gscx.engine.journal.OutboundJournal;
import com.guishen.gscx.engine.publisher.KafkaEventPublisher;
import com.guishen.gscx.engine.publisher.PublisherSettings;
import com.guishen.gscx.launcher.kafka.EmbeddedKafkaBroker;
import org.agrona.CloseHelper;
import org.agrona.concurrent.AgentRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** What the publisher writes to Kafka, record for record: readable JSON with decimal-string money. */
class KafkaRecordsTest
{
    @TempDir
    Path root;

    @Test
    void fillsDropCopyAndMarketDataAreReadableJson()
    {
        final DataDirectory directory = new DataDirectory(root).create();
        try (InboundJournal inbound = InboundJournal.open(directory.inbound()))
        {
            final InboundJournal.Appender appender = inbound.appender();
            appender.append("INSTRUMENT,H100.GUIAN.D20261201,0.01,1,24,10,15.00");
            appender.append("PARTICIPANT,szai-lab,SZDE,B,0,0,NONE");
            appender.append("PARTICIPANT,guian-dc,GYBDE,S,0,0,NONE");
            appender.append("NEW,1000,guian-dc,s1,H100.GUIAN.D20261201,S,LIMIT,GTC,15.50,8");
            appender.append("NEW,2000,szai-lab,b1,H100.GUIAN.D20261201,B,LIMIT,IOC,15.60,3");
        }
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(root, 0, 0);
            JournaledEngine engine = JournaledEngine.open(directory, JournaledEngine.Settings.defaults());
            OutboundJournal outbound = OutboundJournal.open(directory.outbound()))
        {
            final KafkaEventPublisher publisher =
                new KafkaEventPublisher(PublisherSettings.defaults(broker.bootstrapServers()), outbound);
            final AgentRunner runner = Publishing.start(publisher);
            try
            {
                await().atMost(Duration.ofSeconds(60)).until(() ->
                    TopicContents.values(broker.bootstrapServers(), "gscx.marketdata").size() >= 2);

                assertEquals(List.of("{\"type\":\"FILL\",\"schemaVersion\":1,\"engineSeq\":3,\"timestamp\":2000," +
                    "\"tradeId\":1,\"symbol\":\"H100.GUIAN.D20261201\",\"price\":\"15.50\",\"quantity\":3," +
                    "\"deliveryHours\":24,\"notional\":\"1116.0000\",\"buyer\":\"szai-lab\",\"buyClOrdId\":\"b1\"," +
                    "\"buyOrderId\":2,\"seller\":\"guian-dc\",\"sellClOrdId\":\"s1\",\"sellOrderId\":1," +
                    "\"aggressor\":\"B\"}"), texts(broker, "gscx.fills"));
                assertEquals(List.of(
                    "{\"type\":\"ACCEPTED\",\"schemaVersion\":1,\"engineSeq\":1,\"timestamp\":1000," +
                        "\"participant\":\"guian-dc\",\"clOrdId\":\"s1\",\"orderId\":1,\"symbol\":\"H100.GUIAN.D20261201\"," +
                        "\"side\":\"S\",\"price\":\"15.50\",\"quantity\":8,\"leavesQuantity\":8,\"timeInForce\":\"GTC\"}",
                    "{\"type\":\"ACCEPTED\",\"schemaVersion\":1,\"engineSeq\":2,\"timestamp\":2000," +
                        "\"participant\":\"szai-lab\",\"clOrdId\":\"b1\",\"orderId\":2,\"symbol\":\"H100.GUIAN.D20261201\"," +
                        "\"side\":\"B\",\"price\":\"15.60\",\"quantity\":3,\"leavesQuantity\":3,\"timeInForce\":\"IOC\"}",
                    "{\"type\":\"FILL\",\"schemaVersion\":1,\"engineSeq\":3,\"timestamp\":2000,\"participant\":\"szai-lab\"," +
                        "\"clOrdId\":\"b1\",\"orderId\":2,\"symbol\":\"H100.GUIAN.D20261201\",\"side\":\"B\"," +
                        "\"price\":\"15.50\",\"quantity\":3,\"tradeId\":1}",
                    "{\"type\":\"FILL\",\"schemaVersion\":1,\"engineSeq\":3,\"timestamp\":2000,\"participant\":\"guian-dc\"," +
                        "\"clOrdId\":\"s1\",\"orderId\":1,\"symbol\":\"H100.GUIAN.D20261201\",\"side\":\"S\"," +
                        "\"price\":\"15.50\",\"quantity\":3,\"tradeId\":1}"),
                    texts(broker, "gscx.orders"));
                assertEquals(List.of(
                    "{\"type\":\"TRADE\",\"schemaVersion\":1,\"engineSeq\":3,\"timestamp\":2000," +
                        "\"symbol\":\"H100.GUIAN.D20261201\",\"price\":\"15.50\",\"quantity\":3}",
                    "{\"type\":\"TOP_OF_BOOK\",\"schemaVersion\":1,\"engineSeq\":3,\"timestamp\":2000," +
                        "\"symbol\":\"H100.GUIAN.D20261201\",\"askPrice\":\"15.50\",\"askQuantity\":5}"),
                    texts(broker, "gscx.marketdata"));
            }
            finally
            {
                CloseHelper.close(runner);
            }
        }
    }

    private static List<String> texts(final EmbeddedKafkaBroker broker, final String topic)
    {
        return TopicContents.values(broker.bootstrapServers(), topic).stream()
            .map(value -> new String(value, StandardCharsets.UTF_8)).toList();
    }
}
