package se.sip.platform.rest;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import se.sip.platform.problem.Problem;
import se.sip.platform.problem.ProblemException;
import se.sip.platform.problem.ProblemMappers;

/**
 * Typed query parameters (an enum, a UUID, a time, a number) that cannot be read answer 400 with the parameter named,
 * as any other invalid input does; JAX-RS would answer 404, as if the resource did not exist. Path parameters keep the
 * 404: a path that names nothing is no such resource.
 */
@Provider
public class QueryParameters implements ParamConverterProvider {

    @Override
    @SuppressWarnings({ "unchecked", "rawtypes" })
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = Arrays.stream(annotations).filter(QueryParam.class::isInstance).map(a -> ((QueryParam) a).value())
                .findFirst().orElse(null);
        if (name == null) {
            return null;
        }
        if (rawType.isEnum()) {
            String values = Arrays.stream(rawType.getEnumConstants()).map(String::valueOf)
                    .collect(Collectors.joining(", "));
            return converter(name, value -> (T) Enum.valueOf((Class) rawType, value), "must be one of " + values);
        }
        if (rawType == UUID.class) {
            return converter(name, value -> (T) UUID.fromString(value), "must be a UUID");
        }
        if (rawType == OffsetDateTime.class) {
            return converter(name, value -> (T) OffsetDateTime.parse(value),
                    "must be a date and time with its offset (ISO 8601), e.g. 2026-12-01T09:00:00+01:00");
        }
        if (rawType == LocalDate.class) {
            return converter(name, value -> (T) LocalDate.parse(value), "must be a date (YYYY-MM-DD)");
        }
        if (rawType == Integer.class) {
            return converter(name, value -> (T) Integer.valueOf(value), "must be a whole number");
        }
        return null;
    }

    private static <T> ParamConverter<T> converter(String name, Function<String, T> parse, String message) {
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                try {
                    return value == null ? null : parse.apply(value);
                } catch (RuntimeException e) {
                    throw new BadRequestException(ProblemMappers.respond(ProblemException.invalid(
                            List.of(new Problem.FieldError(name, message))).problem()));
                }
            }

            @Override
            public String toString(T value) {
                return String.valueOf(value);
            }
        };
    }
}
