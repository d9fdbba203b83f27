package com.guishen.gscx.settlement;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.guishen.gscx.config.ExchangeId;
import com.guishen.gscx.config.MarketConfig;
import com.guishen.gscx.config.MarketConfigLoader;
import com.guishen.gscx.events.FixedPoint;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import static com.guishen.gscx.settlement.Inputs.DAY_START;
import static com.guishen.gscx.settlement.Inputs.HOUR;
import static com.guishen.gscx.settlement.Inputs.clock;
import static com.guishen.gscx.settlement.Inputs.confirmation;
import static com.guishen.gscx.settlement.Inputs.failure;
import static com.guishen.gscx.settlement.Inputs.fill;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every transition of a delivery obligation, for trades within one exchange and across the two,
 * with the shipped market's settings: grace 1 h, penalty 10 %, hourly cycles, operator {@code operator}.
 */
class SettlementTest
{
    private static final MarketConfig MARKET = MarketConfigLoader.loadDefault();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long TRADED = DAY_START - 10 * HOUR;
    private static final long WINDOW_END = DAY_START + 24 * HOUR;
    private static final long DEADLINE = WINDOW_END + HOUR;

    private final Settlement settlement = new Settlement(MARKET);
    private final Inputs inputs = Inputs.inputs();

    private List<JsonNode> applyFill(final byte[] value)
    {
        return parse(settlement.onFill(inputs.nextFill(), value));
    }

    private List<JsonNode> applyDelivery(final byte[] value)
    {
        return parse(settlement.onDelivery(inputs.nextDelivery(), value));
    }

    @Test
    void aFillCreatesAPendingObligationForItsDeliveryWindow()
    {
        assertEquals(List.of(), applyFill(fill(1, TRADED, "szai-lab", "guian-dc", "16.00", 8)));

        final DeliveryObligation obligation = settlement.obligation(1).orElseThrow();
        assertEquals("DO-1", obligation.obligationId());
        assertEquals(ObligationState.PENDING, obligation.state());
        assertEquals(new DeliveryWindow(DAY_START, WINDOW_END), obligation.window());
        assertEquals(DEADLINE, obligation.deadline());
        assertEquals(FixedPoint.parse("192"), obligation.obligatedUnitHours(), "8 GPUs x 24 h");
        assertEquals(FixedPoint.parse("3072"), obligation.notional());
        assertEquals(ExchangeId.SZDE, obligation.buyerExchange());
        assertEquals(ExchangeId.GYBDE, obligation.providerExchange());
        assertTrue(obligation.crossExchange());
    }

    @Test
    void pendingToConfirmedAcrossExchangesReleasesTheEscrowThroughBothClearingAccounts()
    {
        applyFill(fill(1, TRADED, "szai-lab", "guian-dc", "16.00", 8));
        assertEquals(List.of(), applyDelivery(confirmation("c1", 1, "100", "guian-dc", DAY_START + 12 * HOUR)),
            "a part: still pending, nothing moves");
        final List<JsonNode> outputs = applyDelivery(confirmation("c2", 1, "92", "guian-dc", DAY_START + 20 * HOUR));

        assertEquals(ObligationState.CONFIRMED, settlement.obligation(1).orElseThrow().state());
        assertEquals(2, outputs.size());
        assertEquals("DELIVERY_DECIDED", outputs.get(0).get("type").asText());
        assertEquals("CONFIRMED", outputs.get(0).get("state").asText());
        assertEquals("192.0000", outputs.get(0).get("deliveredUnitHours").asText());
        final JsonNode release = outputs.get(1);
        assertEquals("SETTLEMENT_EVENT", release.get("type").asText());
        assertEquals("ESCROW_RELEASE", release.get("kind").asText());
        assertEquals("RELEASE/1", release.get("eventId").asText());
        assertEquals("3072.0000", release.get("amount").asText());
        assertEquals(DAY_START + 20 * HOUR, release.get("time").asLong(), "released when the last unit-hour is confirmed");
        assertEquals(202612012000L, release.get("cycleId").asLong());
        assertEquals(0, release.get("fill").get("offset").asLong(), "points at its fill for the ledger");

        final SettlementEvent event = settlement.openCycleEvents().get(0);
        assertEquals(List.of(
                new GrossPosting("szai-lab", ExchangeId.SZDE, GrossPosting.Account.ESCROW, -30_720_000L),
                new GrossPosting("SZDE", ExchangeId.SZDE, GrossPosting.Account.CLEARING, 30_720_000L),
                new GrossPosting("GYBDE", ExchangeId.GYBDE, GrossPosting.Account.CLEARING, -30_720_000L),
                new GrossPosting("guian-dc", ExchangeId.GYBDE, GrossPosting.Account.CASH, 30_720_000L)),
            event.grossPostings());
    }

    @Test
    void pendingToConfirmedWithinOneExchangeMovesNoMoneyBetweenExchanges()
    {
        applyFill(fill(2, TRADED, "qianyun", "guian-dc", "16.00", 1));
        // qianyun (GYBDE) buys H100 in GUIAN from guian-dc (GYBDE)
        final List<JsonNode> outputs = applyDelivery(confirmation("c1", 2, "24", "guian-dc", DAY_START + 23 * HOUR));

        assertEquals("CONFIRMED", outputs.get(0).get("state").asText());
        assertEquals(List.of(
                new GrossPosting("qianyun", ExchangeId.GYBDE, GrossPosting.Account.ESCROW, -3_840_000L),
                new GrossPosting("guian-dc", ExchangeId.GYBDE, GrossPosting.Account.CASH, 3_840_000L)),
            settlement.openCycleEvents().get(0).grossPostings());
    }

    @Test
    void pendingToPartialAtTheDeadlineReleasesTheDeliveredShareRefundsTheRestAndChargesThePenalty()
    {
        applyFill(fill(1, TRADED, "szai-lab", "guian-dc", "16.00", 8));
        applyDelivery(confirmation("c1", 1, "96", "guian-dc", DAY_START + 12 * HOUR));
        assertEquals(List.of(), applyDelivery(clock(DEADLINE)), "at the deadline itself a confirmation still counts");
        assertEquals(ObligationState.PENDING, settlement.obligation(1).orElseThrow().state());

        final List<JsonNode> outputs = applyDelivery(clock(DEADLINE + 1));

        final DeliveryObligation obligation = settlement.obligation(1).orElseThrow();
        assertEquals(ObligationState.PARTIAL, obligation.state());
        assertEquals(DEADLINE, obligation.decidedAt());
        assertEquals(List.of("DELIVERY_DECIDED", "SETTLEMENT_EVENT", "SETTLEMENT_EVENT", "SETTLEMENT_EVENT"),
            outputs.stream().map(json -> json.get("type").asText()).toList());
        assertEquals("PARTIAL", outputs.get(0).get("state").asText());
        assertEquals(List.of("ESCROW_RELEASE 1536.0000", "REFUND 1536.0000", "PENALTY 153.6000"),
            outputs.subList(1, 4).stream().map(json -> json.get("kind").asText() + " " + json.get("amount").asText())
                .toList());
    }

    @Test
    void pendingToFailedRefundsEverythingAndTheProviderPaysThePenaltyToTheBuyer()
    {
        applyFill(fill(1, TRADED, "szai-lab", "guian-dc", "16.00", 8));

        final List<JsonNode> outputs = applyDelivery(clock(DEADLINE + HOUR));

        assertEquals(ObligationState.FAILED, settlement.obligation(1).orElseThrow().state());
        assertEquals(List.of("REFUND 3072.0000", "PENALTY 307.2000"),
            outputs.subList(1, 3).stream().map(json -> json.get("kind").asText() + " " + json.get("amount").asText())
                .toList());
        final List<SettlementEvent> events = settlement.cycles().isEmpty() ? settlement.openCycleEvents() :
            settlement.cycles().get(0).events();
        assertEquals(List.of(
                new GrossPosting("guian-dc", ExchangeId.GYBDE, GrossPosting.Account.CASH, -3_072_000L),
                new GrossPosting("GYBDE", ExchangeId.GYBDE, GrossPosting.Account.CLEARING, 3_072_000L),
                new GrossPosting("SZDE", ExchangeId.SZDE, GrossPosting.Account.CLEARING, -3_072_000L),
                new GrossPosting("szai-lab", ExchangeId.SZDE, GrossPosting.Account.CASH, 3_072_000L)),
            events.get(1).grossPostings(), "the penalty crosses from GYBDE to SZDE");
    }

    @Test
    void aLateConfirmationIsRejectedAfterTheDecision()
    {
        applyFill(fill(1, TRADED, "szai-lab", "guian-dc", "16.00", 8));

        final List<JsonNode> outputs = applyDelivery(confirmation("late", 1, "192", "guian-dc", DEADLINE + 5));

        assertEquals(ObligationState.FAILED, settlement.obligation(1).orElseThrow().state(), "decided first, at its deadline");
        final JsonNode reject = outputs.get(outputs.size() - 1);
        assertEquals("DELIVERY_REJECT", reject.get("type").asText());
        assertEquals("DO-1 was decided FAILED already: a confirmation after the decision is not applied",
            reject.get("reason").asText());
        assertEquals("gscx.deliveries", reject.get("source").get("topic").asText());
    }

    @Test
    void aDuplicateConfirmationIsRejectedAndCountsOnce()
    {
        applyFill(fill(1, TRADED, "szai-lab", "guian-dc", "16.00", 8));
        applyDelivery(confirmation("c1", 1, "100", "guian-dc", DAY_START + HOUR));

        final List<JsonNode> outputs = applyDelivery(confirmation("c1", 1, "100", "guian-dc", DAY_START + HOUR));

        assertEquals("duplicate confirmation c1: applied before", outputs.get(0).get("reason").asText());
        assertEquals(FixedPoint.parse("100"), settlement.obligation(1).orElseThrow().deliveredUnitHours());
    }

    @Test
    void confirmationsAreRejectedWithTheirReason()
    {
        applyFill(fill(1, TRADED, "szai-lab", "guian-dc", "16.00", 8));
        final long during = DAY_START + HOUR;

        assertEquals("unknown obligation DO-9", reason(confirmation("a", 9, "1", "guian-dc", during)));
        assertEquals("gy-hpc may not confirm DO-1: only its provider guian-dc or an operator may",
            reason(confirmation("b", 1, "1", "gy-hpc", during)));
        assertEquals("more than obligated: 193 unit-hours confirmed, 192 of 192 left on DO-1",
            reason(confirmation("c", 1, "193", "guian-dc", during)));
        assertEquals("DO-1: its delivery window has not started at the confirmation's time",
            reason(confirmation("d", 1, "1", "guian-dc", TRADED + 1)));
        assertEquals("deliveredUnitHours must be > 0, got 0", reason(confirmation("e", 1, "0", "guian-dc", during)));
        assertEquals("deliveredUnitHours is not a decimal number: 'lots'",
            reason(confirmation("f", 1, "lots", "guian-dc", during)));
        assertTrue(reason("not json".getBytes()).startsWith("not JSON"));
        assertEquals(List.of(), applyDelivery(confirmation("g", 1, "1.5", "operator", during)), "an operator may confirm");
        assertEquals(FixedPoint.parse("1.5"), settlement.obligation(1).orElseThrow().deliveredUnitHours());
    }

    @Test
    void anOperatorsFailureBeforeAnyDeliveryDecidesFailedAtOnceWithTheDeadlinesRefundAndPenalty()
    {
        applyFill(fill(1, TRADED, "szai-lab", "guian-dc", "16.00", 8));
        final long reported = DAY_START + 3 * HOUR;

        final List<JsonNode> outputs = applyDelivery(failure(1, "operator", reported, "rack power failure"));

        final DeliveryObligation obligation = settlement.obligation(1).orElseThrow();
        assertEquals(ObligationState.FAILED, obligation.state());
        assertEquals(reported, obligation.decidedAt(), "decided when reported, not at the deadline");
        assertEquals("FAILED", outputs.get(0).get("state").asText());
        assertEquals(List.of("REFUND 3072.0000", "PENALTY 307.2000"),
            outputs.subList(1, 3).stream().map(json -> json.get("kind").asText() + " " + json.get("amount").asText())
                .toList());
        assertEquals(List.of(), applyDelivery(clock(DEADLINE + HOUR)).stream()
            .filter(json -> json.get("type").asText().equals("DELIVERY_DECIDED")).toList(), "the deadline decides nothing more");
    }

    @Test
    void aProvidersFailureAfterAPartialConfirmationDecidesPartial()
    {
        applyFill(fill(1, TRADED, "szai-lab", "guian-dc", "16.00", 8));
        applyDelivery(confirmation("c1", 1, "96", "guian-dc", DAY_START + 12 * HOUR));

        final List<JsonNode> outputs = applyDelivery(failure(1, "guian-dc", DAY_START + 13 * HOUR, "half the nodes down"));

        assertEquals(ObligationState.PARTIAL, settlement.obligation(1).orElseThrow().state());
        assertEquals(List.of("ESCROW_RELEASE 1536.0000", "REFUND 1536.0000", "PENALTY 153.6000"),
            outputs.subList(1, 4).stream().map(json -> json.get("kind").asText() + " " + json.get("amount").asText())
                .toList(), "the same amounts as a deadline decision");
        assertEquals("DO-1 was decided PARTIAL already: a confirmation after the decision is not applied",
            reason(confirmation("c2", 1, "96", "guian-dc", DAY_START + 13 * HOUR + 1)));
    }

    @Test
    void failuresAreRejectedWithTheirReasonAndChangeNothing()
    {
        applyFill(fill(1, TRADED, "szai-lab", "guian-dc", "16.00", 8));
        applyFill(fill(2, TRADED, "szai-lab", "guian-dc", "16.00", 1));
        final long during = DAY_START + HOUR;

        assertEquals("unknown obligation DO-9", reason(failure(9, "operator", during, "x")));
        assertEquals("szai-lab may not report DO-1 failed: only its provider guian-dc or an operator may",
            reason(failure(1, "szai-lab", during, "x")));
        assertEquals("missing field reason", reason(("{\"type\":\"DELIVERY_FAILURE\",\"schemaVersion\":1," +
            "\"obligationId\":\"DO-1\",\"reportedBy\":\"operator\",\"time\":" + during + "}").getBytes()));
        assertEquals(ObligationState.PENDING, settlement.obligation(1).orElseThrow().state());

        applyDelivery(confirmation("c1", 2, "24", "guian-dc", during));
        assertEquals("DO-2 was decided CONFIRMED already: a failure after the decision is not applied",
            reason(failure(2, "operator", during + 1, "too late")));
        applyDelivery(failure(1, "operator", during + 2, "first"));
        assertEquals("DO-1 was decided FAILED already: a failure after the decision is not applied",
            reason(failure(1, "operator", during + 3, "again")));
    }

    @Test
    void badFillsAreRejectedAndADuplicateFillIsIgnored()
    {
        assertEquals("buyer 'nobody' is not a configured participant",
            applyFill(fill(1, TRADED, "nobody", "guian-dc", "16.00", 8)).get(0).get("reason").asText());
        assertEquals("symbol H100.NOWHERE.D20261201 is neither a listed instrument nor of an instrument template",
            applyFill(fill(2, TRADED, "H100.NOWHERE.D20261201", 24, "szai-lab", "guian-dc", "16.00", 8)).get(0)
                .get("reason").asText());
        assertEquals("deliveryHours 1 is not the 24 h window of H100.GUIAN.D20261201",
            applyFill(fill(3, TRADED, Inputs.SYMBOL, 1, "szai-lab", "guian-dc", "16.00", 8)).get(0).get("reason").asText());

        applyFill(fill(4, TRADED, "szai-lab", "guian-dc", "16.00", 8));
        assertEquals(List.of(), applyFill(fill(4, TRADED + 1, "szai-lab", "guian-dc", "99.00", 1)));
        assertEquals(FixedPoint.parse("3072"), settlement.obligation(4).orElseThrow().notional(), "the first one counts");
        assertEquals(1, settlement.obligations().size());
    }

    @Test
    void hourlyAndListedInstrumentsHaveTheirOwnWindows()
    {
        applyFill(fill(1, TRADED, "EPYC9654.GUIAN.H2026120114", 1, "szai-lab", "guian-dc", "0.180", 8));
        applyFill(fill(2, TRADED, "H100.GUIAN.M202701", 744, "szai-lab", "guian-dc", "14.80", 8));

        assertEquals(new DeliveryWindow(DAY_START + 14 * HOUR, DAY_START + 15 * HOUR),
            settlement.obligation(1).orElseThrow().window());
        assertEquals(Inputs.nanos("2027-01-01T00:00+08:00") + 745 * HOUR, settlement.obligation(2).orElseThrow().deadline());
    }

    @Test
    void aCycleClosesWhenTheClockPassesItsEndWithNetsAndInstructions()
    {
        applyFill(fill(1, TRADED, "szai-lab", "guian-dc", "16.00", 8));
        applyFill(fill(2, TRADED, "qianyun", "guian-dc", "16.00", 1));
        applyDelivery(confirmation("c1", 1, "192", "guian-dc", DAY_START + 20 * HOUR + 1));
        applyDelivery(confirmation("c2", 2, "24", "operator", DAY_START + 20 * HOUR + 2));
        assertEquals(0, settlement.closedCycles());

        final List<JsonNode> outputs = applyDelivery(clock(DAY_START + 21 * HOUR));

        assertEquals(1, settlement.closedCycles());
        final SettlementCycle cycle = settlement.cycles().get(0);
        assertEquals(202612012000L, cycle.cycleId());
        assertEquals(DAY_START + 20 * HOUR, cycle.start());
        assertEquals(false, cycle.endOfDay());
        assertEquals("CYCLE_CLOSED", outputs.get(0).get("type").asText());
        assertEquals(List.of(
                "SI-202612012000-001 GYBDE -> guian-dc 3456.0000 CNY",
                "SI-202612012000-002 qianyun -> GYBDE 384.0000 CNY",
                "SI-202612012000-003 szai-lab -> SZDE 3072.0000 CNY",
                "SI-202612012000-004 SZDE -> GYBDE 3072.0000 CNY"),
            cycle.instructions().stream().map(i -> i.instructionId() + " " + i.payer() + " -> " + i.payee() + " " +
                SettlementJson.amount(i.amount()) + " " + i.currency()).toList());
        assertEquals(List.of("SETTLEMENT_INSTRUCTION", "SETTLEMENT_INSTRUCTION", "SETTLEMENT_INSTRUCTION",
            "SETTLEMENT_INSTRUCTION"), outputs.subList(1, 5).stream().map(json -> json.get("type").asText()).toList());
        assertEquals("""
            instructionId,cycleId,payer,payee,amount,currency\r
            SI-202612012000-001,202612012000,GYBDE,guian-dc,3456.0000,CNY\r
            SI-202612012000-002,202612012000,qianyun,GYBDE,384.0000,CNY\r
            SI-202612012000-003,202612012000,szai-lab,SZDE,3072.0000,CNY\r
            SI-202612012000-004,202612012000,SZDE,GYBDE,3072.0000,CNY\r
            """, CycleReport.csv(cycle));
    }

    @Test
    void theLastCycleOfTheDayClosesAtMidnightAndEmptyCyclesAreSkipped()
    {
        applyFill(fill(1, TRADED, "szai-lab", "guian-dc", "16.00", 8));
        applyDelivery(confirmation("c1", 1, "192", "guian-dc", DAY_START + 23 * HOUR + 1));

        applyDelivery(clock(DAY_START + 30 * HOUR));

        assertEquals(1, settlement.closedCycles(), "hours without events close nothing");
        assertTrue(settlement.cycles().get(0).endOfDay());
        assertEquals(202612012300L, settlement.cycles().get(0).cycleId());
    }

    @Test
    void decisionsAndCyclesInterleaveInTimeOrderWhenTheClockJumps()
    {
        applyFill(fill(1, TRADED, "szai-lab", "guian-dc", "16.00", 8));
        applyFill(fill(2, TRADED, "EPYC9654.GUIAN.H2026120114", 1, "sz-render", "gy-hpc", "0.180", 8));

        applyDelivery(clock(DAY_START + 48 * HOUR));

        assertEquals(List.of(202612011600L, 202612020100L),
            settlement.cycles().stream().map(SettlementCycle::cycleId).toList(),
            "trade 2 (14:00-15:00) fails at 16:00, trade 1 (the day) at 01:00 the next day: one cycle each");
        assertEquals(ObligationState.FAILED, settlement.obligation(2).orElseThrow().state());
        assertEquals(Inputs.nanos("2026-12-01T16:00+08:00"), settlement.obligation(2).orElseThrow().decidedAt());
    }

    @Test
    void theProvidersReliabilityIsDeliveredOverObligatedUnitHoursInTheWindow()
    {
        applyFill(fill(1, TRADED, "szai-lab", "guian-dc", "16.00", 8));
        applyFill(fill(2, TRADED, "sz-render", "guian-dc", "16.00", 8));
        applyDelivery(confirmation("c1", 1, "192", "guian-dc", DAY_START + 12 * HOUR));
        applyDelivery(confirmation("c2", 2, "48", "guian-dc", DAY_START + 12 * HOUR));
        applyDelivery(clock(DEADLINE + 1));

        assertEquals(FixedPoint.parse("0.625"), settlement.reliability().score("guian-dc", DEADLINE + 1), "240 of 384");
        assertEquals(-1, settlement.reliability().score("guian-dc", DEADLINE + 31L * 24 * HOUR), "decided too long ago");
        assertEquals(-1, settlement.reliability().score("gy-hpc", DEADLINE), "nothing decided");
    }

    @Test
    void theSameInputsGiveTheSameOutputsByteForByte()
    {
        final List<String> first = run(new Settlement(MARKET));
        final List<String> second = run(new Settlement(MARKET));

        assertEquals(first, second);
        assertTrue(first.size() > 10);
    }

    private static List<String> run(final Settlement settlement)
    {
        final Inputs inputs = Inputs.inputs();
        final List<String> outputs = new ArrayList<>();
        for (int trade = 1; trade <= 20; trade++)
        {
            settlement.onFill(inputs.nextFill(), fill(trade, TRADED + trade, trade % 2 == 0 ? "szai-lab" : "qianyun",
                trade % 3 == 0 ? "gy-hpc" : "guian-dc", "16.00", trade)).forEach(o -> outputs.add(o.text()));
        }
        for (int trade = 1; trade <= 20; trade += 2)
        {
            settlement.onDelivery(inputs.nextDelivery(), confirmation("c" + trade, trade, Integer.toString(trade * 12),
                "operator", DAY_START + trade * HOUR)).forEach(o -> outputs.add(o.text()));
        }
        settlement.onDelivery(inputs.nextDelivery(), clock(DAY_START + 50 * HOUR)).forEach(o -> outputs.add(o.text()));
        return outputs;
    }

    private String reason(final byte[] value)
    {
        final List<JsonNode> outputs = applyDelivery(value);
        assertEquals(1, outputs.size(), "one reject");
        return outputs.get(0).get("reason").asText();
    }

    private static List<JsonNode> parse(final List<SettlementOutput> outputs)
    {
        final List<JsonNode> nodes = new ArrayList<>();
        for (final SettlementOutput output : outputs)
        {
            try
            {
                nodes.add(JSON.readTree(output.json()));
            }
            catch (final IOException ex)
            {
                throw new UncheckedIOException(ex);
            }
        }
        return nodes;
    }
}
