package se.sip.platform.access;

import se.sip.platform.security.Caller;

/**
 * A service's rule for one kind of person data, handed to {@link PersonDataAccess} so that the check and its access
 * log row are one call. Implementations hold the visibility rule and nothing else.
 */
public interface AccessRule<T> {

    /** The name the access log gives this kind of object, e.g. {@code consent}. */
    String resourceType();

    String idOf(T object);

    /** Whose data it is, as the pseudonymous personRef. */
    String personRefOf(T object);

    /**
     * May the caller's organisation see (and so also change) this object? Not asked for the person themselves (role
     * individual), who sees their own objects where an operation lets them.
     */
    boolean maySee(Caller caller, T object);

    /**
     * May the person themselves see this object of theirs where an operation lets them? Yes, but for what the
     * organisations keep among themselves (a meeting between officials, say).
     */
    default boolean shownToThePerson(T object) {
        return true;
    }
}
