"""The parts of the times stage: tables, grammar, false friends, tense and resolution."""
