package org.imhfinder.normalize.fields;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.imhfinder.normalize.text.Literals;
import org.imhfinder.schema.ProviderType;
import org.imhfinder.vocabulary.TermKind;
import org.imhfinder.vocabulary.TermMatch;
import org.imhfinder.vocabulary.Vocabulary;

/**
 * The provider's US state, read the way a person filling in a directory reads it, most trusted clue
 * first: the provider's own name ("Kansas Association for Infant & Early Childhood Mental Health",
 * "University of Minnesota"); its postal address (the footer, a contact block); a city with its state on
 * the program's page. A national provider ("the nation's longest-running fellowship", "hundreds of alumni
 * across the country") has no state, whatever city its office is in. A state merely mentioned in passing
 * ("trainings in Wisconsin and Minnesota") is none of these clues. (A state the source declares comes
 * before all of them; the listing's assembler applies it.)
 */
public final class ProviderRegion {
    /** Which clue gave the state, for the field's provenance. */
    public enum Clue {
        NAME("the provider's name"),
        POSTAL_ADDRESS("the provider's postal address"),
        PLACE_ON_PAGE("a city and state on the program's page");

        private final String says;

        Clue(String says) {
            this.says = says;
        }

        public String says() {
            return says;
        }
    }

    /** A state and where it was read. */
    public record Reading(String region, Clue clue, String evidence) {
    }

    /**
     * How a provider says it works for the whole country, or offers itself to any state. Not "across the
     * country", which says where participants come from (a university's online cohorts), not where the
     * provider is.
     */
    private static final Pattern NATIONAL = Pattern.compile("(?i)\\b(?:the nation['\u2019]s|nationwide|in all 50 states|"
            + "(?:a|the|our) national (?:non-?profit|organi[sz]ation|provider|association|network)|to your state)\\b");
    private static final Literals.Words NATIONAL_WORDS = Literals.words("nation", "50 states", "your state");

    /** A state association's acronym: the state's code, then "AIMH" or "IECMH" ("MI-AIMH", "NJ-AIMH", "IA-IECMH"). */
    private static final Pattern STATE_ASSOCIATION = Pattern.compile("\\b([A-Z]{2})-?(?:AIMH|IMH|IECMH|AIECMH|IMHA)\\b");

    private final Vocabulary vocabulary;
    private final LocationReader locations;

    public ProviderRegion(Vocabulary vocabulary, LocationReader locations) {
        this.vocabulary = vocabulary;
        this.locations = locations;
    }

    /**
     * The provider's state from its name, else its address, else its page; none when the page says its provider
     * is national. A university is never national: it has a campus, whoever enrols in its online programs.
     */
    public Optional<Reading> of(String providerName, ProviderType type, List<String> addresses, String pageText) {
        Optional<Reading> named = fromName(providerName);
        if (named.isPresent() || type != ProviderType.UNIVERSITY && national(pageText)) {
            return named;
        }
        return fromAddresses(addresses).or(() -> fromPage(pageText));
    }

    /**
     * The one state a provider's name spells out ("Association of Infant Mental Health in Tennessee"), or the state
     * code a state association's acronym starts with ("MI-AIMH", "NJ-AIMH"). Not a city in the name: "Mobile",
     * "Providence" or "Lincoln" name services and people as often as places.
     */
    public Optional<Reading> fromName(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        Optional<Reading> spelled = spelledOut(name);
        if (spelled.isPresent()) {
            return spelled;
        }
        List<String> coded = STATE_ASSOCIATION.matcher(name).results().map(r -> r.group(1))
                .filter(code -> vocabulary.regionCode(code).isPresent()).distinct().toList();
        return coded.size() == 1 ? Optional.of(new Reading(coded.get(0), Clue.NAME, name)) : Optional.empty();
    }

    private Optional<Reading> spelledOut(String name) {
        List<TermMatch> cities = vocabulary.find(name, TermKind.CITY);
        List<String> states = vocabulary.find(name, TermKind.REGION).stream()
                .filter(m -> m.text().length() > 2) // "LA County", "(AK-AIMH)": codes in a name are not its state
                .filter(m -> cities.stream().noneMatch(m::overlaps)) // "Kansas City", "Iowa City"
                .map(TermMatch::value).distinct().toList();
        return states.size() == 1 ? Optional.of(new Reading(states.get(0), Clue.NAME, name)) : Optional.empty();
    }

    /** The state of the first postal address that names a real one. */
    public Optional<Reading> fromAddresses(List<String> addresses) {
        for (String address : addresses) {
            Optional<LocationReader.Place> place = locations.cityAndState(address);
            if (place.isPresent()) {
                return Optional.of(new Reading(place.get().region(), Clue.POSTAL_ADDRESS, address));
            }
        }
        return Optional.empty();
    }

    /** The state of the cities the page places with their state ("Waltham, MA"), when they all agree. */
    public Optional<Reading> fromPage(String text) {
        List<LocationReader.Place> places = locations.citiesAndStates(text);
        List<String> states = places.stream().map(LocationReader.Place::region).distinct().toList();
        if (states.size() != 1) {
            return Optional.empty();
        }
        LocationReader.Place first = places.get(0);
        return Optional.of(new Reading(first.region(), Clue.PLACE_ON_PAGE, first.city() + ", " + first.region()));
    }

    /** True when the text says its provider works nationally. */
    public static boolean national(String text) {
        return text != null && NATIONAL_WORDS.in(text) && NATIONAL.matcher(text).find();
    }
}
