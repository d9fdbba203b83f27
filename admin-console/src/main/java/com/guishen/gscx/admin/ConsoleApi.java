package com.guishen.gscx.admin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.guishen.gscx.config.AdminConsoleSettings.ConsoleRole;
import com.guishen.gscx.config.Capacity;
import com.guishen.gscx.config.ExchangeId;
import com.guishen.gscx.config.MarketConfig;
import com.guishen.gscx.config.Participant;
import com.guishen.gscx.engine.journal.DataDirectory;
import com.guishen.gscx.events.FixedPoint;
import com.guishen.gscx.gateway.FixGateway;
import com.guishen.gscx.gateway.FixSessionStatus;
import com.guishen.gscx.gateway.GatewayCounters;
import org.HdrHistogram.Histogram;
import com.guishen.gscx.ledger.EntryCodec;
import com.guishen.gscx.ledger.EntryExporter;
import com.guishen.gscx.ledger.EntryFilter;
import com.guishen.gscx.ledger.EntryKind;
import com.guishen.gscx.ledger.ExportFormat;
import com.guishen.gscx.ledger.JournalEntry;
import com.guishen.gscx.ledger.LedgerView;
import com.guishen.gscx.ledger.TrialBalance;
import com.guishen.gscx.settlement.DeliveryFailure;
import com.guishen.gscx.settlement.DeliveryObligation;
import com.guishen.gscx.settlement.ObligationState;
import com.guishen.gscx.settlement.Settlement;
import com.guishen.gscx.settlement.SettlementBook;
import com.guishen.gscx.settlement.SettlementCycle;
import com.guishen.gscx.settlement.SettlementInstruction;
import com.guishen.gscx.settlement.SettlementJournal;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The console's HTTP API and its static page. Every {@code /api/} answer is JSON; money and prices
 * are decimal strings. Checks come in this order and nothing changes when one fails: login (401),
 * role (403), CSRF token on state-changing requests (403), input (400).
 */
final class ConsoleApi implements HttpHandler
{
    static final String SESSION_COOKIE = "gscx_session";
    static final String CSRF_HEADER = "X-CSRF-Token";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern SYMBOL = Pattern.compile("[A-Za-z0-9._-]{1,32}");
    private static final Pattern PARTICIPANT = Pattern.compile("[A-Za-z0-9_-]{1,16}");
    private static final Pattern OBLIGATION = Pattern.compile("DO-([1-9][0-9]{0,17})");
    private static final Pattern EVIDENCE = Pattern.compile("[\\x21-\\x7e]{1,64}");
    private static final int MAX_BODY = 16 * 1024;
    private static final long SETTLEMENT_CACHE_MS = 1_000;
    private static final Map<String, String> STATIC = Map.of(
        "/", "index.html", "/index.html", "index.html", "/app.js", "app.js", "/app.css", "app.css");

    private final MarketConfig market;
    private final DataDirectory data;
    private final BookMirror mirror;
    private final ConsoleAccess access;
    private final OperatorCommands commands;
    private final DeliveryConfirmations deliveries;
    private final FixGateway gateway;
    private final LedgerView ledger;
    private final OperatorAudit audit;
    private final Map<String, Participant> participants = new TreeMap<>();
    private Settlement settlementCache;
    private String settlementProblem;
    private long settlementReadAtMs;
    private boolean settlementRead;

    ConsoleApi(final MarketConfig market, final DataDirectory data, final BookMirror mirror, final ConsoleAccess access,
        final OperatorCommands commands, final DeliveryConfirmations deliveries, final FixGateway gateway,
        final LedgerView ledger, final OperatorAudit audit)
    {
        this.market = market;
        this.data = data;
        this.mirror = mirror;
        this.access = access;
        this.commands = commands;
        this.deliveries = deliveries;
        this.gateway = gateway;
        this.ledger = ledger;
        this.audit = audit;
        market.participants().forEach(participant -> participants.put(participant.id(), participant));
    }

    @Override
    public void handle(final HttpExchange exchange) throws IOException
    {
        try (exchange)
        {
            try
            {
                route(exchange);
            }
            catch (final ApiException ex)
            {
                sendJson(exchange, ex.status(), Map.of("error", ex.getMessage()));
            }
            catch (final RuntimeException ex)
            {
                System.err.println("gscx admin: " + exchange.getRequestMethod() + " " + exchange.getRequestURI() + ": " + ex);
                sendJson(exchange, 500, Map.of("error", "internal error: " + ex.getMessage()));
            }
        }
    }

    private void route(final HttpExchange exchange) throws IOException
    {
        final String path = exchange.getRequestURI().getPath();
        final String method = exchange.getRequestMethod();
        if (STATIC.containsKey(path))
        {
            requireMethod(method, "GET");
            sendStatic(exchange, STATIC.get(path));
            return;
        }
        if (path.equals("/metrics"))
        {
            requireMethod(method, "GET");
            send(exchange, 200, "text/plain; version=0.0.4; charset=utf-8", metrics().getBytes(StandardCharsets.UTF_8));
            return;
        }
        if (path.equals("/api/login"))
        {
            requireMethod(method, "POST");
            login(exchange);
            return;
        }
        final String[] parts = path.split("/", -1);
        if (parts.length < 3 || !parts[1].equals("api"))
        {
            throw new ApiException(404, "no such page: " + path);
        }
        final Map<String, String> query = query(exchange);
        final String resource = parts[2];
        final ConsoleAccess.Session session = session(exchange);
        switch (resource)
        {
            case "session" ->
            {
                requireMethod(method, "GET");
                sendJson(exchange, 200, sessionJson(session));
            }
            case "logout" ->
            {
                requireMethod(method, "POST");
                checkCsrf(exchange, session);
                access.logout(session.token());
                exchange.getResponseHeaders().add("Set-Cookie", SESSION_COOKIE + "=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0");
                sendJson(exchange, 200, Map.of("loggedOut", session.user()));
            }
            case "instruments" -> instruments(exchange, method, parts, query, session);
            case "participants" -> participants(exchange, method, parts, session);
            case "fix-sessions" ->
            {
                requireGet(method, parts, 3);
                sendJson(exchange, 200, fixSessions());
            }
            case "trades" ->
            {
                requireGet(method, parts, 3);
                final int limit = intParam(query, "limit", 50, 1, 200);
                sendJson(exchange, 200, object("trades", trades(limit), "rejects", rejects(limit)));
            }
            case "ledger" -> ledger(exchange, method, parts, query, session);
            case "settlement" -> settlement(exchange, method, parts, query);
            case "deliveries" -> deliveries(exchange, method, parts, session);
            case "health" ->
            {
                requireGet(method, parts, 3);
                sendJson(exchange, 200, health());
            }
            case "audit" ->
            {
                requireGet(method, parts, 3);
                sendJson(exchange, 200, object("file", audit.file().toString(),
                    "records", audit.recent(intParam(query, "limit", 50, 1, 1000))));
            }
            default -> throw new ApiException(404, "no such resource: " + path);
        }
    }

    // ---- login and sessions

    private void login(final HttpExchange exchange) throws IOException
    {
        final JsonNode body = jsonBody(exchange);
        final String user = text(body, "user", true);
        final String password = text(body, "password", true);
        final ConsoleAccess.Session session = access.login(user, password,
            exchange.getRemoteAddress().getAddress().getHostAddress());
        exchange.getResponseHeaders().add("Set-Cookie",
            SESSION_COOKIE + "=" + session.token() + "; Path=/; HttpOnly; SameSite=Strict");
        sendJson(exchange, 200, sessionJson(session));
    }

    private static Map<String, Object> sessionJson(final ConsoleAccess.Session session)
    {
        final Map<String, Object> json = new LinkedHashMap<>();
        json.put("user", session.user());
        json.put("role", session.role().name());
        json.put("csrfToken", session.csrfToken());
        return json;
    }

    private ConsoleAccess.Session session(final HttpExchange exchange)
    {
        String token = null;
        for (final String header : exchange.getRequestHeaders().getOrDefault("Cookie", List.of()))
        {
            for (final String cookie : header.split(";"))
            {
                final String trimmed = cookie.trim();
                if (trimmed.startsWith(SESSION_COOKIE + "="))
                {
                    token = trimmed.substring(SESSION_COOKIE.length() + 1);
                }
            }
        }
        final ConsoleAccess.Session session = access.session(token);
        if (session == null)
        {
            throw new ApiException(401, "log in first (POST /api/login)");
        }
        return session;
    }

    private static void requireRole(final ConsoleAccess.Session session, final ConsoleRole role, final String what)
    {
        if (session.role() != role)
        {
            throw new ApiException(403, what + " needs the " + role + " role; " + session.user() + " is " + session.role());
        }
    }

    private static void checkCsrf(final HttpExchange exchange, final ConsoleAccess.Session session)
    {
        final String token = exchange.getRequestHeaders().getFirst(CSRF_HEADER);
        if (token == null || !java.security.MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8),
            session.csrfToken().getBytes(StandardCharsets.UTF_8)))
        {
            throw new ApiException(403, "missing or wrong " + CSRF_HEADER + " header (the csrfToken of the login answer)");
        }
    }

    /** Role first, then CSRF: an operator action's gate. */
    private static void operatorAction(final HttpExchange exchange, final ConsoleAccess.Session session, final String what)
    {
        requireRole(session, ConsoleRole.OPERATOR, what);
        checkCsrf(exchange, session);
    }

    // ---- instruments

    private void instruments(final HttpExchange exchange, final String method, final String[] parts,
        final Map<String, String> query, final ConsoleAccess.Session session) throws IOException
    {
        final Instant now = Instant.now();
        if (parts.length == 3)
        {
            requireMethod(method, "GET");
            final int depth = intParam(query, "depth", 5, 1, 50);
            final List<Object> list = new ArrayList<>();
            for (final BookMirror.InstrumentView view : mirror.instruments(depth, now))
            {
                list.add(instrumentJson(view));
            }
            sendJson(exchange, 200, Map.of("instruments", list));
            return;
        }
        final String symbol = parts[3];
        if (!SYMBOL.matcher(symbol).matches())
        {
            throw ApiException.badRequest("not a symbol: " + symbol);
        }
        if (parts.length == 5 && parts[4].equals("book"))
        {
            requireMethod(method, "GET");
            final int depth = intParam(query, "depth", 10, 1, 200);
            final BookMirror.InstrumentView view = mirror.instrument(symbol, depth, now);
            if (view == null)
            {
                throw new ApiException(404, "unknown instrument " + symbol);
            }
            sendJson(exchange, 200, instrumentJson(view));
            return;
        }
        if (parts.length == 5 && (parts[4].equals("halt") || parts[4].equals("resume")))
        {
            requireMethod(method, "POST");
            final String action = parts[4].toUpperCase(Locale.ROOT);
            operatorAction(exchange, session, action);
            final JsonNode body = jsonBody(exchange);
            final String reason = text(body, "reason", false);
            if (!mirror.knows(symbol))
            {
                throw ApiException.badRequest("unknown instrument " + symbol);
            }
            final String line = action + "," + nowNanos() + "," + symbol;
            act(exchange, session, action, symbol, reason == null ? "" : reason, () ->
                object("command", line, "inboundIndex", commands.append(line)));
            return;
        }
        throw new ApiException(404, "no such resource: " + exchange.getRequestURI().getPath());
    }

    private static Map<String, Object> instrumentJson(final BookMirror.InstrumentView view)
    {
        final Map<String, Object> json = new LinkedHashMap<>();
        json.put("symbol", view.symbol());
        json.put("state", view.state());
        json.put("bestBid", view.bids().isEmpty() ? null : price(view.bids().get(0).price(), view.priceDecimals()));
        json.put("bestBidQuantity", view.bids().isEmpty() ? null : view.bids().get(0).quantity());
        json.put("bestAsk", view.asks().isEmpty() ? null : price(view.asks().get(0).price(), view.priceDecimals()));
        json.put("bestAskQuantity", view.asks().isEmpty() ? null : view.asks().get(0).quantity());
        json.put("lastPrice", view.lastTrade() == null ? null : price(view.lastTrade().price(), view.priceDecimals()));
        json.put("lastQuantity", view.lastTrade() == null ? null : view.lastTrade().quantity());
        json.put("volume", view.volume());
        json.put("bids", levels(view.bids(), view.priceDecimals()));
        json.put("asks", levels(view.asks(), view.priceDecimals()));
        return json;
    }

    private static List<Object> levels(final List<BookMirror.Level> levels, final int decimals)
    {
        final List<Object> json = new ArrayList<>();
        for (final BookMirror.Level level : levels)
        {
            json.add(object("price", price(level.price(), decimals), "quantity", level.quantity()));
        }
        return json;
    }

    private static String price(final long price, final int decimals)
    {
        return FixedPoint.toString(price, decimals);
    }

    /** Money, unit-hours and scores: fixed point with its 4 decimals, as the ledger writes amounts. */
    private static String money(final long fixedPoint)
    {
        return FixedPoint.toString(fixedPoint, FixedPoint.SCALE);
    }

    /** A JSON object with its fields in the order given. */
    private static Map<String, Object> object(final Object... keysAndValues)
    {
        final Map<String, Object> json = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2)
        {
            json.put((String)keysAndValues[i], keysAndValues[i + 1]);
        }
        return json;
    }

    // ---- participants

    private void participants(final HttpExchange exchange, final String method, final String[] parts,
        final ConsoleAccess.Session session) throws IOException
    {
        if (parts.length == 3)
        {
            requireMethod(method, "GET");
            sendJson(exchange, 200, object("participants", participantList(), "reliabilityNote", reliabilityNote()));
            return;
        }
        final String id = parts[3];
        if (parts.length == 5 && parts[4].equals("mass-cancel"))
        {
            requireMethod(method, "POST");
            operatorAction(exchange, session, "MASS_CANCEL");
            final JsonNode body = jsonBody(exchange);
            final String symbol = text(body, "symbol", false);
            if (!PARTICIPANT.matcher(id).matches() || !participants.containsKey(id))
            {
                throw ApiException.badRequest("unknown participant " + id);
            }
            if (symbol != null && !mirror.knows(symbol))
            {
                throw ApiException.badRequest("unknown instrument " + symbol);
            }
            final String line = "MASS_CANCEL," + nowNanos() + "," + id + "," + (symbol == null ? "*" : symbol);
            act(exchange, session, "MASS_CANCEL", id, symbol == null ? "all instruments" : symbol, () ->
                object("command", line, "inboundIndex", commands.append(line)));
            return;
        }
        if (parts.length == 5 && (parts[4].equals("kill") || parts[4].equals("reinstate")))
        {
            requireMethod(method, "POST");
            final String action = parts[4].toUpperCase(Locale.ROOT);
            operatorAction(exchange, session, action);
            final String reason = text(jsonBody(exchange), "reason", false);
            requireParticipant(id);
            final String line = action + "," + nowNanos() + "," + id;
            act(exchange, session, action, id, reason == null ? "" : reason, () ->
            {
                final Map<String, Object> result = object("command", line, "inboundIndex", commands.append(line));
                if (action.equals("KILL"))
                {
                    // After the KILL is journaled: an order the participant sends meanwhile is rejected, not lost.
                    result.put("fixDisconnect", gateway == null ? "no FIX gateway in this process" :
                        gateway.disconnect(id, "Kill switch") ? "requested" : "no FIX session");
                }
                return result;
            });
            return;
        }
        if (parts.length == 5 && parts[4].equals("credit-limit"))
        {
            requireMethod(method, "POST");
            operatorAction(exchange, session, "CREDIT_LIMIT");
            final String limitText = text(jsonBody(exchange), "creditLimit", true);
            requireParticipant(id);
            long limit;
            try
            {
                limit = FixedPoint.parse(limitText);
            }
            catch (final IllegalArgumentException ex)
            {
                limit = -1;
            }
            if (limit < 0 || !limitText.matches("[0-9]+(\\.[0-9]{1,4})?"))
            {
                throw ApiException.badRequest("creditLimit must be a decimal string >= 0 with at most 4 decimals " +
                    "(0 = unlimited), got " + limitText);
            }
            final String line = "CREDIT_LIMIT," + nowNanos() + "," + id + "," + money(limit);
            act(exchange, session, "CREDIT_LIMIT", id, money(limit) + " CNY", () ->
                object("command", line, "inboundIndex", commands.append(line)));
            return;
        }
        throw new ApiException(404, "no such resource: " + exchange.getRequestURI().getPath());
    }

    private void requireParticipant(final String id)
    {
        if (!PARTICIPANT.matcher(id).matches() || !participants.containsKey(id))
        {
            throw ApiException.badRequest("unknown participant " + id);
        }
    }

    private List<Object> participantList()
    {
        final Map<String, BookMirror.Exposure> exposures = mirror.exposures();
        final java.util.Set<String> blocked = mirror.blockedParticipants();
        final Map<String, Long> creditLimits = mirror.changedCreditLimits();
        final Map<String, FixSessionStatus> statuses = new LinkedHashMap<>();
        if (gateway != null)
        {
            gateway.sessionStatuses().forEach(status -> statuses.put(status.id(), status));
        }
        final Settlement settlement = settlement();
        final Map<String, Long> reliability = settlement == null ? Map.of() :
            settlement.reliability().scores(settlement.clock());
        final List<Object> list = new ArrayList<>();
        for (final Participant participant : participants.values())
        {
            final BookMirror.Exposure exposure = exposures.getOrDefault(participant.id(),
                new BookMirror.Exposure(0, 0, 0, 0, 0));
            final Map<String, Object> json = new LinkedHashMap<>();
            json.put("id", participant.id());
            json.put("name", participant.name());
            json.put("homeExchange", participant.homeExchange().name());
            json.put("roles", participant.roles().stream().map(Enum::name).sorted().toList());
            final Long changedLimit = creditLimits.get(participant.id());
            json.put("creditLimit", changedLimit == null ? participant.creditLimit().toPlainString() :
                new java.math.BigDecimal(money(changedLimit)).stripTrailingZeros().toPlainString());
            json.put("creditLimitChanged", changedLimit != null);
            json.put("blocked", blocked.contains(participant.id()));
            json.put("openBuyNotional", money(exposure.openBuyNotional()));
            json.put("boughtNotional", money(exposure.boughtNotional()));
            json.put("creditUsed", money(
                FixedPoint.saturatedAdd(exposure.openBuyNotional(), exposure.boughtNotional())));
            json.put("soldNotional", money(exposure.soldNotional()));
            json.put("openSellUnits", exposure.openSellUnits());
            json.put("openOrders", exposure.openOrders());
            final List<Object> capacity = new ArrayList<>();
            for (final Capacity registered : participant.capacity())
            {
                capacity.add(object("resource", registered.resource(), "site", registered.site(), "units",
                    registered.units()));
            }
            json.put("capacity", capacity);
            final FixSessionStatus status = statuses.get(participant.id());
            json.put("connection", gateway == null ? "UNKNOWN" : status != null && status.loggedOn() ? "LOGGED_ON" :
                "DISCONNECTED");
            final Long score = reliability.get(participant.id());
            json.put("reliability", score == null ? null : money(score));
            list.add(json);
        }
        return list;
    }

    private String reliabilityNote()
    {
        return settlement() == null ? "settlement journal not readable: " + settlementProblem :
            "delivered / obligated unit-hours of deliveries decided within settlement.reliabilityWindow (1.0000 = all)";
    }

    // ---- FIX sessions

    private Map<String, Object> fixSessions()
    {
        final Map<String, Object> json = new LinkedHashMap<>();
        if (gateway == null)
        {
            json.put("gateway", null);
            json.put("sessions", List.of());
            json.put("note", "no FIX gateway runs in this process");
            return json;
        }
        json.put("gateway", gateway.address());
        final List<Object> sessions = new ArrayList<>();
        for (final FixSessionStatus status : gateway.sessionStatuses())
        {
            final Map<String, Object> session = new LinkedHashMap<>();
            session.put("id", status.id());
            session.put("dropCopy", status.dropCopy());
            session.put("loggedOn", status.loggedOn());
            session.put("nextSenderSeq", status.nextSenderSeq());
            session.put("nextTargetSeq", status.nextTargetSeq());
            sessions.add(session);
        }
        json.put("sessions", sessions);
        final GatewayCounters counters = gateway.counters();
        json.put("openConnections", counters.openConnections());
        json.put("messagesReceived", counters.messagesReceived());
        json.put("executionReports", counters.executionReports());
        return json;
    }

    // ---- trades

    private static List<Object> trades(final BookMirror mirror, final int limit)
    {
        final List<Object> list = new ArrayList<>();
        for (final BookMirror.Trade trade : mirror.recentTrades(limit))
        {
            final Map<String, Object> json = new LinkedHashMap<>();
            json.put("tradeId", trade.tradeId());
            json.put("engineSeq", trade.engineSeq());
            json.put("time", time(trade.timestamp()));
            json.put("symbol", trade.symbol());
            json.put("price", price(trade.price(), trade.priceDecimals()));
            json.put("quantity", trade.quantity());
            json.put("notional", money(FixedPoint.notional(trade.price(), trade.quantity(),
                trade.deliveryHours())));
            json.put("buyer", trade.buyer());
            json.put("seller", trade.seller());
            json.put("aggressor", trade.aggressor() == 'B' ? "BUY" : trade.aggressor() == 'S' ? "SELL" : null);
            list.add(json);
        }
        return list;
    }

    private List<Object> trades(final int limit)
    {
        return trades(mirror, limit);
    }

    private List<Object> rejects(final int limit)
    {
        final List<Object> list = new ArrayList<>();
        for (final BookMirror.Reject reject : mirror.recentRejects(limit))
        {
            final Map<String, Object> json = new LinkedHashMap<>();
            json.put("engineSeq", reject.engineSeq());
            json.put("time", time(reject.timestamp()));
            json.put("participant", reject.participant());
            json.put("symbol", reject.symbol());
            json.put("reason", reject.reason());
            list.add(json);
        }
        return list;
    }

    // ---- ledger

    private void ledger(final HttpExchange exchange, final String method, final String[] parts,
        final Map<String, String> query, final ConsoleAccess.Session session) throws IOException
    {
        if (parts.length != 4)
        {
            throw new ApiException(404, "no such resource: " + exchange.getRequestURI().getPath());
        }
        requireMethod(method, "GET");
        switch (parts[3])
        {
            case "balances" ->
            {
                final String participant = query.get("participant");
                if (participant != null && !participants.containsKey(participant))
                {
                    throw ApiException.badRequest("unknown participant " + participant);
                }
                sendJson(exchange, 200, balances(participant));
            }
            case "export" ->
            {
                requireRole(session, ConsoleRole.AUDITOR, "a ledger export");
                export(exchange, query);
            }
            default -> throw new ApiException(404, "no such resource: " + exchange.getRequestURI().getPath());
        }
    }

    private Map<String, Object> balances(final String participant)
    {
        final Map<String, Object> json = new LinkedHashMap<>();
        if (!ledgerPresent())
        {
            json.put("accounts", List.of());
            json.put("trialBalance", null);
            json.put("note", "no ledger journal yet in " + data.root().resolve("ledger"));
            return json;
        }
        final Map<String, Long> balances = new TreeMap<>(ledger.balancesAt(Long.MAX_VALUE));
        final List<String> wanted = participant == null ? null : ledger.chart().accountsOf(participant);
        final List<Object> accounts = new ArrayList<>();
        for (final Map.Entry<String, Long> balance : balances.entrySet())
        {
            if (wanted == null || wanted.contains(balance.getKey()))
            {
                accounts.add(object("account", balance.getKey(), "balance", EntryCodec.amountText(balance.getValue())));
            }
        }
        json.put("accounts", accounts);
        final TrialBalance trial = ledger.trialBalance();
        final Map<String, Object> byExchange = new LinkedHashMap<>();
        for (final Map.Entry<ExchangeId, Long> entry : trial.byExchange().entrySet())
        {
            byExchange.put(entry.getKey().name(), EntryCodec.amountText(entry.getValue()));
        }
        json.put("trialBalance", object("total", EntryCodec.amountText(trial.total()), "byExchange", byExchange));
        return json;
    }

    private boolean ledgerPresent()
    {
        return hasQueueFiles(data.root().resolve("ledger"));
    }

    private void export(final HttpExchange exchange, final Map<String, String> query) throws IOException
    {
        final String formatText = query.getOrDefault("format", "csv");
        final ExportFormat format;
        if (formatText.equals("csv"))
        {
            format = ExportFormat.CSV;
        }
        else if (formatText.equals("jsonl"))
        {
            format = ExportFormat.JSONL;
        }
        else
        {
            throw ApiException.badRequest("format must be csv or jsonl, got " + formatText);
        }
        final String participant = query.get("participant");
        if (participant != null && !participants.containsKey(participant))
        {
            throw ApiException.badRequest("unknown participant " + participant);
        }
        ExchangeId exchangeId = null;
        if (query.containsKey("exchange"))
        {
            try
            {
                exchangeId = ExchangeId.valueOf(query.get("exchange"));
            }
            catch (final IllegalArgumentException ex)
            {
                throw ApiException.badRequest("exchange must be SZDE or GYBDE, got " + query.get("exchange"));
            }
        }
        if (!ledgerPresent())
        {
            throw new ApiException(503, "no ledger journal yet in " + data.root().resolve("ledger"));
        }
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        final long entries = EntryExporter.export(ledger, new EntryFilter(Long.MIN_VALUE, Long.MAX_VALUE, participant,
            exchangeId), format, out);
        final String name = "gscx-ledger" + (participant == null ? "" : "-" + participant) +
            (exchangeId == null ? "" : "-" + exchangeId) + "." + formatText;
        exchange.getResponseHeaders().add("Content-Disposition", "attachment; filename=\"" + name + "\"");
        exchange.getResponseHeaders().add("X-Ledger-Entries", Long.toString(entries));
        send(exchange, 200, format == ExportFormat.CSV ? "text/csv; charset=utf-8" : "application/x-ndjson; charset=utf-8",
            out.toByteArray());
    }

    // ---- settlement

    private synchronized Settlement settlement()
    {
        final long now = System.currentTimeMillis();
        if (settlementRead && now - settlementReadAtMs < SETTLEMENT_CACHE_MS)
        {
            return settlementCache;
        }
        settlementRead = true;
        settlementReadAtMs = now;
        final Path directory = data.root().resolve("settlement");
        if (!hasQueueFiles(directory))
        {
            settlementCache = null;
            settlementProblem = "no settlement journal yet in " + directory;
            return null;
        }
        try (SettlementJournal journal = SettlementJournal.openForReading(directory))
        {
            settlementCache = SettlementBook.replay(journal, market);
            settlementProblem = null;
        }
        catch (final RuntimeException ex)
        {
            settlementCache = null;
            settlementProblem = ex.getMessage();
        }
        return settlementCache;
    }

    private void settlement(final HttpExchange exchange, final String method, final String[] parts,
        final Map<String, String> query) throws IOException
    {
        if (parts.length != 4)
        {
            throw new ApiException(404, "no such resource: " + exchange.getRequestURI().getPath());
        }
        requireMethod(method, "GET");
        ObligationState state = null;
        if (parts[3].equals("obligations") && query.containsKey("state"))
        {
            try
            {
                state = ObligationState.valueOf(query.get("state"));
            }
            catch (final IllegalArgumentException ex)
            {
                throw ApiException.badRequest("state must be one of PENDING, CONFIRMED, PARTIAL, FAILED, got " +
                    query.get("state"));
            }
        }
        final int limit = intParam(query, "limit", 100, 1, 10_000);
        final Settlement settlement = settlement();
        final Map<String, Object> json = new LinkedHashMap<>();
        if (settlement == null)
        {
            json.put("note", settlementProblem);
        }
        switch (parts[3])
        {
            case "obligations" -> json.put("obligations", settlement == null ? List.of() :
                obligations(settlement, state, limit));
            case "cycles" -> json.put("cycles", settlement == null ? List.of() : cycles(settlement, limit, false));
            case "instructions" -> json.put("instructions", settlement == null ? List.of() :
                cycles(settlement, limit, true));
            default -> throw new ApiException(404, "no such resource: " + exchange.getRequestURI().getPath());
        }
        sendJson(exchange, 200, json);
    }

    private static List<Object> obligations(final Settlement settlement, final ObligationState state, final int limit)
    {
        final List<DeliveryObligation> all = settlement.obligations();
        final List<Object> list = new ArrayList<>();
        for (int i = all.size() - 1; i >= 0 && list.size() < limit; i--)
        {
            final DeliveryObligation obligation = all.get(i);
            if (state != null && obligation.state() != state)
            {
                continue;
            }
            final Map<String, Object> json = new LinkedHashMap<>();
            json.put("obligationId", obligation.obligationId());
            json.put("state", obligation.state().name());
            json.put("symbol", obligation.symbol());
            json.put("buyer", obligation.buyer());
            json.put("provider", obligation.provider());
            json.put("crossExchange", obligation.crossExchange());
            json.put("unitHours", money(obligation.obligatedUnitHours()));
            json.put("deliveredUnitHours", money(obligation.deliveredUnitHours()));
            json.put("notional", money(obligation.notional()));
            json.put("released", money(obligation.released()));
            json.put("refunded", money(obligation.refunded()));
            json.put("penalty", money(obligation.penalty()));
            json.put("deadline", time(obligation.deadline()));
            list.add(json);
        }
        return list;
    }

    private static List<Object> cycles(final Settlement settlement, final int limit, final boolean instructionsOnly)
    {
        final List<SettlementCycle> cycles = settlement.cycles();
        final List<Object> list = new ArrayList<>();
        for (int i = cycles.size() - 1; i >= 0 && list.size() < limit; i--)
        {
            final SettlementCycle cycle = cycles.get(i);
            final List<Object> instructions = new ArrayList<>();
            for (final SettlementInstruction instruction : cycle.instructions())
            {
                final Map<String, Object> json = new LinkedHashMap<>();
                json.put("instructionId", instruction.instructionId());
                json.put("cycleId", Long.toString(instruction.cycleId()));
                json.put("payer", instruction.payer());
                json.put("payee", instruction.payee());
                json.put("amount", money(instruction.amount()));
                json.put("currency", instruction.currency());
                if (instructionsOnly)
                {
                    if (list.size() < limit)
                    {
                        list.add(json);
                    }
                }
                else
                {
                    instructions.add(json);
                }
            }
            if (!instructionsOnly)
            {
                final Map<String, Object> json = new LinkedHashMap<>();
                json.put("cycleId", Long.toString(cycle.cycleId()));
                json.put("start", time(cycle.start()));
                json.put("end", time(cycle.end()));
                json.put("endOfDay", cycle.endOfDay());
                final Map<String, Object> nets = new TreeMap<>();
                cycle.participantNets().forEach((id, net) -> nets.put(id, money(net)));
                json.put("participantNets", nets);
                final Map<String, Object> clearing = new TreeMap<>();
                cycle.clearingNets().forEach((id, net) -> clearing.put(id.name(), money(net)));
                json.put("clearingNets", clearing);
                json.put("instructions", instructions);
                list.add(json);
            }
        }
        return list;
    }

    // ---- deliveries

    private void deliveries(final HttpExchange exchange, final String method, final String[] parts,
        final ConsoleAccess.Session session) throws IOException
    {
        if (parts.length == 4 && parts[3].equals("fail"))
        {
            failDelivery(exchange, method, session);
            return;
        }
        if (parts.length != 4 || !parts[3].equals("confirm"))
        {
            throw new ApiException(404, "no such resource: " + exchange.getRequestURI().getPath());
        }
        requireMethod(method, "POST");
        operatorAction(exchange, session, "CONFIRM_DELIVERY");
        final JsonNode body = jsonBody(exchange);
        final String obligationId = text(body, "obligationId", true);
        final var matcher = OBLIGATION.matcher(obligationId);
        if (!matcher.matches())
        {
            throw ApiException.badRequest("obligationId must be DO-<tradeId>, got " + obligationId);
        }
        final String unitHoursText = text(body, "deliveredUnitHours", true);
        long unitHours;
        try
        {
            unitHours = FixedPoint.parse(unitHoursText);
        }
        catch (final IllegalArgumentException ex)
        {
            unitHours = FixedPoint.MALFORMED;
        }
        if (unitHours == FixedPoint.MALFORMED || unitHours == FixedPoint.TOO_PRECISE || unitHours <= 0)
        {
            throw ApiException.badRequest("deliveredUnitHours must be a decimal > 0 with at most 4 decimals, got " +
                unitHoursText);
        }
        final List<String> evidence = new ArrayList<>();
        final JsonNode evidenceNode = body.get("evidence");
        if (evidenceNode != null && !evidenceNode.isNull())
        {
            if (!evidenceNode.isArray() || evidenceNode.size() > 16)
            {
                throw ApiException.badRequest("evidence must be a list of at most 16 strings");
            }
            for (final JsonNode item : evidenceNode)
            {
                if (!item.isTextual() || !EVIDENCE.matcher(item.asText()).matches())
                {
                    throw ApiException.badRequest("evidence items must be 1-64 printable characters, got " + item);
                }
                evidence.add(item.asText());
            }
        }
        final Settlement settlement = settlement();
        if (settlement != null)
        {
            final DeliveryObligation obligation = settlement.obligation(Long.parseLong(matcher.group(1))).orElse(null);
            if (obligation == null)
            {
                throw ApiException.badRequest("unknown obligation " + obligationId);
            }
            if (obligation.state() != ObligationState.PENDING)
            {
                throw ApiException.badRequest(obligationId + " is already decided: " + obligation.state());
            }
        }
        if (deliveries == null)
        {
            throw new ApiException(503, "no Kafka configured for this console: delivery confirmations cannot be sent");
        }
        final long time = nowNanos();
        final Map<String, Object> record = new LinkedHashMap<>();
        record.put("type", "DELIVERY_CONFIRMATION");
        record.put("schemaVersion", 1);
        record.put("confirmationId", "admin-" + session.user() + "-" + obligationId + "-" + time);
        record.put("obligationId", obligationId);
        record.put("deliveredUnitHours", money(unitHours));
        record.put("confirmedBy", session.user());
        record.put("time", time);
        record.put("evidence", evidence);
        act(exchange, session, "CONFIRM_DELIVERY", obligationId, money(unitHours) + " unit-hours", () ->
        {
            final String position = deliveries.publish(JSON.writeValueAsBytes(record));
            return object("record", record, "topic", deliveries.topic(), "position", position);
        });
    }

    // ---- health and metrics

    private Map<String, Object> health()
    {
        final BookMirror.Counters counters = mirror.counters();
        final Map<String, Object> json = new LinkedHashMap<>();
        json.put("engineSeq", counters.engineSeq());
        json.put("lastEventTime", counters.lastEventTimestamp() == 0 ? null : time(counters.lastEventTimestamp()));
        json.put("inboundEntries", counters.inboundEntries());
        final Map<String, Object> journals = new LinkedHashMap<>();
        journalSizes().forEach(journals::put);
        json.put("journalBytes", journals);
        final long ledgerFills = ledgerFillEntries();
        final Map<String, Object> components = new LinkedHashMap<>();
        components.put("engine", counters.engineSeq() > 0 ? "events up to engineSeq " + counters.engineSeq() :
            "no events yet");
        components.put("gateway", gateway == null ? "not in this process" : "listening on " + gateway.address() + ", " +
            gateway.counters().openConnections() + " connections");
        components.put("ledger", ledgerFills < 0 ? "no journal yet" : ledgerFills + " fills booked");
        final Settlement settlement = settlement();
        components.put("settlement", settlement == null ? settlementProblem :
            settlement.obligations().size() + " obligations, " + settlement.closedCycles() + " closed cycles");
        components.put("kafka", deliveries == null ? "not configured" : "configured");
        json.put("components", components);
        json.put("ledgerLagFills", ledgerFills < 0 ? null : Math.max(0, counters.fills() - ledgerFills));
        json.put("adminSessions", access.sessions());
        return json;
    }

    /** FILL entries in the ledger journal, or -1 when there is none. */
    private long ledgerFillEntries()
    {
        if (!ledgerPresent())
        {
            return -1;
        }
        long fills = 0;
        for (final JournalEntry entry : ledger.entries(EntryFilter.ALL))
        {
            if (entry.kind() == EntryKind.FILL)
            {
                fills++;
            }
        }
        return fills;
    }

    private Map<String, Long> journalSizes()
    {
        final Map<String, Long> sizes = new LinkedHashMap<>();
        sizes.put("inbound", size(data.inbound()));
        sizes.put("outbound", size(data.outbound()));
        sizes.put("ledger", size(data.root().resolve("ledger")));
        sizes.put("settlement", size(data.root().resolve("settlement")));
        return sizes;
    }

    private String metrics()
    {
        final BookMirror.Counters counters = mirror.counters();
        final StringBuilder out = new StringBuilder();
        counter(out, "gscx_orders_accepted_total", "Orders the engine accepted.", counters.accepted());
        out.append("# HELP gscx_orders_rejected_total Requests the engine rejected, by reason.\n")
            .append("# TYPE gscx_orders_rejected_total counter\n");
        counters.rejectsByReason().forEach((reason, count) ->
            out.append("gscx_orders_rejected_total{reason=\"").append(reason).append("\"} ").append(count).append('\n'));
        out.append("# HELP gscx_orders_cancelled_total Orders cancelled, by reason.\n")
            .append("# TYPE gscx_orders_cancelled_total counter\n");
        counters.cancelsByReason().forEach((reason, count) ->
            out.append("gscx_orders_cancelled_total{reason=\"").append(reason).append("\"} ").append(count).append('\n'));
        counter(out, "gscx_orders_replaced_total", "Orders replaced.", counters.replaced());
        counter(out, "gscx_fills_total", "Trades.", counters.fills());
        gauge(out, "gscx_engine_seq", "The last engineSeq the console has seen.", counters.engineSeq());
        gauge(out, "gscx_inbound_entries", "Inbound journal entries the console has read.", counters.inboundEntries());
        out.append("# HELP gscx_journal_bytes Size of a journal directory on disk.\n# TYPE gscx_journal_bytes gauge\n");
        journalSizes().forEach((name, bytes) ->
            out.append("gscx_journal_bytes{journal=\"").append(name).append("\"} ").append(bytes).append('\n'));
        final long ledgerFills = ledgerFillEntries();
        if (ledgerFills >= 0)
        {
            gauge(out, "gscx_ledger_lag_fills", "Fills the engine made that the ledger has not booked yet.",
                Math.max(0, counters.fills() - ledgerFills));
        }
        if (gateway != null)
        {
            final GatewayCounters fix = gateway.counters();
            gauge(out, "gscx_fix_connections", "Open FIX connections.", fix.openConnections());
            gauge(out, "gscx_fix_sessions_logged_on", "FIX sessions logged on.",
                gateway.sessionStatuses().stream().filter(FixSessionStatus::loggedOn).count());
            counter(out, "gscx_fix_messages_received_total", "FIX messages received.", fix.messagesReceived());
            counter(out, "gscx_fix_execution_reports_total", "ExecutionReports sent.", fix.executionReports());
            counter(out, "gscx_fix_garbled_messages_total", "Garbled FIX messages ignored.", fix.garbledMessages());
            final Histogram acks = gateway.acknowledgementLatencies();
            out.append("# HELP gscx_fix_ack_latency_seconds From a FIX order, cancel or replace taken by the gateway ")
                .append("to its first ExecutionReport sent (through the journals and the engine).\n")
                .append("# TYPE gscx_fix_ack_latency_seconds summary\n");
            for (final double quantile : new double[] {0.5, 0.9, 0.99, 0.999, 1.0})
            {
                out.append("gscx_fix_ack_latency_seconds{quantile=\"").append(quantile).append("\"} ")
                    .append(seconds(acks.getValueAtPercentile(quantile * 100))).append('\n');
            }
            out.append("gscx_fix_ack_latency_seconds_sum ")
                .append(seconds((long)(acks.getMean() * acks.getTotalCount()))).append('\n')
                .append("gscx_fix_ack_latency_seconds_count ").append(acks.getTotalCount()).append('\n');
        }
        gauge(out, "gscx_admin_sessions", "Admin console sessions.", access.sessions());
        return out.toString();
    }

    /** Nanoseconds as decimal seconds, exactly (no floating point on the way). */
    private static String seconds(final long nanos)
    {
        return java.math.BigDecimal.valueOf(nanos, 9).stripTrailingZeros().toPlainString();
    }

    private static void counter(final StringBuilder out, final String name, final String help, final long value)
    {
        out.append("# HELP ").append(name).append(' ').append(help).append("\n# TYPE ").append(name)
            .append(" counter\n").append(name).append(' ').append(value).append('\n');
    }

    private static void gauge(final StringBuilder out, final String name, final String help, final long value)
    {
        out.append("# HELP ").append(name).append(' ').append(help).append("\n# TYPE ").append(name)
            .append(" gauge\n").append(name).append(' ').append(value).append('\n');
    }

    /** An operator decides a delivery failed now: a DELIVERY_FAILURE record, as {@code gscx settlement fail} sends. */
    private void failDelivery(final HttpExchange exchange, final String method, final ConsoleAccess.Session session)
        throws IOException
    {
        requireMethod(method, "POST");
        operatorAction(exchange, session, "FAIL_DELIVERY");
        final JsonNode body = jsonBody(exchange);
        final String obligationId = text(body, "obligationId", true);
        final var matcher = OBLIGATION.matcher(obligationId);
        if (!matcher.matches())
        {
            throw ApiException.badRequest("obligationId must be DO-<tradeId>, got " + obligationId);
        }
        final String reason = text(body, "reason", true);
        if (reason.isBlank())
        {
            throw ApiException.badRequest("reason must not be empty");
        }
        final Settlement settlement = settlement();
        if (settlement != null)
        {
            final DeliveryObligation obligation = settlement.obligation(Long.parseLong(matcher.group(1))).orElse(null);
            if (obligation == null)
            {
                throw ApiException.badRequest("unknown obligation " + obligationId);
            }
            if (obligation.state() != ObligationState.PENDING)
            {
                throw ApiException.badRequest(obligationId + " is already decided: " + obligation.state());
            }
        }
        if (deliveries == null)
        {
            throw new ApiException(503, "no Kafka configured for this console: delivery failures cannot be sent");
        }
        final Map<String, Object> record = new LinkedHashMap<>();
        record.put("type", DeliveryFailure.TYPE);
        record.put("schemaVersion", 1);
        record.put("obligationId", obligationId);
        record.put("reportedBy", session.user());
        record.put("time", nowNanos());
        record.put("reason", reason);
        act(exchange, session, "FAIL_DELIVERY", obligationId, reason, () ->
        {
            final String position = deliveries.publish(JSON.writeValueAsBytes(record));
            return object("record", record, "topic", deliveries.topic(), "position", position);
        });
    }

    // ---- operator actions

    /** What an action does once every check has passed. */
    private interface Action
    {
        Map<String, Object> run() throws IOException;
    }

    /** Runs an action and writes it to the audit trail with its result, failed or not. */
    private void act(final HttpExchange exchange, final ConsoleAccess.Session session, final String action,
        final String target, final String details, final Action run) throws IOException
    {
        final Map<String, Object> result;
        try
        {
            result = run.run();
        }
        catch (final IOException | RuntimeException ex)
        {
            audit.append(OperatorAudit.record(session.user(), action, target, details, "FAILED: " + ex.getMessage()));
            throw new ApiException(503, action + " failed: " + ex.getMessage());
        }
        audit.append(OperatorAudit.record(session.user(), action, target, details, "OK"));
        final Map<String, Object> json = new LinkedHashMap<>();
        json.put("action", action);
        json.put("target", target);
        json.put("by", session.user());
        json.putAll(result);
        sendJson(exchange, 200, json);
    }

    // ---- plumbing

    private static void requireMethod(final String method, final String allowed)
    {
        if (!method.equals(allowed))
        {
            throw new ApiException(405, "use " + allowed + ", not " + method);
        }
    }

    private static void requireGet(final String method, final String[] parts, final int length)
    {
        if (parts.length != length)
        {
            throw new ApiException(404, "no such resource: /" + String.join("/", parts).substring(1));
        }
        requireMethod(method, "GET");
    }

    private static JsonNode jsonBody(final HttpExchange exchange) throws IOException
    {
        final String type = exchange.getRequestHeaders().getFirst("Content-Type");
        final byte[] bytes = readBody(exchange.getRequestBody());
        if (bytes.length == 0)
        {
            return JSON.createObjectNode();
        }
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json"))
        {
            throw ApiException.badRequest("the body must be JSON (Content-Type: application/json)");
        }
        final JsonNode body;
        try
        {
            body = JSON.readTree(bytes);
        }
        catch (final JsonProcessingException ex)
        {
            throw ApiException.badRequest("the body is not valid JSON: " + ex.getOriginalMessage());
        }
        if (body == null || !body.isObject())
        {
            throw ApiException.badRequest("the body must be a JSON object");
        }
        return body;
    }

    private static byte[] readBody(final InputStream in) throws IOException
    {
        final byte[] bytes = in.readNBytes(MAX_BODY + 1);
        if (bytes.length > MAX_BODY)
        {
            throw ApiException.badRequest("the body is larger than " + MAX_BODY + " bytes");
        }
        return bytes;
    }

    private static String text(final JsonNode body, final String field, final boolean required)
    {
        final JsonNode node = body.get(field);
        if (node == null || node.isNull())
        {
            if (required)
            {
                throw ApiException.badRequest(field + " is required");
            }
            return null;
        }
        if (!node.isTextual() || node.asText().length() > 256)
        {
            throw ApiException.badRequest(field + " must be a string of at most 256 characters");
        }
        return node.asText();
    }

    private static Map<String, String> query(final HttpExchange exchange)
    {
        final Map<String, String> query = new LinkedHashMap<>();
        final String raw = exchange.getRequestURI().getRawQuery();
        if (raw == null || raw.isEmpty())
        {
            return query;
        }
        for (final String pair : raw.split("&"))
        {
            final int equals = pair.indexOf('=');
            final String key = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            final String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            query.put(key, value);
        }
        return query;
    }

    private static int intParam(final Map<String, String> query, final String name, final int defaultValue,
        final int min, final int max)
    {
        final String text = query.get(name);
        if (text == null)
        {
            return defaultValue;
        }
        try
        {
            final int value = Integer.parseInt(text);
            if (value >= min && value <= max)
            {
                return value;
            }
        }
        catch (final NumberFormatException ex)
        {
            // reported below
        }
        throw ApiException.badRequest(name + " must be a whole number in " + min + ".." + max + ", got " + text);
    }

    private static long nowNanos()
    {
        final Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    private static String time(final long epochNanos)
    {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(Instant.ofEpochSecond(Math.floorDiv(epochNanos, 1_000_000_000L),
            Math.floorMod(epochNanos, 1_000_000_000L)).atOffset(MarketConfig.CHINA_STANDARD_TIME));
    }

    private static boolean hasQueueFiles(final Path directory)
    {
        if (!Files.isDirectory(directory))
        {
            return false;
        }
        try (Stream<Path> files = Files.list(directory))
        {
            return files.anyMatch(file -> file.getFileName().toString().endsWith(".cq4"));
        }
        catch (final IOException ex)
        {
            return false;
        }
    }

    private static long size(final Path directory)
    {
        if (!Files.isDirectory(directory))
        {
            return 0;
        }
        try (Stream<Path> files = Files.walk(directory))
        {
            return files.filter(Files::isRegularFile).mapToLong(file ->
            {
                try
                {
                    return Files.size(file);
                }
                catch (final IOException ex)
                {
                    return 0;
                }
            }).sum();
        }
        catch (final IOException ex)
        {
            return 0;
        }
    }

    private static void sendStatic(final HttpExchange exchange, final String name) throws IOException
    {
        try (InputStream in = ConsoleApi.class.getResourceAsStream("web/" + name))
        {
            if (in == null)
            {
                throw new ApiException(404, "missing resource " + name);
            }
            final String type = name.endsWith(".html") ? "text/html; charset=utf-8" :
                name.endsWith(".js") ? "text/javascript; charset=utf-8" : "text/css; charset=utf-8";
            exchange.getResponseHeaders().add("Content-Security-Policy",
                "default-src 'self'; frame-ancestors 'none'; form-action 'self'");
            send(exchange, 200, type, in.readAllBytes());
        }
    }

    private static void sendJson(final HttpExchange exchange, final int status, final Object body) throws IOException
    {
        send(exchange, status, "application/json; charset=utf-8", JSON.writeValueAsBytes(body));
    }

    private static void send(final HttpExchange exchange, final int status, final String type, final byte[] body)
        throws IOException
    {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0)
        {
            try (OutputStream out = exchange.getResponseBody())
            {
                out.write(body);
            }
        }
    }
}
