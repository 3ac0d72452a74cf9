"""The `concurrent` package (Strata's bundled copy of the standard package): a namespace for
`concurrent.futures`; it holds no code of its own."""
