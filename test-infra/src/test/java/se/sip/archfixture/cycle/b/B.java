package se.sip.archfixture.cycle.b;

import se.sip.archfixture.cycle.a.A;

public class B {
    A a;
}
