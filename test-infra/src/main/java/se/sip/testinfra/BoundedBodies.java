package se.sip.testinfra;

import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;

/**
 * Every text and every list a request body, a patch or a search takes has an upper bound ({@code @Size(max)}):
 * texts at most {@value #MAX_TEXT} characters, so that no body, and no event made from one, can grow without limit. A
 * personal identity number is bounded by its own check ({@code @ValidPersonalIdentityNumber}). Records reached from a
 * body (a party, a goal) are held to the same rule.
 */
public final class BoundedBodies {

    public static final int MAX_TEXT = 20_000;
    private static final String BOUNDED_BY_ITS_FORM = "ValidPersonalIdentityNumber";
    private static final String SIZE = "jakarta.validation.constraints.Size";

    private BoundedBodies() {
    }

    /** Each member that is not bounded, as {@code Type.member: why}; empty when all are. */
    public static List<String> unbounded(JavaClasses classes) {
        List<String> found = new ArrayList<>();
        Set<Class<?>> seen = new HashSet<>();
        for (JavaClass c : classes) {
            if (isBody(c)) {
                check(c.reflect(), found, seen);
            }
        }
        return found;
    }

    private static boolean isBody(JavaClass c) {
        for (JavaClass k = c; k != null; k = k.getEnclosingClass().orElse(null)) {
            if (k.getSimpleName().endsWith("Request") || k.getSimpleName().endsWith("Patch")
                    || k.getSimpleName().endsWith("Search")) {
                return true;
            }
        }
        return false;
    }

    private static void check(Class<?> type, List<String> found, Set<Class<?>> seen) {
        if (!type.isRecord() || !seen.add(type)) {
            return;
        }
        for (RecordComponent component : type.getRecordComponents()) {
            String where = type.getSimpleName() + "." + component.getName();
            if (!boundedByItsForm(type, component)) {
                checkType(component.getAnnotatedType(), where, found, seen);
            }
        }
    }

    private static boolean boundedByItsForm(Class<?> type, RecordComponent component) {
        List<java.lang.annotation.Annotation> annotations = new ArrayList<>(
                List.of(component.getAnnotatedType().getAnnotations()));
        try {
            annotations.addAll(List.of(type.getDeclaredField(component.getName()).getAnnotations()));
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("A record without its component's field: " + type, e);
        }
        return annotations.stream().anyMatch(a -> a.annotationType().getSimpleName().equals(BOUNDED_BY_ITS_FORM));
    }

    private static void checkType(AnnotatedType annotated, String where, List<String> found, Set<Class<?>> seen) {
        Class<?> raw = raw(annotated);
        int size = sizeMax(annotated);
        if (raw == String.class) {
            if (size > MAX_TEXT) {
                found.add(where + ": a text needs @Size(max <= " + MAX_TEXT + ")");
            }
        } else if (Collection.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw)) {
            if (size == Integer.MAX_VALUE) {
                found.add(where + ": a list needs @Size(max)");
            }
            if (annotated instanceof AnnotatedParameterizedType parameterized) {
                for (AnnotatedType element : parameterized.getAnnotatedActualTypeArguments()) {
                    checkType(element, where + "[]", found, seen);
                }
            }
        } else if (raw.getPackageName().startsWith("se.sip")) {
            check(raw, found, seen);
        }
    }

    /**
     * The {@code max} of the type's {@code @Size}, or {@code Integer.MAX_VALUE} without one. Read by name: the class
     * loader that loaded the body need not be this one's.
     */
    private static int sizeMax(AnnotatedType annotated) {
        for (java.lang.annotation.Annotation a : annotated.getAnnotations()) {
            if (a.annotationType().getName().equals(SIZE)) {
                try {
                    return (int) a.annotationType().getMethod("max").invoke(a);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("@Size without max()", e);
                }
            }
        }
        return Integer.MAX_VALUE;
    }

    private static Class<?> raw(AnnotatedType annotated) {
        if (annotated.getType() instanceof Class<?> c) {
            return c;
        }
        if (annotated.getType() instanceof java.lang.reflect.ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        return Object.class;
    }
}
