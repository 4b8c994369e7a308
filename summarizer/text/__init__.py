"""Language handling: reading files, boilerplate, sentences, normalisation, terms.

One module per concern; nothing here imports nltk or sumy at module load.
"""
