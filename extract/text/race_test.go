package text_test

import (
	"sync"
	"testing"

	"github.com/jixiao-dev/jixiao/extract/text"
)

// TestReadConcurrently reads the seed in several goroutines at once, as
// the CLI's workers do, and checks that every Document is the one a lone
// Read gives: the pooled scratch is never shared between two Reads. Run it
// with -race.
func TestReadConcurrently(t *testing.T) {
	data := readSeed(t)
	d, err := text.Read(data, text.Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := shape(d)
	var wg sync.WaitGroup
	errs := make(chan string, 8)
	for range 8 {
		wg.Go(func() {
			for range 20 {
				d, err := text.Read(data, text.Options{})
				if err != nil {
					errs <- err.Error()
					return
				}
				if got := shape(d); got != want {
					errs <- "a concurrent Read gave another Document"
					return
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}
