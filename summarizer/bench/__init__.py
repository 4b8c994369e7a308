"""Benchmarking: a Unicode-correct ROUGE scorer, statistics, datasets and the harness."""
