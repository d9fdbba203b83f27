package com.guishen.gscx.settlement;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.guishen.gscx.config.ExchangeId;
import com.guishen.gscx.events.FixedPoint;
import com.guishen.gscx.events.kafka.EventJson;

import java.util.Map;

/**
 * The JSON of what settlement publishes. Fields in a fixed order, money and unit-hours as decimal
 * strings with 4 decimals, so the same state gives the same bytes in every replay.
 */
public final class SettlementJson
{
    public static final String DELIVERY_DECIDED = "DELIVERY_DECIDED";
    public static final String DELIVERY_REJECT = "DELIVERY_REJECT";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SettlementJson()
    {
    }

    public static String amount(final long fixedPoint)
    {
        return FixedPoint.toString(fixedPoint, FixedPoint.SCALE);
    }

    static byte[] event(final SettlementEvent event)
    {
        final ObjectNode json = header(SettlementEvent.TYPE);
        json.put("eventId", event.eventId());
        json.put("kind", event.kind().name());
        json.put("time", event.time());
        json.put("cycleId", event.cycleId());
        json.put("obligationId", DeliveryObligation.obligationId(event.tradeId()));
        json.put("tradeId", event.tradeId());
        source(json.putObject("fill"), event.fill());
        json.put("buyer", event.buyer());
        json.put("buyerExchange", event.buyerExchange().name());
        json.put("provider", event.provider());
        json.put("providerExchange", event.providerExchange().name());
        json.put("amount", amount(event.amount()));
        json.put("currency", SettlementInstruction.CNY);
        return bytes(json);
    }

    static byte[] decision(final DeliveryObligation obligation, final long cycleId)
    {
        final ObjectNode json = header(DELIVERY_DECIDED);
        json.put("obligationId", obligation.obligationId());
        json.put("tradeId", obligation.tradeId());
        json.put("state", obligation.state().name());
        json.put("time", obligation.decidedAt());
        json.put("cycleId", cycleId);
        json.put("symbol", obligation.symbol());
        json.put("buyer", obligation.buyer());
        json.put("provider", obligation.provider());
        json.put("obligatedUnitHours", amount(obligation.obligatedUnitHours()));
        json.put("deliveredUnitHours", amount(obligation.deliveredUnitHours()));
        json.put("notional", amount(obligation.notional()));
        json.put("released", amount(obligation.released()));
        json.put("refunded", amount(obligation.refunded()));
        json.put("penalty", amount(obligation.penalty()));
        return bytes(json);
    }

    static byte[] cycle(final SettlementCycle cycle)
    {
        final ObjectNode json = header(SettlementCycle.TYPE);
        json.put("cycleId", cycle.cycleId());
        json.put("start", cycle.start());
        json.put("end", cycle.end());
        json.put("endOfDay", cycle.endOfDay());
        json.put("events", cycle.events().size());
        final ArrayNode participants = json.putArray("participants");
        for (final Map.Entry<String, Long> net : cycle.participantNets().entrySet())
        {
            participants.addObject().put("participant", net.getKey()).put("net", amount(net.getValue()));
        }
        final ArrayNode clearing = json.putArray("clearing");
        for (final Map.Entry<ExchangeId, Long> net : cycle.clearingNets().entrySet())
        {
            clearing.addObject().put("exchange", net.getKey().name()).put("net", amount(net.getValue()));
        }
        json.put("instructions", cycle.instructions().size());
        final ArrayNode reliability = json.putArray("reliability");
        for (final Map.Entry<String, Long> score : cycle.reliability().entrySet())
        {
            reliability.addObject().put("provider", score.getKey()).put("score", amount(score.getValue()));
        }
        return bytes(json);
    }

    static byte[] instruction(final SettlementInstruction instruction)
    {
        final ObjectNode json = header(SettlementInstruction.TYPE);
        json.put("instructionId", instruction.instructionId());
        json.put("cycleId", instruction.cycleId());
        json.put("payer", instruction.payer());
        json.put("payee", instruction.payee());
        json.put("amount", amount(instruction.amount()));
        json.put("currency", instruction.currency());
        return bytes(json);
    }

    static byte[] reject(final InputSource source, final String reason, final String value)
    {
        final ObjectNode json = header(DELIVERY_REJECT);
        json.put("reason", reason);
        source(json.putObject("source"), source);
        json.put("value", value);
        return bytes(json);
    }

    private static void source(final ObjectNode json, final InputSource source)
    {
        json.put("topic", source.topic());
        json.put("partition", source.partition());
        json.put("offset", source.offset());
    }

    private static ObjectNode header(final String type)
    {
        final ObjectNode json = MAPPER.createObjectNode();
        json.put("type", type);
        json.put("schemaVersion", EventJson.SCHEMA_VERSION);
        return json;
    }

    private static byte[] bytes(final ObjectNode json)
    {
        try
        {
            return MAPPER.writeValueAsBytes(json);
        }
        catch (final JsonProcessingException ex)
        {
            throw new IllegalStateException(ex);
        }
    }
}
