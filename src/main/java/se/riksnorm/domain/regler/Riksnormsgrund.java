package se.riksnorm.domain.regler;

/** How a year's riksnorm amounts come about, which decides whether a proposal by uppräkning means anything. */
public enum Riksnormsgrund {
    /** Last year's amounts raised by the government's percentage (until 2026). */
    UPPRAKNING,
    /** Set from a referensvärde of households' basic consumption (from 2027, prop. 2025/26:201): entered as published. */
    REFERENSVARDE
}
