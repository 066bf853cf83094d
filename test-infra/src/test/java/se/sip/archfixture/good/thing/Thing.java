package se.sip.archfixture.good.thing;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
class Thing {
    @Id
    Long id;
    String name;
}
