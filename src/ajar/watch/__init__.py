"""The watch: exposures followed from run to run, events, alerts, commands and cases."""
