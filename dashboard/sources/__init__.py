"""Where official inputs come from: registry packages, files and APIs."""
