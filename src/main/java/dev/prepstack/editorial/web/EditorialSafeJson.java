package dev.prepstack.editorial.web;

import dev.prepstack.shared.HtmlSafeEscapes;
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

/**
 * The editorial API returns text readers typed (suggested answers, notes, replies) and diffs. Its
 * JSON escapes {@code < > & '} as {@code \}u-sequences: the same strings to any JSON client, but
 * never markup a browser could be tricked into rendering.
 */
@ControllerAdvice(assignableTypes = {EditorialApiController.class, RevisionApiController.class})
class EditorialSafeJson implements ResponseBodyAdvice<Object> {

    private final ObjectWriter writer;

    EditorialSafeJson(JsonMapper json) {
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
