package se.sip.consent.consent;

import jakarta.persistence.Embeddable;

/** A relative (anhörig) the individual agreed may be invited. */
@Embeddable
class Relative {

    public String name;
    public String relation;
    public String email;
    public String phone;

    protected Relative() {
    }

    public Relative(String name, String relation, String email, String phone) {
        this.name = name;
        this.relation = relation;
        this.email = email;
        this.phone = phone;
    }
}
