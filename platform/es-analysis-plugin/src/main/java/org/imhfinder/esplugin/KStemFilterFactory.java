package org.imhfinder.esplugin;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.KStemFilter;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/** Krovetz's lighter, dictionary-checked English stemmer, for fields where Porter is too eager. */
@NamedComponent("imh_kstem")
public class KStemFilterFactory implements TokenFilterFactory {
    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new KStemFilter(tokenStream);
    }
}
