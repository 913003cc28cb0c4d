"""Text handling: decoding, normalisation, sentence splitting, segmenters, and the one
home of each rule shared across termbase — English word folds (:mod:`.english`), title
marks (:mod:`.titles`), telling Chinese from English (:mod:`.language`)."""
