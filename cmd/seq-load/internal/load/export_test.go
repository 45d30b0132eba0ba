package load

// Outcome is the report's name for how a broadcast result is counted ("accepted",
// "rejected_checktx", "rejected_mempool_full", "broadcast_error"), for the tests of package
// load_test.
func Outcome(r CheckResult) string { return outcomeNames[classify(r)] }
