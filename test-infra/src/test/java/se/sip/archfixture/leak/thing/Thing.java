package se.sip.archfixture.leak.thing;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Thing {
    @Id
    public Long id;
}
