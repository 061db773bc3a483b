"""The parts of the attributions stage: the cue classifier and what it is asked, quotation
marks, the parse rules for cues, sources, speakers and contents, signed lines, the learned
edges, the filters, text repairs of extents, source entities, kinds and hedging."""
