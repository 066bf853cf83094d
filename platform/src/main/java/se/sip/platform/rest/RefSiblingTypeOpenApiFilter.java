package se.sip.platform.rest;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.media.Schema;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * A member documented with {@code @Schema(description = …)} whose type is another schema comes out of the generator as
 * {@code $ref} with a {@code type} beside it ({@code string} for a date, {@code object} for a record). The referenced
 * schema already says what it is; the copy can only disagree with it, and client generators (OpenAPI Generator) drop
 * it with a warning for every such member. Only the reference is kept.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class RefSiblingTypeOpenApiFilter implements OASFilter {

    @Override
    public Schema filterSchema(Schema schema) {
        if (schema.getRef() != null && schema.getType() != null) {
            schema.setType(null);
        }
        return schema;
    }
}
