package org.imhfinder.normalize;

import java.util.Map;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;
import org.imhfinder.normalize.route.DocumentTextReader;

/** Ready once the requirement documents known at start are loaded (pages are read from then on). */
final class DocumentsLoadedCheck extends AbstractHealthCheck {
    private final DocumentTextReader reader;

    DocumentsLoadedCheck(DocumentTextReader reader) {
        super("imh", "normalize-documents");
        this.reader = reader;
    }

    @Override
    public boolean isLiveness() {
        return false;
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        if (reader.isCaughtUp()) {
            builder.up();
        } else {
            builder.down().message("loading requirement documents");
        }
    }
}
