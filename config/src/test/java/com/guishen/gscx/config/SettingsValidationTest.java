package com.guishen.gscx.config;

import static com.guishen.gscx.config.MarketYaml.errors;
import static com.guishen.gscx.config.MarketYaml.load;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsValidationTest
{
    @TempDir
    Path dir;

    @Test
    void leftOutSettingsTakeTheirDefaults()
    {
        final MarketConfig config = load(dir, MarketYaml.VALID);

        assertEquals(new PortSettings(9878, 8080, 9092, 9093), config.ports());
        assertEquals(new KafkaTopics("gscx.fills", "gscx.orders", "gscx.marketdata", "gscx.deliveries",
            "gscx.settlement", "gscx.ledger"), config.kafka().topics());
        assertEquals(1, config.kafka().partitions());
        assertEquals(Duration.ofHours(1), config.settlement().cyclePeriod());
        assertEquals(new BigDecimal("10"), config.risk().defaultPriceBandPct());
        assertEquals(new BigDecimal("10"), config.instrumentTemplates().get(1).priceBandPct(),
            "a template without priceBandPct gets risk.defaultPriceBandPct");
        assertEquals(FeeSchedule.DEFAULT_RATES, config.participant("lab").orElseThrow().fees());
        assertEquals(SelfTradePrevention.CANCEL_AGGRESSOR, config.participant("lab").orElseThrow().selfTradePrevention());
        assertEquals("SZDE.fees", config.exchange(ExchangeId.SZDE).orElseThrow().feeAccount());
    }

    @Test
    void participantsPayTheirHomeExchangesFeesUnlessTheyHaveTheirOwn()
    {
        final String yaml = MarketYaml.VALID + """
            fees:
              GYBDE: { makerBps: "0.8", takerBps: "2.0" }
            """;
        final String withOwnRates = MarketYaml.replace(yaml, "roles: [BUYER]", "roles: [BUYER]\n    fees: { takerBps: \"1.5\" }");

        final MarketConfig config = load(dir, withOwnRates);

        assertEquals(new FeeRates(new BigDecimal("0.8"), new BigDecimal("2.0")), config.participant("dc").orElseThrow().fees());
        assertEquals(new FeeRates(BigDecimal.ONE, new BigDecimal("1.5")), config.participant("lab").orElseThrow().fees());
    }

    @Test
    void twoServicesOnOnePortAreRejected()
    {
        assertEquals(
            List.of("gscx.yaml: ports.adminHttp: duplicate of ports.fixGateway, got 9000"),
            errors(dir, MarketYaml.VALID + """
                ports:
                  fixGateway: 9000
                  adminHttp: 9000
                  kafka: 0
                  kafkaController: 0
                """));
    }

    @Test
    void aPortOutOfRangeIsRejected()
    {
        assertEquals(
            List.of("gscx.yaml: ports.kafka: must be >= 0 and <= 65535, got 70000"),
            errors(dir, MarketYaml.VALID + "ports: { kafka: 70000 }\n"));
    }

    @Test
    void aDurationThatIsNotIso8601IsRejected()
    {
        assertEquals(
            List.of("gscx.yaml: settlement.cyclePeriod: must be an ISO-8601 duration such as PT1H or PT30M, got 1h"),
            errors(dir, MarketYaml.VALID + "settlement: { cyclePeriod: 1h }\n"));
    }

    @Test
    void aZeroDurationIsRejected()
    {
        assertEquals(
            List.of("gscx.yaml: settlement.deliveryConfirmationGrace: must be > 0, got PT0S"),
            errors(dir, MarketYaml.VALID + "settlement: { deliveryConfirmationGrace: PT0S }\n"));
    }

    @Test
    void aCyclePeriodThatDoesNotDivideTheDayIsRejected()
    {
        assertEquals(
            List.of("gscx.yaml: settlement.cyclePeriod: must divide 24 hours evenly (cycles close at 00:00 CST), got PT7H"),
            errors(dir, MarketYaml.VALID + "settlement: { cyclePeriod: PT7H }\n"));
    }

    @Test
    void aPenaltyAboveAHundredPercentIsRejected()
    {
        assertEquals(
            List.of("gscx.yaml: settlement.deliveryFailurePenaltyPct: must be >= 0 and <= 100, got 150"),
            errors(dir, MarketYaml.VALID + "settlement: { deliveryFailurePenaltyPct: \"150\" }\n"));
    }

    @Test
    void settlementOperatorsAndReliabilityWindowDefaultAndAreChecked()
    {
        final MarketConfig config = load(dir, MarketYaml.VALID);
        assertEquals(Duration.ofDays(30), config.settlement().reliabilityWindow());
        assertEquals(List.of("operator"), config.settlement().operators());

        assertEquals(
            List.of("gscx.yaml: settlement.reliabilityWindow: must be > 0, got -PT1H",
                "gscx.yaml: settlement.operators[1]: is a participant's id: an operator needs an id of its own, got lab",
                "gscx.yaml: settlement.operators[2]: must be 1-16 letters, digits, '_' or '-', got ops desk",
                "gscx.yaml: settlement.operators[3]: duplicate of settlement.operators[0], got ops"),
            errors(dir, MarketYaml.VALID + "settlement: { reliabilityWindow: -PT1H, operators: [ops, lab, ops desk, ops] }\n"));
    }

    @Test
    void emptyAndDuplicateTopicNamesAreRejected()
    {
        assertEquals(
            List.of(
                "gscx.yaml: kafka.topics.fills: must not be empty",
                "gscx.yaml: kafka.topics.ledger: duplicate of kafka.topics.orders, got gscx.orders"),
            errors(dir, MarketYaml.VALID + """
                kafka:
                  topics:
                    fills: ""
                    ledger: gscx.orders
                """));
    }

    @Test
    void anIllegalTopicNameIsRejected()
    {
        assertEquals(
            List.of("gscx.yaml: kafka.topics.fills: must be a Kafka topic name (letters, digits, '.', '_', '-',"
                + " at most 249), got gscx fills"),
            errors(dir, MarketYaml.VALID + "kafka: { topics: { fills: gscx fills } }\n"));
    }

    @Test
    void aNegativeFeeIsRejected()
    {
        assertEquals(
            List.of("gscx.yaml: fees.SZDE.makerBps: must be >= 0 and <= 1000 basis points, got -0.5"),
            errors(dir, MarketYaml.VALID + "fees: { SZDE: { makerBps: \"-0.5\" } }\n"));
    }

    @Test
    void aRiskLimitBelowOneIsRejected()
    {
        assertEquals(
            List.of("gscx.yaml: risk.maxOpenOrdersPerParticipant: must be >= 1 and <= 10000000, got 0"),
            errors(dir, MarketYaml.VALID + "risk: { maxOpenOrdersPerParticipant: 0 }\n"));
    }
}
