package se.sip.platform.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * A nullable member whose type is another schema (a merge patch's {@code "representative": null} removes it) comes out
 * of the generator as {@code type: object} beside {@code anyOf: [$ref, {type: null}]}, which refuses the null it
 * means to allow: partners' validators (Spectral's, Redocly's) then reject our own examples and their valid requests.
 * Here such a schema's type admits null too.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class NullableSchemaOpenApiFilter implements OASFilter {

    @Override
    public Schema filterSchema(Schema schema) {
        if (schema.getType() != null && !schema.getType().contains(SchemaType.NULL) && schema.getAnyOf() != null
                && schema.getAnyOf().stream().anyMatch(s -> List.of(SchemaType.NULL).equals(s.getType()))) {
            schema.addType(SchemaType.NULL);
        }
        return schema;
    }
}
