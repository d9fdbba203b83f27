package com.guishen.gscx.settlement;

/**
 * One payment a cycle closes with, published on {@code gscx.settlement} and written to the cycle's CSV.
 *
 * @param instructionId {@code SI-<cycleId>-<n>}: the same in every replay of the same inputs.
 * @param cycleId       the cycle.
 * @param payer         a participant or an exchange ({@code SZDE}, {@code GYBDE}).
 * @param payee         a participant or an exchange.
 * @param amount        fixed-point CNY, > 0.
 * @param currency      always {@value #CNY}.
 */
public record SettlementInstruction(String instructionId, long cycleId, String payer, String payee, long amount,
    String currency)
{
    public static final String TYPE = "SETTLEMENT_INSTRUCTION";
    public static final String CNY = "CNY";

    public static String instructionId(final long cycleId, final int number)
    {
        return String.format("SI-%d-%03d", cycleId, number);
    }
}
