package org.imhfinder.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValueLabelsTest {
    @Test
    void everyConstantOfEveryLabelledEnumHasALabelInDeclarationOrder() {
        for (Class<? extends Enum<?>> type : ValueLabels.types()) {
            String[] names = Arrays.stream(type.getEnumConstants()).map(Enum::name).toArray(String[]::new);
            assertThat(ValueLabels.of(type).keySet()).as(type.getSimpleName()).containsExactly(names);
            assertThat(ValueLabels.of(type).values()).as(type.getSimpleName()).allMatch(l -> !l.isBlank());
        }
    }

    @Test
    void everyEnumAListingOrItsFreshnessHoldsIsLabelled() {
        Set<Class<?>> used = new HashSet<>();
        for (Class<?> record : new Class<?>[] {ProgramListing.class, Provider.class, Freshness.class, FieldProvenance.class}) {
            for (RecordComponent component : record.getRecordComponents()) {
                collectEnums(component.getGenericType(), used);
            }
        }

        assertThat(new HashSet<Class<?>>(ValueLabels.types())).containsAll(used);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            NONE                      | None required
            BACHELORS                 | Bachelor's degree
            """)
    void noneRequiredReadsAsAStatedRequirement(Education education, String label) {
        assertThat(ValueLabels.of(education)).isEqualTo(label);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            trainingHours     | Training hours
            location.region   | State
            provider.name     | Provider
            contact.url       | Contact page
            """)
    void fieldsAndTheirMembersHaveLabelsByPath(String path, String label) {
        assertThat(ListingField.labelOf(path)).contains(label);
    }

    @Test
    void anUnknownPathHasNoLabel() {
        assertThat(ListingField.labelOf("location.planet")).isEmpty();
        assertThatThrownBy(() -> ValueLabels.of(java.time.DayOfWeek.class)).isInstanceOf(IllegalArgumentException.class);
    }

    private static void collectEnums(Type type, Set<Class<?>> into) {
        if (type instanceof Class<?> c && c.isEnum()) {
            into.add(c);
        } else if (type instanceof ParameterizedType p) {
            Arrays.stream(p.getActualTypeArguments()).forEach(t -> collectEnums(t, into));
        }
    }
}
