package org.imhfinder.vocabulary;

/**
 * A numbered level found in a text ("Level II", "Category 3", "Tier IV"): the word as written,
 * the number (1-4), and where it was found.
 */
public record LevelNumber(String word, int number, int start, int end, String text) {

    private static final String[] ROMAN = {"", "I", "II", "III", "IV"};

    /** The number in Roman numerals, as most providers write it. */
    public String roman() {
        return ROMAN[number];
    }
}
