"""`briefing review --serve`: the candidates of a dossier reviewed in a browser, on a page served to this machine
only. The decisions are the CLI's (`extract.reviewing.Desk`): the same proof, the same files."""
