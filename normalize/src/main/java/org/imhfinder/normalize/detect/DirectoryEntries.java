package org.imhfinder.normalize.detect;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.imhfinder.normalize.page.BlockText;
import org.imhfinder.normalize.page.Css;
import org.imhfinder.normalize.text.Clauses;
import org.jsoup.nodes.Element;

/**
 * A directory of other providers: entries headed by the provider's name, each linking to its site and
 * naming in a sentence the programs it offers ("Offers a Postdoctoral Fellowship and a Community
 * Fellowship in ..."). Each program named is a program of this page, with the entry's link; an entry
 * naming none (a service model, a research centre) has none. Entries headed by a program's name are
 * read as sections ({@link ProgramBlocks}).
 */
final class DirectoryEntries {
    private static final String HEADINGS = "h2, h3, h4, h5";
    private static final Set<String> ENTRY_TAGS = Set.of("article", "li", "div", "section");
    private static final int MIN_ENTRIES = 2;

    private final ProgramNames names;
    private final ProseNames prose;

    DirectoryEntries(ProgramNames names, ProseNames prose) {
        this.names = names;
        this.prose = prose;
    }

    List<Candidate> find(Element content) {
        Map<Element, List<Element>> byDirectory = new LinkedHashMap<>();
        for (Element heading : content.select(Css.of(HEADINGS))) {
            Element entry = heading.parent();
            if (entry != null && entry != content && ENTRY_TAGS.contains(entry.normalName())
                    && entry.select(Css.of(HEADINGS)).size() == 1 && siteLink(entry) != null && entry.parent() != null) {
                byDirectory.computeIfAbsent(entry.parent(), d -> new ArrayList<>()).add(entry);
            }
        }
        List<Candidate> found = new ArrayList<>();
        byDirectory.values().stream().filter(entries -> entries.size() >= MIN_ENTRIES).flatMap(List::stream)
                .forEach(entry -> found.addAll(programs(entry)));
        return found;
    }

    private List<Candidate> programs(Element entry) {
        Element heading = entry.selectFirst(Css.of(HEADINGS));
        if (names.namesProgram(Clauses.clean(heading.text()))) {
            return List.of();
        }
        String text = BlockText.of(entry).replace(heading.text(), " ");
        List<Candidate> out = new ArrayList<>();
        for (String name : prose.find(text)) {
            out.add(new Candidate(Candidate.Kind.BLOCK, name, heading, List.of(entry), List.of(), null, siteLink(entry)));
        }
        return out;
    }

    /** The entry's link to its own site, on another host than the directory's. */
    private static String siteLink(Element entry) {
        for (Element link : entry.select(Css.of("a[href]"))) {
            String href = link.absUrl("href");
            if (href.startsWith("http") && !sameHost(href, entry.baseUri())) {
                return href;
            }
        }
        return null;
    }

    private static boolean sameHost(String a, String b) {
        try {
            return URI.create(a).getHost().equalsIgnoreCase(URI.create(b).getHost());
        } catch (RuntimeException e) {
            return false;
        }
    }
}
