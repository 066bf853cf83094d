package se.sip.platform.rest;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * A failure while writing our own JSON (a getter that throws) is not wrapped with the property's path, as a body we
 * cannot read is: Jackson then reports it as a JsonMappingException of the generator, which the problem mappers
 * answer as our 500 rather than the caller's 400. Reading keeps Jackson's wrapping: it names the field in error.
 */
@Singleton
public class UnwrappedWriteFailures implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.disable(SerializationFeature.WRAP_EXCEPTIONS);
    }
}
