"""The positioned YAML reader: specs, shared files, labels.yaml and the
glossary are read by it, each value with its line and column."""
