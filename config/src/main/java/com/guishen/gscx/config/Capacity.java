package com.guishen.gscx.config;

/**
 * Compute a provider has registered for sale: at most {@code units} of a resource at a site
 * in any one delivery window (you cannot sell GPUs you do not have).
 *
 * @param resource id of the {@link ResourceClass}.
 * @param site     id of the {@link Site}.
 * @param units    GPUs or vCPUs available per delivery window, > 0.
 */
public record Capacity(String resource, String site, long units)
{
}
