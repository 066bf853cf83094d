package se.sip.platform.problem;

/** Thrown by services to answer with a problem; the message must be safe to show (no personal data). */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(ProblemType type, String detail) {
        this(type.problem(detail));
    }

    public ProblemException(Problem problem) {
        super(problem.detail(), null, false, false);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    /** A 400 naming each invalid field, for rules that span several fields of a request. */
    public static ProblemException invalid(java.util.List<Problem.FieldError> errors) {
        ProblemType type = ProblemType.VALIDATION;
        String detail = errors.size() == 1 ? "1 field is invalid." : errors.size() + " fields are invalid.";
        return new ProblemException(new Problem(type.uri(), type.title(), type.status(), detail, errors));
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(ProblemType.NOT_FOUND, what + " not found");
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(ProblemType.CONFLICT, detail);
    }

    public static ProblemException ruleViolation(String detail) {
        return new ProblemException(ProblemType.RULE_VIOLATION, detail);
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(ProblemType.FORBIDDEN, detail);
    }
}
