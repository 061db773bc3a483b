"""The parts of the attributions stage: the cue classifier, quotation marks, the parse
rules for cues, sources, speakers and contents, signed lines and the learned edges."""
