package com.guishen.gscx.ledger;

import com.guishen.gscx.config.MarketConfig;
import com.guishen.gscx.config.MarketConfigLoader;
import com.guishen.gscx.events.FixedPoint;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Each booking rule of DESIGN.md section 7, on the shipped market's participants and fee schedule. */
class PostingRulesTest
{
    private static final MarketConfig MARKET = MarketConfigLoader.loadDefault();
    private final ChartOfAccounts chart = new ChartOfAccounts(MARKET);
    private final PostingRules rules = new PostingRules(chart);
    private final FillReader reader = new FillReader();

    @Test
    void anOpeningDepositCreditsTheHomeExchangesDepositsAndDebitsTheParticipantsCash()
    {
        assertEquals(List.of(
                Posting.debit("szai-lab.cash", FixedPoint.parse("5000000")),
                Posting.credit("SZDE.deposits", FixedPoint.parse("5000000"))),
            rules.openingDeposit(MARKET.participant("szai-lab").orElseThrow()));
        assertEquals(List.of(), rules.openingDeposit(MARKET.participant("guian-dc").orElseThrow()),
            "a provider that deposited nothing has no opening entry");
    }

    @Test
    void aCrossExchangeFillMovesTheNotionalIntoEscrowAndEachSidePaysItsOwnExchange()
    {
        // szai-lab (SZDE, own rates: taker 2.0 bp) buys aggressively from guian-dc (GYBDE, maker 0.8 bp)
        final Fill fill = reader.read(FillJson.bytes(FillJson.of(1, "szai-lab", "guian-dc", "15.50", 3, "B")));

        assertEquals(List.of(
                Posting.credit("szai-lab.cash", FixedPoint.parse("1116")),
                Posting.debit("szai-lab.escrow", FixedPoint.parse("1116")),
                Posting.credit("szai-lab.fees", FixedPoint.parse("0.2232")),
                Posting.debit("SZDE.fees", FixedPoint.parse("0.2232")),
                Posting.credit("guian-dc.fees", FixedPoint.parse("0.0893")),   // 0.08928 rounded half up
                Posting.debit("GYBDE.fees", FixedPoint.parse("0.0893"))),
            rules.fill(fill));
    }

    @Test
    void aSameExchangeFillPaysBothFeesToThatExchange()
    {
        // qianyun (GYBDE, taker 2.0 bp) buys from gy-hpc (GYBDE, maker 0.8 bp); the seller aggressed
        final Fill fill = reader.read(FillJson.bytes(FillJson.of(2, "qianyun", "gy-hpc", "16.00", 10, "S")));

        assertEquals(List.of(
                Posting.credit("qianyun.cash", FixedPoint.parse("3840")),
                Posting.debit("qianyun.escrow", FixedPoint.parse("3840")),
                Posting.credit("qianyun.fees", FixedPoint.parse("0.3072")),    // buyer rested: maker 0.8 bp
                Posting.debit("GYBDE.fees", FixedPoint.parse("0.3072")),
                Posting.credit("gy-hpc.fees", FixedPoint.parse("0.768")),      // seller aggressed: taker 2.0 bp
                Posting.debit("GYBDE.fees", FixedPoint.parse("0.768"))),
            rules.fill(fill));
    }

    @Test
    void feesAreBasisPointsOfNotionalRoundedHalfUpToTheFixedPoint()
    {
        final var rates = new com.guishen.gscx.config.FeeRates(new java.math.BigDecimal("0.8"), new java.math.BigDecimal("2.5"));
        assertEquals(FixedPoint.parse("0.25"), PostingRules.fee(FixedPoint.parse("1000"), rates, true));
        assertEquals(FixedPoint.parse("0.0001"), PostingRules.fee(FixedPoint.parse("0.625"), rates, false),
            "0.00005 rounds up");
        assertEquals(0, PostingRules.fee(FixedPoint.parse("0.6"), rates, false), "0.000048 rounds to nothing");
    }

    @Test
    void feesInLongArithmeticAreExactlyTheBigDecimalOnes()
    {
        final java.util.SplittableRandom random = new java.util.SplittableRandom(11);
        final String[] rates = {"0", "1", "1.5", "2.25", "0.0001", "999.99999", "1000", "1E+2", "0.333333333333333",
            "7.123456789012345678", "3.00", "0.5"};
        for (final String rate : rates)
        {
            final java.math.BigDecimal bps = new java.math.BigDecimal(rate);
            final PostingRules.FeeRate feeRate = new PostingRules.FeeRate(bps);
            for (int i = 0; i < 20_000; i++)
            {
                final long notional = switch (i % 4)
                {
                    case 0 -> random.nextLong(100_000_000L);
                    case 1 -> random.nextLong(Long.MAX_VALUE / 1000);
                    case 2 -> Long.MAX_VALUE - random.nextInt(1000);
                    default -> random.nextLong(1_000_000) * 10_000 + 5_000; // ends in .5000: ties for several rates
                };
                assertEquals(PostingRules.exactFee(notional, bps), feeRate.of(notional), rate + " bps of " + notional);
            }
        }
    }

    @Test
    void aFeeThatRoundsToNothingIsNotPosted()
    {
        // 0.001 x 8 x 24 = 0.192 CNY: szai-lab's 2.0 bp is 0.0000384, guian-dc's 0.8 bp less still
        final String json = FillJson.of(3, "szai-lab", "guian-dc", "0.001", 8, "B").replace("H100.GUIAN", "EPYC9654.GUIAN");
        assertEquals(List.of(
                Posting.credit("szai-lab.cash", FixedPoint.parse("0.192")),
                Posting.debit("szai-lab.escrow", FixedPoint.parse("0.192"))),
            rules.fill(reader.read(FillJson.bytes(json))));
    }

    @Test
    void aFillOfAParticipantTheConfigurationDoesNotKnowIsRejected()
    {
        final Fill fill = reader.read(FillJson.bytes(FillJson.of(4, "stranger", "guian-dc", "15.50", 1, "B")));
        assertEquals("buyer 'stranger' is not a configured participant",
            assertThrows(RejectedRecordException.class, () -> rules.fill(fill)).getMessage());
    }

    private final SettlementEventReader settlementReader = new SettlementEventReader();

    private List<Posting> settlement(final String kind, final String buyer, final String provider, final String amount)
    {
        return rules.settlement(settlementReader.read(SettlementEventJson.bytes(
            SettlementEventJson.of(kind, 1, 0, buyer, provider, amount))));
    }

    @Test
    void anEscrowReleaseAcrossExchangesGoesThroughBothClearingAccounts()
    {
        assertEquals(List.of(
                Posting.credit("szai-lab.escrow", FixedPoint.parse("1116")),
                Posting.debit("SZDE.clearing", FixedPoint.parse("1116")),     // SZDE holds it for GYBDE
                Posting.credit("GYBDE.clearing", FixedPoint.parse("1116")),   // GYBDE is owed it
                Posting.debit("guian-dc.cash", FixedPoint.parse("1116"))),
            settlement("ESCROW_RELEASE", "szai-lab", "guian-dc", "1116.0000"));
    }

    @Test
    void anEscrowReleaseWithinOneExchangeIsADirectTransfer()
    {
        assertEquals(List.of(
                Posting.credit("qianyun.escrow", FixedPoint.parse("3840")),
                Posting.debit("gy-hpc.cash", FixedPoint.parse("3840"))),
            settlement("ESCROW_RELEASE", "qianyun", "gy-hpc", "3840"));
    }

    @Test
    void aRefundMovesEscrowBackToTheBuyersCash()
    {
        assertEquals(List.of(
                Posting.credit("szai-lab.escrow", FixedPoint.parse("558")),
                Posting.debit("szai-lab.cash", FixedPoint.parse("558"))),
            settlement("REFUND", "szai-lab", "guian-dc", "558"));
    }

    @Test
    void aPenaltyAcrossExchangesGoesFromTheProviderToTheBuyerThroughClearing()
    {
        assertEquals(List.of(
                Posting.credit("guian-dc.cash", FixedPoint.parse("55.8")),
                Posting.debit("GYBDE.clearing", FixedPoint.parse("55.8")),
                Posting.credit("SZDE.clearing", FixedPoint.parse("55.8")),
                Posting.debit("szai-lab.cash", FixedPoint.parse("55.8"))),
            settlement("PENALTY", "szai-lab", "guian-dc", "55.8"));
        assertEquals(List.of(
                Posting.credit("gy-hpc.cash", FixedPoint.parse("1")),
                Posting.debit("qianyun.cash", FixedPoint.parse("1"))),
            settlement("PENALTY", "qianyun", "gy-hpc", "1"), "within one exchange");
    }

    @Test
    void malformedSettlementEventsAreRejectedAndRecordsWithoutMoneyAreNotEvents()
    {
        final String good = SettlementEventJson.of("REFUND", 1, 0, "szai-lab", "guian-dc", "1");
        assertEquals(null, settlementReader.read(SettlementEventJson.bytes(
            "{\"type\":\"SETTLEMENT_INSTRUCTION\",\"schemaVersion\":1}")));
        assertEquals("unknown settlement kind 'BONUS'", assertThrows(RejectedRecordException.class, () ->
            settlementReader.read(SettlementEventJson.bytes(good.replace("\"REFUND\"", "\"BONUS\"")))).getMessage());
        assertEquals("eventId REFUND/1 is not PENALTY/1", assertThrows(RejectedRecordException.class, () ->
            settlementReader.read(SettlementEventJson.bytes(good.replace("\"kind\":\"REFUND\"", "\"kind\":\"PENALTY\""))))
            .getMessage());
        assertEquals("amount must be a decimal > 0 with at most 4 decimals, got '-1'", assertThrows(
            RejectedRecordException.class, () -> settlementReader.read(SettlementEventJson.bytes(
                good.replace("\"amount\":\"1\"", "\"amount\":\"-1\"")))).getMessage());
        assertEquals("provider 'nobody' is not a configured participant", assertThrows(RejectedRecordException.class,
            () -> settlement("PENALTY", "szai-lab", "nobody", "1")).getMessage());
    }
}
