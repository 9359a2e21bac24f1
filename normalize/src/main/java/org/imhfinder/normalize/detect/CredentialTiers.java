package org.imhfinder.normalize.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.imhfinder.normalize.page.BlockText;
import org.imhfinder.normalize.page.Css;
import org.imhfinder.normalize.text.Clauses;
import org.jsoup.nodes.Element;

/**
 * A credential offered in tiers of its own ("Foundational", "Intermediate", "Advanced"...), outside the
 * vocabulary's credential systems: a page headed by the credential, with a section per tier under a short
 * heading, is one program per tier, "Early Childhood Family Mental Health Credential (Intermediate)". The
 * tiers are the run of sibling sections that opens with a tier word, up to a heading that asks a question
 * or is about something else; a page needs {@value #MIN_TIERS} of them and to speak of its levels.
 */
final class CredentialTiers {
    private static final Pattern TRAILING_PARENTHESES = Pattern.compile("\\s*\\([^)]*\\)\\s*$");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern TIER = Pattern.compile("(?i)^(foundational|foundations?|basic|beginning|entry(?:[- ]level)?|"
            + "introductory|intermediate|advanced|expert|senior)\\b");
    private static final Pattern LEVELS = Pattern.compile("(?i)\\blevels?\\b");
    private static final Pattern ANNOTATION = Pattern.compile("\\s*[\u2013\u2014-]\\s*new!?\\s*$|[!:]+$", Pattern.CASE_INSENSITIVE);
    private static final int MIN_TIERS = 3;
    private static final int MAX_TIER_WORDS = 4;

    private final ProgramNames names;

    CredentialTiers(ProgramNames names) {
        this.names = names;
    }

    /** {@code text}: the content's text. */
    List<Candidate> find(Element content, String text, String credential) {
        if (credential == null || !names.namesProgram(credential) || !LEVELS.matcher(text).find()) {
            return List.of();
        }
        List<Element> headings = content.select(Css.of("h2, h3, h4"));
        for (int i = 0; i < headings.size(); i++) {
            if (TIER.matcher(headings.get(i).text().trim()).find()) {
                List<Candidate> tiers = tiers(headings, i, content, ProgramNames.clean(TRAILING_PARENTHESES.matcher(credential).replaceAll("")));
                if (tiers.size() >= MIN_TIERS) {
                    return tiers;
                }
            }
        }
        return List.of();
    }

    /** The tiers from the first one on: headings of its rank, short, neither a question nor about something else. */
    private static List<Candidate> tiers(List<Element> headings, int first, Element content, String credential) {
        String rank = headings.get(first).normalName();
        List<Candidate> out = new ArrayList<>();
        for (int i = first; i < headings.size(); i++) {
            Element heading = headings.get(i);
            if (!heading.normalName().equals(rank)) {
                continue;
            }
            String tier = ANNOTATION.matcher(Clauses.clean(heading.text())).replaceAll("").trim();
            if (tier.endsWith("?") || tier.isEmpty() || SPACES.split(tier).length > MAX_TIER_WORDS
                    || ProgramNames.isAboutSomethingElse(tier)) {
                break;
            }
            List<Element> scope = section(heading, headings);
            out.add(new Candidate(Candidate.Kind.BLOCK, credential + " (" + tier + ")", heading, scope, List.of(), null, null));
        }
        return out;
    }

    /** The heading and what follows it up to the next heading. */
    private static List<Element> section(Element heading, List<Element> headings) {
        List<Element> scope = new ArrayList<>();
        scope.add(heading);
        for (Element next = heading.nextElementSibling(); next != null && !headings.contains(next); next = next.nextElementSibling()) {
            scope.add(next);
        }
        return scope.size() > 1 || BlockText.of(heading.parent()).length() <= heading.text().length() ? scope
                : List.of(heading.parent());
    }
}
