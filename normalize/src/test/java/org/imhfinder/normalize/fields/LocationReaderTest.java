package org.imhfinder.normalize.fields;

import static org.assertj.core.api.Assertions.assertThat;

import org.imhfinder.vocabulary.Vocabulary;
import org.junit.jupiter.api.Test;

class LocationReaderTest {
    private final LocationReader locations = new LocationReader(Vocabulary.standard());

    @Test
    void aCityAndItsStateAreReadTogether() {
        assertThat(locations.cityAndState("Lansing, MI 48912")).hasValue(new LocationReader.Place("Lansing", "MI"));
        assertThat(locations.cityAndState("Riverbend campus, Worcester, Massachusetts"))
                .hasValue(new LocationReader.Place("Worcester", "MA"));
        assertThat(locations.cityAndState("Hello, World")).isEmpty();
    }

    @Test
    void aKnownCityIsTakenOnlyInTheStateTheProgramIsIn() {
        assertThat(locations.knownCity("seminars in Portland", "ME")).hasValue(new LocationReader.Place("Portland", "ME"));
        assertThat(locations.knownCity("seminars in Portland", null)).isEmpty();
        assertThat(locations.knownCity("trainings in Lansing", "OH")).isEmpty();
    }

    @Test
    void aStateIsTakenOnlyWhenTheTextNamesExactlyOne() {
        assertThat(locations.stateNamed("Lakeshore University, School of Education - Wisconsin")).hasValue("WI");
        assertThat(locations.stateNamed("serving Wisconsin and Minnesota")).isEmpty();
        assertThat(locations.stateNamed("training IN the field")).isEmpty();
    }
}
