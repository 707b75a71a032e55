package dev.prepstack.shared;

import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.util.RawValue;

/** Writes the JSON of every {@link HtmlSafeJson} controller with {@link HtmlSafeEscapes}. */
@ControllerAdvice(annotations = HtmlSafeJson.class)
class HtmlSafeJsonAdvice implements ResponseBodyAdvice<Object> {

    private final ObjectWriter writer;

    HtmlSafeJsonAdvice(JsonMapper json) {
        this.writer = json.writer().with(new HtmlSafeEscapes());
    }

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(
            Object body,
            MethodParameter returnType,
            MediaType contentType,
            Class<? extends HttpMessageConverter<?>> converterType,
            ServerHttpRequest request,
            ServerHttpResponse response) {
        if (body == null || body instanceof ProblemDetail || body instanceof String || !isJson(contentType)) {
            return body;
        }
        return new RawValue(writer.writeValueAsString(body));
    }

    private static boolean isJson(MediaType type) {
        return type != null
                && (type.includes(MediaType.APPLICATION_JSON)
                        || type.getSubtype().endsWith("+json"));
    }
}
