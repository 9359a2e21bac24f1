package org.imhfinder.ingest.recheck;

import java.time.Instant;
import org.imhfinder.ingest.memory.PageFacts;
import org.imhfinder.ingest.memory.PageMemory;
import org.imhfinder.schema.CrawlTrigger;

/**
 * Decides, right before a request, whether it is made and why. A requested crawl asks for every
 * page (counted against the host's budget, never held back by it). A scheduled crawl or a re-check
 * asks for a page the crawler does not know yet, or a known one whose plan says it is due, and only
 * while its host's budget lasts; anything else is deferred: the page keeps its plan, and a later
 * re-check makes the check when it is due and the budget allows. A retry or a temporary redirect's
 * next hop continues the check already decided, but is a request like any other for the budget.
 */
public final class CheckGate {
    private final PageMemory memory;
    private final RecheckScheduler scheduler;
    private final HostBudget budget;

    public CheckGate(PageMemory memory, RecheckScheduler scheduler, HostBudget budget) {
        this.memory = memory;
        this.scheduler = scheduler;
        this.budget = budget;
    }

    /** What the gate said: ask (with the reason the check is counted under) or defer (with why). */
    public record Decision(boolean ask, CheckReason reason, String why) {
        static Decision ask(CheckReason reason) {
            return new Decision(true, reason, null);
        }

        static Decision defer(CheckReason reason, String why) {
            return new Decision(false, reason, why);
        }
    }

    /** For a page request of a run started by {@code trigger}; {@code continued}: a retry or a redirect's next hop. */
    public Decision page(String sourceId, String url, String host, CrawlTrigger trigger, boolean continued, Instant now) {
        if (trigger == CrawlTrigger.REQUEST) {
            budget.take(host, now);
            return Decision.ask(CheckReason.REQUESTED);
        }
        PageFacts facts = memory.facts(sourceId, url);
        Plan plan = facts == null ? null : scheduler.plan(facts);
        CheckReason reason = plan == null ? CheckReason.NEW : plan.at(now).reason();
        if (plan != null && !continued && !plan.dueBy(now)) {
            return Decision.defer(reason, "not due: next check " + plan.dueAt() + " (" + reason.label() + ")");
        }
        if (!budget.tryTake(host, now)) {
            return Decision.defer(reason, "budget spent: " + budget.perDay() + " requests to " + host + " in 24 hours");
        }
        return Decision.ask(reason);
    }

    /** For a sitemap request: always for a requested crawl (counted), else while the host's budget lasts. */
    public boolean sitemap(String host, CrawlTrigger trigger, Instant now) {
        if (trigger == CrawlTrigger.REQUEST) {
            budget.take(host, now);
            return true;
        }
        return budget.tryTake(host, now);
    }
}
