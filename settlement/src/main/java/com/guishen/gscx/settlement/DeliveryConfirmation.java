package com.guishen.gscx.settlement;

import java.util.List;

/**
 * A report on {@code gscx.deliveries} that compute was provided, as a multi-cloud scheduler,
 * {@code gscx settlement confirm} or the admin console publish it:
 * <pre>{"type":"DELIVERY_CONFIRMATION","schemaVersion":1,"confirmationId":"sched-7781","obligationId":"DO-42",
 *  "deliveredUnitHours":"96","confirmedBy":"guian-dc","time":1764547200000000000,"evidence":["slurm:88121"]}</pre>
 * ({@code "tradeId":42} may stand for {@code obligationId}).
 *
 * @param confirmationId     the reporter's id for it: each is applied once.
 * @param tradeId            the obligation's fill.
 * @param deliveredUnitHours fixed-point unit-hours delivered, > 0; they add up over confirmations.
 * @param confirmedBy        the provider, or an operator of {@code settlement.operators}.
 * @param time               when it was reported, epoch nanoseconds: settlement's clock.
 * @param evidence           e.g. scheduler job ids; may be empty.
 */
public record DeliveryConfirmation(String confirmationId, long tradeId, long deliveredUnitHours, String confirmedBy,
    long time, List<String> evidence)
{
    public static final String TYPE = "DELIVERY_CONFIRMATION";
    /** A record that only moves settlement's clock (a scheduler's heartbeat when nothing trades). */
    public static final String CLOCK_TYPE = "CLOCK";

    public DeliveryConfirmation
    {
        evidence = List.copyOf(evidence);
    }
}
