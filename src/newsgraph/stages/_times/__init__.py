"""The parts of the times stage: tables, grammar, tense and calendar arithmetic."""
