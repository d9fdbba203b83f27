package com.guishen.gscx.admin;

import static com.guishen.gscx.admin.TestVenue.SYMBOL;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.guishen.gscx.events.FixedPoint;
import com.guishen.gscx.gateway.FixInitiator;
import com.guishen.gscx.ledger.ExportVerifier;
import com.guishen.gscx.ledger.Verification;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The console's JSON API over real HTTP against a real engine, gateway and ledger journal: every
 * endpoint, and for each the refusals a user can meet (400 bad input, 401 no login, 403 wrong role or
 * missing CSRF token), none of which changes anything.
 */
class AdminConsoleApiTest
{
    private static final List<String> READ_ENDPOINTS = List.of("/api/session", "/api/instruments",
        "/api/instruments/" + SYMBOL + "/book", "/api/participants", "/api/fix-sessions", "/api/trades",
        "/api/ledger/balances", "/api/ledger/export?format=csv", "/api/settlement/obligations",
        "/api/settlement/cycles", "/api/settlement/instructions", "/api/health", "/api/audit");
    private static final List<String> ACTION_ENDPOINTS = List.of("/api/instruments/" + SYMBOL + "/halt",
        "/api/instruments/" + SYMBOL + "/resume", "/api/participants/szlab/mass-cancel", "/api/participants/szlab/kill",
        "/api/participants/szlab/reinstate", "/api/participants/szlab/credit-limit", "/api/deliveries/confirm",
        "/api/deliveries/fail", "/api/logout");

    @TempDir
    Path dir;

    private TestVenue venue;
    private ConsoleClient operator;
    private ConsoleClient auditor;
    private long clock = Instant.now().getEpochSecond() * 1_000_000_000L;

    @BeforeEach
    void start()
    {
        venue = new TestVenue(dir);
        operator = new ConsoleClient(venue.console.url());
        auditor = new ConsoleClient(venue.console.url());
    }

    @AfterEach
    void stop()
    {
        venue.close();
    }

    private String order(final String participant, final String clOrdId, final String side, final String price,
        final int quantity)
    {
        clock += 1_000_000;
        return "NEW," + clock + "," + participant + "," + clOrdId + "," + SYMBOL + "," + side + ",LIMIT,GTC," + price +
            "," + quantity;
    }

    @Test
    void thePageAndMetricsAreServedAndEveryApiEndpointNeedsALogin()
    {
        final ConsoleClient anonymous = new ConsoleClient(venue.console.url());
        final ConsoleClient.Answer page = anonymous.get("/");
        assertEquals(200, page.status());
        assertTrue(page.body().contains("admin console"), page.body());
        assertEquals(200, anonymous.get("/app.js").status());
        assertEquals(200, anonymous.get("/app.css").status());
        final ConsoleClient.Answer metrics = anonymous.get("/metrics");
        assertEquals(200, metrics.status());
        assertTrue(metrics.contentType().startsWith("text/plain; version=0.0.4"), metrics.contentType());
        assertTrue(metrics.body().contains("# TYPE gscx_fills_total counter\ngscx_fills_total 0\n"), metrics.body());
        assertTrue(metrics.body().contains("gscx_journal_bytes{journal=\"inbound\"}"), metrics.body());

        for (final String path : READ_ENDPOINTS)
        {
            final ConsoleClient.Answer answer = anonymous.get(path);
            assertEquals(401, answer.status(), path);
            assertEquals("log in first (POST /api/login)", answer.error(), path);
        }
        for (final String path : ACTION_ENDPOINTS)
        {
            assertEquals(401, anonymous.post(path, "{}").status(), path);
        }
        assertEquals(404, anonymous.get("/nothing-here").status());
        assertEquals(405, anonymous.get("/api/login").status());
        assertAuditEmpty();
    }

    @Test
    void loginSetsAStrictHttpOnlyCookieRefusesWrongPasswordsAndLocksOutAfterThree()
    {
        final ConsoleClient.Answer ok = operator.login("operator", "operator-secret");
        assertEquals(200, ok.status());
        assertTrue(ok.setCookie().startsWith(ConsoleApi.SESSION_COOKIE + "="), ok.setCookie());
        assertTrue(ok.setCookie().contains("HttpOnly"), ok.setCookie());
        assertTrue(ok.setCookie().contains("SameSite=Strict"), ok.setCookie());
        assertEquals("OPERATOR", ok.json().get("role").asText());
        assertEquals("operator", operator.get("/api/session").json().get("user").asText());

        final ConsoleClient stranger = new ConsoleClient(venue.console.url());
        assertEquals(400, stranger.post("/api/login", "{\"user\":\"auditor\"}").status());
        assertEquals("password is required", stranger.post("/api/login", "{\"user\":\"auditor\"}").error());
        assertEquals(400, stranger.post("/api/login", "not json").status());
        assertEquals(400, stranger.send("POST", "/api/login", "user=auditor", "application/x-www-form-urlencoded").status());
        for (int attempt = 0; attempt < 3; attempt++)
        {
            final ConsoleClient.Answer wrong = stranger.login("auditor", "guess-" + attempt);
            assertEquals(401, wrong.status());
            assertEquals("wrong user or password", wrong.error());
        }
        final ConsoleClient.Answer locked = stranger.login("auditor", "auditor-secret");
        assertEquals(429, locked.status());
        assertEquals("too many failed logins: try again in 600 s", locked.error());
        assertEquals(401, stranger.get("/api/session").status());

        assertEquals(200, operator.post("/api/logout", "{}").status());
        assertEquals(401, operator.get("/api/session").status());
    }

    @Test
    void theBookDepthAndTradesFollowTheEngine()
    {
        operator.login("operator", "operator-secret");
        venue.append(order("szlab", "B1", "B", "16.00", 10));
        venue.append(order("szlab", "B2", "B", "15.50", 4));
        venue.append(order("gydc", "S1", "S", "16.50", 7));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
        {
            final JsonNode book = operator.get("/api/instruments/" + SYMBOL + "/book").json();
            assertEquals("OPEN", book.get("state").asText());
            assertEquals("[{\"price\":\"16.00\",\"quantity\":10},{\"price\":\"15.50\",\"quantity\":4}]",
                book.get("bids").toString());
            assertEquals("[{\"price\":\"16.50\",\"quantity\":7}]", book.get("asks").toString());
        });
        venue.append(order("gydc", "S2", "S", "16.00", 3));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
        {
            final JsonNode instrument = operator.get("/api/instruments").json().get("instruments").get(0);
            assertEquals(SYMBOL, instrument.get("symbol").asText());
            assertEquals("16.00", instrument.get("bestBid").asText());
            assertEquals(7, instrument.get("bestBidQuantity").asInt());
            assertEquals("16.50", instrument.get("bestAsk").asText());
            assertEquals("16.00", instrument.get("lastPrice").asText());
            assertEquals(3, instrument.get("volume").asInt());
        });
        final JsonNode trade = operator.get("/api/trades?limit=5").json().get("trades").get(0);
        assertEquals("szlab", trade.get("buyer").asText());
        assertEquals("gydc", trade.get("seller").asText());
        assertEquals("1152.0000", trade.get("notional").asText()); // 16.00 x 3 x 24 h
        final JsonNode szlab = operator.get("/api/participants").json().get("participants").get(1);
        assertEquals("szlab", szlab.get("id").asText());
        assertEquals("1152.0000", szlab.get("boughtNotional").asText());
        assertEquals("DISCONNECTED", szlab.get("connection").asText());
        assertTrue(operator.get("/metrics").body().contains("gscx_fills_total 1\n"));

        assertEquals(400, operator.get("/api/trades?limit=0").status());
        assertEquals("depth must be a whole number in 1..200, got abc",
            operator.get("/api/instruments/" + SYMBOL + "/book?depth=abc").error());
        assertEquals(404, operator.get("/api/instruments/NOPE.X.Y/book").status());
        assertEquals(400, operator.get("/api/instruments/bad%20symbol/book").status());
    }

    @Test
    void anOperatorHaltsAndResumesThroughTheInboundJournalAndTheAuditTrailSaysSo()
    {
        auditor.login("auditor", "auditor-secret");
        operator.login("operator", "operator-secret");
        final String halt = "/api/instruments/" + SYMBOL + "/halt";

        assertEquals(403, auditor.post(halt, "{}").status());
        assertEquals("HALT needs the OPERATOR role; auditor is AUDITOR", auditor.post(halt, "{}").error());
        final ConsoleClient forged = new ConsoleClient(venue.console.url());
        forged.cookie = operator.cookie; // a cross-site request carries the cookie at most, never the token
        assertEquals(403, forged.post(halt, "{}").status());
        assertTrue(forged.post(halt, "{}").error().startsWith("missing or wrong X-CSRF-Token header"));
        assertEquals(400, operator.post("/api/instruments/NOPE.X.Y/halt", "{}").status());
        assertEquals(400, operator.post(halt, "{\"reason\": 5}").status());
        assertEquals(400, operator.post(halt, "[1,2]").status());
        assertAuditEmpty();

        final ConsoleClient.Answer halted = operator.post(halt, "{\"reason\":\"drill\"}");
        assertEquals(200, halted.status(), halted.body());
        assertTrue(halted.json().get("command").asText().matches("HALT,\\d+," + SYMBOL.replace(".", "\\.")));
        await().atMost(Duration.ofSeconds(30)).until(() ->
            operator.get("/api/instruments/" + SYMBOL + "/book").json().get("state").asText().equals("HALTED"));

        venue.append(order("szlab", "H1", "B", "16.00", 1));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
        {
            final JsonNode reject = operator.get("/api/trades").json().get("rejects").get(0);
            assertEquals("szlab", reject.get("participant").asText());
            assertEquals("INSTRUMENT_HALTED", reject.get("reason").asText());
        });

        assertEquals(200, operator.post("/api/instruments/" + SYMBOL + "/resume", "{}").status());
        await().atMost(Duration.ofSeconds(30)).until(() ->
            operator.get("/api/instruments/" + SYMBOL + "/book").json().get("state").asText().equals("OPEN"));
        final JsonNode records = auditor.get("/api/audit").json().get("records");
        assertEquals(2, records.size());
        assertEquals("RESUME", records.get(0).get("action").asText());
        assertEquals("HALT", records.get(1).get("action").asText());
        assertEquals("operator", records.get(1).get("user").asText());
        assertEquals(SYMBOL, records.get(1).get("target").asText());
        assertEquals("drill", records.get(1).get("details").asText());
        assertEquals("OK", records.get(1).get("result").asText());
    }

    @Test
    void anOperatorMassCancelsAParticipant()
    {
        operator.login("operator", "operator-secret");
        venue.append(order("szlab", "B1", "B", "15.00", 2));
        await().atMost(Duration.ofSeconds(30)).until(() ->
            operator.get("/api/instruments/" + SYMBOL + "/book").json().get("bids").size() == 1);
        assertEquals("unknown participant nobody", operator.post("/api/participants/nobody/mass-cancel", "{}").error());
        assertEquals(400, operator.post("/api/participants/szlab/mass-cancel", "{\"symbol\":\"NOPE\"}").status());

        final ConsoleClient.Answer cancelled = operator.post("/api/participants/szlab/mass-cancel", "{}");
        assertEquals(200, cancelled.status(), cancelled.body());
        await().atMost(Duration.ofSeconds(30)).until(() ->
            operator.get("/api/instruments/" + SYMBOL + "/book").json().get("bids").isEmpty());
        assertEquals("MASS_CANCEL", operator.get("/api/audit").json().get("records").get(0).get("action").asText());
    }

    @Test
    void theKillSwitchCancelsBlocksAndLogsOutAParticipantUntilReinstated() throws Exception
    {
        auditor.login("auditor", "auditor-secret");
        operator.login("operator", "operator-secret");
        final String kill = "/api/participants/szlab/kill";
        final String fixHost = venue.gateway.address().split(":")[0];
        try (FixInitiator szlab = FixInitiator.logOn(fixHost, venue.gateway.port(), "szlab", "szlab-secret", "GSCX",
            (msgType, message) -> { }))
        {
            szlab.newOrder("F1", SYMBOL, (byte)'1', FixedPoint.parse("15.00"), 2, (byte)'1');
            await().atMost(Duration.ofSeconds(30)).until(() ->
                operator.get("/api/instruments/" + SYMBOL + "/book").json().get("bids").size() == 1);
            await().atMost(Duration.ofSeconds(30)).until(() ->
                operator.get("/metrics").body().contains("gscx_fix_ack_latency_seconds_count 1\n"));
            assertTrue(operator.get("/metrics").body().contains("gscx_fix_ack_latency_seconds{quantile=\"0.99\"} "));

            assertEquals(403, auditor.post(kill, "{}").status());
            final ConsoleClient forged = new ConsoleClient(venue.console.url());
            forged.cookie = operator.cookie;
            assertEquals(403, forged.post(kill, "{}").status());
            assertEquals("unknown participant nobody", operator.post("/api/participants/nobody/kill", "{}").error());
            assertEquals(400, operator.post(kill, "{\"reason\": 5}").status());
            assertEquals(400, operator.post("/api/participants/nobody/reinstate", "{}").status());
            assertAuditEmpty();
            assertTrue(szlab.isOpen(), "no refusal logs anybody out");
            assertFalse(participant("szlab").get("blocked").asBoolean());

            final ConsoleClient.Answer killed = operator.post(kill, "{\"reason\":\"runaway algo\"}");
            assertEquals(200, killed.status(), killed.body());
            assertTrue(killed.json().get("command").asText().matches("KILL,\\d+,szlab"), killed.body());
            assertEquals("requested", killed.json().get("fixDisconnect").asText());
            await().atMost(Duration.ofSeconds(30)).until(() -> !szlab.isOpen());
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
        {
            assertTrue(operator.get("/api/instruments/" + SYMBOL + "/book").json().get("bids").isEmpty());
            final JsonNode szlab = participant("szlab");
            assertTrue(szlab.get("blocked").asBoolean());
            assertEquals("DISCONNECTED", szlab.get("connection").asText());
            assertEquals(0, szlab.get("openOrders").asInt());
        });
        venue.append(order("szlab", "K1", "B", "15.00", 1));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
            assertEquals("PARTICIPANT_BLOCKED", operator.get("/api/trades").json().get("rejects").get(0).get("reason").asText()));
        assertFalse(participant("gydc").get("blocked").asBoolean(), "only szlab is blocked");

        assertEquals(200, operator.post("/api/participants/szlab/reinstate", "{}").status());
        await().atMost(Duration.ofSeconds(30)).until(() -> !participant("szlab").get("blocked").asBoolean());
        venue.append(order("szlab", "K2", "B", "15.00", 1));
        await().atMost(Duration.ofSeconds(30)).until(() ->
            operator.get("/api/instruments/" + SYMBOL + "/book").json().get("bids").size() == 1);
        final JsonNode records = auditor.get("/api/audit").json().get("records");
        assertEquals(2, records.size());
        assertEquals("REINSTATE", records.get(0).get("action").asText());
        assertEquals("KILL", records.get(1).get("action").asText());
        assertEquals("szlab", records.get(1).get("target").asText());
        assertEquals("runaway algo", records.get(1).get("details").asText());
        assertEquals("OK", records.get(1).get("result").asText());
    }

    @Test
    void anOperatorChangesACreditLimitThatTheEngineAppliesToTheNextOrders()
    {
        auditor.login("auditor", "auditor-secret");
        operator.login("operator", "operator-secret");
        final String path = "/api/participants/szlab/credit-limit";
        final String configured = participant("szlab").get("creditLimit").asText();

        assertEquals(403, auditor.post(path, "{\"creditLimit\":\"1000\"}").status());
        final ConsoleClient forged = new ConsoleClient(venue.console.url());
        forged.cookie = operator.cookie;
        assertEquals(403, forged.post(path, "{\"creditLimit\":\"1000\"}").status());
        assertEquals("creditLimit is required", operator.post(path, "{}").error());
        for (final String bad : List.of("\"-1\"", "\"1.00001\"", "\"lots\"", "\"1e3\"", "\"\"", "1000"))
        {
            assertEquals(400, operator.post(path, "{\"creditLimit\":" + bad + "}").status(), bad);
        }
        assertEquals(400, operator.post("/api/participants/nobody/credit-limit", "{\"creditLimit\":\"1\"}").status());
        assertAuditEmpty();
        assertEquals(configured, participant("szlab").get("creditLimit").asText());
        assertFalse(participant("szlab").get("creditLimitChanged").asBoolean());

        final ConsoleClient.Answer changed = operator.post(path, "{\"creditLimit\":\"1000.5\"}");
        assertEquals(200, changed.status(), changed.body());
        assertTrue(changed.json().get("command").asText().matches("CREDIT_LIMIT,\\d+,szlab,1000\\.5000"),
            changed.body());
        await().atMost(Duration.ofSeconds(30)).until(() -> participant("szlab").get("creditLimit").asText().equals("1000.5"));
        assertTrue(participant("szlab").get("creditLimitChanged").asBoolean());

        venue.append(order("szlab", "C1", "B", "16.00", 3)); // 16.00 x 3 x 24 h = 1152 > 1000.5
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
            assertEquals("CREDIT_LIMIT", operator.get("/api/trades").json().get("rejects").get(0).get("reason").asText()));
        venue.append(order("szlab", "C2", "B", "16.00", 2)); // 768
        await().atMost(Duration.ofSeconds(30)).until(() ->
            operator.get("/api/instruments/" + SYMBOL + "/book").json().get("bids").size() == 1);
        assertEquals("1000.5000 CNY", auditor.get("/api/audit").json().get("records").get(0).get("details").asText());
    }

    private JsonNode participant(final String id)
    {
        for (final JsonNode participant : operator.get("/api/participants").json().get("participants"))
        {
            if (participant.get("id").asText().equals(id))
            {
                return participant;
            }
        }
        throw new AssertionError("no participant " + id);
    }

    @Test
    void theLedgerShowsBalancesAndOnlyAuditorsExportWhatVerifies() throws Exception
    {
        operator.login("operator", "operator-secret");
        auditor.login("auditor", "auditor-secret");
        final JsonNode balances = operator.get("/api/ledger/balances").json();
        assertEquals("0.0000", balances.get("trialBalance").get("total").asText());
        assertTrue(balances.get("accounts").toString().contains("{\"account\":\"szlab.cash\",\"balance\":\"1000000.0000\"}"),
            balances.toString());
        assertEquals(400, operator.get("/api/ledger/balances?participant=nobody").status());
        assertEquals("[{\"account\":\"szlab.cash\",\"balance\":\"1000000.0000\"}]",
            operator.get("/api/ledger/balances?participant=szlab").json().get("accounts").toString());

        assertEquals(403, operator.get("/api/ledger/export?format=csv").status());
        assertEquals("format must be csv or jsonl, got xml", auditor.get("/api/ledger/export?format=xml").error());
        assertEquals(400, auditor.get("/api/ledger/export?exchange=HKEX").status());
        for (final String format : List.of("csv", "jsonl"))
        {
            final ConsoleClient.Answer export = auditor.get("/api/ledger/export?format=" + format);
            assertEquals(200, export.status());
            final Path file = dir.resolve("export." + format);
            Files.write(file, export.body().getBytes(StandardCharsets.UTF_8));
            final Verification verification = ExportVerifier.verifyExport(file, false);
            assertTrue(verification.ok(), verification.message());
            assertEquals(1, verification.entries());
        }
    }

    @Test
    void settlementDeliveriesSessionsAndHealthAnswerAndRefuseBadInput()
    {
        operator.login("operator", "operator-secret");
        auditor.login("auditor", "auditor-secret");
        final JsonNode obligations = operator.get("/api/settlement/obligations").json();
        assertEquals(0, obligations.get("obligations").size());
        assertTrue(obligations.get("note").asText().startsWith("no settlement journal yet"), obligations.toString());
        assertEquals(400, operator.get("/api/settlement/obligations?state=LOST").status());
        assertEquals(200, operator.get("/api/settlement/cycles").status());
        assertEquals(200, operator.get("/api/settlement/instructions").status());
        assertEquals(400, operator.get("/api/settlement/cycles?limit=-1").status());

        final String confirm = "/api/deliveries/confirm";
        assertEquals(403, auditor.post(confirm, "{\"obligationId\":\"DO-1\",\"deliveredUnitHours\":\"24\"}").status());
        assertEquals("obligationId must be DO-<tradeId>, got 42",
            operator.post(confirm, "{\"obligationId\":\"42\",\"deliveredUnitHours\":\"24\"}").error());
        assertEquals(400, operator.post(confirm, "{\"obligationId\":\"DO-1\",\"deliveredUnitHours\":\"-3\"}").status());
        assertEquals(400, operator.post(confirm, "{\"obligationId\":\"DO-1\",\"deliveredUnitHours\":\"1.00001\"}").status());
        assertEquals(400, operator.post(confirm,
            "{\"obligationId\":\"DO-1\",\"deliveredUnitHours\":\"1\",\"evidence\":\"x\"}").status());
        final ConsoleClient.Answer noKafka = operator.post(confirm, "{\"obligationId\":\"DO-1\",\"deliveredUnitHours\":\"24\"}");
        assertEquals(503, noKafka.status());

        final String fail = "/api/deliveries/fail";
        assertEquals(403, auditor.post(fail, "{\"obligationId\":\"DO-1\",\"reason\":\"down\"}").status());
        assertEquals("obligationId must be DO-<tradeId>, got 42",
            operator.post(fail, "{\"obligationId\":\"42\",\"reason\":\"down\"}").error());
        assertEquals("reason is required", operator.post(fail, "{\"obligationId\":\"DO-1\"}").error());
        assertEquals(400, operator.post(fail, "{\"obligationId\":\"DO-1\",\"reason\":\" \"}").status());
        assertEquals("no Kafka configured for this console: delivery failures cannot be sent",
            operator.post(fail, "{\"obligationId\":\"DO-1\",\"reason\":\"down\"}").error());
        assertAuditEmpty();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
        {
            final JsonNode sessions = operator.get("/api/fix-sessions").json();
            assertEquals(venue.gateway.address(), sessions.get("gateway").asText());
            assertEquals("[{\"id\":\"szlab\",\"dropCopy\":false,\"loggedOn\":false,\"nextSenderSeq\":1,\"nextTargetSeq\":1}," +
                "{\"id\":\"gydc\",\"dropCopy\":false,\"loggedOn\":false,\"nextSenderSeq\":1,\"nextTargetSeq\":1}]",
                sessions.get("sessions").toString());
        });
        final JsonNode health = auditor.get("/api/health").json();
        assertEquals("0 fills booked", health.get("components").get("ledger").asText());
        assertEquals(0, health.get("ledgerLagFills").asInt());
        assertTrue(health.get("journalBytes").get("inbound").asLong() > 0);
        assertFalse(health.get("components").get("gateway").asText().isEmpty());
    }

    private void assertAuditEmpty()
    {
        assertFalse(Files.exists(dir.resolve("admin-audit.jsonl")), "nothing may reach the audit trail");
    }
}
