package org.imhfinder.normalize.assemble;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.imhfinder.normalize.fields.Field;
import org.imhfinder.normalize.fields.FieldSet;
import org.imhfinder.schema.Contact;
import org.imhfinder.schema.Credential;
import org.imhfinder.schema.Delivery;
import org.imhfinder.schema.Education;
import org.imhfinder.schema.ExtractionMethod;
import org.imhfinder.schema.FieldProvenance;
import org.imhfinder.schema.Location;
import org.imhfinder.schema.ProgramComponent;
import org.imhfinder.schema.ProgramListing;
import org.imhfinder.schema.Provider;
import org.imhfinder.schema.ProviderType;
import org.imhfinder.schema.Topic;
import org.imhfinder.schema.Track;
import org.imhfinder.sources.SourceDefinition;

/**
 * Builds a listing from a program's fields and its source: the provider (the source's, unless a
 * directory entry names its own), the source's state where the page names none, lists in a
 * stable order (so the content hash does not depend on the order things were found), and the
 * provenance of every field. Identity and page metadata are set by the caller.
 */
public final class ListingAssembler {
    private static final FieldProvenance FROM_SOURCE = new FieldProvenance(ExtractionMethod.SOURCE, 1.0, "sources.yml");
    private static final double SOURCE_REGION_CONFIDENCE = 0.6;

    public ProgramListing assemble(FieldSet fields, SourceDefinition source) {
        Map<String, FieldProvenance> provenance = new LinkedHashMap<>();
        fields.provenance().forEach((field, p) -> provenance.put(field.key(), p));
        ProgramListing.Builder listing = ProgramListing.builder()
                .name(fields.get(Field.NAME, String.class).orElse(null))
                .credential(fields.get(Field.CREDENTIAL, Credential.class).orElse(null))
                .level(fields.get(Field.LEVEL, String.class).orElse(null))
                .track(fields.get(Field.TRACK, Track.class).orElse(null))
                .minimumEducation(fields.get(Field.MINIMUM_EDUCATION, Education.class).orElse(null))
                .yearsExperience(fields.get(Field.YEARS_EXPERIENCE, Double.class).orElse(null))
                .trainingHours(fields.get(Field.TRAINING_HOURS, Integer.class).orElse(null))
                .reflectiveSupervisionHours(fields.get(Field.REFLECTIVE_SUPERVISION_HOURS, Integer.class).orElse(null))
                .delivery(fields.get(Field.DELIVERY, Delivery.class).orElse(null))
                .duration(fields.get(Field.DURATION, String.class).orElse(null))
                .cost(fields.get(Field.COST, String.class).orElse(null))
                .applicationDeadline(fields.get(Field.APPLICATION_DEADLINE, LocalDate.class).orElse(null))
                .description(fields.get(Field.DESCRIPTION, String.class).orElse(null))
                .topics(sortedEnums(fields.list(Field.TOPICS, Topic.class), Topic.class))
                .components(sortedEnums(fields.list(Field.COMPONENTS, ProgramComponent.class), ProgramComponent.class))
                .audience(sorted(fields.list(Field.AUDIENCE, String.class)))
                .alignsWith(sorted(fields.list(Field.ALIGNS_WITH, String.class)))
                .documents(sorted(fields.list(Field.DOCUMENTS, String.class)))
                .evidence(fields.role())
                .provider(provider(fields, source, provenance))
                .location(location(fields, source, provenance))
                .contact(contact(fields));
        return listing.provenance(provenance).build();
    }

    private static Provider provider(FieldSet fields, SourceDefinition source, Map<String, FieldProvenance> provenance) {
        String website = source.seeds().isEmpty() ? null : origin(source.seeds().get(0));
        if (fields.has(Field.PROVIDER_NAME)) {
            return new Provider(fields.get(Field.PROVIDER_NAME, String.class).orElseThrow(),
                    fields.get(Field.PROVIDER_TYPE, ProviderType.class).orElse(null),
                    fields.get(Field.PROVIDER_WEBSITE, String.class).orElse(null));
        }
        provenance.put("provider", FROM_SOURCE);
        return new Provider(source.name(), source.providerType(), website);
    }

    private static Location location(FieldSet fields, SourceDefinition source, Map<String, FieldProvenance> provenance) {
        String city = fields.get(Field.CITY, String.class).orElse(null);
        String region = fields.get(Field.REGION, String.class).orElse(null);
        if (region == null && source.region() != null && !fields.has(Field.PROVIDER_NAME)) {
            region = source.region();
            provenance.put(Field.REGION.key(), new FieldProvenance(ExtractionMethod.SOURCE, SOURCE_REGION_CONFIDENCE,
                    "the source's state (sources.yml)"));
        }
        if (city == null && region == null) {
            return null;
        }
        return new Location(city, region, region == null ? null : "US", null);
    }

    private static Contact contact(FieldSet fields) {
        String email = fields.get(Field.EMAIL, String.class).orElse(null);
        String phone = fields.get(Field.PHONE, String.class).orElse(null);
        String url = fields.get(Field.CONTACT_URL, String.class).orElse(null);
        return email == null && phone == null && url == null ? null : new Contact(email, phone, url);
    }

    private static <E extends Enum<E>> List<E> sortedEnums(List<E> values, Class<E> type) {
        return values.isEmpty() ? List.of() : List.copyOf(EnumSet.copyOf(values));
    }

    private static List<String> sorted(List<String> values) {
        List<String> out = new ArrayList<>(new java.util.LinkedHashSet<>(values));
        out.sort(Comparator.naturalOrder());
        return out;
    }

    private static String origin(URI seed) {
        return seed.getScheme() + "://" + seed.getRawAuthority() + "/";
    }
}
