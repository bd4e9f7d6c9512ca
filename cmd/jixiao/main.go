// Command jixiao turns Chinese government budget-performance reports into
// exact, typed, traceable JSON. Run `jixiao help` for the commands.
package main

import "os"

func main() { os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) }
