package com.guishen.gscx.ledger;

import com.guishen.gscx.config.ExchangeId;
import com.guishen.gscx.config.MarketConfig;
import com.guishen.gscx.config.MarketConfigLoader;
import com.guishen.gscx.events.FixedPoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The book of record: entries in the journal, chained, balanced, and the same after a reopen. */
class BookkeeperTest
{
    private static final MarketConfig MARKET = MarketConfigLoader.loadDefault();
    private static final String FILLS = "gscx.fills";

    @TempDir
    Path root;

    @Test
    void aNewLedgerOpensWithTheConfiguredDeposits()
    {
        try (Bookkeeper bookkeeper = Bookkeeper.open(root.resolve("ledger"), MARKET))
        {
            assertEquals(4, bookkeeper.ledger().lastEntryId(), "szai-lab, sz-render, sz-medimg and qianyun deposited");
            assertEquals(FixedPoint.parse("800000"), bookkeeper.ledger().balances().balance("sz-render.cash"));
            assertEquals(FixedPoint.parse("-6300000"), bookkeeper.ledger().balances().balance("SZDE.deposits"));
            assertEquals(0, bookkeeper.ledger().balances().trialBalance());
        }
    }

    @Test
    void depositsALedgerDidNotFinishBookingAreBookedOnRestartButNotOnceTradingBegan()
    {
        final Path journal = root.resolve("ledger");
        final MarketConfig firstTwo = withParticipants(MARKET.participants().subList(0, 2));
        try (Bookkeeper bookkeeper = Bookkeeper.open(journal, firstTwo))
        {
            assertEquals(2, bookkeeper.ledger().lastEntryId(), "as if killed after two of the four deposits");
        }
        try (Bookkeeper bookkeeper = Bookkeeper.open(journal, MARKET))
        {
            assertEquals(4, bookkeeper.ledger().lastEntryId(), "the other two booked, none twice");
            book(bookkeeper, 0, FillJson.of(1, "szai-lab", "guian-dc", "15.50", 3, "B"));
        }
        final List<com.guishen.gscx.config.Participant> later = new java.util.ArrayList<>(MARKET.participants());
        final com.guishen.gscx.config.Participant lab = MARKET.participant("szai-lab").orElseThrow();
        later.add(new com.guishen.gscx.config.Participant("late-lab", lab.name(), lab.homeExchange(), lab.roles(),
            lab.fixCredentials(), lab.creditLimit(), lab.capacity(), lab.selfTradePrevention(), lab.fees(),
            new java.math.BigDecimal("1000")));
        try (Bookkeeper bookkeeper = Bookkeeper.open(journal, withParticipants(later)))
        {
            assertEquals(5, bookkeeper.ledger().lastEntryId(), "a deposit configured after trading began is not booked");
            assertEquals(0, bookkeeper.ledger().balances().balance("late-lab.cash"));
        }
    }

    private static MarketConfig withParticipants(final List<com.guishen.gscx.config.Participant> participants)
    {
        return new MarketConfig(MARKET.exchanges(), MARKET.resources(), MARKET.sites(), MARKET.instruments(),
            MARKET.instrumentTemplates(), participants, MARKET.fees(), MARKET.risk(), MARKET.ports(), MARKET.kafka(),
            MARKET.settlement(), MARKET.gateway());
    }

    @Test
    void fillsAreBookedOnceChainedAndComeBackAfterAReopen()
    {
        final Path journal = root.resolve("ledger");
        final Map<String, Long> balances;
        final String head;
        try (Bookkeeper bookkeeper = Bookkeeper.open(journal, MARKET))
        {
            final BookingOutcome first = book(bookkeeper, 0, FillJson.of(1, "szai-lab", "guian-dc", "15.50", 3, "B"));
            assertEquals(BookingOutcome.Result.BOOKED, first.result());
            assertEquals(5, first.entry().entryId());
            assertEquals(new EntrySource(FILLS, 0, 0, "FILL/1"), first.entry().source());
            assertEquals(1_764_300_000_000_001_000L, first.entry().time(), "an entry carries its event's time");
            final BookingOutcome second = book(bookkeeper, 1, FillJson.of(2, "qianyun", "gy-hpc", "16.00", 10, "S"));
            assertEquals(first.entry().hash(), second.entry().prevHash());
            assertEquals(BookingOutcome.Result.DUPLICATE,
                book(bookkeeper, 2, FillJson.of(1, "szai-lab", "guian-dc", "15.50", 3, "B")).result(),
                "the same fill again, at a later offset");
            assertEquals(3, bookkeeper.ledger().nextOffset(FILLS, 0));
            balances = bookkeeper.ledger().balances().all();
            head = bookkeeper.ledger().lastHash();
            assertEquals(FixedPoint.parse("1116"), balances.get("szai-lab.escrow"));
        }
        try (Bookkeeper reopened = Bookkeeper.open(journal, MARKET))
        {
            assertEquals(6, reopened.ledger().lastEntryId(), "no opening deposits booked twice");
            assertEquals(balances, reopened.ledger().balances().all());
            assertEquals(head, reopened.ledger().lastHash());
            assertEquals(2, reopened.ledger().nextOffset(FILLS, 0), "the duplicate left no record: it is read again, and skipped again");
            assertTrue(reopened.ledger().isBooked("FILL/2"));
        }
        assertEquals("OK 6 entries, trial balance 0", ExportVerifier.verifyJournal(journal).message());
    }

    @Test
    void aMalformedRecordIsJournaledAsRejectedAndBooksNothing()
    {
        try (Bookkeeper bookkeeper = Bookkeeper.open(root.resolve("ledger"), MARKET))
        {
            final BookingOutcome outcome = book(bookkeeper, 0, "{\"type\":\"FILL\"");
            assertEquals(BookingOutcome.Result.REJECTED, outcome.result());
            assertTrue(outcome.skipped().reason().startsWith("not JSON"), outcome.skipped().reason());
            assertEquals(4, bookkeeper.ledger().lastEntryId());
            assertEquals(1, bookkeeper.ledger().nextOffset(FILLS, 0));
            assertEquals(5, bookkeeper.records(), "four entries and the rejected record");
        }
    }

    @Test
    void anEntryThatWouldOverdrawTheBuyersCashIsNotWrittenButAlerted()
    {
        try (Bookkeeper bookkeeper = Bookkeeper.open(root.resolve("ledger"), MARKET))
        {
            // sz-medimg deposited 500,000: 30.00 x 800 x 24 = 576,000
            final BookingOutcome outcome = book(bookkeeper, 0, FillJson.of(9, "sz-medimg", "guian-dc", "30.00", 800, "B"));
            assertEquals(BookingOutcome.Result.ALERT, outcome.result());
            assertEquals("FILL/9: sz-medimg.cash would go from 500000.0000 to -76000.0000 (it may not go below 0)",
                outcome.skipped().reason());
            assertEquals(4, bookkeeper.ledger().lastEntryId());
            assertEquals(FixedPoint.parse("500000"), bookkeeper.ledger().balances().balance("sz-medimg.cash"));
            assertEquals(1, bookkeeper.ledger().nextOffset(FILLS, 0));
        }
    }

    @Test
    void theLedgerRefusesAnUnbalancedEntryOrAnUnknownAccount()
    {
        final Ledger ledger = new Ledger(new ChartOfAccounts(MARKET));
        final EntrySource source = new EntrySource(FILLS, 0, 0, "FILL/1");
        assertEquals("FILL/1: does not balance: debits 10.0000, credits 9.0000",
            assertThrows(InvariantViolationException.class, () -> ledger.prepare(EntryKind.FILL, 0, source,
                List.of(Posting.debit("SZDE.fees", FixedPoint.parse("10")),
                    Posting.credit("szai-lab.fees", FixedPoint.parse("9"))))).getMessage());
        assertEquals("FILL/1: unknown account szai-lab.savings",
            assertThrows(InvariantViolationException.class, () -> ledger.prepare(EntryKind.FILL, 0, source,
                List.of(Posting.debit("SZDE.fees", 1), Posting.credit("szai-lab.savings", 1)))).getMessage());
        assertEquals(0, ledger.lastEntryId());
    }

    @Test
    void aSecondWriterIsRefused()
    {
        try (Bookkeeper first = Bookkeeper.open(root.resolve("ledger"), MARKET))
        {
            assertNotEquals(0, first.records());
            final IllegalStateException ex = assertThrows(IllegalStateException.class,
                () -> Bookkeeper.open(root.resolve("ledger"), MARKET));
            assertTrue(ex.getMessage().contains("open for writing in this process"), ex.getMessage());
        }
    }

    @Test
    void theTrialBalanceIsZeroInTotalAndPerExchange()
    {
        final Path journal = root.resolve("ledger");
        try (Bookkeeper bookkeeper = Bookkeeper.open(journal, MARKET))
        {
            book(bookkeeper, 0, FillJson.of(1, "szai-lab", "guian-dc", "15.50", 3, "B"));
        }
        final TrialBalance trialBalance = new JournalLedgerView(journal, new ChartOfAccounts(MARKET)).trialBalance();
        assertEquals(new TrialBalance(0, Map.of(ExchangeId.SZDE, 0L, ExchangeId.GYBDE, 0L)), trialBalance);
    }

    static BookingOutcome book(final Bookkeeper bookkeeper, final long offset, final String json)
    {
        return bookkeeper.bookFill(FILLS, 0, offset, FillJson.bytes(json));
    }

    @Test
    void settlementEventsAreBookedAfterTheirFillOnceEachAndKeepEveryExchangeBalanced()
    {
        final String settlement = "gscx.settlement";
        try (Bookkeeper bookkeeper = Bookkeeper.open(root.resolve("ledger"), MARKET))
        {
            final byte[] release = SettlementEventJson.bytes(SettlementEventJson.of("ESCROW_RELEASE", 1, 0, "szai-lab",
                "guian-dc", "558"));
            assertEquals(BookingOutcome.Result.WAITING, bookkeeper.bookSettlement(settlement, 0, 0, release).result(),
                "the fill it settles is not booked yet");
            book(bookkeeper, 0, FillJson.of(1, "szai-lab", "guian-dc", "15.50", 3, "B"));   // 1116 into escrow

            final BookingOutcome booked = bookkeeper.bookSettlement(settlement, 0, 0, release);
            assertEquals(BookingOutcome.Result.BOOKED, booked.result());
            assertEquals(EntryKind.ESCROW_RELEASE, booked.entry().kind());
            assertEquals(new EntrySource(settlement, 0, 0, "RELEASE/1"), booked.entry().source());
            assertEquals(BookingOutcome.Result.DUPLICATE, bookkeeper.bookSettlement(settlement, 0, 1, release).result());
            assertEquals(BookingOutcome.Result.BOOKED, bookkeeper.bookSettlement(settlement, 0, 2, SettlementEventJson.bytes(
                SettlementEventJson.of("REFUND", 1, 0, "szai-lab", "guian-dc", "558"))).result());
            assertEquals(BookingOutcome.Result.BOOKED, bookkeeper.bookSettlement(settlement, 0, 3, SettlementEventJson.bytes(
                SettlementEventJson.of("PENALTY", 1, 0, "szai-lab", "guian-dc", "55.8"))).result());
            assertEquals(BookingOutcome.Result.IGNORED, bookkeeper.bookSettlement(settlement, 0, 4, SettlementEventJson.bytes(
                "{\"type\":\"CYCLE_CLOSED\",\"schemaVersion\":1}")).result());
            assertEquals(BookingOutcome.Result.ALERT, bookkeeper.bookSettlement(settlement, 0, 5, SettlementEventJson.bytes(
                SettlementEventJson.of("PENALTY", 2, 0, "szai-lab", "guian-dc", "1000"))).result(),
                "a provider cannot pay more than its cash");
            assertEquals(BookingOutcome.Result.REJECTED,
                bookkeeper.bookSettlement(settlement, 0, 6, SettlementEventJson.bytes("{}")).result());

            final Balances balances = bookkeeper.ledger().balances();
            assertEquals(0, balances.balance("szai-lab.escrow"), "released and refunded");
            assertEquals(FixedPoint.parse("502.2"), balances.balance("guian-dc.cash"), "558 released, 55.8 penalty paid");
            assertEquals(FixedPoint.parse("502.2"), balances.balance("SZDE.clearing"), "holds 558 for GYBDE, is owed 55.8");
            assertEquals(FixedPoint.parse("-502.2"), balances.balance("GYBDE.clearing"));
            final TrialBalance trial = TrialBalance.of(balances, bookkeeper.ledger().chart());
            assertEquals(0, trial.total());
            assertEquals(Map.of(ExchangeId.SZDE, 0L, ExchangeId.GYBDE, 0L), trial.byExchange());
            assertEquals(7, bookkeeper.ledger().nextOffset(settlement, 0));
        }
    }
}
