package com.guishen.gscx.config;

/** What one unit of a resource class is: a GPU, or a virtual CPU. */
public enum ResourceKind
{
    GPU,
    CPU
}
