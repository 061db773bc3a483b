"""The parts of the quantities stage: number words and tables, what is no quantity, ranges
and qualifiers, money and units, the counted noun, its category and the links."""
