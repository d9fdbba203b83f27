package com.guishen.gscx.config;

import java.math.BigDecimal;

/**
 * A class of interchangeable hardware that is traded by the unit: a GPU model or a CPU class
 * counted in vCPUs. Standard compute units (FP16 dense TFLOPS per unit) let buyers compare
 * heterogeneous hardware.
 *
 * @param id                      upper-case id used in symbols, e.g. {@code H100}.
 * @param kind                    GPU or CPU.
 * @param model                   hardware model, e.g. "NVIDIA H100 SXM5 80GB".
 * @param memoryGb                memory per unit in GB (per GPU, or per vCPU for CPU classes).
 * @param interconnect            how units talk to each other, e.g. "NVLink 4 + 400G InfiniBand"; default empty.
 * @param computeUnitsPerUnitHour standard compute units one unit delivers per hour.
 */
public record ResourceClass(
    String id,
    ResourceKind kind,
    String model,
    int memoryGb,
    String interconnect,
    BigDecimal computeUnitsPerUnitHour)
{
}
