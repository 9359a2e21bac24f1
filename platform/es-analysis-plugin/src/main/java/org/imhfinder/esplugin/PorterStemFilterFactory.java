package org.imhfinder.esplugin;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/** Porter's English stemmer, as Elasticsearch's {@code english} analyzer uses it ("programs" → "program"). */
@NamedComponent("imh_porter_stem")
public class PorterStemFilterFactory implements TokenFilterFactory {
    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new PorterStemFilter(tokenStream);
    }
}
