/**
 * Small services of known shape for {@code se.sip.testinfra.ServiceArchitectureTest}: {@code good} keeps every rule,
 * each other package breaks exactly one. Never part of an application.
 */
package se.sip.archfixture;
