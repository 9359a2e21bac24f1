package org.imhfinder.searchapi.http;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.imhfinder.searchapi.eligibility.EligibilityParameters;
import org.imhfinder.searchapi.eligibility.EligibilitySearch;
import org.imhfinder.searchapi.request.QueryParameters;

/** For everyone: {@code GET /eligibility}, which programs an applicant can apply for now and what is missing for the others. */
public final class EligibilityRoutes extends ApiRouteBuilder {
    public static final String ELIGIBILITY = "api-eligibility";

    private final ApiGate gate;
    private final SearchLimit limit;
    private final EligibilitySearch eligibility;

    public EligibilityRoutes(ApiGate gate, SearchLimit limit, EligibilitySearch eligibility) {
        this.gate = gate;
        this.limit = limit;
        this.eligibility = eligibility;
    }

    @Override
    protected void routes() {
        rest(BASE).get("/eligibility").id(ELIGIBILITY).to("direct:" + ELIGIBILITY);
        from("direct:" + ELIGIBILITY).routeId(ELIGIBILITY + "-handler").process(gate)
                .process(limit.around(new Answer(eligibility)));
    }

    /** Reads the applicant and the filters, answers each matching program's requirements. */
    record Answer(EligibilitySearch eligibility) implements Processor {
        @Override
        public void process(Exchange exchange) throws Exception {
            QueryParameters parameters = QueryParameters.of(exchange, EligibilityParameters.NAMES);
            Responses.json(exchange, 200, eligibility.answer(EligibilityParameters.read(parameters)));
        }
    }
}
