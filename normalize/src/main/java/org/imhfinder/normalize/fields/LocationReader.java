package org.imhfinder.normalize.fields;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imhfinder.vocabulary.TermKind;
import org.imhfinder.vocabulary.TermMatch;
import org.imhfinder.vocabulary.Vocabulary;

/**
 * Where a program is: "Lansing, MI 48912", "Worcester, Massachusetts", a known city in a sentence
 * about where sessions meet ("in person in Lansing"), a state named in a location value.
 */
public final class LocationReader {
    private static final Pattern CITY_STATE = Pattern.compile(
            "(?=[A-Z])\\b([A-Z][a-z]+(?:[ .][A-Z][a-z]+){0,2}),\\s+([A-Z]{2}|[A-Z][a-z]+(?: [A-Z][a-z]+)?)\\b(?:\\s+\\d{5})?");

    private final Vocabulary vocabulary;

    public LocationReader(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** A city and state found together. */
    public record Place(String city, String region) {
    }

    /** "City, ST" or "City, State": the first pair whose state is a real state. */
    public Optional<Place> cityAndState(String text) {
        return citiesAndStates(text).stream().findFirst();
    }

    /** Every "City, ST" or "City, State" pair whose state is a real state, in order. */
    public List<Place> citiesAndStates(String text) {
        List<Place> places = new java.util.ArrayList<>();
        Matcher m = CITY_STATE.matcher(text);
        while (m.find()) {
            vocabulary.regionCode(m.group(2)).ifPresent(region -> places.add(new Place(lastWords(m.group(1), region), region)));
        }
        return places;
    }

    /** The one state a text names in full ("Wisconsin", "New York"); codes alone are too ambiguous in prose. */
    public Optional<String> stateNamed(String text) {
        List<String> codes = vocabulary.find(text, TermKind.REGION).stream()
                .filter(m -> m.text().length() > 2)
                .map(TermMatch::value).distinct().toList();
        return codes.size() == 1 ? Optional.of(codes.get(0)) : Optional.empty();
    }

    /** A known city in the text that lies in {@code region} (or, with no region known, in exactly one state). */
    public Optional<Place> knownCity(String text, String region) {
        for (TermMatch match : vocabulary.find(text, TermKind.CITY)) {
            List<String> regions = vocabulary.regionsOfCity(match.value());
            if (region != null && regions.contains(region)) {
                return Optional.of(new Place(match.value(), region));
            }
            if (region == null && regions.size() == 1) {
                return Optional.of(new Place(match.value(), regions.get(0)));
            }
        }
        return Optional.empty();
    }

    /** "Riverbend campus, Worcester" -> "Worcester" when Worcester is a known city, else the words as found. */
    private String lastWords(String words, String region) {
        return knownCity(words, region).map(Place::city).orElse(words);
    }
}
