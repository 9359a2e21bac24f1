package org.imhfinder.normalize.page;

import org.jsoup.nodes.Element;

/**
 * A value a page labels: "Education: Bachelor's degree", a definition list entry, a two-column
 * table row, an accordion's title and panel, a heading over a paragraph. {@code group} is what
 * the label says the value holds ("education", "training", "deadline"... from the vocabulary's
 * field labels); {@code element} is where the pair sits on the page.
 */
public record Labelled(String label, String group, String value, Element element) {
}
