package com.guishen.gscx.config;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the optional settings sections (fees, risk, ports, kafka, settlement): every setting
 * has a default, and a bad one is reported with its path and value.
 */
final class SettingsReader
{
    private static final BigDecimal MAX_FEE_BPS = BigDecimal.valueOf(1000);
    private static final Pattern TOPIC_NAME = Pattern.compile("[A-Za-z0-9._-]{1,249}");
    private static final Duration DAY = Duration.ofDays(1);

    private SettingsReader()
    {
    }

    static FeeSchedule fees(final ConfigNode section)
    {
        final ConfigNode fields = section.mapping(false, names(ExchangeId.values()));
        final Map<ExchangeId, FeeRates> rates = new EnumMap<>(ExchangeId.class);
        for (final ExchangeId exchange : ExchangeId.values())
        {
            rates.put(exchange, feeRates(fields.get(exchange.name()), FeeSchedule.DEFAULT_RATES));
        }
        return new FeeSchedule(rates);
    }

    /** Maker and taker rates in basis points, each defaulting to the given rates. */
    static FeeRates feeRates(final ConfigNode node, final FeeRates defaults)
    {
        final ConfigNode fields = node.mapping(false, "makerBps", "takerBps");
        return new FeeRates(
            basisPoints(fields.get("makerBps"), defaults == null ? BigDecimal.ZERO : defaults.makerBps()),
            basisPoints(fields.get("takerBps"), defaults == null ? BigDecimal.ZERO : defaults.takerBps()));
    }

    private static BigDecimal basisPoints(final ConfigNode node, final BigDecimal defaultValue)
    {
        final BigDecimal bps = node.decimal(defaultValue);
        if (bps != null && (bps.signum() < 0 || bps.compareTo(MAX_FEE_BPS) > 0))
        {
            node.error("must be >= 0 and <= 1000 basis points, got " + node.got());
            return null;
        }
        return bps;
    }

    static RiskSettings risk(final ConfigNode section)
    {
        final ConfigNode fields = section.mapping(
            false, "defaultPriceBandPct", "maxOrderNotional", "maxOpenOrdersPerParticipant", "maxOrdersPerSecond");
        final BigDecimal band = fields.get("defaultPriceBandPct")
            .percentBelowHundred(new BigDecimal(RiskSettings.DEFAULT_PRICE_BAND_PCT));
        final BigDecimal maxNotional = fields.get("maxOrderNotional")
            .positiveAmount(new BigDecimal(RiskSettings.DEFAULT_MAX_ORDER_NOTIONAL));
        final Long maxOpenOrders = fields.get("maxOpenOrdersPerParticipant")
            .wholeBetween(1, 10_000_000, (long)RiskSettings.DEFAULT_MAX_OPEN_ORDERS_PER_PARTICIPANT);
        final Long maxOrdersPerSecond = fields.get("maxOrdersPerSecond")
            .wholeBetween(1, 1_000_000, (long)RiskSettings.DEFAULT_MAX_ORDERS_PER_SECOND);
        return new RiskSettings(band, maxNotional, toInt(maxOpenOrders), toInt(maxOrdersPerSecond));
    }

    static PortSettings ports(final ConfigNode section)
    {
        final ConfigNode fields = section.mapping(false, "fixGateway", "adminHttp", "kafka", "kafkaController");
        final DuplicateCheck<Long> used = new DuplicateCheck<>();
        return new PortSettings(
            port(fields.get("fixGateway"), PortSettings.DEFAULT_FIX_GATEWAY, used),
            port(fields.get("adminHttp"), PortSettings.DEFAULT_ADMIN_HTTP, used),
            port(fields.get("kafka"), PortSettings.DEFAULT_KAFKA, used),
            port(fields.get("kafkaController"), PortSettings.DEFAULT_KAFKA_CONTROLLER, used));
    }

    private static int port(final ConfigNode node, final int defaultValue, final DuplicateCheck<Long> used)
    {
        final Long port = node.wholeBetween(0, 65_535, (long)defaultValue);
        if (port != null && port != 0)
        {
            used.claim(node, port, port + (node.isMissing() ? " (its default)" : ""));
        }
        return toInt(port);
    }

    static KafkaSettings kafka(final ConfigNode section)
    {
        final ConfigNode fields = section.mapping(false, "topics", "partitions", "replicationFactor");
        final ConfigNode topics = fields.get("topics").mapping(
            false, "fills", "orders", "marketdata", "deliveries", "settlement", "ledger");
        final DuplicateCheck<String> used = new DuplicateCheck<>();
        final KafkaTopics names = new KafkaTopics(
            topic(topics.get("fills"), KafkaTopics.DEFAULT_FILLS, used),
            topic(topics.get("orders"), KafkaTopics.DEFAULT_ORDERS, used),
            topic(topics.get("marketdata"), KafkaTopics.DEFAULT_MARKETDATA, used),
            topic(topics.get("deliveries"), KafkaTopics.DEFAULT_DELIVERIES, used),
            topic(topics.get("settlement"), KafkaTopics.DEFAULT_SETTLEMENT, used),
            topic(topics.get("ledger"), KafkaTopics.DEFAULT_LEDGER, used));
        final Long partitions = fields.get("partitions").wholeBetween(1, 10_000, (long)KafkaSettings.DEFAULT_PARTITIONS);
        final Long replicationFactor = fields.get("replicationFactor")
            .wholeBetween(1, Short.MAX_VALUE, (long)KafkaSettings.DEFAULT_REPLICATION_FACTOR);
        return new KafkaSettings(names, toInt(partitions), toInt(replicationFactor));
    }

    private static String topic(final ConfigNode node, final String defaultValue, final DuplicateCheck<String> used)
    {
        final String name = node.text(defaultValue);
        if (name == null)
        {
            return null;
        }
        if (name.isEmpty())
        {
            node.error("must not be empty");
            return null;
        }
        if (!TOPIC_NAME.matcher(name).matches())
        {
            node.error("must be a Kafka topic name (letters, digits, '.', '_', '-', at most 249), got " + node.got());
            return null;
        }
        return used.claim(node, name) ? name : null;
    }

    static SettlementSettings settlement(final ConfigNode section, final java.util.Set<String> participantIds)
    {
        final ConfigNode fields = section.mapping(false, "cyclePeriod", "deliveryConfirmationGrace",
            "deliveryFailurePenaltyPct", "reliabilityWindow", "operators");
        final ConfigNode cycleNode = fields.get("cyclePeriod");
        Duration cycle = positive(cycleNode, Duration.parse(SettlementSettings.DEFAULT_CYCLE_PERIOD));
        if (cycle != null && (cycle.compareTo(DAY) > 0 || DAY.toNanos() % cycle.toNanos() != 0))
        {
            cycleNode.error("must divide 24 hours evenly (cycles close at 00:00 CST), got " + cycleNode.got());
            cycle = null;
        }
        final Duration grace = positive(
            fields.get("deliveryConfirmationGrace"), Duration.parse(SettlementSettings.DEFAULT_DELIVERY_CONFIRMATION_GRACE));
        final BigDecimal penalty = fields.get("deliveryFailurePenaltyPct")
            .percent(new BigDecimal(SettlementSettings.DEFAULT_DELIVERY_FAILURE_PENALTY_PCT));
        final Duration reliabilityWindow = positive(
            fields.get("reliabilityWindow"), Duration.parse(SettlementSettings.DEFAULT_RELIABILITY_WINDOW));
        return new SettlementSettings(cycle, grace, penalty, reliabilityWindow,
            operators(fields.get("operators"), participantIds));
    }

    /** Who may confirm any delivery: ids of their own, not participants (a provider confirms only its own). */
    private static java.util.List<String> operators(final ConfigNode node, final java.util.Set<String> participantIds)
    {
        if (node.isMissing())
        {
            return java.util.List.of(SettlementSettings.DEFAULT_OPERATOR);
        }
        final java.util.List<String> operators = new java.util.ArrayList<>();
        final DuplicateCheck<String> seen = new DuplicateCheck<>();
        for (final ConfigNode element : node.list(false))
        {
            final String id = element.text();
            if (id == null)
            {
                continue;
            }
            if (!ParticipantReader.PARTICIPANT_ID.matcher(id).matches())
            {
                element.error("must be 1-16 letters, digits, '_' or '-', got " + element.got());
            }
            else if (participantIds.contains(id))
            {
                element.error("is a participant's id: an operator needs an id of its own, got " + element.got());
            }
            else if (seen.claim(element, id))
            {
                operators.add(id);
            }
        }
        return operators;
    }

    private static Duration positive(final ConfigNode node, final Duration defaultValue)
    {
        final Duration duration = node.duration(defaultValue);
        if (duration != null && (duration.isNegative() || duration.isZero()))
        {
            node.error("must be > 0, got " + node.got());
            return null;
        }
        return duration;
    }

    private static int toInt(final Long value)
    {
        return value == null ? 0 : Math.toIntExact(value);
    }

    private static String[] names(final Enum<?>[] constants)
    {
        final String[] names = new String[constants.length];
        for (int i = 0; i < constants.length; i++)
        {
            names[i] = constants[i].name();
        }
        return names;
    }
}
