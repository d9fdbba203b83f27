package com.guishen.gscx.config;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

/**
 * When settlement cycles close and what a failed delivery costs (DESIGN.md section 7).
 * Durations are ISO-8601 ({@code PT1H}, {@code PT30M}).
 *
 * @param cyclePeriod                length of a settlement cycle; must divide 24 h evenly so
 *                                   that a cycle also closes at 00:00 CST (end of day).
 *                                   Default {@value #DEFAULT_CYCLE_PERIOD}.
 * @param deliveryConfirmationGrace  how long after a delivery window ends a missing confirmation
 *                                   counts as a failed delivery; > 0. Default {@value #DEFAULT_DELIVERY_CONFIRMATION_GRACE}.
 * @param deliveryFailurePenaltyPct  penalty a provider pays on the undelivered notional, percent in
 *                                   [0, 100]. Default {@value #DEFAULT_DELIVERY_FAILURE_PENALTY_PCT}.
 * @param reliabilityWindow          how far back a provider's reliability score (delivered / obligated
 *                                   unit-hours of its decided deliveries) looks; > 0. Default
 *                                   {@value #DEFAULT_RELIABILITY_WINDOW}.
 * @param operators                  ids that may confirm any delivery besides its provider (operators,
 *                                   the admin console); each {@code [A-Za-z0-9_-]{1,16}} and no participant's
 *                                   id. Default [{@value #DEFAULT_OPERATOR}].
 */
public record SettlementSettings(
    Duration cyclePeriod,
    Duration deliveryConfirmationGrace,
    BigDecimal deliveryFailurePenaltyPct,
    Duration reliabilityWindow,
    List<String> operators)
{
    public static final String DEFAULT_CYCLE_PERIOD = "PT1H";
    public static final String DEFAULT_DELIVERY_CONFIRMATION_GRACE = "PT1H";
    public static final String DEFAULT_DELIVERY_FAILURE_PENALTY_PCT = "10";
    public static final String DEFAULT_RELIABILITY_WINDOW = "P30D";
    public static final String DEFAULT_OPERATOR = "operator";

    public SettlementSettings
    {
        operators = List.copyOf(operators);
    }

    /** Every setting at its default. */
    public static SettlementSettings defaults()
    {
        return new SettlementSettings(
            Duration.parse(DEFAULT_CYCLE_PERIOD),
            Duration.parse(DEFAULT_DELIVERY_CONFIRMATION_GRACE),
            new BigDecimal(DEFAULT_DELIVERY_FAILURE_PENALTY_PCT),
            Duration.parse(DEFAULT_RELIABILITY_WINDOW),
            List.of(DEFAULT_OPERATOR));
    }
}
