package org.imhfinder.sources;

import java.io.StringReader;
import java.util.Iterator;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * Reads a sources file's YAML events once, before any node is built, and refuses what the YAML
 * library would refuse without saying where: a character YAML does not allow, deep nesting, many
 * aliases (billion laughs), a malformed tag, an internal scanner error. Each becomes a
 * {@link SourcesException} naming the line; errors the library marks itself pass through.
 */
final class YamlShape {
    /** A sources file nests five levels deep; far deeper is a mistake or an attack on the parser. */
    static final int MAX_NESTING = 20;
    /** Aliases may share a block between sources; many of them can blow a small file up. */
    static final int MAX_ALIASES = 10;

    private final String name;
    private int depth;
    private int aliases;

    private YamlShape(String name) {
        this.name = name;
    }

    static void check(String name, String text, LoaderOptions options) {
        new YamlShape(name).read(text, options);
    }

    private void read(String text, LoaderOptions options) {
        Iterator<Event> events = new Yaml(options).parse(new StringReader(text)).iterator();
        Mark at = null;
        try {
            while (events.hasNext()) { // the library scans here: an unmarked error is after the last event read
                Event event = events.next();
                at = event.getStartMark();
                check(event);
                at = event.getEndMark();
            }
        } catch (MarkedYAMLException e) {
            throw e;
        } catch (ReaderException e) {
            throw problem(lineAt(text, e.getPosition()), String.format("not valid YAML: character U+%04X is not allowed",
                    e.getCodePoint()));
        } catch (RuntimeException e) { // the library's own errors, and arguments it refuses (a tag like "!%1")
            throw problem(at == null ? 1 : at.getLine() + 1, "not valid YAML: " + e.getMessage());
        }
    }

    private void check(Event event) {
        if (event instanceof CollectionStartEvent && ++depth > MAX_NESTING) {
            throw new YAMLException("nested deeper than " + MAX_NESTING + " levels");
        } else if (event instanceof CollectionEndEvent) {
            depth--;
        } else if (event instanceof AliasEvent && ++aliases > MAX_ALIASES) {
            throw new YAMLException("more than " + MAX_ALIASES + " aliases");
        }
        String tag = event instanceof ScalarEvent scalar ? scalar.getTag()
                : event instanceof CollectionStartEvent start ? start.getTag() : null;
        if (tag != null && !tag.equals("!")) {
            new Tag(tag); // the same check as when the node is built, here with the event's line
        }
    }

    private SourcesException problem(int line, String reason) {
        return new SourcesException(List.of(name + ":" + line + ": " + reason));
    }

    /** The line of a code point's position (the YAML reader reports a character it refuses by position only). */
    private static int lineAt(String text, int position) {
        return (int) text.codePoints().limit(Math.max(position, 0)).filter(c -> c == '\n').count() + 1;
    }
}
