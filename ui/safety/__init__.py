"""Safety: screening, consent with its signature, the rules that apply before needling."""
