package se.sip.platform.events;

/**
 * A party of a plan as events name it: the organisation and its type (MUNICIPALITY, REGION, SIS, …), so consumers can
 * apply the rules that depend on who takes part (a SIP needs a region, an LVM aftercare involves SiS until discharge)
 * without asking plan-service. Never a person's name or contact.
 */
public record EventParty(String orgId, String orgType) {
}
