package se.sip.platform.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;

/**
 * The AsyncAPI document of the event topics ({@code asyncapi.yaml} beside this class, the one document for every
 * service), served at {@value #PATH} beside {@code /q/openapi} and, like it, without a token: it describes the
 * contract and no one's data. A route of the HTTP layer rather than a REST resource, so that it is no operation of the
 * OpenAPI document, nor of the authorization matrix and fuzz tests generated from it.
 */
@ApplicationScoped
public class AsyncApiDocument {

    public static final String PATH = "/q/asyncapi";
    public static final String MEDIA_TYPE = "application/yaml; charset=UTF-8";
    static final String RESOURCE = "asyncapi.yaml";

    void serve(@Observes Router router) {
        // Read at start-up: a build without the document does not start.
        byte[] document = read();
        router.get(PATH).handler(ctx -> ctx.response().putHeader(HttpHeaders.CONTENT_TYPE, MEDIA_TYPE)
                .end(Buffer.buffer(document)));
    }

    /** The document as the platform jar holds it. */
    public static byte[] read() {
        try (InputStream in = AsyncApiDocument.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing beside " + AsyncApiDocument.class.getName());
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
