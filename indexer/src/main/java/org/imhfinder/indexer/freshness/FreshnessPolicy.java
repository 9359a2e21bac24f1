package org.imhfinder.indexer.freshness;

import java.time.Duration;
import org.imhfinder.config.ConfigKeys;
import org.imhfinder.config.Settings;

/**
 * The thresholds of the freshness rules, from configuration (README, "Indexing and freshness"; the settings in "Configuration").
 *
 * @param agingAfter a listing not confirmed for this long is AGING
 * @param staleAfter ... and STALE after this long
 * @param fetchErrors failed fetches in a row, since the listing was last seen or confirmed, that flag FETCH_ERRORS
 * @param degradedRatio a listing extracted with fewer than this share of its most fields is EXTRACTION_DEGRADED
 */
public record FreshnessPolicy(Duration agingAfter, Duration staleAfter, int fetchErrors, double degradedRatio) {

    public FreshnessPolicy {
        if (agingAfter.isNegative() || staleAfter.compareTo(agingAfter) < 0) {
            throw new IllegalArgumentException("need 0 <= agingAfter <= staleAfter, got " + agingAfter + " and " + staleAfter);
        }
    }

    public static FreshnessPolicy from(Settings settings) {
        return new FreshnessPolicy(settings.get(ConfigKeys.FRESHNESS_AGING_AFTER), settings.get(ConfigKeys.FRESHNESS_STALE_AFTER),
                settings.get(ConfigKeys.FRESHNESS_FETCH_ERRORS), settings.get(ConfigKeys.FRESHNESS_DEGRADED_RATIO));
    }

    /** The defaults ConfigKeys declares (README, "Configuration"). */
    public static FreshnessPolicy defaults() {
        return from(Settings.defaults());
    }
}
