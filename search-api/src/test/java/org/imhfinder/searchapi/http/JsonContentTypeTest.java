package org.imhfinder.searchapi.http;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.imhfinder.searchapi.request.ApiProblem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class JsonContentTypeTest {
    @ParameterizedTest(name = "[{index}] {0}")
    @NullSource
    @ValueSource(strings = {"", "application/json", "application/json; charset=utf-8", "Application/JSON",
            "application/merge-patch+json"})
    void jsonOrNoTypeIsReadAsJson(String contentType) {
        assertThatCode(() -> JsonContentType.require(contentType, "the request")).doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"application/x-www-form-urlencoded", "text/plain", "multipart/form-data; boundary=x",
            "application/jsonp", "text/json"})
    void anyOtherTypeIsA415NamingTheTypeNeeded(String contentType) {
        assertThatThrownBy(() -> JsonContentType.require(contentType, "the request"))
                .isInstanceOfSatisfying(ApiProblem.class, p -> org.assertj.core.api.Assertions.assertThat(p.status()).isEqualTo(415))
                .hasMessageContaining("application/json").hasMessageContaining(contentType);
    }
}
