package fr.metropolerouen.guichetess.committee;

/** What the committee decides on an agenda item. */
public enum DecisionOutcome {

	GRANTED, REFUSED, DEFERRED

}
