package org.imhfinder.esplugin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.LowerCaseFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TokenFilterFactoriesTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "programs, program",
            "Programs, program",
            "training, train",
            "specialists, specialist",
            "master's, master",
            "Montréal, montreal",
            "endorsements, endors",
            "endorsement, endors"
    })
    void theSearchChainStemsEnglish(String word, String expected) throws IOException {
        List<TokenFilterFactory> chain = List.of(new AsciiFoldingFilterFactory(), new EnglishPossessiveFilterFactory(),
                new PorterStemFilterFactory());
        assertThat(analyze(word, chain)).containsExactly(expected);
    }

    @Test
    void kstemIsGentlerThanPorter() throws IOException {
        assertThat(analyze("programs training", List.of(new KStemFilterFactory()))).containsExactly("program", "training");
    }

    @Test
    void everyFactoryIsDeclaredUnderItsComponentName() throws IOException {
        String declared;
        try (InputStream in = getClass().getResourceAsStream("/named_components.json")) {
            declared = in == null ? readDescriptorFromSources() : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (Class<?> type : List.of(PorterStemFilterFactory.class, KStemFilterFactory.class,
                EnglishPossessiveFilterFactory.class, AsciiFoldingFilterFactory.class)) {
            String name = type.getAnnotation(NamedComponent.class).value();
            assertThat(declared).contains("\"" + name + "\": \"" + type.getName() + "\"");
        }
    }

    private static String readDescriptorFromSources() throws IOException {
        return java.nio.file.Files.readString(java.nio.file.Path.of("src/main/plugin/named_components.json"));
    }

    private static List<String> analyze(String text, List<TokenFilterFactory> factories) throws IOException {
        StandardTokenizer tokenizer = new StandardTokenizer();
        tokenizer.setReader(new StringReader(text));
        TokenStream stream = new LowerCaseFilter(tokenizer);
        for (TokenFilterFactory factory : factories) {
            stream = factory.create(stream);
        }
        List<String> terms = new ArrayList<>();
        CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
        stream.reset();
        while (stream.incrementToken()) {
            terms.add(term.toString());
        }
        stream.end();
        stream.close();
        return terms;
    }
}
