"""The parts of the event stage: lexicon, parse, actors and their phrases, targets, places,
sides, status, coding and the record."""
