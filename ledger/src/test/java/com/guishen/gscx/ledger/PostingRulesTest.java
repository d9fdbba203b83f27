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
}
